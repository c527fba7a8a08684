package org.courseplanner.cli;

import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.StudySettings;
import picocli.CommandLine.Option;

/** The options of {@code term add} and {@code term set} that say how study time is cut into blocks. */
final class StudyOptions {
    @Option(names = "--min-block", paramLabel = "MINUTES", description = "The shortest study block, in steps of 15 (default: 30).")
    Integer minBlock;
    @Option(names = "--max-block", paramLabel = "MINUTES", description = "The longest study block, in steps of 15 (default: 120).")
    Integer maxBlock;
    @Option(names = "--buffer", paramLabel = "MINUTES", description = "Free time kept around classes and shifts (default: 15).")
    Integer buffer;
    @Option(names = "--before-due", paramLabel = "HOURS", description = "Finish study this long before a deadline, e.g. 12 or 0.5 (default: 12).")
    Double beforeDueHours;
    @Option(names = "--study-hours", paramLabel = "HH:MM-HH:MM", description = "The hours you prefer to study, in your zone, e.g. 09:00-18:00.")
    String studyHours;
    @Option(names = "--no-study-hours", description = "No preferred study hours: any free time will do.")
    boolean noStudyHours;

    /** The settings given, the others as in {@code base}. */
    StudySettings applyTo(StudySettings base) {
        if (studyHours != null && noStudyHours) {
            throw new Refusal("study-hours", "give either --study-hours or --no-study-hours, not both");
        }
        StudySettings s = base;
        if (studyHours != null) {
            String[] parts = studyHours.split("-", -1);
            if (parts.length != 2) {
                throw new picocli.CommandLine.TypeConversionException("'" + studyHours
                        + "' is not a span of hours: write FROM-TO, e.g. 09:00-18:00");
            }
            s = s.withStudyHours(Converters.time(parts[0]), Converters.time(parts[1]));
        } else if (noStudyHours) {
            s = s.withStudyHours(null, null);
        }
        return new StudySettings(minBlock != null ? minBlock : s.minBlockMinutes(), maxBlock != null ? maxBlock : s.maxBlockMinutes(),
                buffer != null ? buffer : s.bufferMinutes(), beforeDueHours != null ? beforeDueMinutes(beforeDueHours) : s.finishBeforeDueMinutes(),
                s.studyFrom(), s.studyTo());
    }

    private static int beforeDueMinutes(double hours) {
        if (!Double.isFinite(hours) || Math.abs(hours) > 100_000) {
            throw new Refusal("before-due", "'" + hours + "' is not a number of hours: give one like 12 or 0.5");
        }
        return (int) Math.round(hours * 60);
    }
}

package org.courseplanner.domain;

import java.time.LocalTime;

/**
 * How a term's study time is cut into blocks when the planner places it.
 *
 * @param minBlockMinutes        the shortest block worth sitting down for
 * @param maxBlockMinutes        the longest block before a break is due
 * @param bufferMinutes          the free time kept around every busy item
 * @param finishBeforeDueMinutes how long before a deadline the study for it should be done
 * @param studyFrom              start of the student's preferred study hours, in their own zone; {@code null}: no preference
 * @param studyTo                end of the study hours (the next day when at or before {@code studyFrom}); {@code null} with {@code studyFrom}
 */
public record StudySettings(int minBlockMinutes, int maxBlockMinutes, int bufferMinutes, int finishBeforeDueMinutes,
                            LocalTime studyFrom, LocalTime studyTo) {

    public static final StudySettings DEFAULTS = new StudySettings(30, 120, 15, 720, null, null);

    /** Blocks are placed on a quarter-hour grid, so their lengths are whole quarters. */
    public static final int GRID_MINUTES = 15;
    static final int LONGEST_BLOCK_MINUTES = 12 * 60;
    static final int LONGEST_BUFFER_MINUTES = 120;
    static final int LONGEST_LEAD_MINUTES = 7 * 24 * 60;

    public StudySettings {
        checkBlockLength(minBlockMinutes, "min-block", "shortest");
        checkBlockLength(maxBlockMinutes, "max-block", "longest");
        Refusal.require(minBlockMinutes <= maxBlockMinutes, "max-block", "the longest study block (" + maxBlockMinutes
                + " min) is shorter than the shortest (" + minBlockMinutes + " min): give a longest block of at least "
                + minBlockMinutes + " minutes");
        Refusal.require(bufferMinutes >= 0 && bufferMinutes <= LONGEST_BUFFER_MINUTES, "buffer",
                "the buffer around busy times must be 0 to " + LONGEST_BUFFER_MINUTES + " minutes, not " + bufferMinutes);
        Refusal.require(finishBeforeDueMinutes >= 0 && finishBeforeDueMinutes <= LONGEST_LEAD_MINUTES, "before-due",
                "study can be planned to finish 0 to " + LONGEST_LEAD_MINUTES / 60 + " hours before a deadline, not "
                        + hours(finishBeforeDueMinutes) + " hours");
        Refusal.require((studyFrom == null) == (studyTo == null), "study-hours",
                "give study hours as FROM-TO, e.g. 09:00-18:00, or none at all");
        Refusal.require(studyFrom == null || !studyFrom.equals(studyTo), "study-hours", "study hours start and end at "
                + studyFrom + ": give an end other than the start, e.g. 09:00-18:00");
    }

    /** The same settings with other study hours; {@code null} and {@code null}: no preference. */
    public StudySettings withStudyHours(LocalTime from, LocalTime to) {
        return new StudySettings(minBlockMinutes, maxBlockMinutes, bufferMinutes, finishBeforeDueMinutes, from, to);
    }

    /** True when the student prefers some hours of the day for study. */
    public boolean hasStudyHours() {
        return studyFrom != null;
    }

    private static void checkBlockLength(int minutes, String field, String which) {
        Refusal.require(minutes >= GRID_MINUTES && minutes <= LONGEST_BLOCK_MINUTES && minutes % GRID_MINUTES == 0, field,
                "the " + which + " study block must be " + GRID_MINUTES + " to " + LONGEST_BLOCK_MINUTES
                        + " minutes in steps of " + GRID_MINUTES + ", not " + minutes);
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.valueOf(minutes / 60.0);
    }
}

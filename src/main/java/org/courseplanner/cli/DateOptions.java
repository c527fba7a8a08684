package org.courseplanner.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.WeeklyPattern;
import picocli.CommandLine.Option;

/** The options of {@code session set} and {@code commitment set} that change when a weekly pattern runs. */
final class DateOptions {
    @Option(names = "--every", paramLabel = "N", description = "Every N weeks.")
    Integer every;
    @Option(names = "--from", paramLabel = "DATE", description = "A new first date.")
    LocalDate from;
    @Option(names = "--until", paramLabel = "DATE", description = "A new last date.")
    LocalDate until;
    @Option(names = "--skip", paramLabel = "DATE", description = "A date it does not happen. Repeat for more.")
    List<LocalDate> skip = new ArrayList<>();
    @Option(names = "--unskip", paramLabel = "DATE", description = "A skipped date on which it happens again. Repeat for more.")
    List<LocalDate> unskip = new ArrayList<>();

    /** {@code pattern} with these options applied. */
    WeeklyPattern applyTo(WeeklyPattern pattern) {
        TreeSet<LocalDate> skipped = new TreeSet<>(pattern.skippedDates());
        for (LocalDate date : unskip) {
            if (!skipped.remove(date)) {
                throw new Refusal("unskip", date + " is not a skipped date" + (pattern.skippedDates().isEmpty() ? ": nothing is skipped"
                        : ": the skipped dates are " + String.join(", ", pattern.skippedDates().stream().map(LocalDate::toString).toList())));
            }
        }
        skipped.addAll(skip);
        return new WeeklyPattern(pattern.days(), pattern.start(), pattern.end(), every != null ? every : pattern.everyWeeks(),
                from != null ? from : pattern.firstDate(), until != null ? until : pattern.lastDate(), skipped);
    }
}

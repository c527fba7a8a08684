package org.courseplanner.ui.main;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.courseplanner.domain.engine.WorkloadWeek;

/** The words of the term overview's lines: one line per week. */
final class TermOverview {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private TermOverview() {
    }

    static String dates(WorkloadWeek w) {
        return DAY.format(w.start()) + " – " + DAY.format(w.start().plusDays(6));
    }

    static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f h", hours);
    }

    static String split(WorkloadWeek w) {
        return String.format(Locale.ROOT, "%.1f · %.1f · %.1f", w.sync(), w.async() + w.homework(), w.commitments());
    }

    static String note(WorkloadWeek w) {
        if (!w.peak()) {
            return "";
        }
        String drivers = w.drivers().stream().map(d -> d.name() + " " + hours(d.hours()) + " h")
                .collect(java.util.stream.Collectors.joining(", "));
        return (w.hours() > w.cap() ? "over the cap" : "a peak") + (drivers.isEmpty() ? "" : ": " + drivers);
    }
}

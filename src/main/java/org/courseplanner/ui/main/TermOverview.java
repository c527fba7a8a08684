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

    /**
     * Why a week is marked, short enough for its column: "over the cap: HIST 210 17.0 h" (the
     * course that weighs most; the findings and the chart give the rest).
     */
    static String note(WorkloadWeek w) {
        if (!w.peak()) {
            return "";
        }
        String why = w.hours() > w.cap() ? "over the cap" : "a peak";
        return w.drivers().isEmpty() ? why : why + ": " + w.drivers().get(0).name() + " " + hours(w.drivers().get(0).hours());
    }
}

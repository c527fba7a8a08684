package org.courseplanner.domain;

import java.time.LocalDateTime;

/** One window with explicit school-zone date-times: a term paper, a deadline from an LMS. */
public record SingleWindow(LocalDateTime opens, LocalDateTime due) implements ModuleSchedule {

    public SingleWindow {
        Refusal.require(due != null, "due", "give the due date-time, e.g. --due 2026-10-16T23:59");
        if (opens == null) {
            opens = due.minusWeeks(1);
        }
        Refusal.require(opens.isBefore(due), "opens",
                "the module opens (" + opens + ") after it is due (" + due + "): give an opening before the due time");
    }

    /** Due at {@code due}, open from a week before. */
    public static SingleWindow due(LocalDateTime due) {
        return new SingleWindow(null, due);
    }

    @Override
    public int windows() {
        return 1;
    }
}

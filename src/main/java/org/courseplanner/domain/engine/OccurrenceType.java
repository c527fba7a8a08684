package org.courseplanner.domain.engine;

import java.util.Locale;

/** What a concrete occurrence on the calendar is. */
public enum OccurrenceType {
    /** A live class meeting. */
    SESSION,
    /** An async module window's deadline (an instant: start equals end). */
    DEADLINE,
    /** The student's own busy time. */
    COMMITMENT,
    /** Planned study time for a module window. */
    STUDY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

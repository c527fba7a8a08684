package org.courseplanner.persistence;

/** A file that the planner refuses to open (another program's, a newer version's, damaged); it was left untouched. */
public final class PlanFileException extends RuntimeException {
    public PlanFileException(String message) {
        super(message);
    }

    public PlanFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

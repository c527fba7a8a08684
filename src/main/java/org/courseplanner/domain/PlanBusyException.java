package org.courseplanner.domain;

/**
 * Another window or command kept the plan busy for longer than this one would wait; nothing was
 * changed, and the same change may simply be tried again.
 */
public final class PlanBusyException extends StorageException {
    public PlanBusyException(String location, Throwable cause) {
        super("The plan " + location + " is busy: another Course Planner window or command is changing it."
                + " Try again in a moment; nothing was changed.", cause);
    }
}

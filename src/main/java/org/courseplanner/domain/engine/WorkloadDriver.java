package org.courseplanner.domain.engine;

/**
 * One of the biggest contributors to a day's or a week's hours: a course, or a commitment.
 * {@link #toString()} is the engine's own wording, "CS 101 9.5 h", as findings and the command line show it.
 */
public record WorkloadDriver(String name, double hours) {
    @Override
    public String toString() {
        return name + " " + hours + " h";
    }
}

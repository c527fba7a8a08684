package org.courseplanner.domain.catalog;

/**
 * One thing a request asks for, as the explanation of "no schedule" names it: a course, the
 * optional group, a locked or excluded section, a limit, or something of the plan in the way.
 * Its index is its bit in a set of constraints.
 */
record Constraint(int index, Kind kind, String label) {
    enum Kind { COURSE, OPTIONAL, LOCK, EXCLUDE, DAY_OFF, EARLIEST, LATEST, WALK, QUIET, OBSTACLE }

    long bit() {
        return 1L << index;
    }

    boolean isCourse() {
        return kind == Kind.COURSE || kind == Kind.OPTIONAL;
    }
}

package org.courseplanner.domain.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * The hours of one ISO week of the term (Monday to Sunday in the school's zone).
 *
 * @param week    the ISO week, e.g. "2026-W38"
 * @param start   its Monday
 * @param drivers the biggest contributors to its hours
 */
public record WorkloadWeek(String week, LocalDate start, double sync, double homework, double async, double commitments,
                           double hours, double cap, boolean peak, List<WorkloadDriver> drivers) {

    /** Its number in its ISO week-based year: 38 for "2026-W38". */
    public int number() {
        return start.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}

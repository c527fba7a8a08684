package org.courseplanner.domain.week;

/**
 * An async module's window in the strip above the days: from the day (and fraction of it) it
 * opens to the day it is due, clipped to the week.
 *
 * @param from       where the bar starts, in days from Monday 00:00 (0.0 to 7.0)
 * @param to         where it ends
 * @param dueInWeek  true when the deadline falls in this week (the bar ends with a marker)
 * @param row        0-based row, so that bars of one week do not cover each other
 */
public record WindowBar(String title, String colour, double from, double to, boolean dueInWeek, int row) {
}

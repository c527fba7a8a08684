package org.courseplanner.domain.week;

import org.courseplanner.domain.engine.Occurrence;

/**
 * One block on the week calendar: part of an occurrence on one day (an overnight shift is two
 * blocks), placed in a lane so that overlapping blocks sit side by side.
 *
 * @param day         0 (Monday) to 6 (Sunday)
 * @param startMinute minutes after midnight of that day
 * @param endMinute   minutes after midnight, up to 1440
 * @param lane        0-based lane among {@code lanes} side by side
 * @param colour      the course's colour (#RRGGBB), or {@code null} for a commitment
 * @param conflict    true when a conflict involves it on that day
 */
public record WeekBlock(Occurrence occurrence, int day, int startMinute, int endMinute, int lane, int lanes, String colour,
                        boolean conflict) {
}

package org.courseplanner.domain.catalog;

import java.time.LocalTime;

/**
 * What one generated schedule is like, for comparing it with the others.
 *
 * @param daysOnCampus   weekdays with a class in a room (not through a meeting link), the plan's other courses included
 * @param gapMinutes     minutes between classes on the same day, summed over the week, the plan's other courses included
 * @param earliest       the earliest start of the week, or {@code null} when nothing has a time
 * @param latest         the latest end of the week, or {@code null}
 * @param peakWeekHours  the busiest week's hours of classes and of the plan's modules
 * @param preferredInstructors sections taught by a preferred instructor
 * @param cost           what the ranking minimises (lower is better)
 */
public record ScheduleScore(int daysOnCampus, int gapMinutes, LocalTime earliest, LocalTime latest, double peakWeekHours,
                            int preferredInstructors, long cost) {
}

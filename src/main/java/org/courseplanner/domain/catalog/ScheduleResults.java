package org.courseplanner.domain.catalog;

import java.util.List;

/**
 * What the generator found.
 *
 * @param count     conflict-free schedules (combinations that differ in times) found
 * @param exact     true when {@code count} is all there are; false when the search was stopped early and it is a lower bound
 * @param space     combinations of time-distinct choices before any conflict is checked (the size of the search)
 * @param best      the best schedules in rank order, at most the number asked for
 * @param ranked    true when {@code best} are surely the best; false when the search stopped before it could prove it
 * @param none      why nothing fits, when {@code count} is 0 and the search finished; otherwise {@code null}
 * @param notes     what the student should know ("CS 101 02 has no time: it never conflicts")
 */
public record ScheduleResults(long count, boolean exact, double space, List<Schedule> best, boolean ranked, NoSchedule none,
                              List<String> notes) {
    public ScheduleResults {
        best = List.copyOf(best);
        notes = List.copyOf(notes);
    }
}

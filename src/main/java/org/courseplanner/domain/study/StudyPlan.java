package org.courseplanner.domain.study;

import java.util.List;
import org.courseplanner.domain.StudyBlock;

/**
 * What planning study time would do to a term: the blocks it adds, the blocks it placed earlier that no
 * longer fit (they go, and their time is placed again), and in words what could not be placed and why.
 *
 * @param added         new blocks, marked as placed by the planner, without ids
 * @param removed       blocks the planner placed before that a change has left in the way (re-planned)
 * @param shortages     one sentence per group of study that could not get its hours; empty when all fit
 * @param notes         other things the student should know (a day still over the daily cap, time moved into quiet hours)
 * @param neededMinutes the study time there was to place
 * @param placedMinutes the study time placed
 */
public record StudyPlan(List<StudyBlock> added, List<StudyBlock> removed, List<String> shortages, List<String> notes,
                        long neededMinutes, long placedMinutes) {

    public StudyPlan {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        shortages = List.copyOf(shortages);
        notes = List.copyOf(notes);
    }

    /** True when every hour found a place. */
    public boolean complete() {
        return shortages.isEmpty();
    }

    /** True when there is nothing to change. */
    public boolean changesNothing() {
        return added.isEmpty() && removed.isEmpty();
    }
}

package org.courseplanner.domain.study;

import java.util.List;

/**
 * What the study planner solves, with the plan already turned into numbers: time is in epoch minutes,
 * study is placed in units of {@code unitMinutes} (the shortest block) laid from the start of each
 * stretch of time where the same needs may go, and a block holds at most {@code maxUnitsPerBlock} units.
 *
 * @param dayStarts       the first minute of each day of the term in the school's zone, and the end of the last (days + 1 values)
 * @param weekOfDay       the Monday-to-Sunday week each day is in, numbered from 0
 * @param fixedDayMinutes each day's load that the planner does not move: classes, shifts, study already placed, ...
 * @param needs           the study time to place
 */
public record StudyProblem(int unitMinutes, int maxUnitsPerBlock, long[] dayStarts, int[] weekOfDay,
                           long[] fixedDayMinutes, List<Need> needs) {

    public StudyProblem {
        if (unitMinutes < 1 || maxUnitsPerBlock < 1 || dayStarts.length < 2 || weekOfDay.length != dayStarts.length - 1
                || fixedDayMinutes.length != weekOfDay.length) {
            throw new IllegalArgumentException("inconsistent study problem");
        }
        needs = List.copyOf(needs);
    }

    public int days() {
        return weekOfDay.length;
    }

    public int weeks() {
        int max = -1;
        for (int w : weekOfDay) {
            max = Math.max(max, w);
        }
        return max + 1;
    }

    /**
     * Study time to place: a module's week or a course's weekly homework.
     *
     * @param minutes how many minutes to place
     * @param levels  where it may go, from the most preferred set to the widest; each includes the one before.
     *                The planner keeps a need in the first set where it fits with the others.
     */
    public record Need(String key, int minutes, List<Spans> levels) {
        public Need {
            if (minutes <= 0 || levels.isEmpty()) {
                throw new IllegalArgumentException("need " + key + ": " + minutes + " minutes, " + levels.size() + " levels");
            }
            levels = List.copyOf(levels);
        }

        public int units(int unitMinutes) {
            return (minutes + unitMinutes - 1) / unitMinutes;
        }
    }
}

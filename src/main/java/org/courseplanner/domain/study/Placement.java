package org.courseplanner.domain.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the study planner put each need's time, and what it could not place.
 *
 * @param blocks    the blocks, by start
 * @param shortages the groups of needs that could not get all their time (empty when everything fits)
 * @param levels    for each need, the level of its sets of time it was placed in (0: the most preferred)
 * @param dayLoads  each day's load in the planner's units: the fixed load plus the units placed
 */
public record Placement(List<Block> blocks, List<Shortage> shortages, int[] levels, long[] dayLoads) {

    /** A block of study for need {@code need} (its index in the problem). */
    public record Block(int need, long start, int minutes) {
        public long end() {
            return start + minutes;
        }
    }

    /**
     * Needs that could not all get their time, and what they could get at most together (a minimum cut):
     * no placement gives them more.
     */
    public record Shortage(List<Integer> needs, long neededMinutes, long placeableMinutes) {
        public long shortMinutes() {
            return neededMinutes - placeableMinutes;
        }
    }

    public boolean complete() {
        return shortages.isEmpty();
    }

    /** The highest day load, in minutes, as the planner counts it. */
    public long peakDayMinutes() {
        long max = 0;
        for (long l : dayLoads) {
            max = Math.max(max, l);
        }
        return max;
    }

    static Placement of(StudyProblem problem, List<StudyPlacer.Segment> segments, int[][] units, int[] levels,
                        List<Shortage> shortages) {
        int unit = problem.unitMinutes();
        long[] loads = problem.fixedDayMinutes().clone();
        List<List<long[]>> runs = new ArrayList<>(); // per need: {start, units, day}
        for (int i = 0; i < problem.needs().size(); i++) {
            runs.add(new ArrayList<>());
        }
        int lastNeed = -1;
        long lastEnd = Long.MIN_VALUE;
        for (int s = 0; s < segments.size(); s++) {
            StudyPlacer.Segment seg = segments.get(s);
            List<Integer> here = new ArrayList<>();
            int used = 0;
            for (int i = 0; i < units.length; i++) {
                if (units[i] != null && units[i][s] > 0) {
                    here.add(i);
                    used += units[i][s];
                }
            }
            loads[seg.day()] += (long) used * unit;
            if (here.isEmpty()) {
                continue;
            }
            int spare = seg.units() - used;
            int m = problem.maxUnitsPerBlock();
            int[] left = new int[here.size()];
            for (int x = 0; x < left.length; x++) {
                left[x] = units[here.get(x)][s];
            }
            long at = seg.start();
            int last = lastEnd == seg.start() ? here.indexOf(lastNeed) : -1; // its own block ends where this stretch starts
            if (last >= 0 && used - left[last] + spare < (left[last] + m - 1) / m) {
                last = -1; // parting it from the last stretch's block would join two of its blocks here: join at the edge
            }
            int sole = soleNeedOfNext(segments, units, s, unit); // must not end this stretch: it fills the next one
            // the pauses that parting each need's blocks here takes, where the other needs' units cannot part them:
            // the last stretch's need is parted from its block there too (seed 3934 of StudyPlacerBruteForceTest)
            int pausesNeeded = 0;
            for (int x = 0; x < left.length; x++) {
                int partings = (left[x] + m - 1) / m - 1 + (x == last ? 1 : 0);
                pausesNeeded = Math.max(pausesNeeded, partings - (used - left[x]));
            }
            boolean keepPause = sole >= 0 && here.contains(sole) && spare > pausesNeeded;
            if (keepPause) {
                spare--;
            }
            while (true) {
                int most = -1; // the need with the most left, which goes in blocks as long as allowed
                int other = -1; // the one with the most left apart from the last placed: a separator for it
                for (int x = 0; x < left.length; x++) {
                    if (left[x] > 0 && (most < 0 || left[x] > left[most])) {
                        most = x;
                    }
                    if (left[x] > 0 && x != last && (other < 0 || left[x] > left[other])) {
                        other = x;
                    }
                }
                if (most < 0) {
                    break;
                }
                int x;
                int size;
                if (most != last) {
                    x = most;
                    size = Math.min(m, left[x]);
                } else if (other >= 0) {
                    x = other;
                    size = 1; // just enough to part the need that has the most left from its next block
                } else if (spare > 0) {
                    at += unit; // a pause before the same need's next block
                    spare--;
                    last = -1;
                    continue;
                } else {
                    x = most; // cannot happen within the planner's limits (Segment.unitsFor); joined to its last block
                    size = Math.min(m, left[x]);
                }
                int i = here.get(x);
                List<long[]> mine = runs.get(i);
                long[] previous = mine.isEmpty() ? null : mine.get(mine.size() - 1);
                if (previous != null && previous[0] + previous[1] * unit == at && previous[2] == seg.day()
                        && previous[1] + size <= m) {
                    previous[1] += size; // one block, still within a day and the longest allowed
                } else {
                    mine.add(new long[] {at, size, seg.day()});
                }
                at += (long) size * unit;
                left[x] -= size;
                last = x;
                lastNeed = i;
                int blocksLeft = 0;
                for (int l : left) {
                    blocksLeft += (l + m - 1) / m;
                }
                if (blocksLeft > 0 && spare > blocksLeft) {
                    at += unit; // a pause between two blocks when the stretch has plenty of room
                    spare--;
                    last = -1;
                }
            }
            if (keepPause) {
                at += unit; // the pause kept for the end
                last = -1;
            }
            if (last < 0) {
                lastNeed = -1;
            }
            lastEnd = at;
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            blocks.addAll(trimmed(i, runs.get(i), problem.needs().get(i).minutes(), unit));
        }
        blocks.sort(Comparator.comparingLong(Block::start).thenComparingInt(Block::need));
        return new Placement(List.copyOf(blocks), List.copyOf(shortages), levels.clone(), loads);
    }

    /** The one need that fills the next stretch when it starts where stretch {@code s} ends, else -1. */
    private static int soleNeedOfNext(List<StudyPlacer.Segment> segments, int[][] units, int s, int unit) {
        StudyPlacer.Segment here = segments.get(s);
        if (s + 1 >= segments.size() || segments.get(s + 1).start() != here.end()
                || here.start() + (long) here.units() * unit != here.end()) { // units laid from the start stop short of it
            return -1;
        }
        int sole = -1;
        int used = 0;
        for (int i = 0; i < units.length; i++) {
            if (units[i] != null && units[i][s + 1] > 0) {
                if (sole >= 0) {
                    return -1;
                }
                sole = i;
                used += units[i][s + 1];
            }
        }
        return used == segments.get(s + 1).units() ? sole : -1;
    }

    /**
     * A need's runs as blocks, the longest cut short so that the minutes add up exactly to what it needs, when
     * that leaves it at least a unit long (the shortest block). When every run is one unit long, none is cut:
     * a block shorter than the shortest allowed would be of no use, so the need gets less than a unit more.
     */
    private static List<Block> trimmed(int need, List<long[]> runs, int minutes, int unit) {
        long placed = 0;
        int longest = -1;
        for (int r = 0; r < runs.size(); r++) {
            placed += runs.get(r)[1] * unit;
            if (longest < 0 || runs.get(r)[1] > runs.get(longest)[1]) {
                longest = r;
            }
        }
        long excess = Math.max(0, placed - minutes);
        if (longest >= 0 && runs.get(longest)[1] * unit - excess < unit) {
            excess = 0;
        }
        List<Block> out = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            long length = runs.get(r)[1] * unit - (r == longest ? excess : 0);
            out.add(new Block(need, runs.get(r)[0], (int) length));
        }
        return out;
    }
}

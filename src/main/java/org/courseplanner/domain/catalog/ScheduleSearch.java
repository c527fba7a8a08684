package org.courseplanner.domain.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.courseplanner.domain.Progress;

/**
 * Walks a {@link SearchSpace} depth first, a course a level, keeping what is still possible as a
 * bitset of groups: choosing a group keeps only the groups it can go with, and a course left with
 * none stops the branch at once. It counts every conflict-free combination (the last course's
 * choices are counted with one bit count) and ranks the best by branch and bound: a branch is left
 * when even its most hopeful completion costs more than the worst of the best found so far.
 */
final class ScheduleSearch {
    private static final int CHECK_EVERY = 1 << 12;

    private final SearchSpace space;
    private final ScheduleModel model;
    private final Progress progress;
    private final long deadline;
    private final int n;
    private final int[] optionalLeft;
    private long nodes;
    private boolean stopped;

    ScheduleSearch(SearchSpace space, Progress progress, long deadlineNanos) {
        this.space = space;
        this.model = space.model;
        this.progress = progress;
        this.deadline = deadlineNanos;
        this.n = space.size();
        this.optionalLeft = new int[n + 1];
        for (int l = n - 1; l >= 0; l--) {
            optionalLeft[l] = optionalLeft[l + 1] + (space.optional[l] ? 1 : 0);
        }
    }

    /** True when the search stopped at its deadline or was cancelled before it finished. */
    boolean stopped() {
        return stopped;
    }

    private boolean timeUp() {
        if ((++nodes & (CHECK_EVERY - 1)) == 0 && !stopped) {
            stopped = System.nanoTime() > deadline || progress.cancelled();
        }
        return stopped;
    }

    private boolean anyLeft(long[] cand, int level) {
        long[] mask = space.levelMask[level];
        for (int w = 0; w < cand.length; w++) {
            if ((cand[w] & mask[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** True when every course still to choose that must be chosen has a group left. */
    private boolean viable(long[] cand, int level, int picked) {
        int canPick = 0;
        for (int l = level; l < n; l++) {
            boolean left = anyLeft(cand, l);
            if (!space.optional[l]) {
                if (!left) {
                    return false;
                }
            } else if (left) {
                canPick++;
            }
        }
        return picked + canPick >= space.pick;
    }

    // ---- counting ----

    /** Every conflict-free combination; a lower bound when {@link #stopped()}. */
    long count() {
        if (n == 0) {
            return 0;
        }
        long[] cand = space.all.clone();
        if (!viable(cand, 0, 0)) {
            return 0;
        }
        return count(0, cand, 0);
    }

    private long count(int level, long[] cand, int picked) {
        if (timeUp()) {
            return 0;
        }
        boolean opt = space.optional[level];
        boolean canSkip = opt && picked + optionalLeft[level + 1] >= space.pick;
        boolean canTake = !opt || picked < space.pick;
        if (level == n - 1) {
            long total = canSkip && picked == space.pick ? 1 : 0;
            if (canTake && (!opt || picked + 1 == space.pick)) {
                total += bitsIn(cand, level);
            }
            return total;
        }
        long total = 0;
        if (canSkip) {
            total += count(level + 1, cand, picked);
        }
        if (canTake) {
            int nextPicked = picked + (opt ? 1 : 0);
            long[] next = new long[cand.length];
            for (int g = nextBit(cand, level, space.from[level]); g >= 0; g = nextBit(cand, level, g + 1)) {
                and(cand, space.compatible[g], next);
                if (viable(next, level + 1, nextPicked)) {
                    total += count(level + 1, next, nextPicked);
                }
                if (stopped) {
                    break;
                }
            }
        }
        return total;
    }

    private long bitsIn(long[] cand, int level) {
        long[] mask = space.levelMask[level];
        long c = 0;
        for (int w = 0; w < cand.length; w++) {
            c += Long.bitCount(cand[w] & mask[w]);
        }
        return c;
    }

    /** The next group of this level at or after {@code g} still in {@code cand}, or -1. */
    private int nextBit(long[] cand, int level, int g) {
        int end = space.to[level];
        while (g < end) {
            int w = g >> 6;
            long bits = cand[w] & (-1L << (g & 63));
            if (bits != 0) {
                int found = (w << 6) + Long.numberOfTrailingZeros(bits);
                return found < end ? found : -1;
            }
            g = (w + 1) << 6;
        }
        return -1;
    }

    private static void and(long[] a, long[] b, long[] out) {
        for (int w = 0; w < a.length; w++) {
            out[w] = a[w] & b[w];
        }
    }

    // ---- one schedule, for the explanation ----

    /** True when some combination fits. */
    boolean any() {
        if (n == 0) {
            return false;
        }
        long[] cand = space.all.clone();
        return viable(cand, 0, 0) && any(0, cand, 0);
    }

    private boolean any(int level, long[] cand, int picked) {
        if (level == n) {
            return picked == space.pick;
        }
        boolean opt = space.optional[level];
        if (opt && picked + optionalLeft[level + 1] >= space.pick && any(level + 1, cand, picked)) {
            return true;
        }
        if (!opt || picked < space.pick) {
            int nextPicked = picked + (opt ? 1 : 0);
            long[] next = new long[cand.length];
            for (int g = nextBit(cand, level, space.from[level]); g >= 0; g = nextBit(cand, level, g + 1)) {
                and(cand, space.compatible[g], next);
                if (viable(next, level + 1, nextPicked) && any(level + 1, next, nextPicked)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- ranking ----

    /** A complete schedule found: the group chosen at each level (-1: an optional course left out). */
    record Found(int[] groups, long cost, long sequence) {
    }

    private static final Comparator<Found> WORST_FIRST = Comparator.comparingLong(Found::cost).thenComparingLong(Found::sequence).reversed();

    private PriorityQueue<Found> best;
    private int top;
    private long sequence;
    private int[] chosen;
    private long[][] cands;
    private long[][] weeks;
    private int[] campus;
    private long[] additive;
    private int[][] gaps;
    private int[][] load;
    private int[] peak;
    private long[] minAdditive;
    private int[][] maxFill;

    /** The best {@code top} schedules, best first; not surely the best when {@link #stopped()}. */
    List<Found> rank(int top) {
        this.top = top;
        best = new PriorityQueue<>(top + 1, WORST_FIRST);
        if (n == 0) {
            return List.of();
        }
        int words = space.words;
        int weekWords = 7 * SectionTimes.WORDS_PER_DAY;
        int weekCount = model.baseWeekMinutes.length;
        chosen = new int[n];
        cands = new long[n + 1][words];
        weeks = new long[n + 1][weekWords];
        campus = new int[n + 1];
        additive = new long[n + 1];
        gaps = new int[n + 1][7];
        load = new int[n + 1][];
        peak = new int[n + 1];
        load[0] = model.baseWeekMinutes.clone();
        for (int m : load[0]) {
            peak[0] = Math.max(peak[0], m);
        }
        for (int l = 1; l <= n; l++) {
            load[l] = new int[weekCount];
        }
        minAdditive = new long[n + 1];
        maxFill = new int[n + 1][7];
        for (int l = n - 1; l >= 0; l--) {
            long min = Long.MAX_VALUE;
            int[] fill = new int[7];
            for (int g = space.from[l]; g < space.to[l]; g++) {
                SearchSpace.Group group = space.groups.get(g);
                min = Math.min(min, group.additive());
                for (int d = 0; d < 7; d++) {
                    fill[d] = Math.max(fill[d], group.first().dayMinutes[d]);
                }
            }
            minAdditive[l] = minAdditive[l + 1] + (space.optional[l] || min == Long.MAX_VALUE ? 0 : min);
            for (int d = 0; d < 7; d++) {
                maxFill[l][d] = maxFill[l + 1][d] + fill[d];
            }
        }
        System.arraycopy(space.all, 0, cands[0], 0, words);
        System.arraycopy(model.baseWeek, 0, weeks[0], 0, weekWords);
        campus[0] = model.baseCampusDays;
        for (int d = 0; d < 7; d++) {
            gaps[0][d] = SectionTimes.gapMinutes(weeks[0], d);
        }
        if (viable(cands[0], 0, 0)) {
            rank(0, 0);
        }
        List<Found> found = new ArrayList<>(best);
        found.sort(WORST_FIRST.reversed());
        return found;
    }

    private long worst() {
        return best.size() < top ? Long.MAX_VALUE : best.peek().cost();
    }

    private long bound(int level) {
        return cost(Integer.bitCount(campus[level]), gapLowerBound(level), additive[level] + minAdditive[level], peak[level]);
    }

    /** The gaps no choice still to make can fill: each day's, less the most the courses left could add to it. */
    private int gapLowerBound(int level) {
        int gapLower = 0;
        for (int d = 0; d < 7; d++) {
            gapLower += Math.max(0, gaps[level][d] - maxFill[level][d]);
        }
        return gapLower;
    }

    /**
     * As {@link #bound}, looking at the choices each course still has: the cheapest of them, and the
     * fewest new days on campus (every required course adds at least its own).
     */
    private long sharperBound(int level) {
        long[] cand = cands[level];
        long add = additive[level];
        int newDays = 0;
        for (int l = level; l < n; l++) {
            if (space.optional[l]) {
                continue;
            }
            long cheapest = Long.MAX_VALUE;
            int fewest = 7;
            for (int g = nextBit(cand, l, space.from[l]); g >= 0; g = nextBit(cand, l, g + 1)) {
                SearchSpace.Group group = space.groups.get(g);
                cheapest = Math.min(cheapest, group.additive());
                fewest = Math.min(fewest, Integer.bitCount(group.first().campusDays & ~campus[level]));
            }
            add += cheapest == Long.MAX_VALUE ? 0 : cheapest;
            newDays = Math.max(newDays, fewest);
        }
        return cost(Integer.bitCount(campus[level]) + newDays, gapLowerBound(level), add, peak[level]);
    }

    long cost(int daysOnCampus, int gapMinutes, long additiveCost, int peakMinutes) {
        return model.dayWeight * daysOnCampus + model.gapWeight * gapMinutes + additiveCost + model.peakWeight * peakMinutes;
    }

    private void rank(int level, int picked) {
        if (timeUp()) {
            return;
        }
        if (level == n) {
            if (picked == space.pick) {
                int gapTotal = 0;
                for (int d = 0; d < 7; d++) {
                    gapTotal += gaps[n][d];
                }
                long c = cost(Integer.bitCount(campus[n]), gapTotal, additive[n], peak[n]);
                if (c < worst()) {
                    best.add(new Found(chosen.clone(), c, sequence++));
                    if (best.size() > top) {
                        best.poll();
                    }
                }
            }
            return;
        }
        boolean opt = space.optional[level];
        if (opt && picked + optionalLeft[level + 1] >= space.pick) {
            chosen[level] = -1;
            copyState(level, level + 1);
            System.arraycopy(cands[level], 0, cands[level + 1], 0, space.words);
            if (bound(level + 1) < worst()) {
                rank(level + 1, picked);
            }
        }
        if (opt && picked >= space.pick) {
            return;
        }
        int nextPicked = picked + (opt ? 1 : 0);
        long[] cand = cands[level];
        for (int g = nextBit(cand, level, space.from[level]); g >= 0 && !stopped; g = nextBit(cand, level, g + 1)) {
            SearchSpace.Group group = space.groups.get(g);
            SectionOption o = group.first();
            int child = level + 1;
            int days = campus[level] | o.campusDays;
            long add = additive[level] + group.additive();
            // the cheapest test first: days and additive costs alone may already be too much
            if (cost(Integer.bitCount(days), 0, add + minAdditive[child], peak[level]) >= worst()) {
                continue;
            }
            if (child < n) {
                and(cand, space.compatible[g], cands[child]);
                if (!viable(cands[child], child, nextPicked)) {
                    continue;
                }
            }
            long[] week = weeks[child];
            long[] parentWeek = weeks[level];
            System.arraycopy(parentWeek, 0, week, 0, week.length);
            for (int d = 0; d < 7; d++) {
                if (o.dayMinutes[d] == 0) {
                    gaps[child][d] = gaps[level][d];
                    continue;
                }
                int base = d * SectionTimes.WORDS_PER_DAY;
                for (int w = 0; w < SectionTimes.WORDS_PER_DAY; w++) {
                    week[base + w] |= o.week[base + w];
                }
                gaps[child][d] = SectionTimes.gapMinutes(week, d);
            }
            campus[child] = days;
            additive[child] = add;
            if (model.peakWeight > 0) {
                int highest = 0;
                int[] into = load[child];
                int[] parentLoad = load[level];
                for (int w = 0; w < into.length; w++) {
                    into[w] = parentLoad[w] + o.weekMinutes[w];
                    highest = Math.max(highest, into[w]);
                }
                peak[child] = highest;
            }
            if (bound(child) < worst() && (child > n - 2 || sharperBound(child) < worst())) {
                chosen[level] = g;
                rank(child, nextPicked);
            }
        }
    }

    private void copyState(int from, int to) {
        System.arraycopy(weeks[from], 0, weeks[to], 0, weeks[from].length);
        System.arraycopy(gaps[from], 0, gaps[to], 0, 7);
        campus[to] = campus[from];
        additive[to] = additive[from];
        System.arraycopy(load[from], 0, load[to], 0, load[from].length);
        peak[to] = peak[from];
    }
}

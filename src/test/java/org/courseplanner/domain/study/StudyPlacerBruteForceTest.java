package org.courseplanner.domain.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The study planner against an exhaustive search on small random problems: every way of giving each
 * need's units to the stretches it may use is tried, and the planner must match the best of them:
 * as much placed, the same lowest daily peak, and the same costs tier by tier (daily loads, weekly
 * loads, spread), which is what "as flat as it can be" means (ADR 0020).
 */
class StudyPlacerBruteForceTest {
    private static final int UNIT = 30;

    @Property(tries = 400)
    void thePlannerMatchesAnExhaustiveSearch(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 2) long seed) {
        StudyProblem problem = randomProblem(new Random(seed));
        Placement placement = StudyPlacer.place(problem);
        Best best = exhaustive(problem);

        long placedUnits = 0;
        for (Placement.Block b : placement.blocks()) {
            placedUnits += (b.minutes() + UNIT - 1) / UNIT;
        }
        assertThat(placedUnits).as("units placed, seed %d", seed).isEqualTo(best.placed);
        assertThat(placement.complete()).isEqualTo(best.placed == totalUnits(problem));
        assertThat(placement.peakDayMinutes()).as("daily peak, seed %d", seed).isEqualTo(best.peak);
        assertThat(costs(problem, placement)).as("costs by tier, seed %d", seed).containsExactly(best.costs);
        validBlocks(problem, placement, seed);
        Placement tierByTier = StudyPlacer.placeTierByTier(problem);
        assertThat(costs(problem, tierByTier)).as("tier by tier, seed %d", seed).containsExactly(best.costs);
        assertThat(tierByTier.peakDayMinutes()).isEqualTo(best.peak);
        if (!placement.complete()) {
            long short_ = placement.shortages().stream().mapToLong(Placement.Shortage::shortMinutes).sum();
            long missing = 0;
            for (int i = 0; i < problem.needs().size(); i++) {
                final int index = i;
                long placed = placement.blocks().stream().filter(b -> b.need() == index).mapToLong(Placement.Block::minutes).sum();
                missing += Math.max(0, problem.needs().get(i).minutes() - placed);
            }
            assertThat(short_).as("the shortages add up to what is missing, seed %d", seed).isEqualTo(missing).isPositive();
        }
    }

    /**
     * Found by the property above: a need parted from its block at the end of the last stretch had
     * its two blocks here joined, because the pause that could part them was kept for the stretch's end.
     */
    @Example
    void aPauseKeptForTheEndOfAStretchDoesNotJoinTwoBlocksInIt() {
        thePlannerMatchesAnExhaustiveSearch(3934);
    }

    /** Blocks lie in the time their need may use, never overlap, respect the longest block, and add up. */
    static void validBlocks(StudyProblem problem, Placement placement, long seed) {
        long[] minutes = new long[problem.needs().size()];
        Placement.Block previous = null;
        for (Placement.Block b : placement.blocks()) {
            StudyProblem.Need need = problem.needs().get(b.need());
            Spans widest = need.levels().get(need.levels().size() - 1);
            assertThat(widest.covers(b.start(), b.end())).as("block %s inside %s, seed %d", b, widest, seed).isTrue();
            assertThat(b.minutes()).as("block %s, seed %d", b, seed)
                    .isGreaterThanOrEqualTo(problem.unitMinutes()).isLessThanOrEqualTo(problem.maxUnitsPerBlock() * problem.unitMinutes());
            if (previous != null) {
                assertThat(b.start()).as("no overlap, seed %d", seed).isGreaterThanOrEqualTo(previous.end());
            }
            for (Placement.Block other : placement.blocks()) {
                if (other.need() == b.need() && other != b && other.end() == b.start()) {
                    // one need's blocks are parted within a stretch; where two stretches meet the flow may leave no choice
                    assertThat(segmentStarts(problem)).as("%s right after %s inside a stretch: a sitting longer than allowed, seed %d",
                            b, other, seed).contains(b.start());
                }
            }
            previous = b;
            minutes[b.need()] += b.minutes();
        }
        for (int i = 0; i < minutes.length; i++) {
            final int index = i;
            if (placement.complete()) {
                int need = problem.needs().get(i).minutes();
                int unit = problem.unitMinutes();
                boolean anyLonger = placement.blocks().stream().anyMatch(b -> b.need() == index && b.minutes() > unit);
                if (minutes[i] != need) { // only when every block is one unit long: none is cut below the shortest
                    assertThat(anyLonger).as("need %d could have been cut exactly, seed %d", i, seed).isFalse();
                    assertThat(minutes[i]).as("minutes of need %d, seed %d", i, seed).isGreaterThan(need).isLessThan(need + unit);
                }
            } else if (minutes[i] > problem.needs().get(i).minutes()) { // a need served in full, in single shortest blocks
                assertThat(placement.blocks()).filteredOn(b -> b.need() == index)
                        .allSatisfy(b -> assertThat(b.minutes()).isEqualTo(problem.unitMinutes()));
                assertThat(minutes[i]).isLessThan(problem.needs().get(i).minutes() + problem.unitMinutes());
            }
        }
    }

    private static List<Long> segmentStarts(StudyProblem problem) {
        return StudyPlacer.segments(problem).stream().map(StudyPlacer.Segment::start).toList();
    }

    static StudyProblem randomProblem(Random r) {
        int days = 2 + r.nextInt(3);
        long[] dayStarts = new long[days + 1];
        int[] weekOfDay = new int[days];
        long[] fixed = new long[days];
        int dayLength = 180 + 15 * r.nextInt(9);
        for (int d = 0; d <= days; d++) {
            dayStarts[d] = 10_000 + (long) d * dayLength;
        }
        int week = 0;
        for (int d = 0; d < days; d++) {
            if (d > 0 && r.nextInt(3) == 0) {
                week++;
            }
            weekOfDay[d] = week;
            fixed[d] = 15L * r.nextInt(20);
        }
        int count = 1 + r.nextInt(3);
        List<StudyProblem.Need> needs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int minutes = 5 * (1 + r.nextInt(24)); // 5 to 120 minutes: up to 4 units
            List<long[]> spans = new ArrayList<>();
            int pieces = 1 + r.nextInt(2);
            for (int p = 0; p < pieces; p++) {
                long start = dayStarts[0] + 15L * r.nextInt((int) ((dayStarts[days] - dayStarts[0]) / 15));
                long end = Math.min(dayStarts[days] + 60, start + 15L * (2 + r.nextInt(16)));
                spans.add(new long[] {start, end});
            }
            needs.add(new StudyProblem.Need("n" + i, minutes, List.of(Spans.union(spans))));
        }
        return new StudyProblem(UNIT, 1 + r.nextInt(3), dayStarts, weekOfDay, fixed, needs);
    }

    private static long totalUnits(StudyProblem problem) {
        return problem.needs().stream().mapToLong(n -> n.units(UNIT)).sum();
    }

    /** The tier costs of a placement, computed from its blocks as the flow counts them. */
    static long[] costs(StudyProblem problem, Placement placement) {
        int n = problem.needs().size();
        long[][] needDay = new long[n][problem.days()];
        long[] day = new long[problem.days()];
        for (Placement.Block b : placement.blocks()) {
            int d = dayOf(problem, b.start());
            long units = (b.minutes() + UNIT - 1) / UNIT;
            needDay[b.need()][d] += units;
            day[d] += units;
        }
        return costs(problem, needDay, day);
    }

    private static long[] costs(StudyProblem problem, long[][] needDay, long[] day) {
        long[] costs = new long[3];
        long[] week = new long[problem.weeks()];
        long[] fixedWeek = new long[problem.weeks()];
        for (int d = 0; d < problem.days(); d++) {
            long f = problem.fixedDayMinutes()[d];
            costs[0] += 2 * f * day[d] + UNIT * day[d] * day[d];
            week[problem.weekOfDay()[d]] += day[d];
            fixedWeek[problem.weekOfDay()[d]] += f;
        }
        for (int w = 0; w < week.length; w++) {
            costs[1] += 2 * fixedWeek[w] * week[w] + UNIT * week[w] * week[w];
        }
        for (long[] row : needDay) {
            for (long u : row) {
                costs[2] += u * u;
            }
        }
        return costs;
    }

    private static int dayOf(StudyProblem problem, long minute) {
        int d = Arrays.binarySearch(problem.dayStarts(), minute);
        return d >= 0 ? d : -d - 2;
    }

    private static final class Best {
        long placed = -1;
        long peak;
        long[] costs;
    }

    /** Every assignment of units to segments, keeping the best by (most placed, then tier costs) and the lowest peak among the most placed. */
    static Best exhaustive(StudyProblem problem) {
        List<StudyPlacer.Segment> segments = StudyPlacer.segments(problem);
        int n = problem.needs().size();
        boolean[][] allowed = new boolean[n][segments.size()];
        for (int i = 0; i < n; i++) {
            Spans spans = problem.needs().get(i).levels().get(0);
            for (int s = 0; s < segments.size(); s++) {
                allowed[i][s] = spans.covers(segments.get(s).start(), segments.get(s).end());
            }
        }
        Best best = new Best();
        int[][] x = new int[n][segments.size()];
        search(problem, segments, allowed, x, 0, 0, new int[segments.size()], best);
        return best;
    }

    private static void search(StudyProblem problem, List<StudyPlacer.Segment> segments, boolean[][] allowed, int[][] x,
                               int need, int segment, int[] used, Best best) {
        int n = problem.needs().size();
        if (need == n) {
            evaluate(problem, segments, x, best);
            return;
        }
        if (segment == segments.size()) {
            search(problem, segments, allowed, x, need + 1, 0, used, best);
            return;
        }
        int have = Arrays.stream(x[need]).sum();
        int left = problem.needs().get(need).units(UNIT) - have;
        int most = allowed[need][segment]
                ? Math.min(left, Math.min(segments.get(segment).unitsFor(problem.maxUnitsPerBlock()),
                        segments.get(segment).units() - used[segment])) : 0;
        for (int k = 0; k <= most; k++) {
            x[need][segment] = k;
            used[segment] += k;
            search(problem, segments, allowed, x, need, segment + 1, used, best);
            used[segment] -= k;
        }
        x[need][segment] = 0;
    }

    private static void evaluate(StudyProblem problem, List<StudyPlacer.Segment> segments, int[][] x, Best best) {
        for (int[] row : x) { // a need's blocks in one run must be parted too
            Map<Integer, Integer> perRun = new HashMap<>();
            for (int s = 0; s < segments.size(); s++) {
                if (perRun.merge(segments.get(s).run(), row[s], Integer::sum) > segments.get(s).runUnitsFor(problem.maxUnitsPerBlock())) {
                    return;
                }
            }
        }
        long placed = 0;
        long[][] needDay = new long[x.length][problem.days()];
        long[] day = new long[problem.days()];
        for (int i = 0; i < x.length; i++) {
            for (int s = 0; s < segments.size(); s++) {
                placed += x[i][s];
                needDay[i][segments.get(s).day()] += x[i][s];
                day[segments.get(s).day()] += x[i][s];
            }
        }
        long peak = 0;
        for (int d = 0; d < day.length; d++) {
            peak = Math.max(peak, problem.fixedDayMinutes()[d] + UNIT * day[d]);
        }
        long[] costs = costs(problem, needDay, day);
        if (placed > best.placed) {
            best.placed = placed;
            best.peak = peak;
            best.costs = costs;
        } else if (placed == best.placed) {
            best.peak = Math.min(best.peak, peak);
            if (Arrays.compare(costs, best.costs) < 0) {
                best.costs = costs;
            }
        }
    }
}

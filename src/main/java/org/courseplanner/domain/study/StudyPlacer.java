package org.courseplanner.domain.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Places study time as flat as it can be (ADR 0020). The needs' time is cut into stretches where the
 * same needs may go ({@link Segment}s); a flow network carries each need's units through the days it
 * may use into those stretches, and out through days and weeks whose cost grows with the square of
 * their load. A minimum-cost maximum flow then has, tier by tier, the most even daily loads (so the
 * lowest daily peak), then the most even weekly loads, then each need spread over the most days.
 *
 * <p>A need starts in its most preferred set of time ({@link StudyProblem.Need#levels()}); only
 * needs that cannot all fit there (the source side of a minimum cut) move on to a wider set. When
 * even the widest sets are too small, the same cut names the needs that are short and by how much.
 */
public final class StudyPlacer {
    private final StudyProblem problem;
    private final int unit;
    private final List<Segment> segments;
    /** For each need, each segment it may use, with the first level that allows it. */
    private final List<Map<Integer, Integer>> eligible;

    private final boolean fold;

    private StudyPlacer(StudyProblem problem, boolean fold) {
        this.problem = problem;
        this.fold = fold;
        this.unit = problem.unitMinutes();
        this.segments = Segment.cut(problem);
        this.eligible = new ArrayList<>();
        for (StudyProblem.Need need : problem.needs()) {
            eligible.add(Segment.levels(segments, need));
        }
    }

    /** Places the problem's needs; never null. {@code cancelled} is asked between steps. */
    public static Placement place(StudyProblem problem, BooleanSupplier cancelled) {
        return new StudyPlacer(problem, true).solve(cancelled);
    }

    /** {@link #place(StudyProblem)} comparing costs tier by tier throughout, never folded into one number (for tests). */
    static Placement placeTierByTier(StudyProblem problem) {
        return new StudyPlacer(problem, false).solve(() -> false);
    }

    public static Placement place(StudyProblem problem) {
        return place(problem, () -> false);
    }

    /** The stretches of time the problem is cut into (for tests and explanations). */
    public static List<Segment> segments(StudyProblem problem) {
        return Segment.cut(problem);
    }

    private Placement solve(BooleanSupplier cancelled) {
        int n = problem.needs().size();
        int[] level = new int[n];
        int[][] units = new int[n][];
        List<Placement.Shortage> shortages = new ArrayList<>();
        for (int[] component : components()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("study planning cancelled");
            }
            Network net;
            while (true) {
                net = new Network(component, level);
                long need = net.totalUnits();
                if (net.flow.maxFlow(Network.SOURCE, Network.SINK) == need || !widen(net, component, level)) {
                    break;
                }
            }
            net = new Network(component, level);
            net.flow.minCostMaxFlow(Network.SOURCE, Network.SINK);
            net.collect(units);
            shortages.addAll(net.shortages());
        }
        return Placement.of(problem, segments, units, level, shortages);
    }

    /** Moves the needs on the source side of the minimum cut to their next level; false when none can move. */
    private boolean widen(Network net, int[] component, int[] level) {
        boolean[] side = net.flow.reachable(Network.SOURCE);
        boolean moved = false;
        for (int k = 0; k < component.length; k++) {
            int i = component[k];
            if (side[net.needNode(k)] && level[i] < problem.needs().get(i).levels().size() - 1) {
                level[i]++;
                moved = true;
            }
        }
        return moved;
    }

    /** Needs that share a week (directly or through others), each as sorted need indices: each is solved alone. */
    private List<int[]> components() {
        int n = problem.needs().size();
        int weeks = problem.weeks();
        int[] parent = new int[n + weeks];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int s : eligible.get(i).keySet()) {
                union(parent, i, n + problem.weekOfDay()[segments.get(s).day()]);
            }
        }
        Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** The flow network of one group of needs at their current levels. */
    private final class Network {
        static final int SOURCE = 0;
        static final int SINK = 1;
        final FlowNetwork flow;
        private final int[] needs;
        private final int[] sourceArc;
        /** For each need of the group: its arcs into segments, as {segment, arc}. */
        private final List<int[]> segmentArcs = new ArrayList<>();
        /** For each arc into a segment, the index in this group of the need it carries. */
        private final List<Integer> segmentArcNeed = new ArrayList<>();
        private final Map<Integer, Integer> segmentNode = new HashMap<>();

        Network(int[] needs, int[] level) {
            this.needs = needs;
            this.sourceArc = new int[needs.length];
            // nodes: source, sink, the needs, then (need, day) pairs, segments, days and weeks as met
            Map<Long, Integer> needDay = new HashMap<>();
            Map<Long, Integer> needRun = new HashMap<>();
            Map<Long, Segment> runOf = new HashMap<>();
            Map<Integer, Integer> dayNode = new HashMap<>();
            Map<Integer, Integer> weekNode = new HashMap<>();
            int[] counter = {2 + needs.length};
            for (int k = 0; k < needs.length; k++) {
                int i = needs[k];
                for (var e : eligible.get(i).entrySet()) {
                    if (e.getValue() > level[i]) {
                        continue;
                    }
                    Segment s = segments.get(e.getKey());
                    needDay.computeIfAbsent(((long) k << 32) | s.day(), x -> counter[0]++);
                    if (!needRun.containsKey(((long) k << 32) | s.run())) {
                        needRun.put(((long) k << 32) | s.run(), counter[0]++);
                        runOf.put(((long) k << 32) | s.run(), s);
                    }
                    segmentNode.computeIfAbsent(e.getKey(), x -> counter[0]++);
                    dayNode.computeIfAbsent(s.day(), x -> counter[0]++);
                    weekNode.computeIfAbsent(problem.weekOfDay()[s.day()], x -> counter[0]++);
                }
            }
            flow = new FlowNetwork(counter[0]);
            long sum = 0;
            for (int k = 0; k < needs.length; k++) {
                sum += problem.needs().get(needs[k]).units(unit);
            }
            long total = sum;
            for (int k = 0; k < needs.length; k++) {
                int i = needs[k];
                int units = problem.needs().get(i).units(unit);
                sourceArc[k] = flow.arc(SOURCE, needNode(k), units);
                for (var e : eligible.get(i).entrySet()) {
                    if (e.getValue() > level[i]) {
                        continue;
                    }
                    Segment s = segments.get(e.getKey());
                    int pair = needRun.get(((long) k << 32) | s.run());
                    int arc = flow.arc(pair, segmentNode.get(e.getKey()), s.unitsFor(problem.maxUnitsPerBlock()));
                    segmentArcs.add(new int[] {e.getKey(), arc});
                    segmentArcNeed.add(k);
                }
            }
            // spreading: the k-th unit of a need on one day costs 2k - 1 in the last tier
            for (var e : needDay.entrySet()) {
                int k = (int) (e.getKey() >>> 32);
                flow.arc(needNode(k), e.getValue(), problem.needs().get(needs[k]).units(unit), 2, 0, 1);
            }
            for (var e : needRun.entrySet()) {
                int k = (int) (e.getKey() >>> 32);
                Segment s = runOf.get(e.getKey());
                flow.arc(needDay.get(((long) k << 32) | s.day()), e.getValue(), s.runUnitsFor(problem.maxUnitsPerBlock()));
            }
            segmentNode.forEach((s, node) -> flow.arc(node, dayNode.get(segments.get(s).day()), segments.get(s).units()));
            // a day's or a week's load L costs L^2 / unit: its k-th unit 2F + unit (2k - 1) over the fixed load F
            long[] fixedWeek = new long[problem.weeks()];
            for (int d = 0; d < problem.days(); d++) {
                fixedWeek[problem.weekOfDay()[d]] += problem.fixedDayMinutes()[d];
            }
            // the most a day or a week can get: the units of the needs that may go there
            Map<Integer, Long> dayMost = new HashMap<>();
            Map<Integer, Long> weekMost = new HashMap<>();
            java.util.Set<Long> needWeeks = new java.util.HashSet<>(); // each (need, week) counted once
            for (var e : needDay.keySet()) {
                int k = (int) (e >>> 32);
                int d = (int) (e & 0xffffffffL);
                long units = problem.needs().get(needs[k]).units(unit);
                dayMost.merge(d, units, Long::sum);
                int w = problem.weekOfDay()[d];
                if (needWeeks.add(((long) k << 32) | w)) {
                    weekMost.merge(w, units, Long::sum);
                }
            }
            dayNode.forEach((d, node) -> flow.arc(node, weekNode.get(problem.weekOfDay()[d]), Math.min(total, dayMost.get(d)), 0,
                    2 * Math.max(0, problem.fixedDayMinutes()[d]), unit));
            weekNode.forEach((w, node) -> flow.arc(node, SINK, Math.min(total, weekMost.get(w)), 1, 2 * Math.max(0, fixedWeek[w]), unit));
            if (fold) {
                foldTiers(fixedWeek, weekMost);
            }
        }

        /**
         * One number per cost instead of three when it fits: the spread tier ranges over less than the sum of the
         * needs' units squared, the weekly tier over less than each week's most cost, so weights just above those
         * keep the tiers' order exactly (ADR 0020).
         */
        private void foldTiers(long[] fixedWeek, Map<Integer, Long> weekMost) {
            try {
                long spread = 0;
                for (int need : needs) {
                    long u = problem.needs().get(need).units(unit);
                    spread = Math.addExact(spread, Math.multiplyExact(u, u));
                }
                long weekly = 0;
                for (var e : weekMost.entrySet()) {
                    long t = e.getValue();
                    weekly = Math.addExact(weekly, Math.addExact(Math.multiplyExact(2 * Math.max(0, fixedWeek[e.getKey()]), t),
                            Math.multiplyExact((long) unit, Math.multiplyExact(t, t))));
                }
                long w1 = Math.addExact(spread, 1);
                long w0 = Math.multiplyExact(w1, Math.addExact(weekly, 1));
                flow.foldTiers(new long[] {w0, w1, 1}, flow.nodes());
            } catch (ArithmeticException tooBig) {
                // keep comparing tier by tier
            }
        }

        int needNode(int k) {
            return 2 + k;
        }

        long totalUnits() {
            long t = 0;
            for (int a : sourceArc) {
                t += flow.capacity(a);
            }
            return t;
        }

        void collect(int[][] units) {
            for (int x = 0; x < segmentArcs.size(); x++) {
                int i = needs[segmentArcNeed.get(x)];
                if (units[i] == null) {
                    units[i] = new int[segments.size()];
                }
                units[i][segmentArcs.get(x)[0]] += (int) flow.flow(segmentArcs.get(x)[1]);
            }
        }

        /** The needs left short, grouped by the stretches of time they compete for. */
        List<Placement.Shortage> shortages() {
            boolean[] side = flow.reachable(SOURCE);
            List<Integer> short_ = new ArrayList<>();
            for (int k = 0; k < needs.length; k++) {
                if (side[needNode(k)]) {
                    short_.add(k);
                }
            }
            if (short_.isEmpty()) {
                return List.of();
            }
            // needs on the cut's source side that reach a common node there are one shortage
            int[] parent = new int[flow.nodes()];
            for (int v = 0; v < parent.length; v++) {
                parent[v] = v;
            }
            for (int x = 0; x < segmentArcs.size(); x++) {
                int s = segmentArcs.get(x)[0];
                int node = segmentNode.get(s);
                int k = segmentArcNeed.get(x);
                if (side[needNode(k)] && side[node]) {
                    union(parent, needNode(k), node);
                }
            }
            Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
            for (int k : short_) {
                groups.computeIfAbsent(find(parent, needNode(k)), r -> new ArrayList<>()).add(k);
            }
            List<Placement.Shortage> out = new ArrayList<>();
            for (List<Integer> g : groups.values()) {
                long needed = 0;
                long placed = 0;
                List<Integer> ids = new ArrayList<>();
                for (int k : g) {
                    ids.add(needs[k]);
                    needed += problem.needs().get(needs[k]).minutes();
                    placed += Math.min(flow.flow(sourceArc[k]) * unit, problem.needs().get(needs[k]).minutes());
                }
                if (placed < needed) {
                    out.add(new Placement.Shortage(ids, needed, placed));
                }
            }
            return out;
        }
    }

    /** A stretch of time inside one day where the same needs may go, holding {@code units} whole units. */
    public record Segment(long start, long end, int day, int units, int run, int runUnits) {

        /**
         * The most units one need can have here with no block longer than {@code maxUnits}: its blocks need a
         * unit between them (another need's or a pause), so {@code units - units / (maxUnits + 1)}. Any mix of
         * needs within these limits and the stretch's size can be laid out that way ({@link Placement}).
         */
        public int unitsFor(int maxUnits) {
            return units - units / (maxUnits + 1);
        }

        static List<Segment> cut(StudyProblem problem) {
            long[] days = problem.dayStarts();
            long first = days[0];
            long last = days[days.length - 1];
            List<long[]> all = new ArrayList<>();
            java.util.TreeSet<Long> points = new java.util.TreeSet<>();
            for (long d : days) {
                points.add(d);
            }
            for (StudyProblem.Need need : problem.needs()) {
                for (Spans spans : need.levels()) {
                    for (int i = 0; i < spans.size(); i++) {
                        long s = Math.max(first, spans.start(i));
                        long e = Math.min(last, spans.end(i));
                        if (e > s) {
                            points.add(s);
                            points.add(e);
                            all.add(new long[] {s, e});
                        }
                    }
                }
            }
            Spans anywhere = Spans.union(all);
            List<long[]> found = new ArrayList<>(); // start, end, day, units
            Long previous = null;
            int day = 0;
            for (long p : points) {
                if (previous != null && anywhere.covers(previous, p)) {
                    while (days[day + 1] <= previous) {
                        day++;
                    }
                    int units = (int) ((p - previous) / problem.unitMinutes());
                    if (units > 0) {
                        found.add(new long[] {previous, p, day, units});
                    }
                }
                previous = p;
            }
            // a run: stretches that follow each other without a gap within one day, where one need's blocks must
            // still be parted (a block at the end of one stretch and the next at the start of the other are one sitting)
            int[] runOf = new int[found.size()];
            List<Integer> runUnits = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                long[] f = found.get(i);
                boolean continues = i > 0 && found.get(i - 1)[1] == f[0] && found.get(i - 1)[2] == f[2];
                if (!continues) {
                    runUnits.add(0);
                }
                runOf[i] = runUnits.size() - 1;
                runUnits.set(runOf[i], runUnits.get(runOf[i]) + (int) f[3]);
            }
            List<Segment> out = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                long[] f = found.get(i);
                int run = runOf[i];
                out.add(new Segment(f[0], f[1], (int) f[2], (int) f[3], run, runUnits.get(run)));
            }
            return out;
        }

        /** {@link #unitsFor(int)} for the whole run this stretch is part of. */
        public int runUnitsFor(int maxUnits) {
            return runUnits - runUnits / (maxUnits + 1);
        }

        /** The segments a need may use, each with the first of its levels that holds it. */
        static Map<Integer, Integer> levels(List<Segment> segments, StudyProblem.Need need) {
            Map<Integer, Integer> out = new java.util.TreeMap<>();
            long[] starts = segments.stream().mapToLong(Segment::start).toArray();
            for (int level = need.levels().size() - 1; level >= 0; level--) {
                Spans spans = need.levels().get(level);
                for (int i = 0; i < spans.size(); i++) {
                    int from = Arrays.binarySearch(starts, spans.start(i));
                    from = from >= 0 ? from : -from - 1;
                    for (int s = from; s < segments.size() && segments.get(s).end() <= spans.end(i); s++) {
                        out.put(s, level);
                    }
                }
            }
            return out;
        }
    }
}

package org.courseplanner.domain.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices the search walks through under one set of constraints: for each requested course
 * still asked for, the meeting patterns that have an option the constraints allow (a group),
 * numbered across courses so that a bitset of groups says what is still possible, and for each
 * group the groups of other courses it can go with.
 */
final class SearchSpace {
    /** A choice of one course: options meeting at the same times; the first is the one applied. */
    record Group(int level, ScheduleModel.Pattern pattern, List<SectionOption> options, long additive) {
        SectionOption first() {
            return options.get(0);
        }
    }

    final ScheduleModel model;
    final List<ScheduleModel.Entry> levels = new ArrayList<>();
    final boolean[] optional;
    final int pick;
    final int[] from;
    final int[] to;
    final List<Group> groups = new ArrayList<>();
    final int words;
    final long[][] levelMask;
    final long[][] compatible;
    final long[] all;

    SearchSpace(ScheduleModel model, long active) {
        this.model = model;
        boolean optionalOn = model.optionalGroup != null && (active & model.optionalGroup.bit()) != 0;
        this.pick = optionalOn ? model.request.pick() : 0;
        Map<ScheduleModel.Entry, List<Group>> byCourse = new LinkedHashMap<>();
        for (ScheduleModel.Entry e : model.courses) {
            if (e.optional ? !optionalOn : (active & e.constraint.bit()) == 0) {
                continue;
            }
            Map<ScheduleModel.Pattern, List<SectionOption>> byPattern = new LinkedHashMap<>();
            for (SectionOption o : e.options) {
                ScheduleModel.Pattern p = model.patternOf.get(o);
                if (((o.violates | p.violates) & active) == 0) {
                    byPattern.computeIfAbsent(p, k -> new ArrayList<>()).add(o);
                }
            }
            List<Group> of = new ArrayList<>();
            byPattern.forEach((p, options) -> {
                List<SectionOption> sorted = new ArrayList<>(options);
                sorted.sort(Comparator.comparingInt((SectionOption o) -> o.unpreferred).thenComparingInt(o -> o.index));
                of.add(new Group(-1, p, sorted, model.additiveCost(sorted.get(0))));
            });
            // cheapest first: the search finds good schedules early, and prunes more
            of.sort(Comparator.comparingLong((Group g) -> g.additive() + model.dayWeight * Integer.bitCount(g.first().campusDays))
                    .thenComparingInt(g -> g.pattern().index));
            byCourse.put(e, of);
        }
        List<ScheduleModel.Entry> ordered = new ArrayList<>(byCourse.keySet());
        // most constrained first; a course with no group at all stops the search at once
        ordered.sort(Comparator.comparingInt((ScheduleModel.Entry e) -> byCourse.get(e).size()).thenComparingInt(e -> e.index));
        levels.addAll(ordered);
        int n = levels.size();
        optional = new boolean[n];
        from = new int[n];
        to = new int[n];
        for (int l = 0; l < n; l++) {
            ScheduleModel.Entry e = levels.get(l);
            optional[l] = e.optional;
            from[l] = groups.size();
            for (Group g : byCourse.get(e)) {
                groups.add(new Group(l, g.pattern(), g.options(), g.additive()));
            }
            to[l] = groups.size();
        }
        int size = groups.size();
        words = Math.max(1, (size + 63) / 64);
        levelMask = new long[n][words];
        all = new long[words];
        for (int l = 0; l < n; l++) {
            for (int g = from[l]; g < to[l]; g++) {
                ScheduleModel.set(levelMask[l], g);
                ScheduleModel.set(all, g);
            }
        }
        boolean walkOn = model.walk != null && (active & model.walk.bit()) != 0;
        compatible = new long[size][];
        for (int g = 0; g < size; g++) {
            long[] ok = all.clone();
            ScheduleModel.Pattern p = groups.get(g).pattern();
            for (int h = 0; h < size; h++) {
                int q = groups.get(h).pattern().index;
                if (isSet(p.overlaps, q) || (walkOn && isSet(p.tooClose, q))) {
                    ok[h >> 6] &= ~(1L << (h & 63));
                }
            }
            compatible[g] = ok;
        }
    }

    static boolean isSet(long[] bits, int i) {
        return (bits[i >> 6] & (1L << (i & 63))) != 0;
    }

    int size() {
        return levels.size();
    }

    /** Combinations before any conflict is checked: the product of the groups, optional courses counted as picked. */
    double combinations() {
        double[] ways = new double[levels.size() + 1];
        ways[0] = 1;
        double required = 1;
        for (int l = 0; l < levels.size(); l++) {
            int count = to[l] - from[l];
            if (!optional[l]) {
                required *= count;
                continue;
            }
            for (int k = ways.length - 1; k >= 1; k--) {
                ways[k] += ways[k - 1] * count;
            }
        }
        return required * (pick == 0 ? 1 : ways[pick]);
    }
}

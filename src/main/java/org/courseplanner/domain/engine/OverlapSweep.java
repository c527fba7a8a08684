package org.courseplanner.domain.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * Finds every overlapping pair between two lists of occurrences with a sweep over their starts:
 * O(n log n + pairs) instead of comparing every pair. Touching ends do not overlap.
 */
final class OverlapSweep {
    private OverlapSweep() {
    }

    private record Tagged(Occurrence occurrence, boolean left, Instant start, Instant end) {
    }

    /** Calls {@code pair} for each (a, b) with a from {@code left}, b from {@code right}, that overlap. */
    static void across(List<Occurrence> left, List<Occurrence> right, BiConsumer<Occurrence, Occurrence> pair) {
        sweep(left, right, false, pair);
    }

    /** Calls {@code pair} once for each overlapping pair within {@code items} (in start order). */
    static void within(List<Occurrence> items, BiConsumer<Occurrence, Occurrence> pair) {
        sweep(items, List.of(), true, pair);
    }

    private static void sweep(List<Occurrence> left, List<Occurrence> right, boolean within, BiConsumer<Occurrence, Occurrence> pair) {
        List<Tagged> all = new ArrayList<>(left.size() + right.size());
        for (Occurrence o : left) {
            all.add(new Tagged(o, true, o.start().toInstant(), o.end().toInstant()));
        }
        for (Occurrence o : right) {
            all.add(new Tagged(o, false, o.start().toInstant(), o.end().toInstant()));
        }
        all.sort(Comparator.comparing(Tagged::start));
        PriorityQueue<Tagged> activeLeft = new PriorityQueue<>(Comparator.comparing(Tagged::end));
        PriorityQueue<Tagged> activeRight = new PriorityQueue<>(Comparator.comparing(Tagged::end));
        for (Tagged t : all) {
            expire(activeLeft, t.start());
            expire(activeRight, t.start());
            if (!t.end().isAfter(t.start())) {
                continue; // an instant (a deadline) occupies no time
            }
            if (within) {
                for (Tagged a : activeLeft) {
                    pair.accept(a.occurrence(), t.occurrence());
                }
                activeLeft.add(t);
            } else if (t.left()) {
                for (Tagged b : activeRight) {
                    pair.accept(t.occurrence(), b.occurrence());
                }
                activeLeft.add(t);
            } else {
                for (Tagged a : activeLeft) {
                    pair.accept(a.occurrence(), t.occurrence());
                }
                activeRight.add(t);
            }
        }
    }

    private static void expire(PriorityQueue<Tagged> active, Instant now) {
        while (!active.isEmpty() && !active.peek().end().isAfter(now)) {
            active.poll();
        }
    }
}

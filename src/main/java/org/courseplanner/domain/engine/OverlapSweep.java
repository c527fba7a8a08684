package org.courseplanner.domain.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds every overlapping pair between two lists of occurrences with one sweep over their
 * starts, keeping only the occurrences still running: O(n log n + pairs) instead of comparing
 * every pair. Touching ends do not overlap; instants (deadlines) occupy no time.
 */
final class OverlapSweep {
    private OverlapSweep() {
    }

    /** Calls {@code pair} for each (a, b) with a from {@code left}, b from {@code right}, that overlap. */
    static void across(List<Occurrence> left, List<Occurrence> right, BiConsumer<Occurrence, Occurrence> pair) {
        sweep(left, right, false, pair);
    }

    /** Calls {@code pair} once for each overlapping pair within {@code items}, the earlier-starting one first. */
    static void within(List<Occurrence> items, BiConsumer<Occurrence, Occurrence> pair) {
        sweep(items, List.of(), true, pair);
    }

    private static void sweep(List<Occurrence> left, List<Occurrence> right, boolean within, BiConsumer<Occurrence, Occurrence> pair) {
        left = byStart(left);
        right = byStart(right);
        int leftSize = left.size();
        int rightSize = right.size();
        Occurrence[] activeLeft = new Occurrence[16];
        Occurrence[] activeRight = new Occurrence[16];
        int leftCount = 0;
        int rightCount = 0;
        int i = 0;
        int j = 0;
        // merge the two lists by start (the left first on a tie), keeping only the occurrences still running
        while (i < leftSize || j < rightSize) {
            boolean isLeft = j >= rightSize || (i < leftSize && left.get(i).startSecond() <= right.get(j).startSecond());
            Occurrence o = isLeft ? left.get(i++) : right.get(j++);
            long now = o.startSecond();
            leftCount = expire(activeLeft, leftCount, now);
            rightCount = expire(activeRight, rightCount, now);
            if (o.endSecond() <= now) {
                continue;
            }
            if (within || !isLeft) {
                for (int a = 0; a < leftCount; a++) {
                    pair.accept(activeLeft[a], o);
                }
            } else {
                for (int b = 0; b < rightCount; b++) {
                    pair.accept(o, activeRight[b]);
                }
            }
            if (isLeft) {
                activeLeft = add(activeLeft, leftCount++, o);
            } else {
                activeRight = add(activeRight, rightCount++, o);
            }
        }
    }

    /** The list itself when it is sorted by start (the calendar's lists are), else a sorted copy. */
    private static List<Occurrence> byStart(List<Occurrence> items) {
        for (int k = 1; k < items.size(); k++) {
            if (items.get(k).startSecond() < items.get(k - 1).startSecond()) {
                List<Occurrence> sorted = new ArrayList<>(items);
                sorted.sort(Comparator.comparingLong(Occurrence::startSecond)); // stable: ties keep their order
                return sorted;
            }
        }
        return items;
    }

    /** Drops the occurrences that ended by {@code now}; returns how many are left. */
    private static int expire(Occurrence[] active, int count, long now) {
        int kept = 0;
        for (int a = 0; a < count; a++) {
            if (active[a].endSecond() > now) {
                active[kept++] = active[a];
            }
        }
        return kept;
    }

    private static Occurrence[] add(Occurrence[] active, int count, Occurrence o) {
        Occurrence[] grown = count == active.length ? Arrays.copyOf(active, count * 2) : active;
        grown[count] = o;
        return grown;
    }
}

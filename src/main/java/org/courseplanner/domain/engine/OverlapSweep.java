package org.courseplanner.domain.engine;

import java.util.Arrays;
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
        int n = left.size() + right.size();
        Occurrence[] items = new Occurrence[n];
        long[] starts = new long[n];
        long[] ends = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Occurrence o = i < left.size() ? left.get(i) : right.get(i - left.size());
            items[i] = o;
            starts[i] = o.startSecond();
            ends[i] = o.endSecond();
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
        int[] activeLeft = new int[16];
        int[] activeRight = new int[16];
        int leftCount = 0;
        int rightCount = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            long now = starts[i];
            leftCount = expire(activeLeft, leftCount, ends, now);
            rightCount = expire(activeRight, rightCount, ends, now);
            if (ends[i] <= now) {
                continue;
            }
            boolean isLeft = i < left.size();
            if (within || !isLeft) {
                for (int a = 0; a < leftCount; a++) {
                    pair.accept(items[activeLeft[a]], items[i]);
                }
            } else {
                for (int b = 0; b < rightCount; b++) {
                    pair.accept(items[i], items[activeRight[b]]);
                }
            }
            if (isLeft) {
                activeLeft = add(activeLeft, leftCount++, i);
            } else {
                activeRight = add(activeRight, rightCount++, i);
            }
        }
    }

    /** Drops the occurrences that ended by {@code now}; returns how many are left. */
    private static int expire(int[] active, int count, long[] ends, long now) {
        int kept = 0;
        for (int a = 0; a < count; a++) {
            if (ends[active[a]] > now) {
                active[kept++] = active[a];
            }
        }
        return kept;
    }

    private static int[] add(int[] active, int count, int index) {
        int[] grown = count == active.length ? Arrays.copyOf(active, count * 2) : active;
        grown[count] = index;
        return grown;
    }
}

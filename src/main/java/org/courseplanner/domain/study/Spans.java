package org.courseplanner.domain.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of time as sorted, disjoint, non-empty half-open spans {@code [start, end)} in epoch minutes.
 * Immutable; the operations return new sets.
 */
public final class Spans {
    public static final Spans NONE = new Spans(new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;

    private Spans(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** One span, or none when {@code end <= start}. */
    public static Spans of(long start, long end) {
        return end <= start ? NONE : new Spans(new long[] {start}, new long[] {end});
    }

    /** The union of spans given as start, end pairs in any order (they may overlap or touch). */
    public static Spans union(List<long[]> pairs) {
        long[][] sorted = pairs.stream().filter(p -> p[1] > p[0]).sorted((a, b) -> Long.compare(a[0], b[0])).toArray(long[][]::new);
        List<long[]> merged = new ArrayList<>();
        for (long[] p : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p[0] <= last[1]) {
                last[1] = Math.max(last[1], p[1]);
            } else {
                merged.add(new long[] {p[0], p[1]});
            }
        }
        return fromMerged(merged);
    }

    private static Spans fromMerged(List<long[]> merged) {
        long[] s = new long[merged.size()];
        long[] e = new long[merged.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = merged.get(i)[0];
            e[i] = merged.get(i)[1];
        }
        return new Spans(s, e);
    }

    public int size() {
        return starts.length;
    }

    public long start(int i) {
        return starts[i];
    }

    public long end(int i) {
        return ends[i];
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    public long totalMinutes() {
        long t = 0;
        for (int i = 0; i < starts.length; i++) {
            t += ends[i] - starts[i];
        }
        return t;
    }

    /** True when all of {@code [start, end)} lies in this set. */
    public boolean covers(long start, long end) {
        int i = Arrays.binarySearch(starts, start);
        i = i >= 0 ? i : -i - 2;
        return i >= 0 && starts[i] <= start && end <= ends[i];
    }

    public Spans intersect(Spans other) {
        List<long[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < size() && j < other.size()) {
            long s = Math.max(starts[i], other.starts[j]);
            long e = Math.min(ends[i], other.ends[j]);
            if (e > s) {
                out.add(new long[] {s, e});
            }
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return fromMerged(out);
    }

    public Spans minus(Spans other) {
        List<long[]> out = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < size(); i++) {
            long s = starts[i];
            long e = ends[i];
            while (j < other.size() && other.ends[j] <= s) {
                j++;
            }
            int k = j;
            while (k < other.size() && other.starts[k] < e) {
                if (other.starts[k] > s) {
                    out.add(new long[] {s, other.starts[k]});
                }
                s = Math.max(s, other.ends[k]);
                k++;
            }
            if (e > s) {
                out.add(new long[] {s, e});
            }
        }
        return fromMerged(out);
    }

    /** Each span shrunk to the grid: starts rounded up and ends rounded down to multiples of {@code step}; spans left empty go. */
    public Spans snapInward(long step) {
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            long s = Math.floorDiv(starts[i] + step - 1, step) * step;
            long e = Math.floorDiv(ends[i], step) * step;
            if (e > s) {
                out.add(new long[] {s, e});
            }
        }
        return fromMerged(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spans other && Arrays.equals(starts, other.starts) && Arrays.equals(ends, other.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < size(); i++) {
            b.append(i == 0 ? "" : ", ").append(starts[i]).append('-').append(ends[i]);
        }
        return b.append(']').toString();
    }
}

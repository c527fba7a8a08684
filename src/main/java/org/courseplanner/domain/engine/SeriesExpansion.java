package org.courseplanner.domain.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.courseplanner.domain.WeeklyPattern;

/**
 * Expands weekly series (a term's sessions, or the student's commitments) into their meetings,
 * sorted by start, then end, then item; meetings equal in all three keep the order of their series.
 *
 * <p>A registrar's year is 100k meetings, expanded again after every edit. A big plan is cut into
 * chunks of consecutive series that are expanded side by side (on a computer with more than one
 * core), each chunk sorted on primitive keys (start and position packed in one long), and the
 * sorted chunks merged: the same order one sort of all the meetings would give.
 */
final class SeriesExpansion {
    /** Plans with fewer series are expanded on the caller's thread alone: a thread hand-off would cost more. */
    static final int SERIES_PER_CHUNK = 256;
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final long DAY = 24 * 60 * 60;

    /** One weekly series: a session (on the school's clock) or a commitment (on its own). */
    record Series(OccurrenceType type, long id, String courseCode, String title, WeeklyPattern pattern, ZoneId zone, String place) {
    }

    /** One chunk's meetings in series order, and their keys sorted ({@code null} when a start is too far out to pack). */
    private record Chunk(Occurrence[] meetings, long[] sortedKeys) {
    }

    /** A growing array of meetings, sized up front from the series: 100k meetings are not copied again and again. */
    private static final class Meetings {
        private Occurrence[] items;
        private int count;

        Meetings(int expected) {
            items = new Occurrence[Math.max(16, expected)];
        }

        void add(Occurrence o) {
            if (count == items.length) {
                items = Arrays.copyOf(items, count * 2);
            }
            items[count++] = o;
        }

        Occurrence[] toArray() {
            return count == items.length ? items : Arrays.copyOf(items, count);
        }
    }

    private SeriesExpansion() {
    }

    /**
     * Every meeting of {@code series} from {@code first} to {@code last} (both included), except on
     * the {@code cancelled} days (a term's breaks), by start.
     */
    static List<Occurrence> expand(List<Series> series, LocalDate first, LocalDate last, Set<LocalDate> cancelled) {
        long firstDay = first.toEpochDay();
        boolean[] off = new boolean[(int) Math.max(0, last.toEpochDay() - firstDay + 1)];
        for (LocalDate day : cancelled) {
            long i = day.toEpochDay() - firstDay;
            if (i >= 0 && i < off.length) {
                off[(int) i] = true;
            }
        }
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1; // the caller's thread takes part
        // one chunk a thread: more would balance better but cost more in the merge
        int chunks = Math.max(1, Math.min(series.size() / SERIES_PER_CHUNK, workers));
        List<Chunk> expanded = chunks == 1
                ? List.of(chunk(series, 0, series.size(), first, last, off))
                : IntStream.range(0, chunks).parallel()
                        .mapToObj(c -> chunk(series, c * series.size() / chunks, (c + 1) * series.size() / chunks, first, last, off))
                        .toList();
        return merge(expanded);
    }

    private static Chunk chunk(List<Series> series, int from, int to, LocalDate first, LocalDate last, boolean[] off) {
        long firstDay = first.toEpochDay();
        long weeks = (last.toEpochDay() - firstDay) / 7 + 1;
        int expected = 0;
        for (int i = from; i < to; i++) {
            WeeklyPattern p = series.get(i).pattern();
            expected += (int) Math.min(1 << 20, (weeks / p.everyWeeks() + 1) * p.days().size());
        }
        Meetings meetings = new Meetings(expected);
        Map<ZoneId, WallClock> clocks = new HashMap<>(); // a clock remembers offsets: one per zone and thread
        for (int i = from; i < to; i++) {
            Series s = series.get(i);
            WeeklyPattern p = s.pattern();
            if (!p.isPlaced()) {
                continue;
            }
            WallClock clock = clocks.computeIfAbsent(s.zone(), WallClock::new);
            int start = p.start().toSecondOfDay();
            int end = p.end().toSecondOfDay();
            int endDay = p.crossesMidnight() ? 1 : 0;
            long length = p.minutes() * 60;
            p.forEachMeetingDay(first, last, day -> {
                if (!off[(int) (day - firstDay)]) {
                    long startSecond = clock.epochSecond(day, start);
                    long endSecond = clock.epochSecond(day + endDay, end);
                    if (endSecond <= startSecond) {
                        // A fall-back or spring-forward night can fold a short time onto itself; keep its length.
                        endSecond = startSecond + length;
                    }
                    meetings.add(new Occurrence(s.type(), s.id(), s.courseCode(), s.title(), startSecond, endSecond, clock.zone(), 0,
                            s.place()));
                }
            });
        }
        Occurrence[] found = meetings.toArray();
        return new Chunk(found, sortedKeys(found, (firstDay - 2) * DAY));
    }

    /** {@code meetings} by start, then end, then item; equal ones in their order. No start may be before {@code origin}. */
    static List<Occurrence> sortedByStart(Occurrence[] meetings, long origin) {
        return merge(List.of(new Chunk(meetings, sortedKeys(meetings, origin))));
    }

    /** Start (seconds after {@code origin}) and position packed in one long, sorted; {@code null} if a start does not fit. */
    private static long[] sortedKeys(Occurrence[] meetings, long origin) {
        int n = meetings.length;
        if (n > INDEX_MASK) {
            return null;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long since = meetings[i].startSecond() - origin;
            if (since < 0 || since >= 1L << (63 - INDEX_BITS)) {
                return null;
            }
            keys[i] = since << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        return keys;
    }

    /** The chunks' meetings in one list by start: a k-way merge of their keys, positions counted across chunks. */
    private static List<Occurrence> merge(List<Chunk> chunks) {
        int k = chunks.size();
        Occurrence[][] meetings = new Occurrence[k][];
        long[][] keys = new long[k][];
        int[] base = new int[k];
        int n = 0;
        boolean packed = true;
        for (int c = 0; c < k; c++) {
            meetings[c] = chunks.get(c).meetings();
            keys[c] = chunks.get(c).sortedKeys();
            base[c] = n;
            n += meetings[c].length;
            packed &= keys[c] != null;
        }
        if (!packed || n > INDEX_MASK) {
            List<Occurrence> all = new ArrayList<>(n);
            for (Occurrence[] m : meetings) {
                all.addAll(Arrays.asList(m));
            }
            all.sort(TermCalendar.BY_START); // stable: ties keep series order, as the keys' positions do
            return all;
        }
        Occurrence[] sorted = new Occurrence[n];
        long[] starts = new long[n];
        int[] next = new int[k];
        for (int i = 0; i < n; i++) {
            int best = 0;
            long bestKey = Long.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (next[c] < keys[c].length && keys[c][next[c]] + base[c] < bestKey) {
                    best = c;
                    bestKey = keys[c][next[c]] + base[c];
                }
            }
            long key = keys[best][next[best]++];
            sorted[i] = meetings[best][(int) (key & INDEX_MASK)];
            starts[i] = key >>> INDEX_BITS;
        }
        sortEqualStarts(sorted, starts);
        return Arrays.asList(sorted);
    }

    /**
     * Sorts each run of equal starts in {@code sorted} (already by start) by end, then item; ties
     * keep their order. {@code starts} holds their starts (or anything equal where they are), read
     * in place of the occurrences themselves, which lie all over the heap.
     */
    private static void sortEqualStarts(Occurrence[] sorted, long[] starts) {
        int n = sorted.length;
        for (int i = 0, j; i < n; i = j) {
            for (j = i + 1; j < n && starts[j] == starts[i]; j++) {
                // the run of equal starts
            }
            if (j - i > 1) {
                Arrays.sort(sorted, i, j, TermCalendar.BY_START);
            }
        }
    }
}

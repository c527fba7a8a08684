package org.courseplanner.domain.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Groups a recurring conflict into one finding: "… overlap on Mondays 10:30–11:15, 15 times,
 * Aug 31 – Dec 7". Occurrences group by the items involved plus weekday and wall-clock time
 * (in the school's zone), so one DST week does not split a group.
 */
final class FindingGroups {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /**
     * What one group is about; {@code sentence} gets "when" (e.g. "on Mondays 10:30–11:15") filled in.
     * {@code toDays} is how many days after {@code from}'s day {@code to} falls (0: the same day), for
     * a time range that crosses midnight: "on Tue Sep 1 19:59 – Wed Sep 2 16:59".
     */
    record Key(String rule, Severity severity, List<String> items, List<Long> itemIds, DayOfWeek day, LocalTime from,
               LocalTime to, int toDays, Long overlapMinutes, String sentence) {

        /** A range within one day. */
        Key(String rule, Severity severity, List<String> items, List<Long> itemIds, DayOfWeek day, LocalTime from, LocalTime to,
            Long overlapMinutes, String sentence) {
            this(rule, severity, items, itemIds, day, from, to, 0, overlapMinutes, sentence);
        }
    }

    /** A group's description and the days it happens on (kept as epoch days: groups can collect many). */
    private static final class Group {
        final Key key;
        long[] days = new long[8];
        int count;

        Group(Key key) {
            this.key = key;
        }

        void add(long epochDay) {
            if (count == days.length) {
                days = Arrays.copyOf(days, count * 2);
            }
            days[count++] = epochDay;
        }

        /** The days it happens on, each once, in order (as epoch days: no date objects for a catalog's thousands of groups). */
        long[] distinctDays() {
            long[] sorted = Arrays.copyOf(days, count);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }

    private final Map<Object, Group> byKey = new HashMap<>();
    private final List<Group> groups = new ArrayList<>(); // in the order they were found: the order of the findings
    private final ItemTimeIndex byItemsAndTime = new ItemTimeIndex();

    void add(Key key, LocalDate date) {
        add(key, date.toEpochDay(), () -> key);
    }

    /** Adds a day to the group {@code groupKey}, building its description only for a new group. */
    void add(Object groupKey, long epochDay, Supplier<Key> key) {
        Group group = byKey.get(groupKey);
        if (group == null) {
            group = newGroup(key);
            byKey.put(groupKey, group);
        }
        group.add(epochDay);
    }

    /**
     * Adds a day to the group of two items (or one, and 0) meeting on a weekday (1 to 7) from one
     * second of the day to another, building its description only for a new group. One rule's
     * groups: a conflict that repeats every week (tens of thousands of times in a registrar's
     * plan) finds its group without an object for its key.
     */
    void add(long first, long second, int day, int from, int to, long epochDay, Supplier<Key> key) {
        int index = byItemsAndTime.find(first, second, day, from, to);
        if (index < 0) {
            index = groups.size();
            newGroup(key);
            byItemsAndTime.put(first, second, day, from, to, index);
        }
        groups.get(index).add(epochDay);
    }

    /** The same, for a time from {@code fromSecond} to {@code toSecond} read on {@code clock} (weekday and day of its start). */
    void add(long first, long second, long fromSecond, long toSecond, WallClock clock, Supplier<Key> key) {
        add(first, second, clock.dayOfWeek(fromSecond), clock.secondOfDay(fromSecond), clock.secondOfDay(toSecond), clock.epochDay(fromSecond),
                key);
    }

    private Group newGroup(Supplier<Key> key) {
        Group group = new Group(key.get());
        groups.add(group);
        return group;
    }

    /**
     * Open addressing from (first item, second item, weekday, from, to) to a group's index: the
     * weekday and the two seconds of the day packed in one long, no object per look-up.
     */
    private static final class ItemTimeIndex {
        private long[] firsts = new long[64];
        private long[] seconds = new long[64];
        private long[] times = new long[64];
        private int[] indices = filled(64);
        private int size;

        int find(long first, long second, int day, int from, int to) {
            long time = time(day, from, to);
            int mask = indices.length - 1;
            for (int slot = hash(first, second, time) & mask; indices[slot] >= 0; slot = (slot + 1) & mask) {
                if (firsts[slot] == first && seconds[slot] == second && times[slot] == time) {
                    return indices[slot];
                }
            }
            return -1;
        }

        void put(long first, long second, int day, int from, int to, int index) {
            if (2 * (size + 1) > indices.length) {
                grow();
            }
            insert(first, second, time(day, from, to), index);
            size++;
        }

        private void insert(long first, long second, long time, int index) {
            int mask = indices.length - 1;
            int slot = hash(first, second, time) & mask;
            while (indices[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            firsts[slot] = first;
            seconds[slot] = second;
            times[slot] = time;
            indices[slot] = index;
        }

        private void grow() {
            long[] oldFirsts = firsts;
            long[] oldSeconds = seconds;
            long[] oldTimes = times;
            int[] oldIndices = indices;
            int capacity = oldIndices.length * 2;
            firsts = new long[capacity];
            seconds = new long[capacity];
            times = new long[capacity];
            indices = filled(capacity);
            for (int i = 0; i < oldIndices.length; i++) {
                if (oldIndices[i] >= 0) {
                    insert(oldFirsts[i], oldSeconds[i], oldTimes[i], oldIndices[i]);
                }
            }
        }

        /** Weekday (1-7) and two seconds of the day (below 2^17 each) in one long. */
        private static long time(int day, int from, int to) {
            return (long) day << 40 | (long) from << 20 | to;
        }

        private static int hash(long first, long second, long time) {
            long h = first * 0x9E3779B97F4A7C15L + second;
            h = h * 0x9E3779B97F4A7C15L + time;
            h *= 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32);
        }

        private static int[] filled(int capacity) {
            int[] empty = new int[capacity];
            Arrays.fill(empty, -1);
            return empty;
        }
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        groups.forEach(group -> {
            Key key = group.key;
            long[] distinct = group.distinctDays();
            LocalDate first = LocalDate.ofEpochDay(distinct[0]);
            LocalDate last = LocalDate.ofEpochDay(distinct[distinct.length - 1]);
            int times = distinct.length;
            String when;
            if (key.toDays() == 0) {
                String clock = key.from() == null ? "" : " " + key.from() + "–" + key.to();
                when = times == 1
                        ? "on " + DAY.format(first) + clock
                        : "on " + plural(key.day()) + clock + ", " + times + " times, " + SHORT_DAY.format(first) + " – "
                        + SHORT_DAY.format(last);
            } else if (times == 1) {
                when = "on " + DAY.format(first) + " " + key.from() + " – " + DAY.format(first.plusDays(key.toDays())) + " "
                        + key.to();
            } else {
                when = "on " + plural(key.day()) + " " + key.from() + " – " + plural(key.day().plus(key.toDays())) + " " + key.to() + ", "
                        + times + " times, " + SHORT_DAY.format(first) + " – "
                        + SHORT_DAY.format(last.plusDays(key.toDays()));
            }
            // A range that crosses midnight ends on a later day than it starts.
            findings.add(new Finding(key.rule(), key.severity(), key.items(), key.itemIds(), first,
                    last.plusDays(key.toDays()), times, key.overlapMinutes(), key.sentence().replace("{when}", when)));
        });
        return findings;
    }

    static String plural(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s";
    }
}

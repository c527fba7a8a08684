package org.courseplanner.domain.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

    /** A cheap key for grouping: rule, the two item ids, weekday and times as seconds of the day. */
    record GroupKey(String rule, long first, long second, int day, int from, int to) {
        /** From instants, read on a wall clock, without building date-time objects. */
        static GroupKey of(String rule, long first, long second, long fromSecond, long toSecond, WallClock clock) {
            return new GroupKey(rule, first, second, clock.dayOfWeek(fromSecond), clock.secondOfDay(fromSecond), clock.secondOfDay(toSecond));
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

    private final Map<Object, Group> groups = new LinkedHashMap<>();

    void add(Key key, LocalDate date) {
        groups.computeIfAbsent(key, k -> new Group(key)).add(date.toEpochDay());
    }

    /** Adds a day to the group {@code groupKey}, building its description only for a new group. */
    void add(Object groupKey, long epochDay, Supplier<Key> key) {
        groups.computeIfAbsent(groupKey, k -> new Group(key.get())).add(epochDay);
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        groups.values().forEach(group -> {
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

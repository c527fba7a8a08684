package org.courseplanner.domain.engine;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.courseplanner.domain.ConflictSettings;

/**
 * Live sessions at the same time: the student cannot attend them all.
 *
 * <p>Sessions that overlap, directly or through one another, are one clash: "CS 101 Lecture and
 * MATH 200 Lecture overlap …", or with more of them "A, B, C and 4 other classes overlap …". A
 * clash repeats weekly and groups into one finding like every other conflict. Reporting clashes
 * rather than pairs keeps the findings in proportion to the plan: a registrar's catalog imported
 * whole has tens of thousands of overlapping pairs (quadratic in its sections) but a few clashes
 * a day. Two sessions that overlap alone read exactly as a pair always did.
 */
public final class SessionOverlapRule implements ConflictRule {
    /** At most this many classes are named in a message; the rest are counted. */
    static final int NAMED = 4;

    @Override
    public String name() {
        return "session-overlap";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        FindingGroups groups = new FindingGroups();
        WallClock school = new WallClock(calendar.term().schoolZone());
        Clash clash = new Clash();
        boolean open = false;
        for (Occurrence o : calendar.sessions()) { // sorted by start
            if (open && o.startSecond() < clash.end) {
                clash.join(o);
            } else {
                if (open) {
                    clash.report(groups, school);
                }
                clash.start(o);
                open = true;
            }
        }
        if (open) {
            clash.report(groups, school);
        }
        return groups.findings();
    }

    /**
     * A run of sessions chained by overlaps (each starts before an earlier one ends), and the time
     * in it during which two different sessions run at once. One is reused for every run: a
     * catalog has thousands, and this runs after every edit.
     */
    private final class Clash {
        private Occurrence[] members = new Occurrence[16];
        private int count;
        /** The latest end so far, the item that ends then, and the latest end of any other item. */
        private long end;
        private long endItem;
        private long otherEnd;
        /** The first and last second of the time two sessions run at once, and its length. */
        private long from;
        private long to;
        private long overlapSeconds;

        void start(Occurrence first) {
            count = 0;
            add(first);
            end = first.endSecond();
            endItem = first.itemId();
            otherEnd = Long.MIN_VALUE;
            from = Long.MAX_VALUE;
            to = Long.MIN_VALUE;
            overlapSeconds = 0;
        }

        private void add(Occurrence o) {
            if (count == members.length) {
                members = Arrays.copyOf(members, count * 2);
            }
            members[count++] = o;
        }

        void join(Occurrence o) {
            add(o);
            long partnerEnd = o.itemId() == endItem ? otherEnd : end;
            long overlapEnd = Math.min(o.endSecond(), partnerEnd);
            if (overlapEnd > o.startSecond()) {
                // starts only grow: the overlaps so far end at `to`, so this one extends them or stands apart
                overlapSeconds += Math.max(0, overlapEnd - Math.max(o.startSecond(), to));
                from = Math.min(from, o.startSecond());
                to = Math.max(to, overlapEnd);
            }
            if (o.endSecond() > end) {
                if (o.itemId() != endItem) {
                    otherEnd = end;
                }
                end = o.endSecond();
                endItem = o.itemId();
            } else if (o.itemId() != endItem) {
                otherEnd = Math.max(otherEnd, o.endSecond());
            }
        }

        void report(FindingGroups groups, WallClock school) {
            if (to <= from) {
                return; // one session alone (or one item meeting itself): nothing to attend twice
            }
            long[] ids = new long[count];
            for (int i = 0; i < count; i++) {
                ids[i] = members[i].itemId();
            }
            Arrays.sort(ids);
            int distinct = 0;
            for (int i = 0; i < count; i++) {
                if (i == 0 || ids[i] != ids[i - 1]) {
                    ids[distinct++] = ids[i];
                }
            }
            long[] items = Arrays.copyOf(ids, distinct);
            long fromSecond = from;
            long toSecond = to;
            long minutes = overlapSeconds / 60;
            var key = new GroupKey(items, school.dayOfWeek(fromSecond), school.secondOfDay(fromSecond), school.secondOfDay(toSecond));
            groups.add(key, school.epochDay(fromSecond), () -> { // only for the first week of a group: the members are still here
                Map<Long, String> titles = new TreeMap<>();
                for (int i = 0; i < count; i++) {
                    titles.putIfAbsent(members[i].itemId(), members[i].title());
                }
                List<String> names = List.copyOf(titles.values());
                ZonedDateTime start = ZonedDateTime.ofInstant(Instant.ofEpochSecond(fromSecond), school.zone());
                ZonedDateTime stop = ZonedDateTime.ofInstant(Instant.ofEpochSecond(toSecond), school.zone());
                return new FindingGroups.Key(name(), Severity.ERROR, names, List.copyOf(titles.keySet()), start.getDayOfWeek(),
                        start.toLocalTime(), stop.toLocalTime(), minutes, names(names) + " overlap {when}");
            });
        }
    }

    /** The clash's sessions, grouped over the weeks: the same items (sorted ids) at the same weekday and times. */
    private static final class GroupKey {
        private final long[] items;
        private final int day;
        private final int from;
        private final int to;
        private final int hash;

        GroupKey(long[] items, int day, int from, int to) {
            this.items = items;
            this.day = day;
            this.from = from;
            this.to = to;
            this.hash = ((Arrays.hashCode(items) * 31 + day) * 31 + from) * 31 + to;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GroupKey k && hash == k.hash && day == k.day && from == k.from && to == k.to
                    && Arrays.equals(items, k.items);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** "A and B", "A, B and C", "A, B, C and D", "A, B, C and 4 other classes". */
    static String names(List<String> titles) {
        int n = titles.size();
        if (n <= NAMED) {
            return String.join(", ", titles.subList(0, n - 1)) + " and " + titles.get(n - 1);
        }
        return String.join(", ", titles.subList(0, NAMED - 1)) + " and " + (n - NAMED + 1) + " other classes";
    }
}

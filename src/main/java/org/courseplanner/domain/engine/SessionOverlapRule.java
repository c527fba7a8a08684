package org.courseplanner.domain.engine;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
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
        Clash clash = null;
        for (Occurrence o : calendar.sessions()) { // sorted by start
            if (clash != null && o.startSecond() < clash.end) {
                clash.join(o);
            } else {
                if (clash != null) {
                    clash.report(groups, school);
                }
                clash = new Clash(o);
            }
        }
        if (clash != null) {
            clash.report(groups, school);
        }
        return groups.findings();
    }

    /**
     * A run of sessions chained by overlaps (each starts before an earlier one ends), and the time
     * in it during which two different sessions run at once.
     */
    private final class Clash {
        /** The members by item id: an item meets once in a clash, but keep its occurrence's title. */
        private final TreeMap<Long, String> items = new TreeMap<>();
        /** The latest end so far, the item that ends then, and the latest end of any other item. */
        private long end;
        private long endItem;
        private long otherEnd = Long.MIN_VALUE;
        /** The first and last second of the time two sessions run at once, and its length. */
        private long from = Long.MAX_VALUE;
        private long to = Long.MIN_VALUE;
        private long overlapSeconds;

        Clash(Occurrence first) {
            items.put(first.itemId(), first.title());
            end = first.endSecond();
            endItem = first.itemId();
        }

        void join(Occurrence o) {
            items.putIfAbsent(o.itemId(), o.title());
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
            if (items.size() < 2 || to <= from) {
                return; // one session alone (or one item meeting itself): nothing to attend twice
            }
            List<Long> ids = List.copyOf(items.keySet());
            List<String> titles = List.copyOf(items.values());
            long fromSecond = from;
            long toSecond = to;
            long minutes = overlapSeconds / 60;
            var key = new GroupKey(ids, school.dayOfWeek(fromSecond), school.secondOfDay(fromSecond), school.secondOfDay(toSecond));
            groups.add(key, school.epochDay(fromSecond), () -> {
                ZonedDateTime start = ZonedDateTime.ofInstant(Instant.ofEpochSecond(fromSecond), school.zone());
                ZonedDateTime stop = ZonedDateTime.ofInstant(Instant.ofEpochSecond(toSecond), school.zone());
                return new FindingGroups.Key(name(), Severity.ERROR, titles, ids, start.getDayOfWeek(), start.toLocalTime(),
                        stop.toLocalTime(), minutes, names(titles) + " overlap {when}");
            });
        }
    }

    /** The clash's sessions, grouped over the weeks: the same items at the same weekday and times. */
    private record GroupKey(List<Long> items, int day, int from, int to) {
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

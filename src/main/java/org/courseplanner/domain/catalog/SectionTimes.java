package org.courseplanner.domain.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;

/**
 * The meetings of a catalog section in a term, as the generator compares them: each meeting date
 * (within the term, not on a break) as an interval of epoch minutes, and the weekly picture
 * (which days, which five-minute slots) that days on campus and gaps are scored on.
 */
final class SectionTimes {
    /** Five-minute slots of a day: 288, in five longs. */
    static final int SLOT_MINUTES = 5;
    static final int WORDS_PER_DAY = 5;
    private static final Pattern ONLINE = Pattern.compile("(?i)^(online|remote|virtual|web|zoom|teams|async.*|distance.*)$");

    private SectionTimes() {
    }

    /** Meeting intervals [start, end) in epoch minutes, sorted by start, pairs in one array. */
    static long[] intervals(Iterable<CatalogMeeting> meetings, Term term, Set<LocalDate> breakDays) {
        long[] out = new long[16];
        int n = 0;
        ZoneId zone = term.schoolZone();
        for (CatalogMeeting m : meetings) {
            WeeklyPattern p = m.pattern();
            if (!p.isPlaced()) {
                continue;
            }
            for (LocalDate day : p.meetingDates(term.firstDay(), term.lastDay())) {
                if (breakDays.contains(day)) {
                    continue;
                }
                long start = ZonedDateTime.of(day, p.start(), zone).toEpochSecond() / 60;
                long end = start + p.minutes();
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = start;
                out[n++] = end;
            }
        }
        long[] pairs = Arrays.copyOf(out, n);
        sortPairs(pairs);
        return pairs;
    }

    /** Sorts [start, end] pairs by start, then end (a meeting lasts less than a day: the length fits in 12 bits). */
    static void sortPairs(long[] pairs) {
        int count = pairs.length / 2;
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = pairs[2 * i] << 12 | (pairs[2 * i + 1] - pairs[2 * i]);
        }
        Arrays.sort(keys);
        for (int i = 0; i < count; i++) {
            pairs[2 * i] = keys[i] >> 12;
            pairs[2 * i + 1] = pairs[2 * i] + (keys[i] & 0xFFF);
        }
    }

    /** True when two sorted interval lists share a minute. */
    static boolean overlap(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j + 1] && b[j] < a[i + 1]) {
                return true;
            }
            if (a[i + 1] <= b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return false;
    }

    /** True when the list has two intervals that share a minute (it is sorted by start). */
    static boolean selfOverlap(long[] a) {
        long end = Long.MIN_VALUE;
        for (int i = 0; i < a.length; i += 2) {
            if (a[i] < end) {
                return true;
            }
            end = Math.max(end, a[i + 1]);
        }
        return false;
    }

    /** True when a meeting takes place in a room rather than online. */
    static boolean onCampus(CatalogMeeting m) {
        String place = m.location();
        return place == null || !(SyncSession.isMeetingLink(place) || ONLINE.matcher(place.strip()).matches());
    }

    /** The building of a room ("DCC 308" → "DCC"), or {@code null} for no place, TBA or online. */
    static String building(CatalogMeeting m) {
        String place = m.location();
        if (place == null || !onCampus(m) || place.equalsIgnoreCase("TBA") || place.equalsIgnoreCase("ARR")) {
            return null;
        }
        String first = place.strip().split("[\\s-]+", 2)[0];
        return first.toUpperCase(Locale.ROOT);
    }

    /** Marks a meeting's weekly slots in a week picture of 7 × {@link #WORDS_PER_DAY} longs. */
    static void mark(long[] week, WeeklyPattern p) {
        int from = minuteOfDay(p.start()) / SLOT_MINUTES;
        int to = (minuteOfDay(p.start()) + (int) p.minutes() + SLOT_MINUTES - 1) / SLOT_MINUTES;
        to = Math.min(to, 24 * 60 / SLOT_MINUTES);
        for (DayOfWeek d : p.days()) {
            int base = (d.getValue() - 1) * WORDS_PER_DAY;
            for (int s = from; s < to; s++) {
                week[base + s / 64] |= 1L << (s % 64);
            }
        }
    }

    static int minuteOfDay(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    /** Minutes of gaps on one day of a week picture: the span from first to last slot, less the busy slots. */
    static int gapMinutes(long[] week, int day) {
        int base = day * WORDS_PER_DAY;
        int first = -1;
        int last = -1;
        int busy = 0;
        for (int w = 0; w < WORDS_PER_DAY; w++) {
            long bits = week[base + w];
            if (bits != 0) {
                if (first < 0) {
                    first = w * 64 + Long.numberOfTrailingZeros(bits);
                }
                last = w * 64 + 63 - Long.numberOfLeadingZeros(bits);
                busy += Long.bitCount(bits);
            }
        }
        return first < 0 ? 0 : (last - first + 1 - busy) * SLOT_MINUTES;
    }
}

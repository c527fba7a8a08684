package org.courseplanner.domain.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Reads instants on one zone's wall clock, remembering the offset between two DST changes: the
 * rules see occurrences in time order, so nearly every look-up is the same stretch as the last.
 */
final class WallClock {
    private static final long DAY = 24 * 60 * 60;

    private final ZoneId zone;
    private final ZoneRules rules;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;
    private int offset;
    // the same the other way round: wall-clock seconds that have exactly one offset, localOffset
    private long localFrom = Long.MAX_VALUE;
    private long localUntil = Long.MIN_VALUE;
    private int localOffset;
    // every such stretch found so far: a term expanded series by series goes back to its first
    // days at each series, so a year's two DST changes would otherwise be looked up again each time
    private long[] knownFrom = new long[4];
    private long[] knownUntil = new long[4];
    private int[] knownOffset = new int[4];
    private int known;

    WallClock(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    ZoneId zone() {
        return zone;
    }

    /** Seconds since 1970-01-01T00:00 on this wall clock. */
    long local(long epochSecond) {
        if (epochSecond < validFrom || epochSecond >= validUntil) {
            Instant instant = Instant.ofEpochSecond(epochSecond);
            offset = rules.getOffset(instant).getTotalSeconds();
            ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
            ZoneOffsetTransition next = rules.nextTransition(instant);
            validFrom = previous == null ? Long.MIN_VALUE : previous.getInstant().getEpochSecond();
            validUntil = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond();
        }
        return epochSecond + offset;
    }

    /**
     * The instant of a wall-clock time, resolved as {@link java.time.ZonedDateTime#of} does: in a
     * spring-forward gap the offset before the gap applies (the time moves later by the gap), in a
     * fall-back overlap the earlier offset.
     */
    long epochSecond(long epochDay, int secondOfDay) {
        long local = epochDay * DAY + secondOfDay;
        if (local >= localFrom && local < localUntil) {
            return local - localOffset;
        }
        for (int i = 0; i < known; i++) {
            if (local >= knownFrom[i] && local < knownUntil[i]) {
                localFrom = knownFrom[i];
                localUntil = knownUntil[i];
                localOffset = knownOffset[i];
                return local - localOffset;
            }
        }
        LocalDateTime wallClock = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
        int resolved = rules.getOffset(wallClock).getTotalSeconds(); // the offset before a gap or an overlap
        long epoch = local - resolved;
        if (rules.getTransition(wallClock) == null) {
            Instant instant = Instant.ofEpochSecond(epoch);
            ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
            ZoneOffsetTransition next = rules.nextTransition(instant);
            localFrom = previous == null ? Long.MIN_VALUE : localSeconds(later(previous.getDateTimeBefore(), previous.getDateTimeAfter()));
            localUntil = next == null ? Long.MAX_VALUE : localSeconds(earlier(next.getDateTimeBefore(), next.getDateTimeAfter()));
            localOffset = resolved;
            remember();
        }
        return epoch;
    }

    private void remember() {
        if (known == knownFrom.length) {
            if (known >= 64) {
                known = 0; // a clock read across centuries: start again rather than grow without end
            } else {
                knownFrom = java.util.Arrays.copyOf(knownFrom, known * 2);
                knownUntil = java.util.Arrays.copyOf(knownUntil, known * 2);
                knownOffset = java.util.Arrays.copyOf(knownOffset, known * 2);
            }
        }
        knownFrom[known] = localFrom;
        knownUntil[known] = localUntil;
        knownOffset[known] = localOffset;
        known++;
    }

    private static long localSeconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** The day, as days since 1970-01-01, of an instant on this wall clock. */
    long epochDay(long epochSecond) {
        return Math.floorDiv(local(epochSecond), DAY);
    }

    /** Seconds since midnight on this wall clock. */
    int secondOfDay(long epochSecond) {
        return (int) Math.floorMod(local(epochSecond), DAY);
    }

    /** 1 (Monday) to 7 (Sunday). */
    int dayOfWeek(long epochSecond) {
        return (int) Math.floorMod(epochDay(epochSecond) + 3, 7L) + 1; // 1970-01-01 was a Thursday
    }
}

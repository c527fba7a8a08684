package org.courseplanner.domain.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Turns overlapping pairs into grouped findings; shared by the overlap rules. */
final class Overlaps {
    private Overlaps() {
    }

    /**
     * Adds the overlap of {@code a} and {@code b} to {@code groups}. {@code sentence} may use
     * {a}, {b} and {when}.
     */
    static void add(FindingGroups groups, String rule, Severity severity, Occurrence a, Occurrence b, WallClock school,
                    String sentence) {
        if (!a.clashesWith(b)) {
            return; // the one definition of an overlap, shared with the week view
        }
        if (a.itemId() > b.itemId() && a.type() == b.type()) {
            Occurrence t = a;
            a = b;
            b = t;
        }
        long fromSecond = Math.max(a.startSecond(), b.startSecond());
        long toSecond = Math.min(a.endSecond(), b.endSecond());
        Occurrence first = a;
        Occurrence second = b;
        ZoneId schoolZone = school.zone();
        groups.add(a.itemId(), b.itemId(), fromSecond, toSecond, school, () -> {
            ZonedDateTime from = ZonedDateTime.ofInstant(Instant.ofEpochSecond(fromSecond), schoolZone);
            ZonedDateTime to = ZonedDateTime.ofInstant(Instant.ofEpochSecond(toSecond), schoolZone);
            String text = sentence.replace("{a}", first.title()).replace("{b}", second.title());
            return new FindingGroups.Key(rule, severity, List.of(first.title(), second.title()), List.of(first.itemId(), second.itemId()),
                    from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime(), Duration.between(from, to).toMinutes(), text);
        });
    }
}

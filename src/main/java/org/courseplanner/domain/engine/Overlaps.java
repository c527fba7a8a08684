package org.courseplanner.domain.engine;

import java.time.Duration;
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
    static void add(FindingGroups groups, String rule, Severity severity, Occurrence a, Occurrence b, ZoneId schoolZone,
                    String sentence) {
        if (a.itemId() > b.itemId() && a.type() == b.type()) {
            Occurrence t = a;
            a = b;
            b = t;
        }
        ZonedDateTime from = (a.start().isAfter(b.start()) ? a.start() : b.start()).withZoneSameInstant(schoolZone);
        ZonedDateTime to = (a.end().isBefore(b.end()) ? a.end() : b.end()).withZoneSameInstant(schoolZone);
        long minutes = Duration.between(from, to).toMinutes();
        String text = sentence.replace("{a}", a.title()).replace("{b}", b.title());
        groups.add(new FindingGroups.Key(rule, severity, List.of(a.title(), b.title()), List.of(a.itemId(), b.itemId()),
                from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime(), minutes, text), from.toLocalDate());
    }
}

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
        ZonedDateTime from = (a.startSecond() >= b.startSecond() ? a.start() : b.start()).withZoneSameInstant(schoolZone);
        ZonedDateTime to = (a.endSecond() <= b.endSecond() ? a.end() : b.end()).withZoneSameInstant(schoolZone);
        Occurrence first = a;
        Occurrence second = b;
        groups.add(FindingGroups.GroupKey.of(rule, a.itemId(), b.itemId(), from, to), from.toLocalDate(), () -> {
            String text = sentence.replace("{a}", first.title()).replace("{b}", second.title());
            return new FindingGroups.Key(rule, severity, List.of(first.title(), second.title()), List.of(first.itemId(), second.itemId()),
                    from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime(), Duration.between(from, to).toMinutes(), text);
        });
    }
}

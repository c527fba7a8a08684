package org.courseplanner.ical;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The UTC offsets a VTIMEZONE in the file defines between two instants, worked out from its
 * STANDARD and DAYLIGHT onsets (DTSTART, RRULE, RDATE), to find the IANA zone that agrees.
 */
final class VTimeZoneOffsets {
    private record Change(Instant at, ZoneOffset from, ZoneOffset to) {
    }

    private final List<Change> changes;
    /** Whether a yearly rule goes on without end; otherwise the definition says nothing after its last onset. */
    private final boolean openEnded;

    private VTimeZoneOffsets(List<Change> changes, boolean openEnded) {
        this.changes = changes;
        this.openEnded = openEnded;
    }

    /** Its offsets from {@code from} to {@code to}; empty when it has no readable onsets. */
    static Optional<VTimeZoneOffsets> of(IcsComponent vtimezone, Instant from, Instant to) {
        List<Change> changes = new ArrayList<>();
        boolean openEnded = false;
        LocalDateTime end = LocalDateTime.ofInstant(to, ZoneOffset.UTC).plusDays(2);
        for (IcsComponent observance : vtimezone.children()) {
            if (!observance.name().equals("STANDARD") && !observance.name().equals("DAYLIGHT")) {
                continue;
            }
            try {
                ZoneOffset offsetFrom = offset(observance, "TZOFFSETFROM");
                ZoneOffset offsetTo = offset(observance, "TZOFFSETTO");
                TimeValue start = TimeValue.of(observance.property("DTSTART").orElseThrow(() -> new UnusableItem("no DTSTART")));
                LocalDateTime seed = start instanceof TimeValue.Local l ? l.time()
                        : start instanceof TimeValue.Day d ? d.date().atStartOfDay()
                        : LocalDateTime.ofInstant(((TimeValue.Utc) start).instant(), offsetFrom);
                List<LocalDateTime> onsets = new ArrayList<>();
                onsets.add(seed);
                for (IcsProperty rrule : observance.all("RRULE")) {
                    openEnded |= !rrule.value().toUpperCase(java.util.Locale.ROOT).matches(".*\\b(UNTIL|COUNT)=.*");
                    onsets.addAll(new RecurrenceRule(rrule.value(), i -> LocalDateTime.ofInstant(i, offsetFrom)).occurrences(seed, end));
                }
                for (IcsProperty rdate : observance.all("RDATE")) {
                    for (TimeValue v : TimeValue.all(rdate)) {
                        onsets.add(v instanceof TimeValue.Utc u ? LocalDateTime.ofInstant(u.instant(), offsetFrom)
                                : v instanceof TimeValue.Local l ? l.time() : ((TimeValue.Day) v).date().atStartOfDay());
                    }
                }
                for (LocalDateTime onset : onsets) {
                    changes.add(new Change(onset.toInstant(offsetFrom), offsetFrom, offsetTo));
                }
            } catch (UnusableItem | java.time.DateTimeException e) {
                // an observance that cannot be read adds nothing
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        changes.sort(Comparator.comparing(Change::at));
        return Optional.of(new VTimeZoneOffsets(List.copyOf(changes), openEnded));
    }

    private static ZoneOffset offset(IcsComponent observance, String name) {
        String v = observance.property(name).map(IcsProperty::value).orElseThrow(() -> new UnusableItem("no " + name)).strip();
        if (v.matches("[+-]\\d{4}(\\d{2})?")) {
            v = v.substring(0, 3) + ":" + v.substring(3, 5) + (v.length() > 5 ? ":" + v.substring(5) : "");
        }
        return ZoneOffset.of(v);
    }

    ZoneOffset offsetAt(Instant instant) {
        ZoneOffset offset = changes.get(0).from();
        for (Change c : changes) {
            if (c.at().isAfter(instant)) {
                break;
            }
            offset = c.to();
        }
        return offset;
    }

    /**
     * True when {@code zone} has the same offset as this definition at every instant from {@code from}
     * to {@code to} that the definition speaks for: from its first onset, and up to its last unless a
     * rule goes on. Exporters often write only the onsets around their events; outside those the
     * instant nearest to the range decides.
     */
    boolean agreesWith(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules;
        try {
            rules = zone.getRules();
        } catch (RuntimeException e) {
            return false;
        }
        if (rules == null) {
            return false;
        }
        Instant first = changes.get(0).at();
        Instant last = openEnded ? Instant.MAX : changes.get(changes.size() - 1).at();
        Instant a = clamp(from, first, last);
        Instant b = clamp(to, first, last);
        java.util.TreeSet<Instant> bounds = new java.util.TreeSet<>(List.of(a, b));
        for (Change c : changes) {
            if (c.at().isAfter(a) && c.at().isBefore(b)) {
                bounds.add(c.at());
            }
        }
        for (ZoneOffsetTransition t = rules.nextTransition(a); t != null && t.getInstant().isBefore(b);
                t = rules.nextTransition(t.getInstant())) {
            bounds.add(t.getInstant());
        }
        if (bounds.size() == 1) {
            return nearly(rules, a);
        }
        // Between two changes of either, the offsets must be equal; a change itself may be placed a few
        // hours off (Outlook writes 02:00 local where the EU changes at 01:00 UTC).
        Instant previous = null;
        for (Instant at : bounds) {
            if (previous != null) {
                Instant middle = previous.plus(Duration.between(previous, at).dividedBy(2));
                boolean agrees = Duration.between(previous, at).compareTo(SLACK.multipliedBy(2)) > 0
                        ? rules.getOffset(middle).equals(offsetAt(middle)) : nearly(rules, middle);
                if (!agrees) {
                    return false;
                }
            }
            previous = at;
        }
        return true;
    }

    private static final Duration SLACK = Duration.ofHours(3);

    private boolean nearly(ZoneRules rules, Instant at) {
        ZoneOffset mine = offsetAt(at);
        return rules.getOffset(at).equals(mine) || rules.getOffset(at.minus(SLACK)).equals(mine) || rules.getOffset(at.plus(SLACK)).equals(mine);
    }

    private static Instant clamp(Instant i, Instant min, Instant max) {
        return i.isBefore(min) ? min : i.isAfter(max) ? max : i;
    }
}

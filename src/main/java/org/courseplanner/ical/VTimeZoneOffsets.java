package org.courseplanner.ical;

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

    private VTimeZoneOffsets(List<Change> changes) {
        this.changes = changes;
    }

    /** Its offsets from {@code from} to {@code to}; empty when it has no readable onsets. */
    static Optional<VTimeZoneOffsets> of(IcsComponent vtimezone, Instant from, Instant to) {
        List<Change> changes = new ArrayList<>();
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
        return Optional.of(new VTimeZoneOffsets(List.copyOf(changes)));
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

    /** True when {@code zone} has the same offset as this definition at every instant from {@code from} to {@code to}. */
    boolean agreesWith(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<Instant> checks = new ArrayList<>();
        checks.add(from);
        for (Change c : changes) {
            if (c.at().isAfter(from) && c.at().isBefore(to)) {
                checks.add(c.at());
            }
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            checks.add(t.getInstant());
        }
        for (Instant at : checks) {
            if (!rules.getOffset(at).equals(offsetAt(at))) {
                return false;
            }
        }
        return true;
    }
}

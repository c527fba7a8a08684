package org.courseplanner.ical;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Date-time properties whose values java.time decides. ical4j is only handed a local value and a
 * TZID (or an instant in UTC), never a {@link ZonedDateTime}: given one, it recomputes the wall
 * clock from its own bundled zone rules, which are wrong for some zones and years.
 */
final class IcsTimes {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private IcsTimes() {
    }

    /** A series' first meeting as the student entered it (it may not exist on a spring-forward night). */
    static DtStart<LocalDateTime> nominalStart(LocalDateTime wallClock, ZoneId zone) {
        return new DtStart<>(tz(zone), wallClock);
    }

    /** Which meeting of a series an override replaces: the series' own wall-clock time that day. */
    static RecurrenceId<LocalDateTime> recurrenceId(LocalDateTime wallClock, ZoneId zone) {
        return new RecurrenceId<>(tz(zone), wallClock);
    }

    /** Meetings a series leaves out, at the series' own wall-clock time. */
    static ExDate<LocalDateTime> excluded(List<LocalDateTime> wallClocks, ZoneId zone) {
        return new ExDate<>(tz(zone), new DateList<>(wallClocks));
    }

    /** One of our own properties holding a wall-clock time, written as DTSTART is: "X-…;TZID=Europe/Berlin:20260831T090000". */
    static XProperty local(String name, LocalDateTime wallClock, ZoneId zone) {
        return new XProperty(name, tz(zone), LOCAL.format(wallClock));
    }

    static DtStart<? extends Temporal> start(ZonedDateTime at) {
        return exact(at) instanceof LocalDateTime local ? new DtStart<>(tz(at.getZone()), local) : new DtStart<>(at.toInstant());
    }

    static DtEnd<? extends Temporal> end(ZonedDateTime at) {
        return exact(at) instanceof LocalDateTime local ? new DtEnd<>(tz(at.getZone()), local) : new DtEnd<>(at.toInstant());
    }

    static Due<? extends Temporal> due(ZonedDateTime at) {
        return exact(at) instanceof LocalDateTime local ? new Due<>(tz(at.getZone()), local) : new Due<>(at.toInstant());
    }

    /** True when the wall-clock time of {@code at} names that instant and no other (not in a fall-back hour). */
    static boolean hasOneWallClock(ZonedDateTime at) {
        return hasOneWallClock(at.toLocalDateTime(), at.getZone());
    }

    /** True when the wall-clock time exists in the zone, once (not in a spring-forward gap, not in a fall-back hour). */
    static boolean hasOneWallClock(LocalDateTime wallClock, ZoneId zone) {
        return zone.getRules().getValidOffsets(wallClock).size() == 1;
    }

    /**
     * The local time in the instant's zone where it names that instant alone, else the instant in
     * UTC: every reader agrees on both, while readers differ on a time that happens twice.
     */
    private static Temporal exact(ZonedDateTime at) {
        return hasOneWallClock(at) ? at.toLocalDateTime() : at.toInstant();
    }

    private static ParameterList tz(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }
}

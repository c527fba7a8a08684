package org.courseplanner.ical;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.RRule;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.engine.Occurrence;

/**
 * A weekly class or shift as RFC 5545 readers expand it: one VEVENT with DTSTART at the first real
 * meeting, RRULE and EXDATE at the wall-clock time the student entered, and an override
 * (RECURRENCE-ID) for each meeting whose real start or end the rule alone would get wrong.
 *
 * <p>A rule gives every meeting the same exact length; the planner keeps the wall-clock times
 * instead, so a 22:00-06:00 shift over a fall-back night lasts nine hours and a class starting in
 * a spring-forward gap ends at its usual time. Those meetings, and only those, are written as
 * overrides (docs/decisions/0010-the-agenda-keeps-wall-clock-times-and-the-export-says-so-per-meeting.md).
 */
final class WeeklySeries {
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private WeeklySeries() {
    }

    /**
     * The series' VEVENTs (the master first), or none when it never meets.
     *
     * @param patternDates every date the pattern would meet in the term, before skips and breaks
     * @param meetDates    the dates it does meet (without skipped dates, and breaks where they cancel it)
     * @param meetings     the agenda's occurrences of it, in order, one for each of those dates
     * @param details      adds what every VEVENT of the series carries (UID, SUMMARY, ...)
     */
    static List<VEvent> of(WeeklyPattern p, ZoneId zone, List<LocalDate> patternDates, Set<LocalDate> meetDates,
                           List<Occurrence> meetings, Consumer<VEvent> details) {
        List<LocalDate> meets = patternDates.stream().filter(meetDates::contains).toList();
        if (meets.isEmpty()) {
            return List.of();
        }
        if (meets.size() != meetings.size()) {
            throw new IllegalStateException("the agenda has " + meetings.size() + " meetings of " + p.describe() + ", the pattern "
                    + meets.size());
        }
        LocalDate first = meets.get(0);
        LocalDate last = patternDates.get(patternDates.size() - 1);
        Duration length = Duration.ofMinutes(p.minutes());
        List<VEvent> events = new ArrayList<>();
        if (first.equals(last)) {
            events.add(single(meetings.get(0), details));
            return events;
        }
        VEvent master = new VEvent(false);
        master.add(stamp());
        LocalDateTime firstStart = first.atTime(p.start());
        master.add(IcsTimes.nominalStart(firstStart, zone));
        if (irregular(meetings.get(0), firstStart, zone, length)) {
            // readers differ on how long DTSTART to DTEND is when DTSTART is not an ordinary time; a DURATION they all add alike
            master.add(new net.fortuna.ical4j.model.property.Duration(length));
        } else {
            master.add(IcsTimes.end(ZonedDateTime.of(firstStart, zone).plus(length)));
        }
        // UNTIL, in UTC: two hours after the last start the rule may give. Not the end of that day:
        // dateutil (khal, python tools) compares UNTIL with a meeting still at the first meeting's
        // UTC offset, so after a DST change a late last meeting fell an hour past the day's end.
        ZonedDateTime until = ZonedDateTime.of(last.atTime(p.start()), zone).plusHours(2).withZoneSameInstant(ZoneOffset.UTC);
        String days = p.days().stream().sorted().map(Weekdays::code).collect(Collectors.joining(","));
        master.add(new RRule<>("FREQ=WEEKLY;INTERVAL=" + p.everyWeeks() + ";BYDAY=" + days + ";WKST=MO;UNTIL=" + UTC_STAMP.format(until)));
        List<LocalDateTime> excluded = patternDates.stream().filter(d -> d.isAfter(first) && !meetDates.contains(d))
                .map(d -> d.atTime(p.start())).toList();
        if (!excluded.isEmpty()) {
            master.add(IcsTimes.excluded(excluded, zone));
        }
        details.accept(master);
        events.add(master);
        for (int i = 0; i < meets.size(); i++) {
            LocalDateTime wallClock = meets.get(i).atTime(p.start());
            Occurrence real = meetings.get(i);
            if (irregular(real, wallClock, zone, length)) {
                VEvent moved = new VEvent(false);
                moved.add(stamp());
                moved.add(IcsTimes.recurrenceId(wallClock, zone));
                moved.add(IcsTimes.start(real.start()));
                moved.add(IcsTimes.end(real.end()));
                details.accept(moved);
                events.add(moved);
            }
        }
        return events;
    }

    /**
     * True when a reader expanding the rule could place this meeting anywhere but where the agenda
     * has it: its wall-clock start does not exist or happens twice (readers resolve those
     * differently), the clocks change while it lasts (readers add a length on the wall clock or
     * in elapsed time), or the rule's exact length is not the agenda's (RFC 5545 3.3.5 and
     * 3.8.5.3).
     */
    private static boolean irregular(Occurrence real, LocalDateTime wallClock, ZoneId zone, Duration length) {
        ZonedDateTime ruleStart = ZonedDateTime.of(wallClock, zone);
        ZonedDateTime ruleEnd = ruleStart.plus(length);
        return !IcsTimes.hasOneWallClock(wallClock, zone)
                || !ruleStart.getOffset().equals(ruleEnd.getOffset())
                || !IcsTimes.hasOneWallClock(ruleEnd)
                || real.startSecond() != ruleStart.toEpochSecond()
                || real.endSecond() != ruleEnd.toEpochSecond();
    }

    /** A meeting on its own: its real start and end. */
    static VEvent single(Occurrence o, Consumer<VEvent> details) {
        VEvent event = new VEvent(false);
        event.add(stamp());
        event.add(IcsTimes.start(o.start()));
        event.add(IcsTimes.end(o.end()));
        details.accept(event);
        return event;
    }

    static DtStamp stamp() {
        return new DtStamp(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}

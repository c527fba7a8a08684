package org.courseplanner.domain.engine;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Occurrences across DST changes, zones whose rules differ, breaks and recurrence rules. */
class EngineDstTest {

    /** A weekly 10:00 class stays at 10:00 school time through the school's DST change, while its UTC offset moves. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // zone,               term start,  term end,   offset before, offset after
        "America/New_York,    2026-10-05, 2026-11-27, -04:00, -05:00",
        "Europe/Berlin,       2026-10-05, 2026-11-27, +02:00, +01:00",
        "Australia/Sydney,    2026-09-14, 2026-10-30, +10:00, +11:00",
        "Asia/Kolkata,        2026-09-14, 2026-10-30, +05:30, +05:30",
    })
    void classesKeepTheirWallClockTime(String zone, LocalDate first, LocalDate last, String before, String after) {
        Plans p = Plans.term(first, last, zone, zone);
        p.course("CS 101", 3, Delivery.SYNC);
        p.weekly("CS 101", SessionKind.LECTURE, "10:00", "11:15", "ENG 1", MONDAY);
        List<Occurrence> sessions = p.calendar().sessions();
        assertThat(sessions).hasSizeGreaterThan(5);
        assertThat(sessions).allSatisfy(o -> {
            assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(o.end().toLocalTime()).isEqualTo(LocalTime.of(11, 15));
            assertThat(o.start().getDayOfWeek()).isEqualTo(MONDAY);
            assertThat(o.minutes()).isEqualTo(75);
        });
        assertThat(sessions.get(0).start().getOffset().getId()).isEqualTo(before.replace("+00:00", "Z"));
        assertThat(sessions.get(sessions.size() - 1).start().getOffset().getId()).isEqualTo(after);
    }

    /** A New York class seen from Berlin: 16:00, but 15:00 in the week when Europe has left DST and the US has not. */
    @Test
    void theStudentsZoneFollowsBothZonesRules() {
        Plans p = Plans.term(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 13), "America/New_York", "Europe/Berlin");
        p.course("CS 101", 3, Delivery.SYNC);
        p.weekly("CS 101", SessionKind.LECTURE, "10:00", "11:15", "ENG 1", MONDAY);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<String> berlinTimes = p.calendar().sessions().stream()
                .map(o -> o.in(berlin).start().toLocalDate() + " " + o.in(berlin).start().toLocalTime()).toList();
        // EU DST ends Sun Oct 25 2026, US DST ends Sun Nov 1 2026
        assertThat(berlinTimes).containsExactly("2026-10-12 16:00", "2026-10-19 16:00", "2026-10-26 15:00", "2026-11-02 16:00",
                "2026-11-09 16:00");
    }

    @Test
    void aTimeInTheSpringForwardGapMovesLaterAndAnAmbiguousTimeTakesTheEarlierOffset() {
        Plans p = Plans.term(LocalDate.of(2026, 10, 26), LocalDate.of(2027, 3, 20), "America/New_York", "America/New_York");
        p.course("NIGHT 1", 1, Delivery.SYNC);
        p.session("NIGHT 1", SessionKind.LAB, WeeklyPattern.once(LocalDate.of(2027, 3, 14), LocalTime.of(2, 30), LocalTime.of(3, 30)), null);
        p.session("NIGHT 1", SessionKind.LAB, WeeklyPattern.once(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), LocalTime.of(2, 30)), null);
        List<Occurrence> sessions = p.calendar().sessions();
        Occurrence fallBack = sessions.get(0);
        Occurrence springForward = sessions.get(1);
        assertThat(fallBack.start()).isEqualTo(ZonedDateTime.parse("2026-11-01T01:30-04:00[America/New_York]"));
        assertThat(fallBack.minutes()).isEqualTo(120); // 01:30 EDT to 02:30 EST: the hour happens twice
        assertThat(springForward.start().toLocalTime()).isEqualTo(LocalTime.of(3, 30)); // 02:30 does not exist
        assertThat(springForward.start().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
        assertThat(springForward.minutes()).isEqualTo(60); // the end keeps the length when the start folds onto it
    }

    @Test
    void breaksCancelClassesButNotShiftsNorModuleWindows() {
        Plans p = Plans.term(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 6), "America/New_York", "America/New_York",
                Plans.breakOf("Thanksgiving", "2026-11-23", "2026-11-29"));
        p.course("CS 101", 3, Delivery.SYNC);
        p.weekly("CS 101", SessionKind.LECTURE, "10:00", "11:00", "ENG 1", MONDAY, WEDNESDAY);
        p.commitment("Shift", WeeklyPattern.weekly(EnumSet.of(MONDAY), LocalTime.of(17, 0), LocalTime.of(21, 0)), null);
        p.course("HIST 1", 3, Delivery.ASYNC);
        p.module("HIST 1", "Module", 3, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 3,
                LocalDate.of(2026, 11, 16)), Set.of());
        TermCalendar c = p.calendar();
        assertThat(c.sessions()).extracting(o -> o.start().toLocalDate().toString())
                .containsExactly("2026-11-16", "2026-11-18", "2026-11-30", "2026-12-02");
        assertThat(c.commitments()).hasSize(3);
        assertThat(c.deadlines()).extracting(o -> o.start().toLocalDate().toString())
                .containsExactly("2026-11-22", "2026-11-29", "2026-12-06");
    }

    @Test
    void everyTwoWeeksCountsFromTheWeekOfTheFirstMeetingWithBoundsAndSkips() {
        Plans p = Plans.term(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 10, 30), "America/New_York", "America/New_York");
        p.course("PHYS 1", 4, Delivery.SYNC);
        p.session("PHYS 1", SessionKind.LAB, new WeeklyPattern(EnumSet.of(WEDNESDAY, FRIDAY), LocalTime.of(14, 0), LocalTime.of(16, 0), 2,
                LocalDate.of(2026, 9, 4), LocalDate.of(2026, 10, 16), Set.of(LocalDate.of(2026, 9, 18))), "PHY 2");
        // first meeting Fri Sep 4 (week of Aug 31); then the weeks of Sep 14, Sep 28, Oct 12
        assertThat(p.calendar().sessions()).extracting(o -> o.start().toLocalDate().toString())
                .containsExactly("2026-09-04", "2026-09-16", "2026-09-30", "2026-10-02", "2026-10-14", "2026-10-16");
    }

    @Test
    void moduleWindowsCrossAWeekendAMonthAndADstChange() {
        Plans p = Plans.term(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 20), "America/New_York", "America/New_York");
        p.course("PSYC 1", 3, Delivery.ASYNC);
        long unit = p.module("PSYC 1", "Unit", 4, new WeeklyWindow(WEDNESDAY, LocalTime.of(0, 0), WEDNESDAY, LocalTime.of(0, 0), 3,
                LocalDate.of(2026, 10, 19)), Set.of(2));
        p.module("PSYC 1", "Paper", 8, SingleWindow.due(LocalDate.of(2026, 11, 2).atTime(9, 0)), Set.of());
        TermCalendar c = p.calendar();
        List<ModuleWindowOccurrence> units = c.windows().stream().filter(w -> w.moduleId() == unit).toList();
        assertThat(units).extracting(ModuleWindowOccurrence::number).containsExactly(1, 3); // week 2 skipped
        ModuleWindowOccurrence first = units.get(0);
        assertThat(first.opens().toLocalDateTime()).hasToString("2026-10-21T00:00");
        assertThat(first.due().toLocalDateTime()).hasToString("2026-10-28T00:00"); // same weekday and time: a week later
        ModuleWindowOccurrence paper = c.windows().stream().filter(w -> w.title().endsWith("Paper")).findFirst().orElseThrow();
        // opens Oct 26 09:00 EDT, due Nov 2 09:00 EST: over a weekend, into November, through the DST change
        assertThat(paper.opens().toLocalDateTime()).hasToString("2026-10-26T09:00");
        assertThat(Duration.between(paper.opens(), paper.due()).toHours()).isEqualTo(7 * 24 + 1);
    }

    @Test
    void commitmentsInTheirOwnZoneAndOvernight() {
        Plans p = Plans.term(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13), "America/New_York", "Asia/Tokyo");
        p.commitment("Night shift", WeeklyPattern.weekly(EnumSet.of(FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0)), null);
        p.commitment("Call home", WeeklyPattern.weekly(EnumSet.of(SUNDAY), LocalTime.of(9, 0), LocalTime.of(10, 0)), "Europe/Berlin");
        List<Occurrence> c = p.calendar().commitments();
        Occurrence call = c.stream().filter(o -> o.title().equals("Call home")).findFirst().orElseThrow();
        Occurrence night = c.stream().filter(o -> o.title().equals("Night shift")).findFirst().orElseThrow();
        assertThat(night.start()).isEqualTo(ZonedDateTime.parse("2026-09-11T22:00+09:00[Asia/Tokyo]"));
        assertThat(night.end()).isEqualTo(ZonedDateTime.parse("2026-09-12T06:00+09:00[Asia/Tokyo]"));
        assertThat(call.start()).isEqualTo(ZonedDateTime.parse("2026-09-13T09:00+02:00[Europe/Berlin]"));
    }

    @Test
    void betweenIncludesBothEndDaysAndADeadlineAtMidnight() {
        Plans p = Plans.term(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 20), "America/New_York", "America/New_York");
        p.course("HIST 1", 3, Delivery.ASYNC);
        p.module("HIST 1", "Essay", 2, SingleWindow.due(LocalDate.of(2026, 9, 10).atStartOfDay()), Set.of());
        p.course("CS 101", 3, Delivery.SYNC);
        p.weekly("CS 101", SessionKind.LECTURE, "10:00", "11:00", "ENG 1", MONDAY);
        TermCalendar c = p.calendar();
        ZoneId ny = ZoneId.of("America/New_York");
        assertThat(c.between(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 7), ny)).hasSize(1);
        assertThat(c.between(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 10), ny)).extracting(Occurrence::type)
                .containsExactly(OccurrenceType.DEADLINE);
        assertThat(c.between(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 9), ny)).isEmpty();
        assertThat(c.between(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 14), ny)).hasSize(3);
    }

    @Test
    void unplacedSessionsHaveNoOccurrences() {
        Plans p = Plans.term(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 20), "America/New_York", "America/New_York");
        p.course("BIO 1", 3, Delivery.HYBRID);
        p.session("BIO 1", SessionKind.OFFICE_HOURS, WeeklyPattern.unplaced(), null);
        p.session("BIO 1", SessionKind.SEMINAR, WeeklyPattern.weekly(EnumSet.of(MONDAY), null, null), null);
        assertThat(p.calendar().sessions()).isEmpty();
        assertThat(ConflictFinder.find(p.calendar(), p.plan().term().conflictSettings())).isEmpty();
    }
}

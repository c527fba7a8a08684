package org.courseplanner.domain.engine;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.courseplanner.domain.engine.PlanBuilder.weeklyAt;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
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

/** Expanding a term into occurrences: DST, zones, breaks, recurrence rules, module windows and day ranges. */
class TermCalendarTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static PlanBuilder csTerm(String first, String last, String zone) {
        return PlanBuilder.term(first, last, zone).course(10, "CS 101", "Intro to Programming", 4, Delivery.HYBRID);
    }

    private static List<String> dates(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.start().toLocalDate().toString()).toList();
    }

    // 2026 changes: US Mar 8 and Nov 1, EU Mar 29 and Oct 25, Sydney starts DST Oct 4; Kolkata has none.
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "America/New_York, 2026-10-05, 2026-11-27, -04:00, -05:00, 14:00, 15:00",
        "Europe/Berlin,    2026-10-05, 2026-11-27, +02:00, +01:00, 08:00, 09:00",
        "Australia/Sydney, 2026-09-07, 2026-10-30, +10:00, +11:00, 00:00, 23:00",
        "Asia/Kolkata,     2026-09-07, 2026-10-30, +05:30, +05:30, 04:30, 04:30",
    })
    void weeklyClassKeepsItsLocalTimeThroughDst(String zone, String first, String last, ZoneOffset before, ZoneOffset after,
                                                LocalTime utcBefore, LocalTime utcAfter) {
        List<Occurrence> sessions = csTerm(first, last, zone)
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY).calendar().sessions();

        assertThat(sessions).hasSize(8).allSatisfy(o -> {
            assertThat(o.start().getZone()).isEqualTo(ZoneId.of(zone));
            assertThat(o.start().getDayOfWeek()).isEqualTo(MONDAY);
            assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(o.end().toLocalTime()).isEqualTo(LocalTime.of(11, 15));
            assertThat(o.minutes()).isEqualTo(75);
        });
        Occurrence firstClass = sessions.get(0);
        Occurrence lastClass = sessions.get(sessions.size() - 1);
        assertThat(firstClass.start().getOffset()).isEqualTo(before);
        assertThat(lastClass.start().getOffset()).isEqualTo(after);
        assertThat(firstClass.start().withZoneSameInstant(ZoneOffset.UTC).toLocalTime()).isEqualTo(utcBefore);
        assertThat(lastClass.start().withZoneSameInstant(ZoneOffset.UTC).toLocalTime()).isEqualTo(utcAfter);
        assertThat(sessions.stream().map(o -> o.start().getOffset()).distinct().count()).isEqualTo(before.equals(after) ? 1 : 2);
    }

    /** A New York 10:00 class from Berlin: six hours later, but five while only one side has changed its clocks. */
    @ParameterizedTest(name = "{0} is {1} in Berlin")
    @CsvSource({
        "2026-10-23, 16:00", // both still on summer time
        "2026-10-26, 15:00", // EU left DST on Sun Oct 25, the US not before Sun Nov 1
        "2026-10-30, 15:00",
        "2026-11-02, 16:00", // both on standard time
        "2027-03-12, 16:00",
        "2027-03-15, 15:00", // the US starts DST on Sun Mar 14 2027, the EU on Sun Mar 28
        "2027-03-26, 15:00",
        "2027-03-29, 16:00",
    })
    void studentZoneViewFollowsBothZonesRules(LocalDate date, LocalTime inBerlin) {
        List<Occurrence> sessions = csTerm("2026-10-19", "2027-04-02", "America/New_York").student("Europe/Berlin")
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:00", null, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
                .calendar().sessions();

        Occurrence onDate = sessions.stream().filter(o -> o.start().toLocalDate().equals(date)).findFirst().orElseThrow();
        assertThat(onDate.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(onDate.in(BERLIN).start().toLocalDateTime()).isEqualTo(date.atTime(inBerlin));
        assertThat(onDate.in(BERLIN).minutes()).isEqualTo(60);
    }

    @Test
    void gapTimeMovesLaterAndAmbiguousTimeTakesTheEarlierOffset() {
        PlanBuilder plan = csTerm("2026-10-26", "2027-03-20", "America/New_York")
                .session(20, 10, SessionKind.LAB, WeeklyPattern.once(LocalDate.of(2027, 3, 14), LocalTime.of(2, 30), LocalTime.of(4, 0)), null)
                .session(21, 10, SessionKind.EXAM, WeeklyPattern.once(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), LocalTime.of(1, 50)), null);

        assertThatCode(plan::calendar).doesNotThrowAnyException();
        List<Occurrence> sessions = plan.calendar().sessions();
        assertThat(sessions).hasSize(2);
        Occurrence ambiguous = sessions.get(0);
        Occurrence gap = sessions.get(1);
        assertThat(ambiguous.start()).isEqualTo(ZonedDateTime.of(2026, 11, 1, 1, 30, 0, 0, NEW_YORK));
        assertThat(ambiguous.start().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(ambiguous.minutes()).isEqualTo(20);
        assertThat(gap.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 14, 3, 30));
        assertThat(gap.start().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(gap.start()).isEqualTo(ZonedDateTime.of(2027, 3, 14, 2, 30, 0, 0, NEW_YORK));
        assertThat(gap.end().toLocalTime()).isEqualTo(LocalTime.of(4, 0));
    }

    /** Every day of a year, on the nights the clocks change too: the instant is the one ZonedDateTime.of gives. */
    @ParameterizedTest(name = "{0} {1}-{2}")
    @CsvSource({
        "America/New_York,   02:30, 03:15",
        "America/New_York,   01:30, 02:15",
        "America/New_York,   00:45, 01:05",
        "Europe/Berlin,      02:30, 03:30",
        "Europe/Berlin,      01:59, 02:01",
        "Australia/Sydney,   02:00, 02:30",
        "Australia/Lord_Howe, 01:45, 02:15", // a 30-minute DST change
        "Asia/Kolkata,       02:30, 03:15",
    })
    void everyMeetingIsAtTheInstantZonedDateTimeGives(String zone, LocalTime start, LocalTime end) {
        ZoneId z = ZoneId.of(zone);
        List<Occurrence> sessions = csTerm("2026-06-01", "2027-05-31", zone)
                .session(20, 10, SessionKind.LAB, WeeklyPattern.weekly(EnumSet.allOf(java.time.DayOfWeek.class), start, end), null)
                .calendar().sessions();

        assertThat(sessions).hasSize(365).allSatisfy(o -> {
            LocalDate day = o.start().toLocalDate(); // a gap moves a time later on the same day
            ZonedDateTime wantStart = ZonedDateTime.of(day, start, z);
            ZonedDateTime wantEnd = ZonedDateTime.of(day, end, z);
            assertThat(o.start()).isEqualTo(wantStart);
            assertThat(o.end()).isEqualTo(wantEnd.isAfter(wantStart) ? wantEnd : wantStart.plusMinutes(Duration.between(start, end).toMinutes()));
        });
    }

    /** 02:50 does not exist on Mar 14 2027 in New York: the block starts at 03:50 and, like a class, keeps its 30 minutes. */
    @Test
    void aHomeworkBlockIsStudyTimeForItsCourseInItsTermWeek() {
        TermCalendar calendar = PlanBuilder.term("2026-08-31", "2026-12-18", "America/New_York")
                .course(10, "CS 101", "Intro to Programming", 4, org.courseplanner.domain.Delivery.SYNC)
                .homework(50, 10, 3, "2026-09-16T19:00", 90, true).calendar();

        assertThat(calendar.studyBlocks()).singleElement().satisfies(o -> {
            assertThat(o.type()).isEqualTo(OccurrenceType.STUDY);
            assertThat(o.title()).isEqualTo("CS 101 homework");
            assertThat(o.courseCode()).isEqualTo("CS 101");
            assertThat(o.number()).isEqualTo(3);
            assertThat(o.minutes()).isEqualTo(90);
            assertThat(calendar.isHomework(o)).isTrue();
        });
        assertThat(calendar.homeworkCourses()).containsEntry(50L, 10L);
        assertThat(calendar.studyModules()).isEmpty();
    }

    @Test
    void studyBlockInTheSpringForwardGapKeepsItsLength() {
        TermCalendar calendar = csTerm("2027-03-01", "2027-03-31", "America/New_York")
                .module(30, 10, "Unit", 3, new WeeklyWindow(MONDAY, LocalTime.of(0, 0), SUNDAY, LocalTime.of(23, 59), 4,
                        LocalDate.of(2027, 3, 1)))
                .session(20, 10, SessionKind.LAB, WeeklyPattern.once(LocalDate.of(2027, 3, 14), LocalTime.of(2, 50), LocalTime.of(3, 20)), null)
                .study(50, 30, 2, "2027-03-14T02:50", 30)
                .calendar();

        assertThat(calendar.sessions()).singleElement().satisfies(o -> {
            assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(3, 50));
            assertThat(o.minutes()).isEqualTo(30);
        });
        assertThat(calendar.studyBlocks()).singleElement().satisfies(o -> {
            assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(3, 50));
            assertThat(o.minutes()).isEqualTo(30);
        });
    }

    @Test
    void breaksCancelSessionsButNotCommitmentsNorModuleWindows() {
        TermCalendar calendar = csTerm("2026-11-16", "2026-12-06", "America/New_York")
                .breakOf("Thanksgiving", "2026-11-23", "2026-11-29")
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY, WEDNESDAY)
                .commitment(40, "Café shift", weeklyAt("17:00", "21:00", MONDAY), null)
                .module(30, 10, "Unit", 3, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 3,
                        LocalDate.of(2026, 11, 16)))
                .calendar();

        assertThat(dates(calendar.sessions())).containsExactly("2026-11-16", "2026-11-18", "2026-11-30", "2026-12-02");
        assertThat(dates(calendar.commitments())).containsExactly("2026-11-16", "2026-11-23", "2026-11-30");
        assertThat(calendar.windows()).extracting(w -> w.opens().toLocalDate().toString())
                .containsExactly("2026-11-16", "2026-11-23", "2026-11-30");
        assertThat(dates(calendar.deadlines())).containsExactly("2026-11-22", "2026-11-29", "2026-12-06");
    }

    @Test
    void skippedDatesHaveNoSession() {
        WeeklyPattern pattern = weeklyAt("10:00", "11:15", MONDAY, WEDNESDAY)
                .withSkipped(LocalDate.of(2026, 9, 9)).withSkipped(LocalDate.of(2026, 9, 14));
        TermCalendar calendar = csTerm("2026-09-07", "2026-09-20", "America/New_York")
                .session(20, 10, SessionKind.LECTURE, pattern, "ENG 204").calendar();

        assertThat(dates(calendar.sessions())).containsExactly("2026-09-07", "2026-09-16");
    }

    /** MO,FR every 2 weeks, first meeting Fri Sep 4: the weeks of Aug 31, Sep 14, Sep 28… (not of Sep 7). */
    @ParameterizedTest(name = "term from {0}, pattern from {1}")
    @CsvSource(nullValues = "none", value = {
        "2026-08-31, 2026-09-04",
        "2026-09-03, none",
    })
    void everyTwoWeeksCountsFromTheMondayWeekOfTheFirstMeeting(String termFirst, LocalDate patternFirst) {
        WeeklyPattern pattern = new WeeklyPattern(EnumSet.of(MONDAY, FRIDAY), LocalTime.of(14, 0), LocalTime.of(16, 0), 2,
                patternFirst, null, null);
        TermCalendar calendar = csTerm(termFirst, "2026-10-18", "America/New_York")
                .session(20, 10, SessionKind.LAB, pattern, "PHY 2").calendar();

        assertThat(dates(calendar.sessions()))
                .containsExactly("2026-09-04", "2026-09-14", "2026-09-18", "2026-09-28", "2026-10-02", "2026-10-12", "2026-10-16");
    }

    /** Its first meeting is Mon Aug 24, before the term (say the term's start was moved later): the rhythm stays. */
    @Test
    void everyTwoWeeksKeepsItsRhythmWhenItsFirstDateIsBeforeTheTerm() {
        WeeklyPattern pattern = new WeeklyPattern(EnumSet.of(MONDAY), LocalTime.of(14, 0), LocalTime.of(16, 0), 2,
                LocalDate.of(2026, 8, 24), null, null);
        TermCalendar calendar = csTerm("2026-08-31", "2026-10-04", "America/New_York")
                .session(20, 10, SessionKind.LAB, pattern, "PHY 2").calendar();

        assertThat(dates(calendar.sessions())).containsExactly("2026-09-07", "2026-09-21");
    }

    @ParameterizedTest(name = "pattern {0}..{1}")
    @CsvSource(nullValues = "none", value = {
        "2026-09-08, 2026-09-22, 2026-09-08 2026-09-15 2026-09-22",
        "2026-09-09, 2026-09-21, 2026-09-15",
        "2026-08-01, 2026-09-08, 2026-09-01 2026-09-08", // bounds outside the term are cut by the term
        "2026-09-22, 2027-01-31, 2026-09-22 2026-09-29",
        "none,       2026-09-14, 2026-09-01 2026-09-08",
        "2026-09-30, none,       ''",
    })
    void firstAndLastDatesBoundTheMeetings(LocalDate firstDate, LocalDate lastDate, String expected) {
        WeeklyPattern pattern = new WeeklyPattern(EnumSet.of(TUESDAY), LocalTime.of(9, 0), LocalTime.of(10, 0), 1, firstDate,
                lastDate, null);
        TermCalendar calendar = csTerm("2026-08-31", "2026-09-29", "America/New_York")
                .session(20, 10, SessionKind.SEMINAR, pattern, null).calendar();

        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(dates(calendar.sessions())).containsExactlyElementsOf(want);
    }

    @Test
    void oneOffSessionMeetsOnceAndNotOnABreak() {
        TermCalendar calendar = csTerm("2026-09-07", "2026-12-18", "America/New_York")
                .breakOf("Reading days", "2026-10-12", "2026-10-13")
                .session(20, 10, SessionKind.EXAM, WeeklyPattern.once(LocalDate.of(2026, 10, 14), LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        "GYM")
                .session(21, 10, SessionKind.EXAM, WeeklyPattern.once(LocalDate.of(2026, 10, 12), LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        "GYM")
                .calendar();

        assertThat(calendar.sessions()).singleElement().satisfies(o -> {
            assertThat(o.itemId()).isEqualTo(20);
            assertThat(o.title()).isEqualTo("CS 101 Exam");
            assertThat(o.place()).isEqualTo("GYM");
            assertThat(o.start()).isEqualTo(ZonedDateTime.of(2026, 10, 14, 9, 0, 0, 0, NEW_YORK));
            assertThat(o.end()).isEqualTo(ZonedDateTime.of(2026, 10, 14, 12, 0, 0, 0, NEW_YORK));
        });
    }

    @Test
    void unplacedSessionYieldsNothing() {
        TermCalendar calendar = csTerm("2026-09-07", "2026-09-20", "America/New_York")
                .session(20, 10, SessionKind.OFFICE_HOURS, WeeklyPattern.unplaced(), null)
                .session(21, 10, SessionKind.SEMINAR, WeeklyPattern.weekly(EnumSet.of(MONDAY), null, null), null)
                .session(22, 10, SessionKind.LAB, WeeklyPattern.weekly(Set.of(), LocalTime.of(9, 0), LocalTime.of(10, 0)), null)
                .calendar();

        assertThat(calendar.sessions()).isEmpty();
        assertThat(calendar.all()).isEmpty();
    }

    @Test
    void moduleWindowCrossesAWeekend() {
        TermCalendar calendar = csTerm("2026-09-14", "2026-09-27", "America/New_York")
                .module(30, 10, "Lab report", 2, new WeeklyWindow(FRIDAY, LocalTime.of(12, 0), MONDAY, LocalTime.of(9, 0), 1,
                        LocalDate.of(2026, 9, 14)))
                .calendar();

        assertThat(calendar.windows()).singleElement().satisfies(w -> {
            assertThat(w.title()).isEqualTo("CS 101 Lab report 1");
            assertThat(w.opens().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 18, 12, 0));
            assertThat(w.due().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 21, 9, 0));
            assertThat(Duration.between(w.opens(), w.due()).toHours()).isEqualTo(69);
        });
    }

    @Test
    void moduleWindowCrossesAMonthEnd() {
        TermCalendar calendar = csTerm("2026-09-14", "2026-10-30", "America/New_York")
                .module(30, 10, "Quiz", 1, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), FRIDAY, LocalTime.of(17, 0), 1,
                        LocalDate.of(2026, 9, 28)))
                .calendar();

        assertThat(calendar.windows()).singleElement().satisfies(w -> {
            assertThat(w.opens().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 28, 9, 0));
            assertThat(w.due().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 2, 17, 0));
        });
        assertThat(calendar.deadlines()).singleElement()
                .satisfies(d -> assertThat(d.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 2, 17, 0)));
    }

    /** MO 09:00 to SU 23:59 is 158 h 59 min (9,539 min), an hour more or less in the week the clocks change. */
    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        "Europe/Berlin,    2026-10-12, 9539, 9599",
        "America/New_York, 2026-10-26, 9599, 9539",
        "Australia/Sydney, 2026-09-21, 9539, 9479",
        "Asia/Kolkata,     2026-09-21, 9539, 9539",
    })
    void moduleWindowLengthFollowsDst(String zone, LocalDate firstWeek, long firstMinutes, long secondMinutes) {
        TermCalendar calendar = csTerm("2026-09-01", "2026-12-18", zone)
                .module(30, 10, "Unit", 5, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 2, firstWeek))
                .calendar();

        assertThat(calendar.windows()).hasSize(2).allSatisfy(w -> {
            assertThat(w.opens().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(w.due().toLocalTime()).isEqualTo(LocalTime.of(23, 59));
        });
        assertThat(calendar.windows()).extracting(w -> Duration.between(w.opens(), w.due()).toMinutes())
                .containsExactly(firstMinutes, secondMinutes);
    }

    @Test
    void skippedModuleWeeksHaveNoWindowAndNoDeadline() {
        TermCalendar calendar = csTerm("2026-09-14", "2026-10-11", "America/New_York")
                .module(30, 10, "Unit", 3, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 4,
                        LocalDate.of(2026, 9, 14)), 2, 4)
                .calendar();

        assertThat(calendar.windows()).extracting(ModuleWindowOccurrence::number).containsExactly(1, 3);
        assertThat(calendar.deadlines()).extracting(Occurrence::number).containsExactly(1, 3);
        assertThat(calendar.deadlines()).extracting(Occurrence::title).containsExactly("CS 101 Unit 1 due", "CS 101 Unit 3 due");
        assertThat(calendar.deadlines()).allSatisfy(d -> assertThat(d.start()).isEqualTo(d.end()));
        assertThat(dates(calendar.deadlines())).containsExactly("2026-09-20", "2026-10-04");
    }

    @Test
    void commitmentsUseTheirOwnZoneOrTheStudents() {
        TermCalendar calendar = csTerm("2026-09-07", "2026-09-13", "America/New_York").student("Europe/Berlin")
                .commitment(40, "Call home", weeklyAt("09:00", "10:00", SUNDAY), "Asia/Tokyo")
                .commitment(41, "Gym", weeklyAt("18:00", "19:00", TUESDAY), null)
                .calendar();

        Occurrence call = calendar.commitments().stream().filter(o -> o.itemId() == 40).findFirst().orElseThrow();
        Occurrence gym = calendar.commitments().stream().filter(o -> o.itemId() == 41).findFirst().orElseThrow();
        assertThat(call.start()).isEqualTo(ZonedDateTime.of(2026, 9, 13, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo")));
        assertThat(call.start().withZoneSameInstant(NEW_YORK).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 12, 20, 0));
        assertThat(gym.start()).isEqualTo(ZonedDateTime.of(2026, 9, 8, 18, 0, 0, 0, BERLIN));
        assertThat(gym.courseCode()).isNull();
    }

    @Test
    void overnightCommitmentEndsTheNextDay() {
        TermCalendar calendar = csTerm("2026-09-07", "2026-09-20", "America/New_York")
                .commitment(40, "Night shift", weeklyAt("22:00", "06:00", FRIDAY), null)
                .calendar();

        assertThat(calendar.commitments()).hasSize(2).allSatisfy(o -> {
            assertThat(o.start().getDayOfWeek()).isEqualTo(FRIDAY);
            assertThat(o.start().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
            assertThat(o.end().toLocalDate()).isEqualTo(o.start().toLocalDate().plusDays(1));
            assertThat(o.end().toLocalTime()).isEqualTo(LocalTime.of(6, 0));
            assertThat(o.minutes()).isEqualTo(8 * 60);
        });
    }

    /** A Monday 10:00 class (Sep 7, Sep 14) and an essay due at midnight starting Thu Sep 10, New York time. */
    @ParameterizedTest(name = "{0}..{1} in {2}")
    @CsvSource({
        "2026-09-07, 2026-09-07, America/New_York, session 2026-09-07",
        "2026-09-08, 2026-09-09, America/New_York, ''",
        "2026-09-10, 2026-09-10, America/New_York, deadline 2026-09-10",
        "2026-09-07, 2026-09-14, America/New_York, session 2026-09-07;deadline 2026-09-10;session 2026-09-14",
        "2026-09-11, 2026-09-14, America/New_York, session 2026-09-14",
        "2026-09-09, 2026-09-09, Europe/Berlin,    ''", // 00:00 in New York is 06:00 in Berlin
        "2026-09-10, 2026-09-10, Europe/Berlin,    deadline 2026-09-10",
    })
    void betweenIncludesBothEndDaysAndADeadlineAtMidnight(LocalDate from, LocalDate to, String zone, String expected) {
        TermCalendar calendar = csTerm("2026-09-07", "2026-09-20", "America/New_York")
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:00", "ENG 204", MONDAY)
                .module(30, 10, "Essay", 2, SingleWindow.due(LocalDateTime.of(2026, 9, 10, 0, 0)))
                .calendar();

        List<String> found = calendar.between(from, to, ZoneId.of(zone)).stream()
                .map(o -> o.type().label() + " " + o.start().toLocalDate()).toList();
        assertThat(found).containsExactlyElementsOf(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(";")));
    }

    @Test
    void betweenLeavesOutWhatEndsAtTheFirstMidnight() {
        TermCalendar calendar = csTerm("2026-09-07", "2026-09-20", "America/New_York")
                .commitment(40, "Late shift", weeklyAt("20:00", "00:00", MONDAY), null)
                .calendar();

        assertThat(calendar.between(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 8), NEW_YORK)).isEmpty();
        assertThat(calendar.between(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 7), NEW_YORK)).hasSize(1);
    }
}

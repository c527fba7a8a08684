package org.courseplanner.ical;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.TermCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What calendar apps read from our files: ical4j expands them back into the engine's own occurrences. */
class IcsExporterTest {
    private static final String PLAN = "0123456789abcdef0123456789abcdef";

    static TermPlan plan(String zone, LocalDate first, LocalDate last, DateRange pause) {
        Term term = new Term(1, "Term", first, last, ZoneId.of(zone), ZoneId.of("Europe/Berlin"), List.of(pause), null, 10);
        Course cs = new Course(2, 1, "CS 101", "Intro, \"really\";\nto\\programming", 4, "#4E79A7", Delivery.SYNC, null);
        Course hist = new Course(3, 1, "HIST 210", "History", 3, "#F28E2B", Delivery.ASYNC, null);
        List<SyncSession> sessions = List.of(
                new SyncSession(10, 2, SessionKind.LECTURE, WeeklyPattern.weekly(EnumSet.of(MONDAY, WEDNESDAY), LocalTime.of(10, 0),
                        LocalTime.of(11, 15)), "ENG 204, Room 3; east wing \\ 😀"),
                new SyncSession(11, 2, SessionKind.LAB, new WeeklyPattern(EnumSet.of(THURSDAY, FRIDAY), LocalTime.of(14, 0),
                        LocalTime.of(15, 50), 2, first.plusDays(3), last.minusDays(10), Set.of(first.plusWeeks(4).with(FRIDAY))), "https://zoom.us/j/1"),
                new SyncSession(12, 2, SessionKind.EXAM, WeeklyPattern.once(last.minusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0)), "Hall A"),
                new SyncSession(13, 2, SessionKind.OFFICE_HOURS, WeeklyPattern.unplaced(), null));
        AsyncModule module = new AsyncModule(20, 3, "Module", 4, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59),
                6, first), Set.of(3), Set.of(1));
        return new TermPlan(term, List.of(cs, hist), sessions, List.of(module), List.of(), List.of());
    }

    static String export(TermPlan plan, ExportOptions options, Map<Long, Integer> revisions) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IcsExporter().export(plan, PLAN, revisions, options, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    /** Start and end instants of every expanded VEVENT occurrence, by UID. */
    static Set<String> expanded(Calendar calendar, Instant from, Instant to) {
        Set<String> found = new TreeSet<>();
        for (VEvent e : calendar.<VEvent>getComponents("VEVENT")) {
            String uid = e.getProperty("UID").orElseThrow().getValue();
            Period<ZonedDateTime> window = new Period<>(from.atZone(ZoneId.of("UTC")), to.atZone(ZoneId.of("UTC")));
            Set<Period<ZonedDateTime>> periods = e.calculateRecurrenceSet(window);
            for (Period<? extends Temporal> p : periods) {
                found.add(uid + " " + Instant.from(p.getStart()) + " " + Instant.from(p.getEnd()));
            }
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "America/New_York, 2026-08-31, 2026-12-18, 2026-11-25, 2026-11-29",
        "Europe/Berlin,    2026-09-14, 2026-12-18, 2026-10-26, 2026-10-30",
        "Australia/Sydney, 2026-07-20, 2026-11-13, 2026-09-28, 2026-10-09",
    })
    void calendarAppsSeeTheEnginesClassesAcrossDstAndBreaks(String zone, LocalDate first, LocalDate last, LocalDate breakFrom,
                                                             LocalDate breakTo) throws Exception {
        TermPlan plan = plan(zone, first, last, new DateRange("Break", breakFrom, breakTo));
        Calendar calendar = parse(export(plan, ExportOptions.EVERYTHING_BUT_COMMITMENTS, Map.of()));

        Set<String> engine = new TreeSet<>();
        for (Occurrence o : TermCalendar.of(plan).sessions()) {
            engine.add(PLAN + "-" + o.itemId() + "@course-planner " + o.start().toInstant() + " " + o.end().toInstant());
        }
        Instant from = first.atStartOfDay(ZoneId.of(zone)).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(ZoneId.of(zone)).toInstant();
        Set<String> sessionsInFile = new TreeSet<>(expanded(calendar, from, to).stream().filter(s -> !s.contains("-w")).toList());
        assertThat(engine).hasSizeGreaterThan(30);
        assertThat(sessionsInFile).isEqualTo(engine);
    }

    @Test
    void theFileHasWhatGoogleAndOutlookNeed() throws Exception {
        String ics = export(plan("America/New_York", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18),
                new DateRange("Thanksgiving", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29))), ExportOptions.EVERYTHING_BUT_COMMITMENTS, Map.of());
        String unfolded = ics.replace("\r\n ", "");
        assertThat(ics).contains("\r\n").startsWith("BEGIN:VCALENDAR\r\n");
        assertThat(unfolded).contains("VERSION:2.0", "PRODID:", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Term",
                "BEGIN:VTIMEZONE", "TZID:America/New_York");
        assertThat(unfolded).doesNotContain("RDATE", "X-WR-TIMEZONE");
        assertThat(unfolded.split("BEGIN:STANDARD|BEGIN:DAYLIGHT").length - 1).isLessThanOrEqualTo(8); // compact
        // the first real meeting, not the term's first day; weekly rule; the break as an exception at the class's own time
        assertThat(unfolded).contains("DTSTART;TZID=America/New_York:20260831T100000", "BYDAY=MO,WE", "WKST=MO",
                "EXDATE;TZID=America/New_York:20261125T100000");
        assertThat(unfolded).containsPattern("UNTIL=20261\\d{3}T\\d{6}Z");
        // a deadline is an instant: DTSTART and no DTEND
        String deadline = java.util.Arrays.stream(unfolded.split("BEGIN:VEVENT")).filter(b -> b.contains("SUMMARY:HIST 210 Module 1 due"))
                .findFirst().orElseThrow();
        deadline = deadline.substring(0, deadline.indexOf("END:VEVENT"));
        assertThat(deadline).contains("DTSTART;TZID=America/New_York:20260906T235900").doesNotContain("DTEND");
        assertThat(unfolded).doesNotContain("HIST 210 Module 3 due"); // a skipped week
        assertThat(unfolded).contains("CATEGORIES:CS 101", "URL:https://zoom.us/j/1");
        assertThat(unfolded).doesNotContain("Office hours"); // not placed yet
    }

    @Test
    void textSurvivesEscaping() throws Exception {
        TermPlan plan = plan("America/New_York", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18),
                new DateRange("Thanksgiving", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29)));
        Calendar calendar = parse(export(plan, ExportOptions.EVERYTHING_BUT_COMMITMENTS, Map.of()));
        VEvent lecture = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("SUMMARY").orElseThrow().getValue().equals("CS 101 Lecture")).findFirst().orElseThrow();
        assertThat(lecture.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("ENG 204, Room 3; east wing \\ 😀");
        assertThat(lecture.getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo("CS 101 Intro, \"really\";\nto\\programming — Lecture");
    }

    @Test
    void uidsAreStableAndAnEditRaisesTheSequence() throws Exception {
        TermPlan plan = plan("America/New_York", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18),
                new DateRange("Thanksgiving", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29)));
        Set<String> first = uids(parse(export(plan, ExportOptions.EVERYTHING_BUT_COMMITMENTS, Map.of())));
        Set<String> again = uids(parse(export(plan, ExportOptions.EVERYTHING_BUT_COMMITMENTS, Map.of())));
        assertThat(again).isEqualTo(first).contains(PLAN + "-10@course-planner", PLAN + "-20-w1@course-planner");
        String edited = export(plan, ExportOptions.EVERYTHING_BUT_COMMITMENTS, Map.of(10L, 2)).replace("\r\n ", "");
        String lecture = edited.substring(edited.indexOf("UID:" + PLAN + "-10@"));
        assertThat(lecture.substring(0, lecture.indexOf("END:VEVENT"))).contains("SEQUENCE:2");
    }

    @Test
    void tasksAlarmsAndCourseFilter() throws Exception {
        TermPlan plan = plan("America/New_York", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18),
                new DateRange("Thanksgiving", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29)));
        String ics = export(plan, new ExportOptions(Set.of("hist210"), true, 30, false), Map.of()).replace("\r\n ", "");
        assertThat(ics).doesNotContain("CS 101 Lecture");
        assertThat(ics.split("BEGIN:VTODO").length - 1).isEqualTo(5); // 6 weeks, one skipped
        assertThat(ics).contains("DUE;TZID=America/New_York:20260906T235900", "STATUS:COMPLETED", "TRIGGER:-PT30M");
    }

    /** A New York spring term; {@code extra} commitments in New York. */
    private static String springIn(String zone, List<Commitment> commitments, SyncSession... sessions) throws Exception {
        Term term = new Term(1, "Spring 2027", LocalDate.of(2027, 1, 25), LocalDate.of(2027, 5, 14), ZoneId.of(zone), ZoneId.of(zone),
                List.of(new DateRange("Spring break", LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 12))), null, 10);
        Course cs = new Course(2, 1, "CS 101", "Intro", 4, "#4E79A7", Delivery.SYNC, null);
        AsyncModule essay = new AsyncModule(20, 2, "Essay", 4, new SingleWindow(LocalDateTime.of(2027, 3, 1, 9, 0),
                LocalDateTime.of(2027, 3, 10, 23, 59)), Set.of(), Set.of());
        TermPlan plan = new TermPlan(term, List.of(cs), List.of(sessions), List.of(essay), commitments, List.of());
        return export(plan, new ExportOptions(Set.of(), false, null, true), Map.of()).replace("\r\n ", "");
    }

    private static SyncSession lecture(long id, SessionKind kind, WeeklyPattern pattern) {
        return new SyncSession(id, 2, kind, pattern, null);
    }

    /** The VEVENTs of one UID, the master first. */
    private static List<String> events(String ics, long itemId) {
        return java.util.Arrays.stream(ics.split("BEGIN:VEVENT")).filter(b -> b.contains("UID:" + PLAN + "-" + itemId + "@"))
                .map(b -> b.substring(0, b.indexOf("END:VEVENT"))).toList();
    }

    @Test
    void theWallClockTimeWrittenIsTheOneTheStudentEnteredInYearsWhereIcal4jsOwnRulesAreWrong() throws Exception {
        String ics = springIn("America/New_York", List.of(),
                lecture(10, SessionKind.LECTURE, WeeklyPattern.weekly(EnumSet.of(MONDAY, WEDNESDAY), LocalTime.of(10, 0), LocalTime.of(11, 15))));
        // ical4j 4.2.2, handed a ZonedDateTime, wrote T110000 for the week before DST starts in 2027
        assertThat(ics).contains("DTSTART;TZID=America/New_York:20270125T100000",
                "EXDATE;TZID=America/New_York:20270308T100000,20270310T100000",
                "DTSTART;TZID=America/New_York:20270310T235900");
        assertThat(ics).doesNotContain("T110000", "RECURRENCE-ID");

        String mexico = springIn("America/Mexico_City", List.of(),
                lecture(10, SessionKind.LECTURE, WeeklyPattern.weekly(EnumSet.of(MONDAY), LocalTime.of(10, 0), LocalTime.of(11, 0))));
        assertThat(mexico).contains("DTSTART;TZID=America/Mexico_City:20270125T100000", "TZOFFSETFROM:-0600\r\nTZOFFSETTO:-0600")
                .doesNotContain("BEGIN:DAYLIGHT"); // no DST since 2022
    }

    @Test
    void aNightShiftOverTheFallBackNightEndsAtSixOnTheWallClock() throws Exception {
        Term term = new Term(1, "Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), ZoneId.of("America/New_York"),
                ZoneId.of("America/New_York"), List.of(), null, 10);
        Commitment shift = new Commitment(30, 1, "Night shift", new WeeklyPattern(EnumSet.of(java.time.DayOfWeek.SATURDAY), LocalTime.of(22, 0),
                LocalTime.of(6, 0), 1, LocalDate.of(2026, 10, 31), null, null), null);
        String ics = export(new TermPlan(term, List.of(), List.of(), List.of(), List.of(shift), List.of()),
                new ExportOptions(Set.of(), false, null, true), Map.of()).replace("\r\n ", "");
        List<String> series = events(ics, 30);
        assertThat(series).hasSize(2);
        // the rule gives every meeting eight hours; the first one lasts nine, and says so itself
        assertThat(series.get(0)).contains("DTSTART;TZID=America/New_York:20261031T220000", "DURATION:PT8H", "RRULE:")
                .doesNotContain("RECURRENCE-ID", "DTEND");
        assertThat(series.get(1)).contains("RECURRENCE-ID;TZID=America/New_York:20261031T220000",
                "DTSTART;TZID=America/New_York:20261031T220000", "DTEND;TZID=America/New_York:20261101T060000");
    }

    @Test
    void aFirstMeetingAtATimeThatDoesNotExistStartsAfterTheGapAndEndsOnTime() throws Exception {
        Commitment early = new Commitment(30, 1, "Early shift", new WeeklyPattern(EnumSet.of(SUNDAY), LocalTime.of(2, 30),
                LocalTime.of(4, 0), 1, LocalDate.of(2027, 3, 14), null, null), null);
        List<String> series = events(springIn("America/New_York", List.of(early)), 30);
        assertThat(series).hasSize(2);
        // the series keeps the student's 02:30 and a length every reader adds alike
        assertThat(series.get(0)).contains("DTSTART;TZID=America/New_York:20270314T023000", "DURATION:PT1H30M").doesNotContain("DTEND");
        assertThat(series.get(1)).contains("RECURRENCE-ID;TZID=America/New_York:20270314T023000",
                "DTSTART;TZID=America/New_York:20270314T033000", "DTEND;TZID=America/New_York:20270314T040000");
    }

    @Test
    void aTimeThatHappensTwiceIsWrittenInUtc() throws Exception {
        String ics = springIn("America/New_York", List.of(),
                lecture(10, SessionKind.OTHER, WeeklyPattern.once(LocalDate.of(2027, 5, 2), LocalTime.of(0, 30), LocalTime.of(1, 30))));
        assertThat(events(ics, 10).get(0)).contains("DTSTART;TZID=America/New_York:20270502T003000", "X-COURSE-PLANNER-KIND:other");
        Term fall = new Term(1, "Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), ZoneId.of("America/New_York"),
                ZoneId.of("America/New_York"), List.of(), null, 10);
        Course cs = new Course(2, 1, "CS 101", "Intro", 4, "#4E79A7", Delivery.SYNC, null);
        String twice = export(new TermPlan(fall, List.of(cs), List.of(lecture(10, SessionKind.EXAM,
                WeeklyPattern.once(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), LocalTime.of(2, 30)))), List.of(), List.of(), List.of()),
                ExportOptions.EVERYTHING_BUT_COMMITMENTS, Map.of()).replace("\r\n ", "");
        // 01:30 on Nov 1 happens twice: readers pick different ones, so the instant is given in UTC
        assertThat(events(twice, 10).get(0)).contains("DTSTART:20261101T053000Z", "DTEND;TZID=America/New_York:20261101T023000");
    }

    @Test
    void nuuksVtimezoneChangesOnTheSaturdayItsClockSays() {
        String nuuk = CompactTimeZone.of(ZoneId.of("America/Nuuk"), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18)).toString();
        // java.time: the last Sunday of March at 01:00 UTC, which is Saturday 23:00 in Nuuk
        assertThat(nuuk).contains("DTSTART:20250329T230000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=24,25,26,27,28,29,30;BYDAY=SA");
        assertThat(CompactTimeZone.of(ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)).toString())
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    }

    private static Set<String> uids(Calendar calendar) {
        Set<String> uids = new TreeSet<>();
        calendar.getComponentList().getAll().forEach(c -> c.getProperty("UID").ifPresent(p -> uids.add(p.getValue())));
        return uids;
    }

    @Test
    void homeworkAndPlannedBlocksAreStudyTimeThatSaysSo() throws Exception {
        TermPlan base = plan("America/New_York", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18),
                new DateRange("Break", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29)));
        var homework = org.courseplanner.domain.StudyBlock.homework(30, 2, 1, java.time.LocalDateTime.of(2026, 9, 2, 18, 0), 90, true);
        var pinned = new org.courseplanner.domain.StudyBlock(31, 20, 1, java.time.LocalDateTime.of(2026, 9, 3, 18, 0), 60);
        TermPlan plan = new TermPlan(base.term(), base.courses(), base.sessions(), base.modules(), List.of(), List.of(homework, pinned));

        Calendar calendar = parse(export(plan, ExportOptions.EVERYTHING_BUT_COMMITMENTS, Map.of()));

        VEvent h = event(calendar, PLAN + "-30@course-planner");
        assertThat(h.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("CS 101 homework");
        assertThat(h.getProperty("CATEGORIES").orElseThrow().getValue()).isEqualTo("CS 101,Planned by Course Planner");
        assertThat(h.getProperty("X-COURSE-PLANNER-AUTO").orElseThrow().getValue()).isEqualTo("TRUE");
        assertThat(h.getProperty("X-COURSE-PLANNER-HOMEWORK").orElseThrow().getValue()).isEqualTo("1");
        assertThat(h.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260902T180000");
        VEvent p = event(calendar, PLAN + "-31@course-planner");
        assertThat(p.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("HIST 210 Module 1 (study)");
        assertThat(p.getProperty("CATEGORIES").orElseThrow().getValue()).isEqualTo("HIST 210");
        assertThat(p.getProperty("X-COURSE-PLANNER-AUTO")).isEmpty();
        assertThat(p.getProperty("X-COURSE-PLANNER-HOMEWORK")).isEmpty();
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("UID").orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }
}

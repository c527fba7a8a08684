package org.courseplanner.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.junit.jupiter.api.Test;

/** The import side of issue 12, one small file each: zones, DST days, overrides, lengths, kinds and what is skipped. */
class IcsImporterTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Term FALL = new Term(0, "Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), NEW_YORK, NEW_YORK,
            List.of(), null, 10);
    private static final Term SPRING = Term.of("Spring 2027", LocalDate.of(2027, 1, 25), LocalDate.of(2027, 5, 14), NEW_YORK);

    /** A calendar around these lines, with CRLF line ends. */
    static String ics(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
    }

    static String event(String... lines) {
        return "BEGIN:VEVENT\r\nDTSTAMP:20260801T000000Z\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT";
    }

    static CalendarImport read(Term term, String text) throws Exception {
        return new IcsImporter().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), term);
    }

    private static WeeklyPattern only(CalendarImport data) {
        assertThat(data.sessions()).hasSize(1);
        return data.sessions().get(0).pattern();
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    // 5: the kind our export writes, and every kind's own word in a title

    @Test
    void theKindOurExportWritesWinsOverTheTitle() throws Exception {
        CalendarImport data = read(FALL, ics(
                event("UID:k1", "SUMMARY:CS 101 Lecture", "X-COURSE-PLANNER-KIND:other",
                        "DTSTART;TZID=America/New_York:20260902T100000", "DTEND;TZID=America/New_York:20260902T110000"),
                event("UID:k2", "SUMMARY:CS 101 Office hours",
                        "DTSTART;TZID=America/New_York:20260903T100000", "DTEND;TZID=America/New_York:20260903T110000"),
                event("UID:k3", "SUMMARY:CS 101 Other",
                        "DTSTART;TZID=America/New_York:20260904T100000", "DTEND;TZID=America/New_York:20260904T110000")));
        assertThat(data.sessions()).extracting(CalendarImport.Session::kind)
                .containsExactly(SessionKind.OTHER, SessionKind.OFFICE_HOURS, SessionKind.OTHER);
        assertThat(SessionKinds.fromTitle("CS 101 Workshop")).isEqualTo(SessionKind.WORKSHOP);
        assertThat(SessionKinds.fromTitle("CS 101")).isEqualTo(SessionKind.LECTURE);
    }

    // 6: an EXDATE of a series that starts at a time the DST change skips

    @Test
    void exdatesOfASeriesStartingInTheSpringForwardHourAreKept() throws Exception {
        CalendarImport data = read(SPRING, ics(event("UID:night", "SUMMARY:CS 101 Lab",
                "DTSTART;TZID=America/New_York:20270314T023000", "DTEND;TZID=America/New_York:20270314T043000",
                "RRULE:FREQ=WEEKLY;BYDAY=SU;UNTIL=20270425T235959Z",
                "EXDATE;TZID=America/New_York:20270321T023000",
                "EXDATE:20270328T063000Z")));
        WeeklyPattern p = only(data);
        assertThat(p.start()).isEqualTo(LocalTime.of(2, 30));
        assertThat(p.days()).containsExactly(DayOfWeek.SUNDAY);
        assertThat(p.skippedDates()).containsExactlyElementsOf(dates("2027-03-21", "2027-03-28"));
        assertThat(p.meetingDates(SPRING.firstDay(), SPRING.lastDay())).containsExactlyElementsOf(
                dates("2027-03-14", "2027-04-04", "2027-04-11", "2027-04-18", "2027-04-25"));
    }

    @Test
    void exdatesOfASeriesStartingInTheFallBackHourAreKept() throws Exception {
        CalendarImport data = read(FALL, ics(event("UID:fb", "SUMMARY:CS 101 Lab",
                "DTSTART;TZID=America/New_York:20261101T013000", "DTEND;TZID=America/New_York:20261101T023000",
                "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=America/New_York:20261108T013000,20261115T013000")));
        assertThat(only(data).meetingDates(FALL.firstDay(), FALL.lastDay())).containsExactlyElementsOf(dates("2026-11-01", "2026-11-22"));
    }

    // 7: zone names Java does not know, dates with a TZID, floating ends

    @Test
    void zoneNamesWithALeadingSlashOrAMozillaPrefixAreIanaZones() {
        assertThat(ZoneResolver.byName("/Europe/Stockholm")).contains(ZoneId.of("Europe/Stockholm"));
        assertThat(ZoneResolver.byName("/mozilla.org/20050126_1/Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(ZoneResolver.byName("/softwarestudio.org/Olson_20011030_5/America/New_York")).contains(NEW_YORK);
        assertThat(ZoneResolver.byName("Berlin")).isEmpty();
        assertThat(ZoneResolver.byName("Western/Central Europe")).isEmpty();
    }

    @Test
    void aSlashedZoneNameIsReadInThatZone() throws Exception {
        CalendarImport data = read(FALL, ics(event("UID:s", "SUMMARY:CS 101 Seminar",
                "DTSTART;TZID=/Europe/Stockholm:20260910T160000", "DTEND;TZID=/Europe/Stockholm:20260910T170000")));
        assertThat(only(data)).isEqualTo(WeeklyPattern.once(LocalDate.of(2026, 9, 10), LocalTime.of(10, 0), LocalTime.of(11, 0)));
    }

    @Test
    void aZoneTheFileDefinesWithTheSchoolsRulesIsTheSchoolsZone() throws Exception {
        Term vienna = Term.of("WS 2026", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 31), ZoneId.of("Europe/Vienna"));
        CalendarImport data = read(vienna, ics(
                "BEGIN:VTIMEZONE", "TZID:Campus time",
                "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
                event("UID:v", "SUMMARY:Choir", "DTSTART;TZID=Campus time:20261102T190000",
                        "DTEND;TZID=Campus time:20261102T210000", "RRULE:FREQ=WEEKLY")));
        // many zones share Vienna's offsets; the school's own is the one a student expects to see
        assertThat(data.commitments()).singleElement().satisfies(b -> assertThat(b.zone()).isEqualTo(ZoneId.of("Europe/Vienna")));
    }

    @Test
    void aZoneTheFileDefinesIsMatchedToTheIanaZoneWithTheSameOffsets() throws Exception {
        CalendarImport data = read(FALL, ics(
                "BEGIN:VTIMEZONE", "TZID:Western/Central Europe",
                "BEGIN:STANDARD", "DTSTART:19501029T020000", "RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:19500326T020000", "RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=3",
                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
                event("UID:w", "SUMMARY:Choir", "DTSTART;TZID=\"Western/Central Europe\":20261102T190000",
                        "DTEND;TZID=\"Western/Central Europe\":20261102T210000", "RRULE:FREQ=WEEKLY")));
        assertThat(data.commitments()).hasSize(1);
        CalendarImport.Busy choir = data.commitments().get(0);
        assertThat(choir.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(choir.pattern().start()).isEqualTo(LocalTime.of(19, 0));
        assertThat(data.notes()).isEmpty();
    }

    @Test
    void aZoneNobodyKnowsSkipsThatItemWithANoteAndTheRestIsImported() throws Exception {
        CalendarImport data = read(FALL, ics(
                event("UID:u", "SUMMARY:CS 101 Lecture", "DTSTART;TZID=CUSTOM_tzid:20260902T100000", "DTEND;TZID=CUSTOM_tzid:20260902T110000"),
                event("UID:ok", "SUMMARY:CS 102 Lecture", "DTSTART;TZID=America/New_York:20260902T100000",
                        "DTEND;TZID=America/New_York:20260902T110000")));
        assertThat(data.sessions()).extracting(CalendarImport.Session::courseCode).containsExactly("CS 102");
        assertThat(data.notes()).singleElement().asString()
                .contains("CS 101 Lecture", "\"CUSTOM_tzid\"", "not one Course Planner knows", "IANA zone name");
    }

    @Test
    void aZoneTheFileDefinesWithOffsetsNoZoneHasSkipsThatItem() throws Exception {
        CalendarImport data = read(FALL, ics(
                "BEGIN:VTIMEZONE", "TZID:Nowhere/Middle", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0117", "TZOFFSETTO:+0117", "END:STANDARD", "END:VTIMEZONE",
                event("UID:n", "SUMMARY:CS 101 Lecture", "DTSTART;TZID=Nowhere/Middle:20260902T100000",
                        "DTEND;TZID=Nowhere/Middle:20260902T110000")));
        assertThat(data.sessions()).isEmpty();
        assertThat(data.notes()).singleElement().asString().contains("\"Nowhere/Middle\"", "defined in the file", "Fall 2026");
    }

    @Test
    void aTzidOnADateIsIgnored() throws Exception {
        CalendarImport data = read(FALL, ics(event("UID:d", "SUMMARY:Essay due [HIST210-01]",
                "DTSTART;TZID=Unknown/Zone;VALUE=DATE:20261023")));
        assertThat(data.deadlines()).singleElement().extracting(CalendarImport.Deadline::due)
                .isEqualTo(LocalDateTime.of(2026, 10, 23, 23, 59));
        assertThat(data.notes()).isEmpty();
    }

    @Test
    void aFloatingEndOfAZonedSeriesIsReadInTheStartsZone() throws Exception {
        CalendarImport data = read(FALL, ics(event("UID:f", "SUMMARY:CS 101 Lecture",
                "DTSTART;TZID=Europe/Berlin:20260902T160000", "DTEND:20260902T171500", "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=3")));
        WeeklyPattern p = only(data);
        assertThat(p.start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(p.end()).isEqualTo(LocalTime.of(11, 15));
        assertThat(p.meetingDates(FALL.firstDay(), FALL.lastDay())).hasSize(3);
    }

    // 8: a RECURRENCE-ID override is one meeting, not the series

    private static String lecture(String... more) {
        String[] lines = {"UID:lec@google.com", "SUMMARY:CS 101 Lecture", "LOCATION:ENG 204",
            "DTSTART;TZID=America/New_York:20260831T100000", "DTEND;TZID=America/New_York:20260831T111500",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261219T045959Z"};
        String[] all = Arrays.copyOf(lines, lines.length + more.length);
        System.arraycopy(more, 0, all, lines.length, more.length);
        return event(all);
    }

    @Test
    void aMovedMeetingSkipsItsDateAndBecomesAOneOff() throws Exception {
        CalendarImport data = read(FALL, ics(lecture(),
                event("UID:lec@google.com", "RECURRENCE-ID;TZID=America/New_York:20261014T100000", "SUMMARY:CS 101 Lecture",
                        "DTSTART;TZID=America/New_York:20261015T140000", "DTEND;TZID=America/New_York:20261015T151500",
                        "LOCATION:ENG 101")));
        assertThat(data.sessions()).hasSize(2);
        CalendarImport.Session series = data.sessions().get(0);
        assertThat(series.uid()).isEqualTo("lec@google.com");
        assertThat(series.pattern().skippedDates()).containsExactly(LocalDate.of(2026, 10, 14));
        assertThat(series.pattern().meetingDates(FALL.firstDay(), FALL.lastDay())).hasSize(31);
        CalendarImport.Session moved = data.sessions().get(1);
        assertThat(moved.uid()).isEqualTo("lec@google.com#20261014T100000");
        assertThat(moved.pattern()).isEqualTo(WeeklyPattern.once(LocalDate.of(2026, 10, 15), LocalTime.of(14, 0), LocalTime.of(15, 15)));
        assertThat(moved.location()).isEqualTo("ENG 101");
    }

    @Test
    void aCancelledMeetingIsASkippedDate() throws Exception {
        CalendarImport data = read(FALL, ics(lecture(),
                event("UID:lec@google.com", "RECURRENCE-ID;TZID=America/New_York:20261014T100000", "STATUS:CANCELLED",
                        "DTSTART;TZID=America/New_York:20261014T100000", "DTEND;TZID=America/New_York:20261014T111500")));
        assertThat(only(data).skippedDates()).containsExactly(LocalDate.of(2026, 10, 14));
    }

    @Test
    void anOverrideAtTheSeriesOwnTimesIsAnOrdinaryMeeting() throws Exception {
        CalendarImport data = read(FALL, ics(lecture(),
                event("UID:lec@google.com", "RECURRENCE-ID:20261014T140000Z", "SUMMARY:CS 101 Lecture",
                        "DTSTART;TZID=America/New_York:20261014T100000", "DTEND;TZID=America/New_York:20261014T111500")));
        assertThat(only(data).skippedDates()).isEmpty();
    }

    // the length of a series: DTSTART's clock time plus the exact duration

    @Test
    void aNightShiftOverTheFallBackNightKeepsItsClockTimes() throws Exception {
        CalendarImport data = read(FALL, ics(
                event("UID:shift", "SUMMARY:Night shift", "DTSTART;TZID=America/New_York:20261031T220000",
                        "DTEND;TZID=America/New_York:20261101T050000", "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4"),
                event("UID:shift", "SUMMARY:Night shift", "RECURRENCE-ID;TZID=America/New_York:20261031T220000",
                        "DTSTART;TZID=America/New_York:20261031T220000", "DTEND;TZID=America/New_York:20261101T060000")));
        assertThat(data.commitments()).singleElement().satisfies(b -> {
            assertThat(b.pattern().start()).isEqualTo(LocalTime.of(22, 0));
            assertThat(b.pattern().end()).isEqualTo(LocalTime.of(6, 0));
            assertThat(b.pattern().skippedDates()).isEmpty();
            assertThat(b.pattern().meetingDates(FALL.firstDay(), FALL.lastDay())).hasSize(4);
        });
        assertThat(data.notes()).isEmpty();
    }

    @Test
    void ourOverrideOfAMeetingInTheSpringForwardGapIsAnOrdinaryMeeting() throws Exception {
        // the export's series at 02:30 and its meeting of the night 02:00-03:00 does not exist, placed where the agenda has it
        CalendarImport data = read(SPRING, ics(
                event("UID:early", "SUMMARY:CS 101 Other", "DTSTART;TZID=America/New_York:20270131T023000", "DURATION:PT1H30M",
                        "RRULE:FREQ=WEEKLY;BYDAY=SU;UNTIL=20270509T083000Z"),
                event("UID:early", "SUMMARY:CS 101 Other", "RECURRENCE-ID;TZID=America/New_York:20270314T023000",
                        "DTSTART;TZID=America/New_York:20270314T033000", "DTEND;TZID=America/New_York:20270314T040000")));
        WeeklyPattern series = only(data);
        assertThat(series.start()).isEqualTo(LocalTime.of(2, 30));
        assertThat(series.end()).isEqualTo(LocalTime.of(4, 0));
        assertThat(series.skippedDates()).isEmpty();
        assertThat(series.meetingDates(SPRING.firstDay(), SPRING.lastDay())).contains(LocalDate.of(2027, 3, 14)).hasSize(15);
    }

    // 9: Windows zone names

    @Test
    void windowsZoneNamesAreTheirIanaZones() throws Exception {
        CalendarImport data = read(FALL, ics(
                event("UID:w1", "SUMMARY:CS 101 Lecture", "DTSTART;TZID=W. Europe Standard Time:20261102T160000",
                        "DTEND;TZID=W. Europe Standard Time:20261102T170000"),
                event("UID:w2", "SUMMARY:CS 102 Lecture", "DTSTART;TZID=India Standard Time:20261102T203000",
                        "DTEND;TZID=India Standard Time:20261102T213000"),
                event("UID:w3", "SUMMARY:CS 103 Lecture", "DTSTART;TZID=Eastern Standard Time:20261102T100000",
                        "DTEND;TZID=Eastern Standard Time:20261102T110000")));
        // Nov 2: Berlin is UTC+1 again, New York UTC-5 again; Kolkata UTC+5:30
        assertThat(data.sessions()).extracting(s -> s.pattern().start())
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 0), LocalTime.of(10, 0));
        assertThat(ZoneResolver.byName("W. Europe Standard Time")).contains(ZoneId.of("Europe/Berlin"));
    }

    // 10: valid files are not refused for one odd item

    @Test
    void aDayLongEventIsSkippedWithANoteAndTheRestIsImported() throws Exception {
        CalendarImport data = read(FALL, ics(
                event("UID:a", "SUMMARY:Open day", "DTSTART;TZID=America/New_York:20260905T000000", "DURATION:P1D"),
                event("UID:b", "SUMMARY:Hackathon", "DTSTART;TZID=America/New_York:20260912T000000", "DURATION:PT24H"),
                event("UID:c", "SUMMARY:CS 101 Lecture", "DTSTART;TZID=America/New_York:20260902T100000", "DURATION:PT1H15M",
                        "ATTENDEE;CN=\"Prof, X\":mailto:prof x@@example.edu", "ATTENDEE:this is not a URI at all")));
        assertThat(only(data)).isEqualTo(WeeklyPattern.once(LocalDate.of(2026, 9, 2), LocalTime.of(10, 0), LocalTime.of(11, 15)));
        assertThat(data.notes()).hasSize(2).allSatisfy(n -> assertThat(n).contains("24 hours"));
    }

    @Test
    void rdatesAreMeetingsToo() throws Exception {
        CalendarImport data = read(FALL, ics(
                event("UID:r", "SUMMARY:CS 101 Lecture", "DTSTART;TZID=America/New_York:20260902T100000",
                        "DTEND;TZID=America/New_York:20260902T110000", "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3",
                        "RDATE;TZID=America/New_York:20260909T100000", "RDATE;VALUE=PERIOD:20261007T140000Z/PT1H")));
        assertThat(data.sessions()).hasSize(3);
        assertThat(data.sessions().get(0).pattern().meetingDates(FALL.firstDay(), FALL.lastDay()))
                .containsExactlyElementsOf(dates("2026-09-02", "2026-09-16", "2026-09-30"));
        assertThat(data.sessions().subList(1, 3)).extracting(CalendarImport.Session::pattern).containsExactly(
                WeeklyPattern.once(LocalDate.of(2026, 9, 9), LocalTime.of(10, 0), LocalTime.of(11, 0)),
                WeeklyPattern.once(LocalDate.of(2026, 10, 7), LocalTime.of(10, 0), LocalTime.of(11, 0)));
        assertThat(data.sessions().get(1).uid()).isEqualTo("r#20260909T100000");
    }

    @Test
    void notesNeverShowJavasOwnWords() throws Exception {
        CalendarImport data = read(FALL, ics(
                event("UID:1", "SUMMARY:CS 101 Lecture", "DTSTART;TZID=America/New_York:20260902T100000", "DURATION:PXYZ"),
                event("UID:2", "SUMMARY:CS 101 Lab", "DTSTART:2026-09-02", "DTEND:20260902T110000"),
                event("UID:3", "SUMMARY:CS 101 Seminar", "DTSTART;TZID=America/New_York:20260902T100000",
                        "DTEND;TZID=America/New_York:20260902T110000", "RRULE:FREQ=WEEKLY;BYDAY=XX;COUNT=foo"),
                event("UID:4", "SUMMARY:CS 101 Exam", "DTSTART;TZID=America/New_York:20261302T100000"),
                event("UID:5", "SUMMARY:CS 101 Tutorial", "DTSTART;TZID=America/New_York:20260902T100000",
                        "DTEND;TZID=America/New_York:20260902T090000")));
        assertThat(data.size()).isZero();
        assertThat(data.notes()).hasSize(5);
        assertThat(data.notes().stream().collect(Collectors.joining("\n")))
                .doesNotContainPattern("(Exception|Error|java\\.|cannot be cast|class )");
    }

    @Test
    void aFileThatIsNotICalendarIsRefusedWithASentence() {
        assertThatThrownBy(() -> read(FALL, "<html><body>Not found</body></html>"))
                .isInstanceOf(Refusal.class).hasMessageStartingWith("this is not an iCalendar file");
        assertThatThrownBy(() -> read(FALL, "BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n"))
                .isInstanceOf(Refusal.class).hasMessageContaining("BEGIN:VEVENT, not BEGIN:VCALENDAR");
    }

    // 11: an all-day item with a course is a deadline at the end of its day

    @Test
    void anAllDayItemWithACourseIsDueAtTheEndOfItsDay() throws Exception {
        CalendarImport data = read(FALL, ics(
                event("UID:event-assignment-7", "SUMMARY:Essay 2 [HIST210-01]", "DTSTART;VALUE=DATE:20261023", "DTEND;VALUE=DATE:20261024"),
                event("UID:holiday", "SUMMARY:Indigenous Peoples' Day", "DTSTART;VALUE=DATE:20261012")));
        assertThat(data.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.courseCode()).isEqualTo("HIST 210");
            assertThat(d.title()).isEqualTo("Essay 2");
            assertThat(d.due()).isEqualTo(LocalDateTime.of(2026, 10, 23, 23, 59));
        });
        assertThat(data.notes()).singleElement().asString().contains("Indigenous Peoples' Day", "without a course code");
    }

    // the text itself: what real exporters write

    @Test
    void mixedLineEndsFoldsAndStrayLinesAreRead() throws Exception {
        String text = "\uFEFFBEGIN:VCALENDAR\nVERSION\r\n :2.0\rBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:CS 101 Lec\r\n ture\n\n"
                + "DTSTART;TZID=America/New_York:20260902T100000\r\nDTEND;TZID=America/New_York:2026090\r\n 2T111500\r\n"
                + "this line is no property\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n\r\nX-COMMENT:Cached from 2022-02-20\r\n";
        CalendarImport data = read(FALL, text);
        assertThat(only(data)).isEqualTo(WeeklyPattern.once(LocalDate.of(2026, 9, 2), LocalTime.of(10, 0), LocalTime.of(11, 15)));
        assertThat(data.sessions().get(0).kind()).isEqualTo(SessionKind.LECTURE);
        assertThat(data.notes()).containsExactly("line 12 is not an iCalendar line and was left out");
    }

    @Test
    void aFileCutShortIsRefusedWithItsLastLine() {
        assertThatThrownBy(() -> read(FALL, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n"))
                .isInstanceOf(Refusal.class).hasMessageContaining("stops at line 3 without END:VCALENDAR");
    }

    @Test
    void aSecondSeriesWithTheSameUidIsSkipped() throws Exception {
        String e = event("UID:same", "SUMMARY:CS 101 Lecture", "DTSTART;TZID=America/New_York:20260902T100000",
                "DTEND;TZID=America/New_York:20260902T110000");
        CalendarImport data = read(FALL, ics(e, e));
        assertThat(data.sessions()).hasSize(1);
        assertThat(data.notes()).singleElement().asString().contains("same UID");
    }
}

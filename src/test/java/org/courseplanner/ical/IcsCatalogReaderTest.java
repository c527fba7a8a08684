package org.courseplanner.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogReader;
import org.courseplanner.domain.catalog.CatalogSection;
import org.junit.jupiter.api.Test;

/**
 * A timetable .ics read as a catalog. The Banner events follow an Ellucian export as published in
 * a public repository (title, code and section in SUMMARY; CRN, credit hours and instructor in
 * DESCRIPTION; one UID for the whole export); the others a Google Calendar export.
 */
class IcsCatalogReaderTest {
    private static final ZoneId RIVERSIDE = ZoneId.of("America/Los_Angeles");
    private static final Term FALL = Term.of("Fall 2023", LocalDate.of(2023, 9, 21), LocalDate.of(2023, 12, 15), RIVERSIDE);

    private static CatalogReader.Reading read(String text) throws Exception {
        return new IcsCatalogReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FALL);
    }

    private static final String TIMETABLE = IcsImporterTest.ics(
            "X-WR-CALNAME:Class Schedule",
            IcsImporterTest.event("DTSTART;TZID=America/Los_Angeles:20230928T200000", "DTEND;TZID=America/Los_Angeles:20230928T212000",
                    "SUMMARY:COMPILER DESIGN CS 152 001", "RRULE:FREQ=WEEKLY;UNTIL=20231208T225900;BYDAY=TU,TH",
                    "UID:20240122T030352Z-Ellucian", "LOCATION:Campus: Riverside Building: Bourns Hall Room: A125 ",
                    "DESCRIPTION:CRN: 26876\\nCredit Hours: 4.0\\nLevel: Undergraduate\\nInstructor: Zhao\\, Zhijia (Primary) \\n"),
            IcsImporterTest.event("DTSTART;TZID=America/Los_Angeles:20230927T140000", "DTEND;TZID=America/Los_Angeles:20230927T165000",
                    "SUMMARY:COMPILER DESIGN CS 152 021", "RRULE:FREQ=WEEKLY;UNTIL=20231208T225900;BYDAY=WE",
                    "UID:20240122T030352Z-Ellucian", "LOCATION:Campus: Riverside Building: WCH Room: 129",
                    "DESCRIPTION:CRN: 26877\\nCredit Hours: 0.0\\nInstructor: Lee\\, Ann (Primary)"),
            IcsImporterTest.event("UID:math200-02-lec@google.com", "SUMMARY:MATH 200-02 Lecture", "X-CRN:31002",
                    "ORGANIZER;CN=\"Ann Lee\":mailto:alee@example.edu",
                    "DTSTART;TZID=America/New_York:20230925T130000", "DTEND;TZID=America/New_York:20230925T141500",
                    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20231214T000000Z", "LOCATION:Skye 268"),
            IcsImporterTest.event("UID:math200-02-dis@google.com", "SUMMARY:MATH 200-02 Discussion", "X-CRN:31002",
                    "DTSTART;TZID=America/New_York:20230929T130000", "DTEND;TZID=America/New_York:20230929T135000",
                    "RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=10", "LOCATION:Skye 170"),
            IcsImporterTest.event("UID:phys@google.com", "SUMMARY:PHYS 150 Lab CRN 45000", "DESCRIPTION:Bring goggles",
                    "DTSTART;TZID=America/Los_Angeles:20231003T080000", "DTEND;TZID=America/Los_Angeles:20231003T105000",
                    "RRULE:FREQ=WEEKLY;COUNT=8"),
            IcsImporterTest.event("UID:hist-101-01@school.edu", "SUMMARY:HIST 101 01",
                    "DTSTART;TZID=America/Los_Angeles:20231002T090000", "DTEND;TZID=America/Los_Angeles:20231002T095000",
                    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20231215T000000Z"),
            IcsImporterTest.event("UID:essay@lms", "SUMMARY:Essay 1 [HIST101-01]", "DTSTART;VALUE=DATE:20231020"),
            IcsImporterTest.event("UID:gym@me", "SUMMARY:Gym", "DTSTART;TZID=America/Los_Angeles:20231002T180000",
                    "DTEND;TZID=America/Los_Angeles:20231002T190000"));

    @Test
    void aBannerEventIsOneSectionWithItsTitleCodeSectionCrnCreditsAndInstructor() throws Exception {
        CatalogSection s = read(TIMETABLE).catalog().requireSection("26876");
        assertThat(s).isEqualTo(new CatalogSection("26876", "CS 152", "COMPILER DESIGN", 4, "001", "Lecture", null, "Zhao, Zhijia",
                List.of(new CatalogMeeting(SessionKind.LECTURE, new WeeklyPattern(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        LocalTime.of(20, 0), LocalTime.of(21, 20), 1, LocalDate.of(2023, 9, 28), LocalDate.of(2023, 12, 7), null),
                        "Campus: Riverside Building: Bourns Hall Room: A125"))));
    }

    @Test
    void eventsSharingBannersOneUidAreStillSectionsOfTheirOwn() throws Exception {
        CatalogSection lab = read(TIMETABLE).catalog().requireSection("26877");
        assertThat(lab.section()).isEqualTo("021");
        assertThat(lab.instructor()).isEqualTo("Lee, Ann");
        assertThat(lab.meetings()).singleElement().extracting(m -> m.pattern().describe())
                .isEqualTo("WE 14:00-16:50, 2023-09-27 to 2023-12-06");
    }

    @Test
    void seriesWithOneCrnAreOneSectionsMeetingsInTheSchoolsZone() throws Exception {
        CatalogSection s = read(TIMETABLE).catalog().requireSection("31002");
        assertThat(s.courseCode()).isEqualTo("MATH 200");
        assertThat(s.section()).isEqualTo("02");
        assertThat(s.instructor()).isEqualTo("Ann Lee");
        assertThat(s.component()).isEqualTo("Lecture");
        assertThat(s.meetings()).extracting(CatalogMeeting::kind).containsExactly(SessionKind.LECTURE, SessionKind.DISCUSSION);
        WeeklyPattern lecture = s.meetings().get(0).pattern();
        assertThat(lecture.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(lecture.start()).isEqualTo(LocalTime.of(10, 0)); // 13:00 in New York, across the fall-back night too
        assertThat(lecture.end()).isEqualTo(LocalTime.of(11, 15));
        assertThat(s.meetings().get(1).pattern().start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(s.meetings().get(1).location()).isEqualTo("Skye 170");
    }

    @Test
    void theCrnIsFoundInTheSummaryElseTheUidIsTaken() throws Exception {
        CatalogReader.Reading r = read(TIMETABLE);
        CatalogSection lab = r.catalog().requireSection("45000");
        assertThat(lab.courseCode()).isEqualTo("PHYS 150");
        assertThat(lab.component()).isEqualTo("Lab");
        assertThat(lab.section()).isEqualTo("45000");
        assertThat(lab.meetings().get(0).kind()).isEqualTo(SessionKind.LAB);
        CatalogSection history = r.catalog().requireSection("hist-101-01@school.edu");
        assertThat(history.section()).isEqualTo("01");
        assertThat(history.meetings().get(0).pattern().days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(r.catalog().sections()).hasSize(5);
    }

    @Test
    void whatIsNotAClassIsANote() throws Exception {
        assertThat(read(TIMETABLE).notes()).containsExactly(
                "\"Essay 1\" (HIST 101): a deadline, not a class; it was left out",
                "\"Gym\": no course code in its SUMMARY or CATEGORIES, so not a class; it was left out");
    }

    @Test
    void aCalendarWithoutClassesOrNotACalendarIsRefused() {
        assertThatThrownBy(() -> read(IcsImporterTest.ics(IcsImporterTest.event("UID:gym@me", "SUMMARY:Gym",
                "DTSTART:20231002T180000Z", "DTEND:20231002T190000Z")))).isInstanceOf(Refusal.class)
                .hasMessageContaining("the calendar has no class with a course code").hasMessageContaining("\"Gym\": no course code");
        assertThatThrownBy(() -> read("crn,course\n1,CS 101\n")).isInstanceOf(Refusal.class);
    }
}

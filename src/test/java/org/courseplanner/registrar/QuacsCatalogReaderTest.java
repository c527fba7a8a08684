package org.courseplanner.registrar;

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

/** QuACS JSON on small hand-made files: every rule of docs/catalog-formats.md, one at a time. */
class QuacsCatalogReaderTest {
    static final ZoneId TROY = ZoneId.of("America/New_York");
    static final Term SPRING = Term.of("Spring 2021", LocalDate.of(2021, 1, 18), LocalDate.of(2021, 5, 7), TROY);
    static final Term WINTER = Term.of("Winter 2026", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 26), TROY);

    static CatalogReader.Reading read(String json, Term term) throws Exception {
        return new QuacsCatalogReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), term);
    }

    /** A department with one course and these sections. */
    static String department(String code, String courseId, String crse, String title, String... sections) {
        return "[{\"name\":\"Dept\",\"code\":\"" + code + "\",\"courses\":[{\"title\":\"" + title + "\",\"subj\":\"" + code + "\",\"crse\":" + crse
                + ",\"id\":\"" + courseId + "\",\"sections\":[" + String.join(",", sections) + "]}]}]";
    }

    static String section(String crn, String sec, double credMin, double credMax, String... timeslots) {
        return "{\"crn\":" + crn + ",\"sec\":\"" + sec + "\",\"credMin\":" + credMin + ",\"credMax\":" + credMax
                + ",\"title\":\"Section title\",\"timeslots\":[" + String.join(",", timeslots) + "]}";
    }

    static String slot(String days, int start, int end, String instructor, String dateStart, String dateEnd, String location) {
        StringBuilder d = new StringBuilder();
        for (char c : days.toCharArray()) {
            d.append(d.length() == 0 ? "" : ",").append('"').append(c).append('"');
        }
        return "{\"days\":[" + d + "],\"timeStart\":" + start + ",\"timeEnd\":" + end + ",\"instructor\":\"" + instructor
                + "\",\"dateStart\":\"" + dateStart + "\",\"dateEnd\":\"" + dateEnd + "\",\"location\":\"" + location + "\"}";
    }

    @Test
    void aSectionWithTwoTimeslotsIsOneSectionWithTwoMeetingsAndTheCatalogsCourseNumber() throws Exception {
        CatalogReader.Reading r = read(department("USAF", "USAF-0020", "20", "Leadership Lab",
                section("40068", "01", 0, 0,
                        slot("MR", 1400, 1550, "Kristen Gibson, TBA", "01/18", "05/07", "DCC 308"),
                        slot("W", 905, 955, "Jennifer Fredericks, Kristen Gibson", "01/18", "05/07", "TBA"))), SPRING);

        CatalogSection s = r.catalog().requireSection("40068");
        assertThat(s.courseCode()).isEqualTo("USAF 0020");
        assertThat(s.courseTitle()).isEqualTo("Leadership Lab");
        assertThat(s.section()).isEqualTo("01");
        assertThat(s.component()).isEqualTo("Lecture");
        assertThat(s.instructor()).isEqualTo("Kristen Gibson, Jennifer Fredericks");
        assertThat(s.meetings()).containsExactly(
                new CatalogMeeting(SessionKind.LECTURE, new WeeklyPattern(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                        LocalTime.of(14, 0), LocalTime.of(15, 50), 1, LocalDate.of(2021, 1, 18), LocalDate.of(2021, 5, 7), null), "DCC 308"),
                new CatalogMeeting(SessionKind.LECTURE, new WeeklyPattern(EnumSet.of(DayOfWeek.WEDNESDAY),
                        LocalTime.of(9, 5), LocalTime.of(9, 55), 1, LocalDate.of(2021, 1, 18), LocalDate.of(2021, 5, 7), null), null));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void withoutAnIdTheNumberIsAsWrittenAndSundayAndSaturdayAreUAndS() throws Exception {
        String json = "[{\"code\":\"AMST\",\"courses\":[{\"title\":\"Desire\",\"crse\":\"215\",\"sections\":["
                + "{\"crn\":\"2001\",\"subj\":\"AMST\",\"crse\":\"215\",\"sec\":\"00\",\"credMin\":4,\"credMax\":4,\"timeslots\":["
                + "{\"days\":[\"S\",\"U\"],\"instructor\":\"Julie E Prebel\",\"location\":\"\",\"timeStart\":1330,\"timeEnd\":1455,"
                + "\"dateStart\":\"1/19\",\"dateEnd\":\"4/27\"}]}]}]}]";
        CatalogSection s = read(json, SPRING).catalog().requireSection("2001");
        assertThat(s.courseCode()).isEqualTo("AMST 215");
        assertThat(s.credits()).isEqualTo(4.0);
        CatalogMeeting m = s.meetings().get(0);
        assertThat(m.pattern().days()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(m.pattern().firstDate()).isEqualTo(LocalDate.of(2021, 1, 19));
        assertThat(m.pattern().lastDate()).isEqualTo(LocalDate.of(2021, 4, 27));
        assertThat(m.location()).isNull();
    }

    @Test
    void aTimeslotWithoutDaysOrTimesIsATbaMeetingKeptAndNoTimeslotsIsNoMeetingAtAll() throws Exception {
        String noTimes = "{\"days\":[],\"instructor\":\"TBA\",\"location\":\"TBA\",\"dateStart\":\"01/18\",\"dateEnd\":\"05/07\"}";
        CatalogReader.Reading r = read(department("CSCI", "CSCI-4980", "4980", "Research",
                section("41001", "01", 1, 4, noTimes),
                section("41002", "02", 1, 4, slot("", -1, -1, "Ann Lee", "01/18", "05/07", "TBA")),
                section("41003", "03", 3, 3)), SPRING);

        CatalogSection tba = r.catalog().requireSection("41001");
        assertThat(tba.meetings()).hasSize(1);
        assertThat(tba.meetings().get(0).isPlaced()).isFalse();
        assertThat(tba.meetings().get(0).pattern().start()).isNull();
        assertThat(tba.instructor()).isNull();
        assertThat(tba.hasTime()).isFalse();
        assertThat(r.catalog().requireSection("41002").meetings().get(0).pattern().describe()).isEqualTo("TBA");
        assertThat(r.catalog().requireSection("41002").instructor()).isEqualTo("Ann Lee");
        assertThat(r.catalog().requireSection("41003").meetings()).isEmpty();
        assertThat(tba.credits()).isEqualTo(4.0);
        assertThat(r.notes()).singleElement().asString()
                .contains("2 sections have variable credits; the most is taken").contains("CSCI 4980 01 (CRN 41001) 1-4");
    }

    @Test
    void sectionsNamedAfterAnotherAreItsLabsAndATitlesWordNamesTheComponent() throws Exception {
        String lab = "{\"crn\":%s,\"sec\":\"%s\",\"credMin\":0,\"credMax\":0,\"title\":\"%s\",\"timeslots\":[%s]}";
        String json = "[{\"code\":\"BIO\",\"courses\":["
                + "{\"title\":\"Marine Biology\",\"subj\":\"BIO\",\"crse\":\"105\",\"id\":\"BIO-105\",\"sections\":["
                + section("2237", "01", 4, 4, slot("TR", 1005, 1130, "A", "01/18", "05/07", "")) + ","
                + String.format(lab, "2239", "1-1", "Marine Biology Laboratory", slot("T", 1330, 1625, "B", "01/18", "05/07", "")) + ","
                + String.format(lab, "2240", "1-2", "Marine Biology Lab", slot("R", 1330, 1625, "B", "01/18", "05/07", "")) + ","
                + section("2238", "02", 4, 4, slot("TR", 1330, 1455, "A", "01/18", "05/07", "")) + ","
                + String.format(lab, "2241", "2-1", "Marine Biology", slot("T", 1640, 1935, "B", "01/18", "05/07", "")) + ","
                + section("2300", "04", 4, 4, slot("MW", 900, 1015, "A", "01/18", "05/07", "")) + "]},"
                + "{\"title\":\"Physics\",\"subj\":\"PHYS\",\"crse\":\"150\",\"id\":\"PHYS-150\",\"sections\":["
                + section("3001", "01", 4, 4, slot("MWF", 900, 950, "A", "01/18", "05/07", "")) + ","
                + String.format(lab, "3002", "D1", "Physics Discussion", slot("F", 1000, 1050, "B", "01/18", "05/07", "")) + "]},"
                + "{\"title\":\"Research Lab Methods\",\"subj\":\"PSYC\",\"crse\":\"300\",\"id\":\"PSYC-300\",\"sections\":["
                + String.format(lab, "4001", "01", "Research Lab Methods", slot("M", 900, 950, "A", "01/18", "05/07", "")) + "]}]}]";

        CatalogReader.Reading r = read(json, SPRING);

        assertThat(r.catalog().sections()).extracting(CatalogSection::crn, CatalogSection::component, CatalogSection::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2237", "Lecture", "1"), org.assertj.core.groups.Tuple.tuple("2239", "Lab", "1"),
                org.assertj.core.groups.Tuple.tuple("2240", "Lab", "1"), org.assertj.core.groups.Tuple.tuple("2238", "Lecture", "2"),
                org.assertj.core.groups.Tuple.tuple("2241", "Lab", "2"), org.assertj.core.groups.Tuple.tuple("2300", "Lecture", null),
                org.assertj.core.groups.Tuple.tuple("3001", "Lecture", null), org.assertj.core.groups.Tuple.tuple("3002", "Discussion", null),
                org.assertj.core.groups.Tuple.tuple("4001", "Lecture", null));
        assertThat(r.catalog().requireSection("2239").meetings().get(0).kind()).isEqualTo(SessionKind.LAB);
        assertThat(r.catalog().requireSection("3002").meetings().get(0).kind()).isEqualTo(SessionKind.DISCUSSION);
        assertThat(r.catalog().requireSection("2239").courseTitle()).isEqualTo("Marine Biology");
        assertThat(r.notes()).containsExactly("1 course has sections named after another section, like 1-1 and 1-2 after 01 (BIO 105): "
                + "read as labs (or what their titles name) taken with that section");
    }

    @Test
    void unreadableBitsBecomeNotesAndTheRestIsRead() throws Exception {
        CatalogReader.Reading r = read(department("MATH", "MATH-1010", "1010", "Calculus",
                section("50001", "01", 4, 4, slot("MX", 1000, 1150, "A", "01/18", "05/07", "DCC 308")),
                section("50002", "02", 4, 4, slot("T", 1200, 1000, "A", "01/18", "05/07", "DCC 308")),
                section("50003", "03", 4, 4, slot("T", 1275, 1300, "A", "13/45", "05/07", "DCC 308")),
                section("50001", "04", 4, 4, slot("F", 800, 850, "A", "01/18", "05/07", "DCC 308"))), SPRING);

        assertThat(r.catalog().sections()).extracting(CatalogSection::crn).containsExactly("50001", "50002", "50003");
        assertThat(r.catalog().requireSection("50001").meetings().get(0).pattern().days()).containsExactly(DayOfWeek.MONDAY);
        assertThat(r.catalog().requireSection("50002").meetings().get(0).isPlaced()).isFalse();
        CatalogMeeting odd = r.catalog().requireSection("50003").meetings().get(0);
        assertThat(odd.isPlaced()).isFalse();
        assertThat(odd.pattern().firstDate()).isEqualTo(SPRING.firstDay());
        assertThat(r.notes()).containsExactly(
                "MATH 1010 01 (CRN 50001): \"X\" is not a day; the meeting is kept without it",
                "MATH 1010 02 (CRN 50002): a meeting: it ends (10:00) before it starts (12:00); kept without a time",
                "MATH 1010 03 (CRN 50003): \"1275\" is not a time (timeStart); the meeting is kept without a time",
                "MATH 1010 03 (CRN 50003): a meeting: it has an end but no start; kept without a time",
                "MATH 1010 03 (CRN 50003): \"13/45\" is not a date (dateStart); the term's date is used",
                "MATH 1010 04 (CRN 50001): the CRN is also MATH 1010 01 (50001)'s; only the first is kept");
    }

    @Test
    void datesWithoutAYearFallInATermAcrossNewYear() throws Exception {
        CatalogReader.Reading r = read(department("ARTS", "ARTS-2000", "2000", "Winter studio",
                section("60001", "01", 2, 2, slot("MW", 900, 1200, "A", "12/07", "02/19", "Studio")),
                section("60002", "02", 2, 2, slot("TR", 900, 1200, "A", "01/04", "01/29", "Studio")),
                section("60003", "03", 2, 2, slot("F", 900, 1200, "A", "11/30", "12/18", "Studio"))), WINTER);

        assertThat(dates(r, "60001")).containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 2, 19));
        assertThat(dates(r, "60002")).containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 29));
        assertThat(dates(r, "60003")).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 18));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void aMeetingOutsideTheTermIsKeptWithANoteThatAsksWhetherItIsAnotherTermsCatalog() throws Exception {
        CatalogReader.Reading r = read(department("ARTS", "ARTS-2000", "2000", "Summer studio",
                section("60004", "01", 2, 2, slot("MW", 900, 1200, "A", "07/06", "08/14", "Studio"))), SPRING);
        assertThat(dates(r, "60004")).containsExactly(LocalDate.of(2021, 7, 6), LocalDate.of(2021, 8, 14));
        assertThat(r.notes()).containsExactly("1 meeting falls wholly outside Spring 2021 (2021-01-18 to 2021-05-07), e.g. ARTS 2000 01 "
                + "(CRN 60004) meets 2021-07-06 to 2021-08-14: is this the catalog of another term?");
    }

    private static List<LocalDate> dates(CatalogReader.Reading r, String crn) {
        WeeklyPattern p = r.catalog().requireSection(crn).meetings().get(0).pattern();
        return List.of(p.firstDate(), p.lastDate());
    }

    @Test
    void aFileThatIsNotQuacsIsRefusedSayingWhatWasExpected() {
        assertThatThrownBy(() -> read("{\"courses\": []}", SPRING)).isInstanceOf(Refusal.class)
                .hasMessageContaining("starts with a JSON object, not a JSON array").hasMessageContaining("array of departments");
        assertThatThrownBy(() -> read("[1, 2]", SPRING)).isInstanceOf(Refusal.class)
                .hasMessageContaining("first item is not a department object");
        assertThatThrownBy(() -> read("[{\"name\": \"x\"}]", SPRING)).isInstanceOf(Refusal.class)
                .hasMessageContaining("has no \"courses\" list");
        assertThatThrownBy(() -> read("crn,course\n1,CS 101\n", SPRING)).isInstanceOf(Refusal.class)
                .hasMessageContaining("not readable JSON at line 1, column");
        assertThatThrownBy(() -> read("[{\"code\":\"CS\",\"courses\":[{\"sections\":[", SPRING)).isInstanceOf(Refusal.class)
                .hasMessageContaining("not readable JSON");
        assertThatThrownBy(() -> read("", SPRING)).isInstanceOf(Refusal.class).hasMessageContaining("the file is empty");
    }

    @Test
    void fiveThousandSectionsAreReadWhole() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int d = 0; d < 50; d++) {
            json.append(d == 0 ? "" : ",").append("{\"code\":\"D").append(d).append("\",\"courses\":[");
            for (int c = 0; c < 20; c++) {
                json.append(c == 0 ? "" : ",").append("{\"title\":\"Course\",\"subj\":\"D").append(d).append("\",\"crse\":").append(1000 + c)
                        .append(",\"id\":\"D").append(d).append('-').append(1000 + c).append("\",\"sections\":[");
                for (int s = 0; s < 5; s++) {
                    json.append(s == 0 ? "" : ",").append(section(String.valueOf(10000 + d * 100 + c * 5 + s), "0" + s, 4, 4,
                            slot("MWF", 800 + 100 * s, 850 + 100 * s, "Ann Lee", "01/18", "05/07", "DCC 30" + s)));
                }
                json.append("]}");
            }
            json.append("]}");
        }
        json.append(']');
        String file = json.toString();

        assertThat(read(file, SPRING).catalog().sections()).hasSize(5000);
    }
}

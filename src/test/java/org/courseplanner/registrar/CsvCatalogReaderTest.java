package org.courseplanner.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogReader;
import org.courseplanner.domain.catalog.CatalogSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog CSV of docs/catalog-formats.md on small hand-made files. */
class CsvCatalogReaderTest {
    static final Term SPRING = QuacsCatalogReaderTest.SPRING;

    static CatalogReader.Reading read(String csv) throws Exception {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    static CatalogReader.Reading read(byte[] bytes) throws Exception {
        return new CsvCatalogReader().read(new ByteArrayInputStream(bytes), SPRING);
    }

    @Test
    void theDocumentedExampleReadsAsALectureWithItsLinkedLabs() throws Exception {
        CatalogReader.Reading r = read("""
                crn,course,title,credits,section,component,link,instructor,days,start,end,location
                40068,CS 101,Intro to Programming,4,01,Lecture,A,"Lee, Ann",MWF,10:00,10:50,DCC 308
                40069,CS 101,Intro to Programming,4,L1,Lab,A,,R,2:00pm,3:50pm,Lab 2
                40070,CS 101,Intro to Programming,4,L2,Lab,A,,F,1400,1550,Lab 2
                """);
        assertThat(r.notes()).isEmpty();
        CatalogSection lecture = r.catalog().requireSection("40068");
        assertThat(lecture).isEqualTo(new CatalogSection("40068", "CS 101", "Intro to Programming", 4, "01", "Lecture", "A", "Lee, Ann",
                java.util.List.of(new CatalogMeeting(SessionKind.LECTURE, new WeeklyPattern(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.FRIDAY), LocalTime.of(10, 0), LocalTime.of(10, 50), 1, SPRING.firstDay(), SPRING.lastDay(), null), "DCC 308"))));
        CatalogSection lab = r.catalog().requireSection("40069");
        assertThat(lab.component()).isEqualTo("Lab");
        assertThat(lab.link()).isEqualTo("A");
        assertThat(lab.meetings().get(0).kind()).isEqualTo(SessionKind.LAB);
        assertThat(lab.meetings().get(0).pattern().start()).isEqualTo(LocalTime.of(14, 0));
        assertThat(r.catalog().requireCourse("cs101").components()).containsOnlyKeys("Lecture", "Lab");
    }

    @Test
    void theExampleOfTheDocsReadsAsTheDocsSay() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/catalog-formats.md"));
        String csv = doc.substring(doc.indexOf("```csv\n") + 7, doc.indexOf("```", doc.indexOf("```csv\n") + 7));
        Term spring = Term.of("Spring 2027", LocalDate.of(2027, 1, 25), LocalDate.of(2027, 5, 14), SPRING.schoolZone());

        CatalogReader.Reading r = new CsvCatalogReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), spring);

        assertThat(r.notes()).isEmpty();
        assertThat(r.catalog().sections()).hasSize(5);
        assertThat(r.catalog().requireSection("40071").meetings()).extracting(m -> m.pattern().describe()).containsExactly(
                "TU,TH 09:30-10:45, 2027-01-25 to 2027-03-12", "TU,TH 09:30-10:45, 2027-03-22 to 2027-05-14");
        assertThat(r.catalog().requireSection("40072").meetings()).singleElement().extracting(CatalogMeeting::isPlaced).isEqualTo(false);
        assertThat(r.catalog().requireSection("40072").link()).isEqualTo("B");
        assertThat(r.catalog().requireSection("40069").meetings().get(0).kind()).isEqualTo(SessionKind.LAB);
        assertThat(r.catalog().requireSection("40068").courseTitle()).isEqualTo("Intro to Programming, Part 1");
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndCaseWithUnknownOnesIgnoredAndABomAndCrlf() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = ("Days,Seats,COURSE,Start Date,End-Date,Start,End,CRN\r\nTR,30,MATH 200,2021-02-01,2021-03-26,09:30 AM,10:45 AM,500\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);

        CatalogReader.Reading r = read(all);
        WeeklyPattern p = r.catalog().requireSection("500").meetings().get(0).pattern();
        assertThat(p).isEqualTo(new WeeklyPattern(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 30), LocalTime.of(10, 45),
                1, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 26), null));
        assertThat(r.catalog().requireSection("500").credits()).isZero();
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void quotedValuesMayHoldCommasQuotesAndLineBreaksAndLineNumbersCountTheFilesLines() throws Exception {
        CatalogReader.Reading r = read("crn,course,title,instructor,days,start,end\r\n"
                + "1,HIST 210,\"War, Peace and \"\"Empire\"\"\",\"Ray, Bob\",MW,10:00,11:15\r\n"
                + "2,HIST 211,\"Two\r\nlines\",,TR,25:00,26:00\r\n"
                + "3,HIST 212,Fine,,MW,10:00,11:15,extra\r\n");
        assertThat(r.catalog().requireSection("1").courseTitle()).isEqualTo("War, Peace and \"Empire\"");
        assertThat(r.catalog().requireSection("1").instructor()).isEqualTo("Ray, Bob");
        assertThat(r.catalog().requireSection("2").courseTitle()).isEqualTo("Two\nlines");
        assertThat(r.catalog().requireSection("2").hasTime()).isFalse();
        assertThat(r.catalog().section("3")).isEmpty();
        assertThat(r.notes()).containsExactly(
                "line 3 (HIST 211, CRN 2): start \"25:00\" is not a time (write 10:00, 1000 or 2:30pm); kept without a time",
                "line 3 (HIST 211, CRN 2): end \"26:00\" is not a time (write 10:00, 1000 or 2:30pm); kept without a time",
                "line 5: it has 8 values and the header 7 (a value with a comma needs double quotes around it); the row was left out");
    }

    @Test
    void rowsWithOneCrnAreOneSectionAndWhereTheyDisagreeTheFirstWins() throws Exception {
        CatalogReader.Reading r = read("""
                crn,course,title,credits,section,instructor,component,days,start,end,location
                77,BIO 120,Biology,4,01,Ann Lee,Lecture,MW,9:00,9:50,SC 1
                77,BIO 120,Biology II,4,01,,Lecture,F,9:00,9:50,SC 2
                77,BIO 999,Biology,3,01,,Lecture,T,9:00,9:50,SC 2
                """);
        CatalogSection s = r.catalog().requireSection("77");
        assertThat(s.meetings()).hasSize(3);
        assertThat(s.meetings()).extracting(CatalogMeeting::location).containsExactly("SC 1", "SC 2", "SC 2");
        assertThat(s.courseTitle()).isEqualTo("Biology");
        assertThat(s.courseCode()).isEqualTo("BIO 120");
        assertThat(s.credits()).isEqualTo(4.0);
        assertThat(s.instructor()).isEqualTo("Ann Lee");
        assertThat(r.notes()).containsExactly(
                "line 3 (CRN 77): title \"Biology II\" differs from \"Biology\" on line 2, the section's first row; the first is kept",
                "line 4 (CRN 77): course \"BIO 999\" differs from \"BIO 120\" on line 2, the section's first row; the first is kept",
                "line 4 (CRN 77): credits \"3\" differs from \"4\" on line 2, the section's first row; the first is kept");
    }

    @Test
    void emptyDaysAndTimesAreATbaMeetingAndEmptyDatesTheTerms() throws Exception {
        CatalogReader.Reading r = read("crn,course,days,start,end,start_date,end_date,location\n9,ART 100,,,,,,TBA Online\n"
                + "10,ART 101,MW,,,2021-03-01,,\n");
        CatalogMeeting tba = r.catalog().requireSection("9").meetings().get(0);
        assertThat(tba.isPlaced()).isFalse();
        assertThat(tba.pattern().describe()).isEqualTo("TBA");
        assertThat(tba.pattern().firstDate()).isEqualTo(SPRING.firstDay());
        assertThat(tba.location()).isEqualTo("TBA Online");
        WeeklyPattern daysOnly = r.catalog().requireSection("10").meetings().get(0).pattern();
        assertThat(daysOnly.describe()).startsWith("MO,WE, time TBA");
        assertThat(daysOnly.firstDate()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(daysOnly.lastDate()).isEqualTo(SPRING.lastDay());
        assertThat(r.notes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Lecture,,LECTURE", "Lab,,LAB", "Laboratory,,LAB", "Discussion,,DISCUSSION", "Recitation,,DISCUSSION",
            "Seminar,,SEMINAR", "Tutorial,,TUTORIAL", "Studio,,LECTURE", ",,LECTURE", "Lab,exam,EXAM", "Lecture,office hours,OFFICE_HOURS"})
    void theKindIsTheColumnsElseTheComponentsElseLecture(String component, String kind, SessionKind expected) throws Exception {
        CatalogReader.Reading r = read("crn,course,component,kind,days,start,end\n1,CS 101," + (component == null ? "" : component) + ","
                + (kind == null ? "" : kind) + ",M,10:00,11:00\n");
        assertThat(r.catalog().requireSection("1").meetings().get(0).kind()).isEqualTo(expected);
        assertThat(r.catalog().requireSection("1").component()).isEqualTo(component == null ? "Lecture" : component);
    }

    @Test
    void badRowsAreLeftOutWithTheirLineAndWhatIsWrong() throws Exception {
        CatalogReader.Reading r = read("""
                crn,course,credits,kind,days,start,end,start_date,end_date
                1,CS 101,4,,XY,10:00,11:00,,
                ,CS 102,4,,M,10:00,11:00,,
                3,,4,,M,10:00,11:00,,
                4,CS 104,many,,M,10:00,11:00,,
                5,CS 105,3,party,M,11:00,10:00,2021-02-30,2021-01-01
                6,CS 106,3,,M,10:00,,,
                """);
        assertThat(r.catalog().sections()).extracting(CatalogSection::crn).containsExactly("1", "5", "6");
        assertThat(r.catalog().requireSection("1").meetings().get(0).isPlaced()).isFalse();
        assertThat(r.catalog().requireSection("5").meetings().get(0).kind()).isEqualTo(SessionKind.LECTURE);
        assertThat(r.catalog().requireSection("5").meetings().get(0).pattern().firstDate()).isEqualTo(SPRING.firstDay());
        assertThat(r.notes()).containsExactly(
                "line 2 (CS 101, CRN 1): days \"XY\" are not days (write MWF, TR, MO,WE or Mon Wed); kept without days",
                "line 3: no crn; the row was left out",
                "line 4: no course; the row was left out",
                "line 5: credits \"many\" is not a number from 0 to 30; the row was left out",
                "line 6 (CS 105, CRN 5): kind \"party\" is not one Course Planner knows; the component decides",
                "line 6 (CS 105, CRN 5): it ends (10:00) before it starts (11:00); kept without a time",
                "line 6 (CS 105, CRN 5): start_date \"2021-02-30\" is not a date as 2027-01-25; the term's date is used",
                "line 6 (CS 105, CRN 5): end_date 2021-01-01 is before start_date 2021-01-18; the term's dates are used",
                "line 7 (CS 106, CRN 6): it has a start but no end; kept without a time");
    }

    @Test
    void aCatalogWrittenAsCsvReadsBackEqual() throws Exception {
        CatalogReader.Reading quacs = QuacsCatalogReaderTest.read(QuacsCatalogReaderTest.department("HIST", "HIST-0210", "210",
                "War, Peace and \\\"Empire\\\"",
                QuacsCatalogReaderTest.section("1", "01", 1, 4,
                        QuacsCatalogReaderTest.slot("MR", 1400, 1550, "Lee, Ann", "01/18", "03/07", "DCC 308"),
                        QuacsCatalogReaderTest.slot("", -1, -1, "TBA", "03/08", "05/07", "TBA")),
                QuacsCatalogReaderTest.section("2", "02", 3, 3,
                        QuacsCatalogReaderTest.slot("U", 905, 955, "Ray", "01/18", "05/07", "Room \\\"A\\\""))), SPRING);
        assertThat(quacs.catalog().requireSection("1").courseTitle()).isEqualTo("War, Peace and \"Empire\"");

        CatalogReader.Reading back = read(CatalogCsv.write(quacs.catalog()));

        assertThat(back.notes()).isEmpty();
        assertThat(back.catalog()).isEqualTo(quacs.catalog());
    }

    @Test
    void aSpreadsheetThatSeparatesWithSemicolonsIsReadToo() throws Exception {
        CatalogReader.Reading r = read("\n\ncrn;course;title;credits;days;start;end\n7;PHIL 100;\"Logic; Truth\";1,5;MW;10:00;11:00\n");
        CatalogSection s = r.catalog().requireSection("7");
        assertThat(s.courseTitle()).isEqualTo("Logic; Truth");
        assertThat(s.credits()).isEqualTo(1.5);
        assertThat(s.hasTime()).isTrue();
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void thousandsOfBadRowsGiveAListOfNotesThatCanStillBeRead() throws Exception {
        StringBuilder csv = new StringBuilder("crn,course,credits\n1,CS 101,3\n");
        for (int i = 0; i < 150; i++) {
            csv.append(",CS 102,3\n");
        }
        CatalogReader.Reading r = read(csv.toString());
        assertThat(r.notes()).hasSize(ReadingNotes.MOST + 1).startsWith("line 3: no crn; the row was left out")
                .endsWith("... and 50 more notes like these");
    }

    @Test
    void twentyThousandRowsAreReadWhole() throws Exception {
        StringBuilder csv = new StringBuilder("crn,course,title,credits,section,days,start,end,location\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(",CS ").append(100 + i / 10).append(",\"Title, with comma\",4,0").append(i % 10).append(",MWF,")
                    .append(8 + i % 10).append(":00,").append(8 + i % 10).append(":50,DCC 30").append(i % 7).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        assertThat(read(bytes).catalog().sections()).hasSize(20_000);
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedNamingIt() {
        assertThatThrownBy(() -> read("crn,title\n1,Intro\n")).isInstanceOf(Refusal.class)
                .hasMessageContaining("has no \"course\" column").hasMessageContaining("It has: crn, title");
        assertThatThrownBy(() -> read("[{\"code\": \"CS\"}]\n")).isInstanceOf(Refusal.class).hasMessageContaining("has no \"crn\" column");
    }

    @Test
    void aFileWithNoReadableRowIsRefused() {
        assertThatThrownBy(() -> read("crn,course\n,CS 101\n1,\n")).isInstanceOf(Refusal.class)
                .hasMessageContaining("no row of the file could be read (line 2: no crn; the row was left out; line 3: no course");
        assertThatThrownBy(() -> read("crn,course\n")).isInstanceOf(Refusal.class).hasMessageContaining("a header but no rows");
        assertThatThrownBy(() -> read("\n\n")).isInstanceOf(Refusal.class).hasMessageContaining("no header row");
    }

    @Test
    void anUnclosedQuoteEndsTheReadingWithANoteAndTheRowsBeforeItAreKept() throws Exception {
        CatalogReader.Reading r = read("crn,course,title\n1,CS 101,Fine\n2,CS 102,\"Broken\n3,CS 103,Lost\n");
        assertThat(r.catalog().sections()).extracting(CatalogSection::crn).containsExactly("1");
        assertThat(r.notes()).containsExactly("line 3: a quoted value that starts on line 3 is not closed before the end of the file; "
                + "the rest of the file was left out");
    }

    @Test
    void bytesThatAreNotUtf8GetANote() throws Exception {
        byte[] latin1 = "crn,course,title\n1,CS 101,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CatalogReader.Reading r = read(latin1);
        assertThat(r.catalog().requireSection("1").courseTitle()).isEqualTo("Caf\uFFFD");
        assertThat(r.notes()).singleElement().asString().contains("not UTF-8");
    }
}

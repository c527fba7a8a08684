package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, hostile .ics files through {@code import}: each is imported or refused with a sentence, never a stack trace. */
class HostileIcsImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAB = event("lab-1", "CS 101 Lab", "DTSTART;TZID=America/New_York:20260902T100000",
            "DTEND;TZID=America/New_York:20260902T110000");

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void newPlan() {
        cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
    }

    static String event(String uid, String summary, String... lines) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260801T000000Z\r\nSUMMARY:" + summary + "\r\n"
                + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }

    static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//hostile//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n";
    }

    private CliRun.Result importText(String ics) throws IOException {
        Path file = dir.resolve("in-" + System.nanoTime() + ".ics");
        Files.writeString(file, ics, StandardCharsets.UTF_8);
        return Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli.run("import", file.toString()));
    }

    private static void noJava(CliRun.Result r) {
        assertThat(r.out() + r.err()).doesNotContainPattern(IcsCorpusTest.JAVA_TEXT);
    }

    @Test
    void aRuleThatMeetsEverySecondIsRefusedAndTheRestImported() throws Exception {
        String hours = IntStream.range(0, 24).mapToObj(String::valueOf).collect(Collectors.joining(","));
        String sixty = IntStream.range(0, 60).mapToObj(String::valueOf).collect(Collectors.joining(","));
        CliRun.Result r = importText(calendar(event("every-second", "CS 101 Lecture", "DTSTART;TZID=America/New_York:20260901T100000",
                "DTEND;TZID=America/New_York:20260901T110000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=" + hours + ";BYMINUTE=" + sixty + ";BYSECOND=" + sixty), LAB));
        assertThat(r.exitCode()).as(r.err()).isZero();
        noJava(r);
        assertThat(r.out()).contains("skip    \"CS 101 Lecture\": its repeat rule", "at most 1000 meetings of one series", "(UID every-second)",
                "create  session CS 101 lab");
    }

    @Test
    void aWeeklyClassFromDecadesAgoStillMeetsInTheTerm() throws Exception {
        CliRun.Result r = importText(calendar(event("old", "CS 101 Lecture", "DTSTART;TZID=America/New_York:19900903T100000",
                "DTEND;TZID=America/New_York:19900903T110000", "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")));
        assertThat(r.out()).as(r.err()).contains("create  session CS 101 lecture, MO,TU,WE,TH,FR 10:00-11:00");
    }

    @Test
    void rdatesBeyondTheLimitAreRefused() throws Exception {
        StringBuilder rdates = new StringBuilder("RDATE;TZID=America/New_York:");
        for (int i = 0; i < 1500; i++) {
            rdates.append(i == 0 ? "" : ",").append(LocalDate.of(2026, 9, 1).plusDays(i % 100).toString().replace("-", ""))
                    .append("T").append(String.format("%02d%02d00", 6 + i / 100 % 12, i % 60));
        }
        CliRun.Result r = importText(calendar(event("rdates", "CS 101 Lecture", "DTSTART;TZID=America/New_York:20260901T100000",
                "DTEND;TZID=America/New_York:20260901T110000", rdates.toString()), LAB));
        assertThat(r.out()).as(r.err()).contains("its RDATEs give more than 1000 meetings", "(UID rdates)", "create  session CS 101 lab");
    }

    @Test
    void oddButValidValuesImportAndUnknownZonesAreNamed() throws Exception {
        CliRun.Result r = importText(calendar(
                event("week", "CS 101 Project week", "DTSTART;TZID=America/New_York:20260901T100000", "DURATION:P1W"),
                event("mars", "CS 102 Lecture", "DTSTART;TZID=Mars/Olympus:20260901T100000", "DTEND;TZID=Mars/Olympus:20260901T110000"),
                event("passwd", "CS 103 Lecture", "DTSTART;TZID=../../etc/passwd:20260901T100000",
                        "DTEND;TZID=../../etc/passwd:20260901T110000"),
                event("feb30", "CS 104 Exam", "DTSTART:20260230"),
                event("feb30b", "CS 104 Quiz", "DTSTART;TZID=America/New_York:20260901T100000",
                        "DTEND;TZID=America/New_York:20260901T110000", "RRULE:FREQ=WEEKLY;UNTIL=20260230"),
                LAB));
        assertThat(r.exitCode()).as(r.err()).isZero();
        noJava(r);
        assertThat(r.out()).contains(
                "\"CS 101 Project week\": it lasts 168 hours",
                "its time zone \"Mars/Olympus\" is not one Course Planner knows",
                "its time zone \"../../etc/passwd\" is not one Course Planner knows",
                "\"CS 104 Exam\": DTSTART \"20260230\" is not a real date",
                "\"CS 104 Quiz\": its repeat rule (RRULE:FREQ=WEEKLY;UNTIL=20260230) cannot be read",
                "create  session CS 101 lab");
        assertThat(cli.ok("list")).doesNotContain("root:");
    }

    @Test
    void aFileWithLineFeedsOnlyImports() throws Exception {
        CliRun.Result r = importText(calendar(LAB).replace("\r\n", "\n"));
        assertThat(r.out()).as(r.err()).contains("create  session CS 101 lab");
        CliRun.Result mixed = importText(calendar(LAB.replace("lab-1", "lab-2"), event("lec", "CS 101 Lecture",
                "DTSTART;TZID=America/New_York:20260903T100000", "DTEND;TZID=America/New_York:20260903T110000")).replace("\r\nEND:VEVENT", "\nEND:VEVENT"));
        assertThat(mixed.out()).as(mixed.err()).contains("create  session CS 101 lecture");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedUpFrontWithItsSize() throws Exception {
        Path big = dir.resolve("big.ics");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(calendar().replace("END:VCALENDAR\r\n", "").getBytes(StandardCharsets.UTF_8));
            byte[] filler = ("X-FILLER:" + "x".repeat(1000) + "\r\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 21_000; i++) {
                out.write(filler);
            }
            out.write("END:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] before = Files.readAllBytes(cli.db);
        CliRun.Result r = cli.run("import", big.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("refused: ").contains(big + " is 20.2 MB (" + Files.size(big) + " bytes)", "up to 20 MB");
        assertThat(Files.readAllBytes(cli.db)).isEqualTo(before);
    }

    @Test
    void fiveThousandDeadlinesImportQuickly() throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            String day = LocalDate.of(2026, 9, 1).plusDays(i % 100).toString().replace("-", "");
            events.append(event("hw-" + i + "@lms", "Homework " + i + " [CS" + (101 + i % 20) + "-001]", "DTSTART:" + day + "T235900Z",
                    "DTEND:" + day + "T235900Z"));
        }
        CliRun.Result r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(45), () -> importText(calendar(events.toString())));
        assertThat(r.out()).as(r.err()).contains("created 5020, updated 0, skipped 0.");
        CliRun.Result again = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(45), () -> importText(calendar(events.toString())));
        assertThat(again.out()).as(again.err()).contains("created 0, updated 5000, skipped 0.");
    }

    @Test
    void textsAreCleanedOrTheItemSkippedAndTheReportSaysSo() throws Exception {
        CliRun.Result r = importText(calendar(
                event("esc", "Shift \u001B[31mred\u001B[0m", "DTSTART;TZID=Europe/Berlin:20260901T170000",
                        "DTEND;TZID=Europe/Berlin:20260901T180000"),
                event("zw", "\u200B\u200B", "DTSTART;TZID=Europe/Berlin:20260902T170000", "DTEND;TZID=Europe/Berlin:20260902T180000"),
                event("loc", "CS 101 Lecture", "DTSTART;TZID=America/New_York:20260903T100000", "DTEND;TZID=America/New_York:20260903T110000",
                        "LOCATION:" + "Room ".repeat(200) + "\u0007"),
                event("ours", "LONGCODE-ABCDEFGHIJKLMNOPQRSTUVWXYZ Lecture", "DTSTART;TZID=America/New_York:20260904T100000",
                        "DTEND;TZID=America/New_York:20260904T110000", "CATEGORIES:LONGCODE-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                        "X-COURSE-PLANNER-COURSE:A course"),
                event("title", "CS 105 Lecture", "DTSTART;TZID=America/New_York:20260905T100000", "DTEND;TZID=America/New_York:20260905T110000",
                        "CATEGORIES:CS 105", "X-COURSE-PLANNER-COURSE:Nul\\,\u0000 title " + "t".repeat(300)),
                LAB));
        assertThat(r.exitCode()).as(r.err()).isZero();
        noJava(r);
        assertThat(r.out()).contains("note    the title of \"Shift \u001B[31mred\u001B[0m\" had control characters",
                "imported as \"Shift [31mred[0m\"", "the location of CS 101 lecture had control characters or more than 500 characters",
                "skip    \"\u200B\u200B\": its title has no visible character",
                "is longer than 20 characters", "create  session CS 101 lab", "create  course CS 105");
        for (JsonNode item : JSON.readTree(cli.ok("list", "--json"))) {
            for (String field : new String[] {"title", "location", "code", "name"}) {
                if (item.hasNonNull(field)) {
                    String text = item.get(field).asText();
                    assertThat(text).as(field).doesNotContainPattern("[\\x00-\\x1F\\x7F-\\x9F]");
                    assertThat(text.length()).as(field).isLessThanOrEqualTo(500);
                }
            }
        }
    }
}

package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: our own export into a new plan, an LMS feed, re-imports, dry runs and broken files. */
class ImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> sessionTimes(CliRun cli) throws Exception {
        List<String> times = new ArrayList<>();
        for (JsonNode o : JSON.readTree(cli.ok("agenda", "--from", "2026-08-31", "--to", "2026-12-18", "--json"))) {
            if (o.get("type").asText().equals("session")) {
                times.add(o.get("title").asText() + " " + o.get("start").asText() + " " + o.get("end").asText()
                        + " " + o.get("location").asText());
            }
        }
        return times;
    }

    private CliRun source() {
        CliRun cli = new CliRun(dir.resolve("source.db")).withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming", "--credits", "4");
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204, Room 3");
        cli.ok("session", "add", "CS 101", "--days", "FR", "--start", "14:00", "--end", "15:30", "--every", "2", "--kind", "lab",
                "--skip", "2026-10-16");
        cli.ok("session", "add", "CS 101", "--date", "2026-12-14", "--start", "09:00", "--end", "12:00", "--kind", "exam");
        cli.ok("course", "add", "HIST 210", "--title", "History", "--delivery", "async");
        cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "15");
        return cli;
    }

    @Test
    void anExportImportedIntoANewPlanHasTheSameClassTimes() throws Exception {
        CliRun source = source();
        Path ics = dir.resolve("fall.ics");
        source.ok("export", "--out", ics.toString(), "--tasks");

        CliRun target = new CliRun(dir.resolve("target.db")).withFallTerm();
        String out = target.ok("import", ics.toString());
        assertThat(out).contains("create  course CS 101 \"Intro to Programming\"", "created");
        assertThat(sessionTimes(target)).hasSizeGreaterThan(30).isEqualTo(sessionTimes(source));
        assertThat(target.ok("list")).contains("Module 15").doesNotContain("Module 16");

        // again: the same items are updated, nothing is added
        String count = target.ok("list", "--json");
        assertThat(target.ok("import", ics.toString())).contains("created 0,");
        assertThat(target.ok("list", "--json")).isEqualTo(count.replaceAll("\"doneWeeks\"", "\"doneWeeks\""));
        assertThat(JSON.readTree(target.ok("list", "--json")).size()).isEqualTo(JSON.readTree(count).size());

        // back into the plan it came from: nothing to do
        assertThat(source.ok("import", ics.toString())).contains("exported from this plan").contains("created 0, updated 0");
    }

    @Test
    void aDryRunChangesNothing() throws Exception {
        Path ics = dir.resolve("fall.ics");
        source().ok("export", "--out", ics.toString());
        CliRun target = new CliRun(dir.resolve("target.db")).withFallTerm();
        String before = target.ok("list", "--json");
        String dry = target.ok("import", ics.toString(), "--dry-run");
        assertThat(dry).contains("create  session CS 101 lecture").contains("Dry run, nothing changed: would create");
        assertThat(target.ok("list", "--json")).isEqualTo(before);
    }

    @Test
    void anLmsFeedBecomesDeadlinesInTheSchoolsZone() throws Exception {
        Path feed = dir.resolve("canvas.ics");
        Files.writeString(feed, String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Instructure//Canvas//EN",
                "BEGIN:VEVENT", "UID:event-assignment-1", "DTSTAMP:20260901T000000Z",
                "DTSTART:20261017T035900Z", "DTEND:20261017T035900Z", "SUMMARY:Homework 3 [MATH-101-001]", "END:VEVENT",
                "BEGIN:VEVENT", "UID:event-assignment-2", "DTSTAMP:20260901T000000Z",
                "DTSTART;VALUE=DATE:20261023", "SUMMARY:Essay due [ENGL-110-002]", "END:VEVENT",
                "BEGIN:VEVENT", "UID:event-holiday", "DTSTAMP:20260901T000000Z",
                "DTSTART;VALUE=DATE:20261012", "SUMMARY:Indigenous Peoples' Day", "END:VEVENT",
                "BEGIN:VEVENT", "UID:event-old", "DTSTAMP:20260901T000000Z",
                "DTSTART:20260115T170000Z", "SUMMARY:Quiz [MATH-101-001]", "END:VEVENT",
                "END:VCALENDAR", ""), StandardCharsets.UTF_8);
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        String out = cli.ok("import", feed.toString());
        // 03:59 UTC on Oct 17 is 23:59 on Oct 16 in New York
        assertThat(out).contains("create  deadline MATH 101 \"Homework 3\" due 2026-10-16T23:59",
                "create  deadline ENGL 110 \"Essay due\" due 2026-10-23T23:59",
                "Indigenous Peoples' Day", "outside Fall 2026");
        JsonNode agenda = JSON.readTree(cli.ok("agenda", "--from", "2026-10-16", "--to", "2026-10-16", "--json"));
        assertThat(agenda.get(0).get("start").asText()).isEqualTo("2026-10-16T23:59:00-04:00");
        assertThat(agenda.get(0).get("type").asText()).isEqualTo("deadline");
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndNothingChanges() throws Exception {
        Path broken = dir.resolve("broken.ics");
        Files.writeString(broken, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:not a date\r\nSUMMARY:x\r\n", StandardCharsets.UTF_8);
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        String before = cli.ok("list", "--json");
        CliRun.Result r = cli.run("import", broken.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("not a valid iCalendar file").containsPattern("line \\d+");
        assertThat(cli.ok("list", "--json")).isEqualTo(before);
        assertThat(cli.run("import", dir.resolve("missing.ics").toString()).err()).contains("there is no file");
    }

    // issue 12, the import side: its repros through the command line

    private Path file(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n", StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> agenda(CliRun cli, String from, String to) throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode o : JSON.readTree(cli.ok("agenda", "--from", from, "--to", to, "--json"))) {
            lines.add(o.get("title").asText() + " " + o.get("start").asText() + " " + o.get("end").asText());
        }
        return lines;
    }

    @Test
    void aMovedMeetingOfAGoogleSeriesKeepsTheRestOfTheSeries() throws Exception {
        Path google = file("google.ics",
                "BEGIN:VEVENT", "UID:lec@google.com", "DTSTAMP:20260801T000000Z", "SUMMARY:CS 101 Lecture",
                "DTSTART;TZID=America/New_York:20260831T100000", "DTEND;TZID=America/New_York:20260831T111500",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261219T045959Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:lec@google.com", "DTSTAMP:20260801T000000Z", "SUMMARY:CS 101 Lecture",
                "RECURRENCE-ID;TZID=America/New_York:20261014T100000",
                "DTSTART;TZID=America/New_York:20261015T140000", "DTEND;TZID=America/New_York:20261015T151500", "END:VEVENT");
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        cli.ok("import", google.toString());
        assertThat(agenda(cli, "2026-10-12", "2026-10-18")).containsExactly(
                "CS 101 Lecture 2026-10-12T10:00:00-04:00 2026-10-12T11:15:00-04:00",
                "CS 101 Lecture 2026-10-15T14:00:00-04:00 2026-10-15T15:15:00-04:00");
        assertThat(agenda(cli, "2026-08-31", "2026-12-18")).hasSize(31); // 32 meetings, less Thanksgiving's Wednesday

        String before = cli.ok("list", "--json");
        assertThat(cli.ok("import", google.toString())).contains("created 0, updated 2");
        assertThat(cli.ok("list", "--json")).isEqualTo(before);
    }

    @Test
    void zoneNamesJavaDoesNotKnowNeverCrashTheImport() throws Exception {
        Path odd = file("odd.ics",
                "BEGIN:VEVENT", "UID:a", "DTSTAMP:20260801T000000Z", "SUMMARY:CS 101 Lecture",
                "DTSTART;TZID=/Europe/Stockholm:20260902T160000", "DTEND;TZID=/Europe/Stockholm:20260902T171500", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "DTSTAMP:20260801T000000Z", "SUMMARY:CS 102 Lecture",
                "DTSTART;TZID=Western/Central Europe:20260902T160000", "DTEND;TZID=Western/Central Europe:20260902T171500", "END:VEVENT",
                "BEGIN:VEVENT", "UID:c", "DTSTAMP:20260801T000000Z", "SUMMARY:Essay due [HIST210-01]",
                "DTSTART;TZID=Europe/Berlin;VALUE=DATE:20261023", "END:VEVENT",
                "BEGIN:VEVENT", "UID:d", "DTSTAMP:20260801T000000Z", "SUMMARY:CS 103 Lab",
                "DTSTART;TZID=Europe/Berlin:20260903T160000", "DTEND:20260903T180000", "RRULE:FREQ=WEEKLY;COUNT=2", "END:VEVENT");
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        CliRun.Result r = cli.run("import", odd.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("create  session CS 101 lecture, 2026-09-02 10:00-11:15",
                "skip    \"CS 102 Lecture\": its time zone \"Western/Central Europe\" is not one Course Planner knows",
                "create  deadline HIST 210 \"Essay due\" due 2026-10-23T23:59",
                "create  session CS 103 lab, TH 10:00-12:00");
    }

    @Test
    void anExdateOfASeriesInTheSpringForwardHourCancelsThatMeeting() throws Exception {
        Path f = file("night.ics", "BEGIN:VEVENT", "UID:n", "DTSTAMP:20260801T000000Z", "SUMMARY:CS 101 Lab",
                "DTSTART;TZID=America/New_York:20270314T023000", "DTEND;TZID=America/New_York:20270314T043000",
                "RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE;TZID=America/New_York:20270321T023000", "END:VEVENT");
        CliRun cli = new CliRun(dir.resolve("plan.db"));
        cli.ok("term", "add", "Spring 2027", "--start", "2027-01-25", "--end", "2027-05-14", "--zone", "America/New_York");
        cli.ok("import", f.toString());
        assertThat(agenda(cli, "2027-03-14", "2027-03-31")).extracting(l -> l.substring(0, 22)).containsExactly(
                "CS 101 Lab 2027-03-14T", "CS 101 Lab 2027-03-28T");
    }

    @Test
    void oddItemsAreSkippedWithTheirReasonAndTheRestIsImported() throws Exception {
        Path f = file("mixed.ics",
                "BEGIN:VEVENT", "UID:a", "DTSTAMP:20260801T000000Z", "SUMMARY:Open day", "DTSTART;TZID=America/New_York:20260905T000000",
                "DURATION:P1D", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "DTSTAMP:20260801T000000Z", "SUMMARY:CS 101 Lecture",
                "DTSTART;TZID=America/New_York:20260902T100000", "DTEND;TZID=America/New_York:20260902T111500",
                "RRULE:FREQ=WEEKLY;COUNT=2", "RDATE;TZID=America/New_York:20260903T100000",
                "ATTENDEE;CN=Prof:mailto:prof x@@example .edu", "ORGANIZER:not a uri", "END:VEVENT",
                "BEGIN:VEVENT", "UID:c", "DTSTAMP:20260801T000000Z", "SUMMARY:Essay 2 [HIST210-01]", "DTSTART;VALUE=DATE:20261023",
                "END:VEVENT");
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        String out = cli.ok("import", f.toString());
        assertThat(out).contains("skip    \"Open day\": it lasts 24 hours",
                "create  session CS 101 lecture, WE 10:00-11:15",
                "create  session CS 101 lecture, 2026-09-03 10:00-11:15",
                "create  deadline HIST 210 \"Essay 2\" due 2026-10-23T23:59")
                .doesNotContainPattern("Exception|java\\.|cannot be cast");
    }

    @Test
    void aFileThatIsNotICalendarIsRefusedAndNothingChanges() throws Exception {
        Path html = dir.resolve("calendar.ics");
        Files.writeString(html, "<!DOCTYPE html><html><body>Sign in</body></html>", StandardCharsets.UTF_8);
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        String before = cli.ok("list", "--json");
        byte[] bytes = Files.readAllBytes(cli.db);
        CliRun.Result r = cli.run("import", html.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("refused: this is not an iCalendar file");
        assertThat(Files.readAllBytes(cli.db)).isEqualTo(bytes);
        assertThat(cli.ok("list", "--json")).isEqualTo(before);
    }

    @Test
    void theKindOtherSurvivesExportAndImport() throws Exception {
        CliRun source = new CliRun(dir.resolve("source.db")).withFallTerm();
        source.ok("course", "add", "CS 101", "--title", "Intro");
        source.ok("session", "add", "CS 101", "--days", "TU", "--start", "15:00", "--end", "16:00", "--kind", "other");
        source.ok("session", "add", "CS 101", "--days", "TH", "--start", "15:00", "--end", "16:00", "--kind", "office-hours");
        Path ics = dir.resolve("fall.ics");
        source.ok("export", "--out", ics.toString());
        CliRun target = new CliRun(dir.resolve("target.db")).withFallTerm();
        assertThat(target.ok("import", ics.toString())).contains("create  session CS 101 other, TU 15:00-16:00",
                "create  session CS 101 office-hours, TH 15:00-16:00");
    }

    @Test
    void modulesKeepTheirOpeningEffortAndStudyTimeThroughExportAndImport() throws Exception {
        CliRun source = source();
        source.ok("module", "add", "HIST 210", "--title", "Essay", "--opens", "2026-10-01T09:00", "--due", "2026-10-09T23:59",
                "--effort", "6.5");
        long essay = id(source.ok("list", "--json"), "Essay");
        source.ok("study", "add", String.valueOf(essay), "--week", "1", "--at", "2026-10-03T14:00", "--minutes", "90");
        source.ok("study", "add", String.valueOf(essay - 1), "--week", "10", "--at", "2026-11-01T01:00", "--minutes", "120");
        Path ics = dir.resolve("fall.ics");
        source.ok("export", "--out", ics.toString());

        CliRun target = new CliRun(dir.resolve("target.db")).withFallTerm();
        assertThat(target.ok("import", ics.toString())).contains("create  course HIST 210 \"History\"",
                "create  deadline HIST 210 \"Essay\" due 2026-10-09T23:59",
                "create  study block HIST 210 Essay, 2026-10-03T14:00 (90 min)",
                "create  study block HIST 210 Module 10, 2026-11-01T01:00 (120 min)");
        String list = target.ok("list");
        assertThat(list).contains("HIST 210 \"Essay\", 6.5 h per window, opens 2026-10-01T09:00, due 2026-10-09T23:59",
                "HIST 210 \"Module 10\", 3 h per window, opens 2026-11-02T09:00", "2026-10-03 14:00-15:30 (90 min)");
        // the study blocks' real hours, on the fall-back night too, are the source's
        assertThat(agenda(target, "study")).isEqualTo(agenda(source, "study")).hasSize(2);

        // importing it again changes the same study blocks and adds none
        assertThat(target.ok("import", ics.toString())).contains("update  study block HIST 210 Essay", "created 0,");
    }

    @Test
    void homeworkAndPlannedBlocksComeBackAsTheyWereThroughExportAndImport() throws Exception {
        CliRun source = source();
        long module = id(source.ok("list", "--json"), "Module");
        source.ok("study", "add", "--course", "CS 101", "--week", "9", "--at", "2026-11-01T01:30", "--minutes", "60"); // fall-back night
        try (var store = org.courseplanner.persistence.SqlitePlanRepository.open(dir.resolve("source.db"))) {
            var planner = new org.courseplanner.domain.Planner(store, java.time.Clock.systemUTC());
            long cs = planner.plan((String) null).requireCourse("CS 101").id();
            planner.addStudyBlocks(planner.plan((String) null).term().id(), List.of(
                    org.courseplanner.domain.StudyBlock.homework(0, cs, 2, java.time.LocalDateTime.of(2026, 9, 9, 18, 0), 90, true),
                    new org.courseplanner.domain.StudyBlock(0, module, 0, 2, java.time.LocalDateTime.of(2026, 9, 10, 18, 0), 45, true)));
        }
        Path ics = dir.resolve("fall.ics");
        source.ok("export", "--out", ics.toString());

        CliRun target = new CliRun(dir.resolve("target.db")).withFallTerm();
        assertThat(target.ok("import", ics.toString())).contains("create  homework block CS 101, 2026-11-01T01:30 (60 min)",
                "create  homework block CS 101, 2026-09-09T18:00 (90 min)", "create  study block HIST 210 Module 2, 2026-09-10T18:00 (45 min)");
        assertThat(blocks(target)).isEqualTo(blocks(source)).hasSize(3);
        assertThat(agenda(target, "study")).isEqualTo(agenda(source, "study")).contains("CS 101 homework 2026-11-01T01:30:00-04:00 2026-11-01T02:30:00-05:00");

        // importing it again changes the same blocks and adds none
        assertThat(target.ok("import", ics.toString())).contains("update  homework block CS 101, 2026-09-09T18:00", "created 0,");
        assertThat(blocks(target)).isEqualTo(blocks(source));
    }

    @Test
    void aCourseWithOnlyHomeworkIsMadeByTheImportOfItsHomework() throws Exception {
        CliRun source = new CliRun(dir.resolve("source.db")).withFallTerm();
        source.ok("course", "add", "ART 100", "--title", "Drawing", "--credits", "2");
        source.ok("study", "add", "--course", "ART 100", "--week", "2", "--at", "2026-09-09T18:00", "--minutes", "60");
        Path ics = dir.resolve("art.ics");
        source.ok("export", "--out", ics.toString());

        CliRun target = new CliRun(dir.resolve("target.db")).withFallTerm();
        assertThat(target.ok("import", ics.toString())).contains("create  course ART 100 \"Drawing\" (sync, 2 credits)",
                "create  homework block ART 100, 2026-09-09T18:00 (60 min)");
        assertThat(blocks(target)).isEqualTo(blocks(source)).hasSize(1);
    }

    /**
     * Every study and homework block without its id: course, the window it is for (a module's title and
     * number; an import may number a module's windows its own way) or homework's term week, start,
     * length and who placed it.
     */
    private static List<String> blocks(CliRun cli) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode o : JSON.readTree(cli.ok("study", "list", "--json"))) {
            String window = o.get("homework").asBoolean() ? "homework week " + o.get("week").asInt() : o.get("moduleTitle").asText();
            found.add(o.get("course").asText() + " " + window + " " + o.get("start").asText() + " " + o.get("minutes").asInt() + " auto=" + o.get("auto").asBoolean());
        }
        return found;
    }

    @Test
    void anUpdateTheImportBringsPassesThePlannersChecksOrIsSkipped() throws Exception {
        CliRun source = source();
        source.ok("module", "add", "HIST 210", "--title", "Essay", "--opens", "2026-10-01T09:00", "--due", "2026-10-09T23:59");
        long essay = id(source.ok("list", "--json"), "Essay");
        source.ok("study", "add", String.valueOf(essay), "--week", "1", "--at", "2026-10-03T14:00", "--minutes", "90");
        Path ics = dir.resolve("fall.ics");
        source.ok("export", "--out", ics.toString());
        CliRun target = new CliRun(dir.resolve("target.db")).withFallTerm();
        target.ok("import", ics.toString());
        String before = target.ok("list");

        // the same study block (same UID), now on a day after the term ends
        java.nio.file.Files.writeString(ics, java.nio.file.Files.readString(ics).replace("20261003T140000", "20270105T140000")
                .replace("20261003T153000", "20270105T153000"));
        String out = target.ok("import", ics.toString());

        assertThat(out).contains("skip    study block HIST 210 Essay, 2027-01-05T14:00 (90 min): the date 2027-01-05 is outside Fall 2026");
        assertThat(target.ok("list")).as("the block stays where the planner accepted it").isEqualTo(before);
    }

    private static List<String> agenda(CliRun cli, String type) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode o : JSON.readTree(cli.ok("agenda", "--from", "2026-08-31", "--to", "2026-12-18", "--json"))) {
            if (o.get("type").asText().equals(type)) {
                found.add(o.get("title").asText() + " " + o.get("start").asText() + " " + o.get("end").asText());
            }
        }
        return found;
    }

    private static long id(String listJson, String moduleTitle) throws Exception {
        for (JsonNode item : JSON.readTree(listJson)) {
            if (item.get("type").asText().equals("module") && item.get("title").asText().equals(moduleTitle)) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no module " + moduleTitle + " in " + listJson);
    }
}

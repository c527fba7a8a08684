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
}

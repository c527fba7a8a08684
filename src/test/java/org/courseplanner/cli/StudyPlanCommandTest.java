package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code study plan}, through the command line as a student types it. */
class StudyPlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun termWithModulesAndAShift() {
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro", "--credits", "3", "--homework", "4");
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204");
        cli.ok("course", "add", "HIST 210", "--title", "Modern History", "--delivery", "async");
        cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "15", "--effort", "5");
        cli.ok("commitment", "add", "Café shift", "--days", "TU,TH", "--start", "17:00", "--end", "21:00");
        return cli;
    }

    @Test
    void plansEveryWeekInTheRangeStoresItAsPlannedBlocksAndASecondRunChangesNothing() throws Exception {
        CliRun cli = termWithModulesAndAShift();
        JsonNode run = JSON.readTree(cli.ok("study", "plan", "--from", "2026-09-07", "--to", "2026-09-27", "--json"));
        assertThat(run.get("stored").asBoolean()).isTrue();
        assertThat(run.get("complete").asBoolean()).isTrue();
        // three module weeks of 5 h, and three homework weeks of 4 h
        assertThat(run.get("neededMinutes").asLong()).isEqualTo(3 * 300 + 3 * 240);
        assertThat(run.get("placedMinutes").asLong()).isEqualTo(run.get("neededMinutes").asLong());
        JsonNode blocks = JSON.readTree(cli.ok("study", "list", "--json"));
        assertThat(blocks).hasSize(run.get("placed").size());
        for (JsonNode b : blocks) {
            assertThat(b.get("auto").asBoolean()).isTrue();
            LocalDateTime start = LocalDateTime.parse(b.get("start").asText());
            assertThat(start).isAfterOrEqualTo(LocalDateTime.parse("2026-09-07T00:00")).isBefore(LocalDateTime.parse("2026-09-28T00:00"));
        }
        JsonNode conflicts = JSON.readTree(cli.ok("conflicts", "--json"));
        assertThat(conflicts.toString()).doesNotContain("study-overlap").doesNotContain("study-outside-window");

        String again = cli.ok("study", "plan", "--from", "2026-09-07", "--to", "2026-09-27");
        assertThat(again).startsWith("Nothing to plan in Fall 2026");
        assertThat(JSON.readTree(cli.ok("study", "list", "--json"))).hasSize(blocks.size());

        assertThat(cli.ok("study", "clear", "--auto")).startsWith("Removed " + blocks.size() + " planned blocks");
        assertThat(cli.ok("study", "list")).startsWith("No study time planned");
    }

    @Test
    void aDryRunSaysWhatItWouldPlaceAndStoresNothing() {
        CliRun cli = termWithModulesAndAShift();
        String out = cli.ok("study", "plan", "--from", "2026-09-07", "--to", "2026-09-13", "--dry-run");
        assertThat(out).contains("Would place ").contains("HIST 210 Module 2").contains("homework  CS 101 week 2");
        assertThat(cli.ok("study", "list")).startsWith("No study time planned");
    }

    @Test
    void whenTheHoursCannotFitNothingChangesAndTheShortWeekIsNamedUnlessABestEffortIsAsked() {
        CliRun cli = new CliRun(dir.resolve("full.db")).withFallTerm();
        cli.ok("course", "add", "BIO 110", "--title", "Biology", "--delivery", "async");
        cli.ok("module", "add", "BIO 110", "--title", "Unit", "--opens", "MO@09:00", "--due", "TU@23:59", "--weeks", "2", "--effort", "40");
        CliRun.Result refused = cli.run("study", "plan", "--from", "2026-08-31", "--to", "2026-09-13");
        assertThat(refused.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(refused.out()).contains("nothing was changed")
                .contains("Week 1 (Aug 31–Sep 6): BIO 110 Unit 1 needs 40 h before Tue 23:59; only ")
                .contains(" short. Allow study in quiet hours, or lower the effort.");
        assertThat(cli.ok("study", "list")).startsWith("No study time planned");

        String best = cli.ok("study", "plan", "--from", "2026-08-31", "--to", "2026-09-13", "--best-effort");
        assertThat(best).contains("placed what does").contains("Placed ");
        assertThat(cli.ok("study", "list")).contains("BIO 110 Unit 1").contains("planned");
    }

    @Test
    void aShiftMovedOntoPlannedStudyMovesOnlyTheBlocksInItsWay() throws Exception {
        CliRun cli = termWithModulesAndAShift();
        cli.ok("study", "plan", "--from", "2026-09-07", "--to", "2026-09-13");
        JsonNode before = JSON.readTree(cli.ok("study", "list", "--json"));
        // a new Saturday shift over the whole day: blocks on that Saturday are in the way, the rest are not
        cli.ok("commitment", "add", "Inventory", "--days", "SA", "--start", "06:00", "--end", "23:00", "--from", "2026-09-12", "--until", "2026-09-12");
        String out = cli.ok("study", "plan", "--from", "2026-09-07", "--to", "2026-09-13");
        JsonNode after = JSON.readTree(cli.ok("study", "list", "--json"));
        Set<Long> beforeIds = ids(before);
        Set<Long> afterIds = ids(after);
        List<Long> gone = new ArrayList<>(beforeIds);
        gone.removeAll(afterIds);
        assertThat(out).contains("Moved " + (gone.isEmpty() ? "" : String.valueOf(gone.size())));
        for (JsonNode b : before) {
            boolean onSaturday = b.get("start").asText().startsWith("2026-09-12");
            assertThat(afterIds.contains(b.get("id").asLong())).as("%s kept", b).isEqualTo(!onSaturday || !inBerlinSaturdayShift(b));
        }
        for (JsonNode b : after) {
            assertThat(inBerlinSaturdayShift(b)).as("%s clear of the new shift", b).isFalse();
        }
    }

    /** The shift is 06:00-23:00 Berlin time on Sat Sep 12 (00:00-17:00 in New York), plus the 15-minute buffer. */
    private static boolean inBerlinSaturdayShift(JsonNode b) {
        LocalDateTime start = LocalDateTime.parse(b.get("start").asText());
        LocalDateTime end = start.plusMinutes(b.get("minutes").asLong());
        return start.isBefore(LocalDateTime.parse("2026-09-12T17:15")) && end.isAfter(LocalDateTime.parse("2026-09-11T23:45"));
    }

    private static Set<Long> ids(JsonNode blocks) {
        Set<Long> ids = new HashSet<>();
        blocks.forEach(b -> ids.add(b.get("id").asLong()));
        return ids;
    }

    @Test
    void todayGivenOnTheCommandLinePlansFromThatDay() throws Exception {
        CliRun cli = termWithModulesAndAShift();
        cli.ok("--today", "2026-10-12", "study", "plan", "--to", "2026-10-25");
        JsonNode blocks = JSON.readTree(cli.ok("study", "list", "--json"));
        assertThat(blocks).isNotEmpty().allSatisfy(b -> assertThat(LocalDateTime.parse(b.get("start").asText()))
                .isAfterOrEqualTo(LocalDateTime.parse("2026-10-12T00:00")).isBefore(LocalDateTime.parse("2026-10-26T00:00")));
    }

    @Test
    void withoutADateNothingIsPlacedBeforeNow() throws Exception {
        CliRun cli = termWithModulesAndAShift(); // "now" is 2026-11-24 10:00 in New York (CliRun.TODAY)
        cli.ok("study", "plan");
        for (JsonNode b : JSON.readTree(cli.ok("study", "list", "--json"))) {
            assertThat(LocalDateTime.parse(b.get("start").asText())).isAfterOrEqualTo(LocalDateTime.parse("2026-11-24T10:00"));
        }
        assertThat(JSON.readTree(cli.ok("study", "list", "--json"))).isNotEmpty();
    }
}

package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}: the schedules that fit, ranked and explained, and one applied to the plan as sessions with their CRNs. */
class GenerateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theBestSchedulesAreListedWithTheirScoresAndTheSectionsAtTheSameTimes() throws Exception {
        CliRun cli = CatalogCommandTest.withCatalog(dir);
        String before = cli.ok("list", "--json");

        String out = cli.ok("generate", "--courses", "CS 101,MATH 200", "--top", "2");

        // CS 101: lectures 01/02 (MW 10:00) or 03 (TR 13:00), labs A1 or A2; MATH 200 01 (MWF 10:00) clashes with 01/02 and lab A1
        assertThat(out).startsWith("5 schedules fit (of 8 combinations; the best 2 below), times in America/New_York.");
        assertThat(out).contains("#1  ").contains("#2  ").doesNotContain("#3  ");
        assertThat(out).contains("    Lecture 01  CRN 40068  MO,WE 10:00-11:15  Ada Lopez  (also: 02 (40071) at the same times)");
        assertThat(out).containsPattern("#1  \\d days? on campus, [\\d.]+ h of gaps, \\d\\d:\\d\\d-\\d\\d:\\d\\d");
        assertThat(out).contains("Add one to your plan: the same command with --apply N.");
        assertThat(cli.ok("list", "--json")).as("nothing applied").isEqualTo(before);
    }

    @Test
    void limitsAndPreferencesShapeTheResultsAndTheJsonSaysItAll() throws Exception {
        CliRun cli = CatalogCommandTest.withCatalog(dir);

        JsonNode r = JSON.readTree(cli.ok("generate", "--courses", "CS 101", "--optional", "MATH 200,HIST 210", "--pick", "1",
                "--earliest", "10:00", "--prefer", "later=3,instructor=Noether", "--json"));

        assertThat(r.get("term").asText()).isEqualTo("Fall 2026");
        assertThat(r.get("exact").asBoolean()).isTrue();
        List<String> crns = new ArrayList<>();
        for (JsonNode schedule : r.get("schedules")) {
            for (JsonNode course : schedule.get("courses")) {
                course.get("sections").forEach(s -> crns.add(s.get("crn").asText()));
            }
        }
        assertThat(crns).as("no class before 10:00: lab A1 starts at 09:00").doesNotContain("40069").contains("40070");
        JsonNode best = r.get("schedules").get(0);
        assertThat(best.get("rank").asInt()).isEqualTo(1);
        assertThat(best.get("score").get("daysOnCampus").asInt()).isPositive();
        assertThat(best.get("courses").get(0).get("alternatives").isArray()).isTrue();
        assertThat(r.get("count").asLong()).isEqualTo(r.get("schedules").size());
    }

    @Test
    void whenNothingFitsItSaysWhyAndExitsWithOne() throws Exception {
        CliRun cli = CatalogCommandTest.withCatalog(dir);

        CliRun.Result r = cli.run("generate", "--courses", "CS 101,MATH 200", "--days-off", "FR");

        assertThat(r.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(r.out()).startsWith("No schedule fits: with Fridays off, CS 101 has no lab left.")
                .contains("These cannot hold together (drop or change one of them): CS 101; Fridays off");
        JsonNode json = JSON.readTree(cli.run("generate", "--courses", "CS 101", "--days-off", "FR", "--json").out());
        assertThat(json.get("none").get("constraints").toString()).contains("Fridays off");
    }

    @Test
    void applyingAResultAddsItsSectionsWithTheirCrnsAndChoosingAgainReplacesThem() throws Exception {
        CliRun cli = CatalogCommandTest.withCatalog(dir);

        String applied = cli.ok("generate", "--courses", "CS 101,HIST 210", "--lock", "40068", "--exclude", "40070", "--apply", "1");

        assertThat(applied).contains("Applied #1 to Fall 2026: added 2 courses and 3 sessions.")
                .contains("  session ").contains("CS 101 lecture, MO,WE 10:00-11:15, 2026-08-31 to 2026-12-11 (America/New_York), DCC 308"
                        + "  [section 01, CRN 40068, Ada Lopez]")
                .contains("HIST 210 lecture, TBA");
        assertThat(sessionCrns(cli)).containsExactlyInAnyOrder("40068", "40069", "42000");
        JsonNode course = course(cli, "CS 101");
        assertThat(course.get("title").asText()).isEqualTo("Intro to Programming");
        assertThat(course.get("credits").asDouble()).isEqualTo(4);
        assertThat(course(cli, "HIST 210").get("delivery").asText()).isEqualTo("async");

        long lab = sessionId(cli, "40069");
        cli.ok("session", "set", String.valueOf(lab), "--location", "Lally 202", "--start", "09:30", "--end", "11:20");
        assertThat(cli.ok("list")).as("a change keeps the section it was taken from")
                .contains("CS 101 lab, FR 09:30-11:20, 2026-08-31 to 2026-12-11 (America/New_York), Lally 202  [section A1, CRN 40069, Ben Ng]");

        String again = cli.ok("generate", "--courses", "CS 101", "--lock", "40072", "--exclude", "40069", "--apply", "1");

        assertThat(again).contains("Applied #1 to Fall 2026: added 2 sessions, removed 2 sessions of the sections chosen before.");
        assertThat(sessionCrns(cli)).containsExactlyInAnyOrder("40072", "40070", "42000");

        JsonNode json = JSON.readTree(cli.ok("generate", "--courses", "MATH 200", "--top", "1", "--apply", "1", "--json"));
        JsonNode added = json.get("applied").get("added");
        assertThat(added.get(0).get("type").asText()).isEqualTo("course");
        assertThat(added.get(0).get("code").asText()).isEqualTo("MATH 200");
        assertThat(added.get(1).get("crn").asText()).isEqualTo(json.get("schedules").get(0).get("courses").get(0).get("sections").get(0)
                .get("crn").asText());
    }

    private static long sessionId(CliRun cli, String crn) throws Exception {
        for (JsonNode item : JSON.readTree(cli.ok("list", "--json"))) {
            if (item.get("type").asText().equals("session") && crn.equals(item.get("crn").asText())) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no session of CRN " + crn);
    }

    /** New York falls back on 2026-11-01: a section taken from the catalog meets at 10:00 school time on both sides. */
    @Test
    void anAppliedSectionKeepsItsSchoolTimeAcrossTheClockChange() throws Exception {
        CliRun cli = CatalogCommandTest.withCatalog(dir);
        cli.ok("generate", "--courses", "CS 101", "--lock", "40068,40069", "--apply", "1");

        List<String> lectures = new ArrayList<>();
        for (JsonNode o : JSON.readTree(cli.ok("agenda", "--from", "2026-10-26", "--to", "2026-11-04", "--json"))) {
            if (o.get("type").asText().equals("session") && o.get("title").asText().contains("Lecture")) {
                lectures.add(o.get("start").asText());
            }
        }

        assertThat(lectures).containsExactly("2026-10-26T10:00:00-04:00", "2026-10-28T10:00:00-04:00", "2026-11-02T10:00:00-05:00",
                "2026-11-04T10:00:00-05:00");
    }

    @Test
    void anApplyBeyondTheResultsIsRefusedAndChangesNothing() throws Exception {
        CliRun cli = CatalogCommandTest.withCatalog(dir);
        String before = cli.ok("list", "--json");

        CliRun.Result r = cli.run("generate", "--courses", "CS 101", "--apply", "9");

        assertThat(r.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(r.err()).contains("there are 4 results, so there is no result 9 to apply: give --apply 1 to 4");
        assertThat(cli.run("generate", "--courses", "CS 101", "--prefer", "fewer-gaps=9").err()).contains("weights go from 0 to 5, not 9");
        assertThat(cli.run("generate", "--courses", "CS 101", "--prefer", "sooner").err()).contains("unknown preference \"sooner\"");
        assertThat(cli.run("generate", "--courses", "BIO 1").err()).contains("the catalog has no course \"BIO 1\"");
        assertThat(cli.run("generate", "--optional", "CS 101,MATH 200", "--pick", "3").err()).contains("--pick must be between 0 and the 2");
        assertThat(cli.ok("list", "--json")).isEqualTo(before);
    }

    @Test
    void withoutACatalogItSaysToImportOne() {
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();

        CliRun.Result r = cli.run("generate", "--courses", "CS 101");

        assertThat(r.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(r.err()).contains("has no catalog yet: import the registrar's catalog first with 'catalog import FILE'");
        assertThat(cli.ok("generate", "--help")).contains("--days-off").contains("--prefer").contains("Examples:");
    }

    private static List<String> sessionCrns(CliRun cli) throws Exception {
        List<String> crns = new ArrayList<>();
        for (JsonNode item : JSON.readTree(cli.ok("list", "--json"))) {
            if (item.get("type").asText().equals("session")) {
                crns.add(item.get("crn").asText());
            }
        }
        return crns;
    }

    private static JsonNode course(CliRun cli, String code) throws Exception {
        for (JsonNode item : JSON.readTree(cli.ok("list", "--json"))) {
            if (item.get("type").asText().equals("course") && item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no course " + code);
    }
}

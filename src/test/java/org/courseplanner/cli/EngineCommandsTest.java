package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agenda, conflicts and workload from the shell, and the flags the store keeps. */
class EngineCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void plan() {
        cli = new CliRun(dir.resolve("plan.db")).withFallTerm(); // New York school, Berlin student, Thanksgiving break
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming", "--credits", "4");
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204"); // 3
        cli.ok("course", "add", "MATH 200", "--title", "Linear Algebra");
        cli.ok("session", "add", "MATH 200", "--days", "MO", "--start", "10:30", "--end", "11:45", "--kind", "lab", "--location", "SCI 1"); // 5
    }

    private List<String> flags() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db);
             ResultSet rs = c.createStatement().executeQuery("SELECT term, kind, severity, message FROM flag ORDER BY kind, message")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getString(4));
            }
        }
        return rows;
    }

    @Test
    void agendaListsOneDayInTheStudentsZone() throws Exception {
        JsonNode day = JSON.readTree(cli.ok("agenda", "--from", "2026-11-02", "--to", "2026-11-02", "--zone", "mine", "--json"));
        assertThat(day).hasSize(2);
        assertThat(day.get(0).get("start").asText()).isEqualTo("2026-11-02T16:00:00+01:00");
        assertThat(day.get(0).get("end").asText()).isEqualTo("2026-11-02T17:15:00+01:00");
        assertThat(day.get(0).get("title").asText()).isEqualTo("CS 101 Lecture");
        assertThat(day.get(0).get("course").asText()).isEqualTo("CS 101");
        assertThat(day.get(0).get("type").asText()).isEqualTo("session");
        assertThat(day.get(0).get("id").asLong()).isEqualTo(3);

        // in the week between the two DST changes (EU on Oct 25, US on Nov 1) the lecture is at 15:00 in Berlin
        JsonNode before = JSON.readTree(cli.ok("agenda", "--from", "2026-10-26", "--to", "2026-10-26", "--zone", "mine", "--json"));
        assertThat(before.get(0).get("start").asText()).isEqualTo("2026-10-26T15:00:00+01:00");
        JsonNode school = JSON.readTree(cli.ok("agenda", "--from", "2026-10-26", "--to", "2026-10-26", "--json"));
        assertThat(school.get(0).get("start").asText()).isEqualTo("2026-10-26T10:00:00-04:00");
    }

    @Test
    void agendaSkipsBreaksAndShowsDeadlines() throws Exception {
        cli.ok("course", "add", "HIST 210", "--title", "History", "--delivery", "async");
        cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "15");
        String text = cli.ok("agenda", "--from", "2026-11-23", "--to", "2026-11-29");
        assertThat(text).contains("Monday, November 23, 2026", "CS 101 Lecture", "HIST 210 Module 13 due")
                .doesNotContain("Wednesday, November 25"); // the Thanksgiving break cancels Wednesday's lecture
    }

    @Test
    void aWeeklyOverlapIsOneFindingInJsonAndInTheStore() throws Exception {
        JsonNode conflicts = JSON.readTree(cli.ok("conflicts", "--json"));
        assertThat(conflicts).hasSize(1);
        JsonNode c = conflicts.get(0);
        assertThat(c.get("rule").asText()).isEqualTo("session-overlap");
        assertThat(c.get("severity").asText()).isEqualTo("error");
        assertThat(c.get("count").asInt()).isEqualTo(16);
        assertThat(c.get("first").asText()).isEqualTo("2026-08-31");
        assertThat(c.get("last").asText()).isEqualTo("2026-12-14");
        assertThat(c.get("overlapMinutes").asInt()).isEqualTo(45);
        assertThat(c.get("items").toString()).isEqualTo("[\"CS 101 Lecture\",\"MATH 200 Lab\"]");
        assertThat(c.get("message").asText())
                .isEqualTo("CS 101 Lecture and MATH 200 Lab overlap on Mondays 10:30–11:15, 16 times, Aug 31 – Dec 14");
        assertThat(flags()).containsExactly("Fall 2026 | session-overlap | error | " + c.get("message").asText());
    }

    @Test
    void flagsNeverGoStale() throws Exception {
        assertThat(flags()).hasSize(1);
        cli.ok("remove", "5"); // the lab
        assertThat(flags()).isEmpty();
        cli.ok("session", "add", "MATH 200", "--days", "MO", "--start", "10:30", "--end", "11:45", "--kind", "lab");
        assertThat(flags()).hasSize(1);
        cli.ok("term", "set", "Fall 2026", "--break", "Long weekend=2026-08-31..2026-12-18");
        assertThat(flags()).isEmpty(); // no class meets: nothing overlaps
        cli.ok("remove", "1");
        assertThat(flags()).isEmpty();
    }

    @Test
    void aRefusedEditLeavesTheFlagsAsTheyWere() throws Exception {
        List<String> before = flags();
        assertThat(cli.run("session", "add", "MATH 200", "--days", "MO", "--start", "12:00", "--end", "11:00").exitCode()).isEqualTo(1);
        assertThat(flags()).isEqualTo(before);
    }

    @Test
    void readingNeverWrites() throws Exception {
        byte[] before = java.nio.file.Files.readAllBytes(cli.db);
        cli.ok("conflicts");
        cli.ok("workload", "--json");
        cli.ok("agenda");
        cli.ok("list");
        cli.ok("term", "list");
        assertThat(java.nio.file.Files.readAllBytes(cli.db)).isEqualTo(before);
    }

    @Test
    void workloadWeeksAndDays() throws Exception {
        JsonNode w = JSON.readTree(cli.ok("workload", "--json"));
        JsonNode first = w.get("weeks").get(0);
        assertThat(first.get("week").asText()).isEqualTo("2026-W36");
        assertThat(first.get("start").asText()).isEqualTo("2026-08-31");
        // MO+WE 75 min lecture and the 75 min Monday lab: 3.75 h live
        assertThat(first.get("sync").asDouble()).isEqualTo(3.75);
        // homework: CS 101 8 h + MATH 200 6 h a week (2 h per credit)
        assertThat(first.get("homework").asDouble()).isEqualTo(14.0);
        assertThat(first.get("hours").asDouble()).isEqualTo(17.75);
        assertThat(first.get("cap").asDouble()).isEqualTo(21.0); // 3 h per credit, 7 credits
        assertThat(first.get("peak").asBoolean()).isFalse();
        assertThat(w.get("days").get(0).get("date").asText()).isEqualTo("2026-08-31");
        assertThat(cli.ok("workload")).contains("2026-W36").contains("weekly cap 21 h");

        cli.ok("term", "set", "Fall 2026", "--weekly-cap", "15");
        JsonNode capped = JSON.readTree(cli.ok("workload", "--json")).get("weeks").get(0);
        assertThat(capped.get("peak").asBoolean()).isTrue();
        assertThat(capped.get("drivers").get(0).asText()).startsWith("CS 101");
    }
}

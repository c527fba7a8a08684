package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's first run: a new plan with the sample term, also where an earlier first run was killed. */
class WiringTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));

    @TempDir
    Path dir;

    @Test
    void aFirstRunKilledWhileCreatingThePlanGetsTheSampleTermNextTime() throws Exception {
        Path plan = dir.resolve("course-planner").resolve("planner.db");
        java.nio.file.Files.createDirectories(plan.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plan); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL"); // what the killed run had written: an SQLite file with nothing in it
        }
        Planner planner = Wiring.openForWindow(plan, false, TODAY);
        try {
            assertThat(planner.terms()).extracting(Term::name).hasSize(1);
            assertThat(planner.plan(planner.terms().get(0).id()).courses()).isNotEmpty();
        } finally {
            planner.close();
        }
        Planner again = Wiring.openForWindow(plan, false, TODAY);
        try {
            assertThat(again.terms()).as("the sample term is added once").hasSize(1);
        } finally {
            again.close();
        }
    }
}

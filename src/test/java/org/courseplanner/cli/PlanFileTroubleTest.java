package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line does when the plan file is in trouble: busy in another window, left
 * half-created by a crash, not a file at all, on a full or read-only disk (issue 14).
 */
class PlanFileTroubleTest {
    @TempDir
    Path dir;

    private static final String BUSY = "is busy: another Course Planner window or command is changing it."
            + " Try again in a moment; nothing was changed.";

    @Test
    void aPlanBusyForLongerThanTheCommandWaitsIsSaidSoWithExitStatusThree() throws Exception {
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        cli.busyWait = Duration.ofMillis(300);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.db); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // another window in the middle of a change
            CliRun.Result r = cli.run("course", "add", "CS 101", "--title", "Intro");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(CoursePlannerCommand.BUSY);
            assertThat(r.err()).contains("The plan " + cli.db.toAbsolutePath() + " " + BUSY).doesNotContain("SQLITE");
            s.execute("ROLLBACK");
        }
        assertThat(cli.ok("list")).doesNotContain("\"Intro\"");
        assertThat(cli.ok("course", "add", "CS 101", "--title", "Intro")).startsWith("Added course");
    }

    @Test
    void aCommandWaitsForAnotherWriterInsteadOfFailing() throws Exception {
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.db); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE term SET transfer_minutes = 15");
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    s.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            long start = System.nanoTime();
            CliRun.Result r = cli.run("term", "set", "Fall 2026", "--break", "Reading week=2026-10-12..2026-10-16");
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            release.join();
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(waited).as("waited for the other writer").isGreaterThanOrEqualTo(1000);
        }
        assertThat(cli.ok("term", "list")).contains("Reading week", "Thanksgiving", "room change 15 min");
    }

    @Test
    void theHelpSaysWhatEachExitStatusMeans() {
        CliRun.Result help = new CliRun(dir.resolve("plan.db")).runRaw("--help");
        assertThat(help.out()).contains("Exit status: 0 done, 1 refused (nothing was changed), 2 wrong usage,")
                .contains("3 busy");
    }

    /** What a `term add` killed while it creates a plan leaves: an SQLite file with no table, no id, no version. */
    @Test
    void aPlanWhoseCreationWasKilledIsCreatedAgain() throws Exception {
        Path plan = sqlite(dir.resolve("plan.db"), "PRAGMA journal_mode = WAL");
        assertThat(Files.size(plan)).isPositive();
        CliRun cli = new CliRun(plan);
        assertThat(cli.ok("term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone", "America/New_York"))
                .startsWith("Added term 1");
        assertThat(cli.ok("term", "list")).contains("Fall 2026");
    }

    @Test
    void anEmptyFileBecomesANewPlan() throws Exception {
        Path plan = Files.createFile(dir.resolve("plan.db"));
        CliRun cli = new CliRun(plan).withFallTerm();
        assertThat(cli.ok("term", "list")).contains("Fall 2026");
    }

    @Test
    void aDatabaseWithANegativeVersionIsRefusedAsAnotherProgramsFile() throws Exception {
        Path file = sqlite(dir.resolve("odd.db"), "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)", "PRAGMA user_version = -1");
        byte[] before = Files.readAllBytes(file);
        CliRun.Result r = new CliRun(file).run("list");
        assertThat(r.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(r.err()).contains("is an SQLite database of another program", "schema version -1", "It was not changed")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("odd.db-wal")).doesNotExist();
    }

    @Test
    void devNullIsRefusedAsNotARegularFile() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null here");
        boolean journalBefore = Files.exists(Path.of("/dev/null-journal")); // left by an older build, perhaps
        CliRun.Result r = new CliRun(Path.of("/dev/null")).run("term", "list");
        assertThat(r.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(r.err()).contains("/dev/null is not a regular file").contains("Nothing was created");
        assertThat(Files.exists(Path.of("/dev/null-journal"))).as("/dev/null-journal made").isEqualTo(journalBefore);
        assertThat(Path.of("/dev/null-wal")).doesNotExist();
    }

    @Test
    void aPipeIsRefusedAsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("plan.fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        CliRun.Result r = new CliRun(fifo).run("term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18",
                "--zone", "America/New_York");
        assertThat(r.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(r.err()).contains("is not a regular file");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("plan.fifo");
        }
    }

    @Test
    void aFullDiskIsSaidSoAndLosesNothing() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "400k")) {
            CliRun cli = new CliRun(disk.folder.resolve("plan.db")).withFallTerm();
            List<String> added = new ArrayList<>();
            CliRun.Result failed = null;
            for (int i = 0; i < 2000 && failed == null; i++) {
                CliRun.Result r = cli.run("course", "add", "C " + i, "--title", "A course with a long title " + "x".repeat(173)); // 200 characters, the most a title may have
                if (r.exitCode() == 0) {
                    added.add("C " + i);
                } else {
                    failed = r;
                }
            }
            assertThat(failed).as("the disk filled up").isNotNull();
            assertThat(failed.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
            assertThat(failed.err()).contains("is full; nothing was changed").doesNotContain("SQLITE_", "no transaction is active");
            String list = cli.ok("list");
            for (String code : added) {
                assertThat(list).contains(code + " ");
            }
        }
    }

    @Test
    void aPlanOnAReadOnlyDiskCanBeReadButNotChanged() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "2m")) {
            CliRun cli = new CliRun(disk.folder.resolve("plan.db")).withFallTerm();
            cli.ok("course", "add", "CS 101", "--title", "Intro");
            cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15");
            disk.readOnly();
            readOnlyPlanCanBeReadButNotChanged(cli);
        }
    }

    @Test
    void aPlanInAFolderThisUserMayNotWriteCanBeReadButNotChanged() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root may write a folder whatever its permissions: see aPlanOnAReadOnlyDiskCanBeReadButNotChanged");
        Path folder = Files.createDirectories(dir.resolve("shared"));
        CliRun cli = new CliRun(folder.resolve("plan.db")).withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro");
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15");
        folder.resolve("plan.db").toFile().setWritable(false, false);
        folder.toFile().setWritable(false, false);
        try {
            readOnlyPlanCanBeReadButNotChanged(cli);
        } finally {
            folder.toFile().setWritable(true, true);
            folder.resolve("plan.db").toFile().setWritable(true, true);
        }
    }

    private void readOnlyPlanCanBeReadButNotChanged(CliRun cli) throws Exception {
        byte[] before = Files.readAllBytes(cli.db);
        assertThat(cli.ok("list")).contains("CS 101");
        assertThat(cli.ok("agenda", "--from", "2026-11-02", "--to", "2026-11-02")).contains("CS 101");
        cli.ok("conflicts");
        cli.ok("workload");
        Path export = dir.resolve("fall.ics");
        cli.ok("export", "--out", export.toString());
        assertThat(export).exists();
        CliRun.Result r = cli.run("course", "add", "MATH 200", "--title", "Linear Algebra");
        assertThat(r.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(r.err()).contains("The plan " + cli.db.toAbsolutePath() + " is read-only", "nothing was changed")
                .doesNotContain("SQLITE_");
        assertThat(Files.readAllBytes(cli.db)).isEqualTo(before);
    }

    /** A file made by another SQLite program with these statements. */
    private static Path sqlite(Path file, String... statements) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
        return file;
    }
}

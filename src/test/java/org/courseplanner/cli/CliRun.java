package org.courseplanner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process, as a user would from a shell, on one plan file. */
final class CliRun {
    /** "Today" for the tests: a Tuesday in the fall term. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));

    record Result(int exitCode, String out, String err) {
    }

    final Path db;
    final List<String> windowsOpened = new ArrayList<>();
    private final WindowOpener windowOpener;
    /** How long a command waits for another writer; null: as the command line does (30 s). */
    java.time.Duration busyWait;
    /** The calendars {@code publish} reaches and the passwords it finds saved; null: the real ones. */
    org.courseplanner.domain.sync.CalendarServers calendars;
    org.courseplanner.domain.sync.CredentialStore savedPasswords;

    CliRun(Path db) {
        this.db = db;
        this.windowOpener = (database, empty, today) -> {
            windowsOpened.add(database + (empty ? " empty" : "") + (today != null ? " today " + today : ""));
            return 0;
        };
    }

    /** A command line whose window opens as {@code windowOpener} says (e.g. fails). */
    CliRun(Path db, WindowOpener windowOpener) {
        this.db = db;
        this.windowOpener = windowOpener;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return runRaw(all.toArray(String[]::new));
    }

    Result runRaw(String... args) {
        return runRaw(false, args);
    }

    /** As {@link #runRaw}, on a command line built with every command whatever the arguments name. */
    Result runWithEveryCommand(String... args) {
        return runRaw(true, args);
    }

    private Result runRaw(boolean everyCommand, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (CoursePlannerCommand root = new CoursePlannerCommand(windowOpener, TODAY)) {
            if (busyWait != null) {
                root.busyWait = busyWait;
            }
            if (calendars != null) {
                root.useCalendars(calendars, savedPasswords);
            }
            CommandLine cl = everyCommand ? CoursePlannerCommand.commandLine(root) : CoursePlannerCommand.commandLine(root, args);
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Result(code, out.toString(), err.toString());
        }
    }

    /** Runs a command that must succeed and returns what it printed. */
    String ok(String... args) {
        Result r = run(args);
        if (r.exitCode() != 0) {
            throw new AssertionError("exit " + r.exitCode() + " for " + String.join(" ", args) + ": " + r.err());
        }
        return r.out();
    }

    /** A fall term with a break, in New York. */
    CliRun withFallTerm() {
        ok("term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone", "America/New_York",
                "--my-zone", "Europe/Berlin", "--break", "Thanksgiving=2026-11-25..2026-11-29");
        return this;
    }
}

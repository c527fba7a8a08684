package org.courseplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.courseplanner.domain.CalendarExporter.ExportSummary;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.PlanBusyException;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.StorageException;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.ical.IcsExporter;
import org.courseplanner.ical.IcsImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: the term as an .ics file for Google Calendar, Outlook, Apple Calendar, Thunderbird. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a term to an iCalendar (.ics) file: classes as weekly events (breaks left out),",
            "module deadlines, study blocks; exporting again gives the same UIDs, so calendar apps update, not duplicate."})
final class ExportCommand implements Runnable {
    /** How often --watch asks whether the plan changed: a cheap question (SQLite's data_version). */
    private static final long POLL_MILLIS = 1000;
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Spec
    CommandSpec spec;
    @Mixin
    TermOption term;
    @Option(names = "--out", required = true, paramLabel = "FILE.ics", description = "The file to write (replaced if it exists).")
    Path out;
    @Option(names = "--courses", split = ",", paramLabel = "CODE", description = "Only these courses, e.g. --courses \"CS 101,HIST 210\".")
    List<String> courses = new ArrayList<>();
    @Option(names = "--tasks", description = "Also a to-do per module week (open → due), for apps with tasks.")
    boolean tasks;
    @Option(names = "--alarm", paramLabel = "MINUTES", description = "A reminder this many minutes before each class and deadline.")
    Integer alarm;
    @Option(names = "--with-commitments", description = "Also your commitments (job shifts, ...).")
    boolean withCommitments;
    @Option(names = "--watch", description = {"Stay running and rewrite the file (whole, by a rename) whenever the plan changes,",
        "in the window or by another command, for calendar apps that subscribe to it; Ctrl+C stops."})
    boolean watch;

    @Override
    public void run() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        Planner planner = root.planner();
        CalendarFiles files = new CalendarFiles(planner, new IcsExporter(), new IcsImporter());
        ExportOptions options = new ExportOptions(new LinkedHashSet<>(courses), tasks, alarm, withCommitments);
        long seen = planner.dataVersion();
        TermPlan plan = planner.plan(term.name);
        ExportSummary summary = files.export(plan, options, out);
        root.out().println("Exported " + plan.term().name() + " to " + out + ": " + describe(summary));
        if (watch) {
            watch(root, planner, files, options, seen);
        }
    }

    /**
     * Rewrites the file after every change of the plan until Ctrl+C (a shutdown hook lets the
     * rewrite under way finish) or an interrupt. A rewrite that fails (a full disk, a course of
     * --courses removed) leaves the last file whole, says why once, and is tried again every second.
     */
    private void watch(CoursePlannerCommand root, Planner planner, CalendarFiles files, ExportOptions options, long exported) {
        PrintWriter err = spec.commandLine().getErr();
        root.out().println("Watching the plan " + planner.location() + "; Ctrl+C stops.");
        root.out().flush();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "export --watch stop");
        Runtime.getRuntime().addShutdownHook(hook);
        long seen = exported;
        String lastTrouble = null;
        try {
            while (!stop.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                try {
                    long now = planner.dataVersion();
                    if (now == seen) {
                        continue;
                    }
                    ExportSummary summary = files.export(planner.plan(term.name), options, out);
                    seen = now;
                    lastTrouble = null;
                    root.out().println("Rewrote " + out + " at " + LocalTime.now(root.clock()).format(CLOCK_TIME) + ": " + describe(summary));
                    root.out().flush();
                } catch (PlanBusyException busy) {
                    // another window or command is saving: the next second sees its change
                } catch (Refusal | StorageException e) {
                    if (!e.getMessage().equals(lastTrouble)) {
                        err.println("Could not rewrite " + out + " (" + e.getMessage() + "); it keeps the last export,"
                                + " and it is tried again every second");
                        err.flush();
                        lastTrouble = e.getMessage();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            root.out().println("Stopped watching; " + out + " holds the last export.");
            root.out().flush();
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl+C: the hook is running and waits for this
            }
        }
    }

    private String describe(ExportSummary summary) {
        return Output.count(summary.sessions(), "class", "classes")
                + ", " + Output.count(summary.deadlines(), "deadline", "deadlines") + ", "
                + Output.count(summary.studyBlocks(), "study block", "study blocks")
                + (withCommitments ? ", " + Output.count(summary.commitments(), "commitment", "commitments") : "")
                + (tasks ? ", " + Output.count(summary.tasks(), "task", "tasks") : "")
                + (alarm != null ? ", reminders " + alarm + " min before" : "");
    }
}

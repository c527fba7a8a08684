package org.courseplanner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.courseplanner.domain.CalendarExporter.ExportSummary;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.Planner;
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

    @Override
    public void run() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        Planner planner = root.planner();
        TermPlan plan = planner.plan(term.name);
        ExportOptions options = new ExportOptions(new LinkedHashSet<>(courses), tasks, alarm, withCommitments);
        ExportSummary summary = new CalendarFiles(planner, new IcsExporter(), new IcsImporter()).export(plan, options, out);
        root.out().println("Exported " + plan.term().name() + " to " + out + ": " + Output.count(summary.sessions(), "class", "classes")
                + ", " + Output.count(summary.deadlines(), "deadline", "deadlines") + ", "
                + Output.count(summary.studyBlocks(), "study block", "study blocks")
                + (withCommitments ? ", " + Output.count(summary.commitments(), "commitment", "commitments") : "")
                + (tasks ? ", " + Output.count(summary.tasks(), "task", "tasks") : "")
                + (alarm != null ? ", reminders " + alarm + " min before" : ""));
    }
}

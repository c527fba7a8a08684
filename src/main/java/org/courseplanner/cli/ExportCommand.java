package org.courseplanner.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.courseplanner.domain.CalendarExporter.ExportSummary;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.ical.IcsExporter;
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
        for (String code : courses) {
            plan.requireCourse(code); // a typo gets a message, not an empty file
        }
        ExportOptions options = new ExportOptions(new LinkedHashSet<>(courses), tasks, alarm, withCommitments);
        ExportSummary summary = write(plan, planner, options);
        root.out().println("Exported " + plan.term().name() + " to " + out + ": " + Output.count(summary.sessions(), "class", "classes")
                + ", " + Output.count(summary.deadlines(), "deadline", "deadlines") + ", "
                + Output.count(summary.studyBlocks(), "study block", "study blocks")
                + (withCommitments ? ", " + Output.count(summary.commitments(), "commitment", "commitments") : "")
                + (tasks ? ", " + Output.count(summary.tasks(), "task", "tasks") : "")
                + (alarm != null ? ", reminders " + alarm + " min before" : ""));
    }

    /** Writes beside the target first, then moves it in place: a failed export leaves the old file whole. */
    private ExportSummary write(TermPlan plan, Planner planner, ExportOptions options) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".export-", ".ics.part");
            ExportSummary summary;
            try (OutputStream stream = Files.newOutputStream(temp)) {
                summary = new IcsExporter().export(plan, planner.repository().planUid(), planner.repository().revisions(plan.term().id()),
                        options, stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new Refusal("out", "cannot write " + out + " (" + e.getMessage() + "): give a file in a folder you can write to");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the export itself already failed or succeeded; a stray temp file is harmless
                }
            }
        }
    }
}

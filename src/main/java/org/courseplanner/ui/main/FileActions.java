package org.courseplanner.ui.main;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.CalendarImportService;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Failures;
import org.courseplanner.ui.common.RunningWork;
import org.courseplanner.ui.common.UndoStack;
import org.courseplanner.ui.common.UndoableEdit;

/**
 * The File menu's work on the term shown, all of it in the background: an .ics export, an .ics
 * import (first a preview, then one transaction with progress and Cancel), a PNG of the week. The
 * status line says what was done; a refusal says why not.
 */
public final class FileActions {
    private final Planner planner;
    private final BackgroundTasks tasks;
    private final CalendarFiles calendarFiles;
    private final Supplier<TermPlan> current;
    private final Consumer<String> status;
    private final Consumer<String> message;
    private final UndoStack undo;

    FileActions(Planner planner, BackgroundTasks tasks, CalendarFiles calendarFiles, Supplier<TermPlan> current, Consumer<String> status,
                Consumer<String> message, UndoStack undo) {
        this.planner = planner;
        this.tasks = tasks;
        this.calendarFiles = calendarFiles;
        this.current = current;
        this.status = status;
        this.message = message;
        this.undo = undo;
    }

    /** Writes the term shown to an .ics file in the background; the status line says what was written. */
    void exportCalendar(ExportOptions options, Path out) {
        TermPlan plan = current.get();
        if (plan == null) {
            message.accept("There is no term to export yet.");
            return;
        }
        message.accept("");
        tasks.run("Exporting " + plan.term().name(), () -> calendarFiles.export(plan, options, out), summary -> {
            status.accept("Exported " + plan.term().name() + " to " + out + ": " + summary.sessions() + " classes, "
                    + summary.deadlines() + " deadlines, " + summary.studyBlocks() + " study blocks"
                    + (options.withCommitments() ? ", " + summary.commitments() + " commitments" : "")
                    + (options.tasks() ? ", " + summary.tasks() + " tasks" : ""));
        }, e -> message.accept(Failures.sentence("Could not export " + plan.term().name(), e)));
    }

    /** Writes a picture of the week (already taken on the UI thread) as a PNG file, in the background. */
    void writePicture(BufferedImage picture, Path file) {
        message.accept("");
        tasks.run("Saving " + file.getFileName(), () -> {
            Path target = file.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), ".week-", ".png.part");
            try {
                if (!ImageIO.write(picture, "png", temp.toFile())) {
                    throw new IOException("no PNG writer in this Java");
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new Refusal("file", "cannot write " + file + " (" + e.getMessage()
                        + "): choose a file in a folder you can write to");
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        }, saved -> status.accept("Saved the week as " + saved),
                e -> message.accept(Failures.sentence("Could not save the picture of the week", e)));
    }

    /** What an import would do: the file read, and the dry run's report. */
    record ImportPreview(Path file, String termName, CalendarImport data,
                                CalendarImportService.Report report) {
    }

    /** Reads an .ics file and works out what importing it into the term shown would do, changing nothing. */
    void previewImport(Path file, Consumer<ImportPreview> then) {
        TermPlan plan = current.get();
        if (plan == null) {
            message.accept("Add a term first: an import goes into a term.");
            return;
        }
        message.accept("");
        String term = plan.term().name();
        tasks.run("Reading " + file.getFileName(), () -> {
            var data = calendarFiles.read(file, plan.term());
            return new ImportPreview(file, term, data, new CalendarImportService(planner).apply(term, data, true));
        }, then, e -> message.accept(Failures.sentence("Could not read " + file.getFileName(), e)));
    }

    /**
     * Imports what a preview showed, in one transaction, reporting progress; cancelling rolls it
     * all back. Once done it is one step on the undo stack. Returns the running work.
     */
    RunningWork runImport(ImportPreview preview, Runnable finished) {
        message.accept("");
        RunningWork work = tasks.runWithProgress("Importing " + preview.file().getFileName(),
                progress -> new CalendarImportService(planner).apply(preview.termName(), preview.data(), false, progress),
                report -> {
                    status.accept("Imported " + preview.file().getFileName() + " into " + preview.termName() + ": created " + report.created()
                            + ", updated " + report.updated() + ", skipped " + report.skipped() + ". Undo takes it all back.");
                    // one step of the history; recording it reads the plan again, with what the import added
                    undo.record(UndoableEdit.of("Import " + preview.file().getFileName(), () -> planner.redo(report.changes()),
                            () -> planner.undo(report.changes())));
                    finished.run();
                }, e -> {
                    message.accept(Failures.sentence("Could not import " + preview.file().getFileName(), e));
                    finished.run();
                });
        longWork = work;
        return work;
    }

    /** The import running now, if any. */
    private RunningWork longWork;

    /** Stops long work (the window is closing): an import in progress is rolled back. */
    public void cancelLongWork() {
        if (longWork != null) {
            longWork.cancel();
        }
    }
}

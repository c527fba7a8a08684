package org.courseplanner.ui.main;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.CalendarImportService;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.print.PlanPrinter;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Failures;
import org.courseplanner.ui.common.RunningWork;
import org.courseplanner.ui.common.UndoStack;
import org.courseplanner.ui.common.UndoableEdit;

/**
 * The File menu's work on the term shown, all of it in the background: an .ics export, an .ics
 * import (first a preview, then one transaction with progress and Cancel), the week or the term
 * printed to a PDF or a PNG, and the pages a print preview shows. The
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

    /**
     * Writes the week of {@code monday} (a PDF page or a PNG, as the file's extension says) or the
     * whole term (a PDF) in the background, drawn from the plan by the print package, on the clock
     * the week shows.
     */
    void print(boolean wholeTerm, LocalDate monday, boolean myZone, Path file) {
        TermPlan plan = current.get();
        if (plan == null) {
            message.accept("There is no term to print yet.");
            return;
        }
        message.accept("");
        String what = wholeTerm ? plan.term().name() : PlanPrinter.weekName(monday);
        tasks.run("Saving " + file.getFileName(), () -> {
            PlanPrinter printer = printer(plan, myZone);
            return wholeTerm ? printer.writeTerm(file) : printer.writeWeek(monday, file);
        }, written -> status.accept("Saved " + what + " as " + written.file().toAbsolutePath()
                + (PlanPrinter.Format.of(file).orElse(null) == PlanPrinter.Format.PDF ? ", " + written.pages()
                        + (written.pages() == 1 ? " page" : " pages") : "")),
                e -> message.accept(Failures.sentence("Could not save " + what, e)));
    }

    /** The pages of the week or the whole term as pictures at {@code dpi}, drawn in the background, for a preview or a printer. */
    void pages(boolean wholeTerm, LocalDate monday, boolean myZone, float dpi, Consumer<List<Image>> then) {
        TermPlan plan = current.get();
        if (plan == null) {
            message.accept("There is no term to print yet.");
            return;
        }
        tasks.run("Drawing the pages", () -> {
            PlanPrinter printer = printer(plan, myZone);
            List<BufferedImage> pictures = wholeTerm ? printer.termPictures(dpi) : printer.weekPictures(monday, dpi);
            return pictures.stream().map(p -> (Image) SwingFXUtils.toFXImage(p, null)).toList();
        }, then, e -> message.accept(Failures.sentence("Could not draw the pages", e)));
    }

    /** Draws the pages at print resolution and sends them to {@code job}'s printer, landscape, in the background. */
    void printPages(boolean wholeTerm, LocalDate monday, boolean myZone, PrinterJob job, Consumer<Integer> printed, Runnable failed) {
        TermPlan plan = current.get();
        if (plan == null) {
            message.accept("There is no term to print yet.");
            return;
        }
        message.accept("");
        tasks.run("Printing", () -> {
            PlanPrinter printer = printer(plan, myZone);
            List<BufferedImage> pictures = wholeTerm ? printer.termPictures(PRINT_DPI) : printer.weekPictures(monday, PRINT_DPI);
            PageLayout layout = job.getPrinter().createPageLayout(job.getJobSettings().getPageLayout().getPaper(),
                    PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
            for (BufferedImage picture : pictures) {
                ImageView page = new ImageView(SwingFXUtils.toFXImage(picture, null)); // not in a scene: may be printed off the UI thread
                page.setPreserveRatio(true);
                page.setFitWidth(layout.getPrintableWidth());
                page.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, page)) {
                    throw new IllegalStateException("the printer stopped (" + job.getJobStatus().name().toLowerCase(Locale.ROOT) + ")");
                }
            }
            if (!job.endJob()) {
                throw new IllegalStateException("the printer did not take the pages (" + job.getJobStatus().name().toLowerCase(Locale.ROOT) + ")");
            }
            return pictures.size();
        }, printed, e -> {
            job.cancelJob();
            message.accept(Failures.sentence("Could not print", e));
            failed.run();
        });
    }

    /** Pictures sent to a printer: sharp on paper, a few MB a page. */
    private static final float PRINT_DPI = 150;

    private static PlanPrinter printer(TermPlan plan, boolean myZone) {
        return new PlanPrinter(plan, PlanFindings.of(plan), myZone, Locale.getDefault());
    }

    /** Says on the status line what was done elsewhere (a print job sent). */
    void said(String done) {
        status.accept(done);
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

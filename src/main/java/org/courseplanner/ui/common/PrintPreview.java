package org.courseplanner.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Print: the pages of the week shown or of the whole term, as they will print, and a Print
 * button that hands them to the system's printer. The pages are drawn in the background by whoever
 * opens the preview (the same drawing as a PDF export).
 */
public final class PrintPreview {
    private static final Logger LOG = Logger.getLogger(PrintPreview.class.getName());
    /** The button that prints. */
    public static final ButtonType PRINT = new ButtonType("Print…", ButtonBar.ButtonData.OK_DONE);
    static final String NO_PRINTER = "No printer is set up on this computer. Use File ▸ Export week as PDF… or "
            + "Export term as PDF… instead, and print or share the file.";

    /** Where the pages come from: drawn and printed off the UI thread. */
    public interface Pages {
        /** Draws the week's page or the term's pages as pictures, then hands them over on the UI thread. */
        void draw(boolean wholeTerm, Consumer<List<Image>> then);

        /**
         * Sends the pages to {@code job}'s printer in the background and ends the job; then says how
         * many, or that it failed (the window says why), on the UI thread.
         */
        void print(boolean wholeTerm, PrinterJob job, Consumer<Integer> printed, Runnable failed);
    }

    @FXML
    private RadioButton week;
    @FXML
    private RadioButton term;
    @FXML
    private Label pageCount;
    @FXML
    private ScrollPane scroller;
    @FXML
    private VBox pages;
    @FXML
    private Label problem;

    /**
     * Shows the preview of the week ({@code weekName}, "week 38 (Sep 14–20)") or the term;
     * {@code printed} hears what was sent to the printer.
     */
    public static void show(Window owner, String weekName, String termName, Pages source, Consumer<String> printed) {
        Form<PrintPreview> form = Form.load(PrintPreview.class);
        PrintPreview controller = form.controller();
        controller.week.setText("This week, " + weekName);
        controller.term.setText("The whole term, " + termName + " (an overview and a page a week)");
        Dialog<ButtonType> dialog = form.dialog(owner, "Print", PRINT, ButtonType.CLOSE);
        dialog.setResizable(true);
        Runnable redraw = () -> {
            controller.pageCount.setText("Drawing the pages…");
            controller.pages.getChildren().clear();
            boolean wholeTerm = controller.term.isSelected();
            source.draw(wholeTerm, images -> {
                if (controller.term.isSelected() == wholeTerm) { // not a choice changed since
                    controller.show(images);
                }
            });
        };
        controller.week.selectedProperty().addListener((obs, was, now) -> redraw.run());
        redraw.run();
        dialog.getDialogPane().lookupButton(PRINT).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the preview stays open until the pages are sent
            PrinterJob job = controller.printerJob();
            if (job == null || !job.showPrintDialog(dialog.getDialogPane().getScene().getWindow())) {
                return;
            }
            controller.problem.setText("");
            controller.pageCount.setText("Sending the pages to " + job.getPrinter().getName() + "…");
            dialog.getDialogPane().lookupButton(PRINT).setDisable(true);
            source.print(controller.term.isSelected(), job, n -> {
                printed.accept("Sent " + n + (n == 1 ? " page" : " pages") + " to " + job.getPrinter().getName());
                dialog.setResult(ButtonType.CLOSE);
                dialog.close();
            }, () -> {
                controller.pageCount.setText("Nothing was printed: the status line says why.");
                dialog.getDialogPane().lookupButton(PRINT).setDisable(false);
            });
        });
        dialog.show();
    }

    /** The system's printer job, or null (and a sentence saying what to do) when there is no printer. */
    private PrinterJob printerJob() {
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) { // a print system that fails to answer is, to the student, no printer
            LOG.log(Level.INFO, "No printer job", e);
            job = null;
        }
        if (job == null) {
            problem.setText(NO_PRINTER);
        }
        return job;
    }

    private void show(List<Image> images) {
        pageCount.setText(images.size() == 1 ? "1 page, landscape" : images.size() + " pages, landscape: the overview, then a page "
                + "for every week with something planned");
        for (Image image : images) {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(scroller.widthProperty().subtract(48));
            view.getStyleClass().add(StyleClasses.PRINT_PAGE);
            view.setAccessibleText("Page " + (pages.getChildren().size() + 1) + " of " + images.size());
            pages.getChildren().add(view);
        }
        scroller.setVvalue(0);
    }
}

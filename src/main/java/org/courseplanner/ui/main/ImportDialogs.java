package org.courseplanner.ui.main;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.courseplanner.ui.common.RunningWork;
import org.courseplanner.ui.common.Theme;
import org.courseplanner.ui.common.StyleClasses;

/** Import of an .ics file from the window: first what it would do, then the import itself with progress and Cancel. */
final class ImportDialogs {
    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private ImportDialogs() {
    }

    /** Shows what the import would create, update and skip; present when the student goes on. */
    static Optional<ButtonType> confirm(Window owner, FileActions.ImportPreview preview) {
        var report = preview.report();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, IMPORT, ButtonType.CANCEL);
        alert.setTitle("Course Planner");
        alert.setHeaderText("Import " + preview.file().getFileName() + " into " + preview.termName() + "?");
        Label counts = new Label("It would create " + report.created() + ", update " + report.updated() + " and skip "
                + report.skipped() + ". Nothing changes until you choose Import; then all of it is saved at once, and Edit ▸ Undo"
                + " takes all of it back.");
        counts.setWrapText(true);
        ListView<String> lines = new ListView<>();
        lines.getItems().setAll(report.lines());
        lines.getStyleClass().add(StyleClasses.IMPORT_PREVIEW);
        lines.setPrefSize(620, 280);
        lines.setAccessibleText("What the import would do");
        alert.getDialogPane().setContent(new VBox(8, counts, lines));
        alert.initOwner(owner);
        Theme.style(alert.getDialogPane(), owner);
        if (report.created() + report.updated() == 0) {
            alert.getDialogPane().lookupButton(IMPORT).setDisable(true);
        }
        return alert.showAndWait().filter(b -> b == IMPORT);
    }

    /** Runs the import, with a progress bar and a Cancel button that rolls it all back. */
    static void showProgress(Window owner, FileActions.ImportPreview preview, FileActions files) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CANCEL);
        alert.setTitle("Course Planner");
        alert.setHeaderText("Importing " + preview.file().getFileName() + "…");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(380);
        bar.setAccessibleText("Import progress");
        alert.getDialogPane().setContent(bar);
        alert.initOwner(owner);
        Theme.style(alert.getDialogPane(), owner);
        RunningWork[] work = new RunningWork[1];
        work[0] = files.runImport(preview, () -> {
            alert.setResult(ButtonType.OK);
            alert.close();
        });
        bar.progressProperty().bind(work[0].progressProperty());
        if (alert.getResult() == null) { // not already done (tests run the work at once)
            alert.setOnCloseRequest(e -> {
                if (alert.getResult() == ButtonType.CANCEL) {
                    work[0].cancel(); // rolled back; the status line says so when it has stopped
                }
            });
            alert.show();
        }
    }
}

package org.courseplanner.ui.sync;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.courseplanner.domain.sync.SyncConflict;
import org.courseplanner.ui.common.Form;

/** The conflicts on the calendar, one line each, and the student's choice: the plan's versions or the calendar's. */
public final class ConflictsView {
    static final ButtonType OVERWRITE = new ButtonType("Overwrite them with the plan", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType KEEP = new ButtonType("Keep the calendar's versions", ButtonBar.ButtonData.CANCEL_CLOSE);

    @FXML
    private ListView<String> conflicts;

    /** True when the student chose to overwrite the calendar's copies with the plan. */
    public static boolean askOverwrite(Window owner, List<SyncConflict> found) {
        Form<ConflictsView> form = Form.load(ConflictsView.class);
        form.controller().conflicts.getItems().setAll(found.stream().map(SyncConflict::describe).toList());
        Dialog<ButtonType> dialog = form.dialog(owner, found.size() == 1 ? "1 conflict on your calendar"
                : found.size() + " conflicts on your calendar", OVERWRITE, KEEP);
        return dialog.showAndWait().filter(OVERWRITE::equals).isPresent();
    }
}

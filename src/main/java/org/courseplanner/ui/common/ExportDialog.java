package org.courseplanner.ui.common;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.Refusal;

/** The "Export .ics" options: which courses, tasks, reminders, commitments. */
public final class ExportDialog {
    @FXML
    private ListView<String> courses;
    @FXML
    private CheckBox tasks;
    @FXML
    private CheckBox alarm;
    @FXML
    private Spinner<Integer> alarmMinutes;
    @FXML
    private CheckBox commitments;
    @FXML
    private Label problem;

    private final java.util.Map<String, BooleanProperty> ticked = new java.util.LinkedHashMap<>();

    @FXML
    private void initialize() {
        alarmMinutes.disableProperty().bind(alarm.selectedProperty().not());
        courses.setCellFactory(CheckBoxListCell.forListView(ticked::get));
    }

    /** Asks for the export's options; empty when cancelled. */
    public static Optional<ExportOptions> ask(Window owner, String termName, List<String> courseCodes) {
        Form<ExportDialog> form = Form.load(ExportDialog.class);
        ExportDialog controller = form.controller();
        for (String code : courseCodes) {
            controller.ticked.put(code, new SimpleBooleanProperty(false));
        }
        controller.courses.getItems().setAll(courseCodes);
        ButtonType next = new ButtonType("Choose the file…", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = form.dialog(owner, "Export " + termName + " as an iCalendar (.ics) file", next, ButtonType.CANCEL);
        Optional<ExportOptions>[] answer = new Optional[] {Optional.empty()};
        dialog.getDialogPane().lookupButton(next).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                answer[0] = Optional.of(controller.options());
                controller.problem.setText("");
            } catch (Refusal r) {
                controller.problem.setText(Sentences.of(r));
                e.consume();
            }
        });
        return dialog.showAndWait().filter(b -> b == next).flatMap(b -> answer[0]);
    }

    private ExportOptions options() {
        Set<String> chosen = new LinkedHashSet<>();
        ticked.forEach((code, on) -> {
            if (on.get()) {
                chosen.add(code);
            }
        });
        Integer minutes = null;
        if (alarm.isSelected()) {
            // the text as typed: a spinner drops what it cannot read and keeps its old value
            try {
                minutes = Integer.valueOf(alarmMinutes.getEditor().getText().strip());
            } catch (NumberFormatException e) {
                throw new Refusal("alarm", "write the reminder in whole minutes before the event, e.g. 15 (0 to 10080, a week)");
            }
        }
        return new ExportOptions(chosen, tasks.isSelected(), minutes, commitments.isSelected());
    }
}

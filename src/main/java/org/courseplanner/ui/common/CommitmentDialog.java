package org.courseplanner.ui.common;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The "new commitment" form: a job shift or a commute, weekly, in the student's own zone. */
public final class CommitmentDialog {
    /** What the student typed, as text: the planner reads and checks it. */
    public record Answer(String title, String days, String start, String end) {
    }

    @FXML
    private TextField title;
    @FXML
    private TextField days;
    @FXML
    private TextField start;
    @FXML
    private TextField end;
    @FXML
    private Label zoneNote;
    @FXML
    private Label problem;

    /** Asks for a commitment; {@code check} returns the refusal ("" when fine) and keeps the dialog open until it is. */
    public static Optional<Answer> ask(Window owner, String zone, Function<Answer, String> check) {
        FXMLLoader loader = new FXMLLoader(CommitmentDialog.class.getResource("CommitmentDialog.fxml"));
        Parent form;
        try {
            form = loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("CommitmentDialog.fxml is missing from the build", e);
        }
        CommitmentDialog controller = loader.getController();
        controller.zoneNote.setText("Times in your own zone, " + zone + ". An end before the start runs past midnight.");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Course Planner");
        dialog.setHeaderText("New commitment");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Theme.style(dialog.getDialogPane(), owner);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String refusal = check.apply(controller.answer());
            controller.problem.setText(refusal);
            if (!refusal.isEmpty()) {
                e.consume();
            }
        });
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> controller.answer());
    }

    private Answer answer() {
        return new Answer(title.getText(), days.getText(), start.getText(), end.getText());
    }
}

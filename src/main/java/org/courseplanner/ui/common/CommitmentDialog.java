package org.courseplanner.ui.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.courseplanner.domain.Refusal;

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
        return ask(owner, zone, null, RefusalDisplay.fromMessages(check));
    }

    /**
     * Asks for a new commitment ({@code initial} null) or changes to one, with times in {@code zone};
     * {@code check} returns the domain's refusal, shown at the field it names, and the dialog stays open until there is none.
     */
    public static Optional<Answer> ask(Window owner, String zone, Answer initial, Function<Answer, Optional<Refusal>> check) {
        Form<CommitmentDialog> form = Form.load(CommitmentDialog.class);
        CommitmentDialog controller = form.controller();
        controller.zoneNote.setText("Times in your own zone, " + zone + ". An end before the start runs past midnight.");
        if (initial != null) {
            controller.title.setText(initial.title());
            controller.days.setText(initial.days());
            controller.start.setText(initial.start());
            controller.end.setText(initial.end());
        }
        Dialog<ButtonType> dialog = form.dialog(owner, initial == null ? "New commitment" : "Change commitment");
        new RefusalDisplay(controller.problem)
                .field(controller.title, "title")
                .field(controller.days, "days", "every", "until")
                .field(controller.start, "start", "from")
                .field(controller.end, "end", "to")
                .guard(dialog, controller::answer, check);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> controller.answer());
    }

    private Answer answer() {
        return new Answer(title.getText(), days.getText(), start.getText(), end.getText());
    }
}

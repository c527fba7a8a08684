package org.courseplanner.ui.common;

import java.io.IOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.courseplanner.domain.Delivery;

/** The "new course" form: code, title, credits and how it is taught. The planner checks it; its refusal shows here. */
public final class CourseDialog {
    /** What the student typed. */
    public record Answer(String code, String title, double credits, Delivery delivery) {
    }

    @FXML
    private TextField code;
    @FXML
    private TextField title;
    @FXML
    private Spinner<Double> credits;
    @FXML
    private ChoiceBox<Delivery> delivery;
    @FXML
    private Label problem;

    @FXML
    private void initialize() {
        delivery.getItems().setAll(Delivery.values());
        delivery.setValue(Delivery.SYNC);
        delivery.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Delivery d) {
                return d == null ? "" : switch (d) {
                    case SYNC -> "Live classes";
                    case ASYNC -> "Online modules";
                    case HYBRID -> "Both (hybrid)";
                };
            }

            @Override
            public Delivery fromString(String s) {
                return null;
            }
        });
    }

    /** Asks for a course; {@code check} returns the planner's refusal ("" when fine) and keeps the dialog open until it is. */
    public static java.util.Optional<Answer> ask(Window owner, java.util.function.Function<Answer, String> check) {
        FXMLLoader loader = new FXMLLoader(CourseDialog.class.getResource("CourseDialog.fxml"));
        Parent form;
        try {
            form = loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("CourseDialog.fxml is missing from the build", e);
        }
        CourseDialog controller = loader.getController();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Course Planner");
        dialog.setHeaderText("New course");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Theme.style(dialog.getDialogPane(), owner);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String refusal = check.apply(controller.answer());
            controller.problem.setText(refusal);
            if (!refusal.isEmpty()) {
                e.consume(); // stays open: the message says what to fix
            }
        });
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> controller.answer());
    }

    private Answer answer() {
        return new Answer(code.getText(), title.getText(), credits.getValue() == null ? 3 : credits.getValue(), delivery.getValue());
    }
}

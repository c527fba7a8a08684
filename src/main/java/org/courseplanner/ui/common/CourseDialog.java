package org.courseplanner.ui.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.Refusal;

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
    public static Optional<Answer> ask(Window owner, Function<Answer, String> check) {
        return ask(owner, null, RefusalDisplay.fromMessages(check));
    }

    /**
     * Asks for a new course ({@code initial} null) or changes to one; {@code check} returns the domain's refusal,
     * shown at the field it names, and the dialog stays open until there is none.
     */
    public static Optional<Answer> ask(Window owner, Answer initial, Function<Answer, Optional<Refusal>> check) {
        Form<CourseDialog> form = Form.load(CourseDialog.class);
        CourseDialog controller = form.controller();
        if (initial != null) {
            controller.code.setText(initial.code());
            controller.title.setText(initial.title());
            controller.credits.getValueFactory().setValue(initial.credits());
            controller.delivery.setValue(initial.delivery());
        }
        Dialog<ButtonType> dialog = form.dialog(owner, initial == null ? "New course" : "Change course");
        RefusalDisplay refusals = new RefusalDisplay(controller.problem)
                .field(controller.code, "code", "course")
                .field(controller.title, "title")
                .field(controller.credits, controller.credits.valueProperty(), "credits", "homework")
                .field(controller.delivery, controller.delivery.valueProperty(), "delivery");
        refusals.guard(dialog, controller::answer, check);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> controller.answer());
    }

    private Answer answer() {
        return new Answer(code.getText(), title.getText(), credits(), delivery.getValue());
    }

    /** The credits as typed, even before the spinner commits them (and out of its range, for the planner to refuse). */
    private double credits() {
        try {
            Double typed = credits.getValueFactory().getConverter().fromString(credits.getEditor().getText().strip());
            if (typed != null) {
                return typed;
            }
        } catch (RuntimeException notANumber) {
            // the spinner's own value stands
        }
        return credits.getValue() == null ? 3 : credits.getValue();
    }
}

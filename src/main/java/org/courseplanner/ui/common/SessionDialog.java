package org.courseplanner.ui.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;

/** Edits what a session is and where it meets (its days and times change on the calendar itself). */
public final class SessionDialog {
    /** The edited values. */
    public record Answer(SessionKind kind, String location) {
    }

    @FXML
    private ChoiceBox<SessionKind> kind;
    @FXML
    private TextField place; // not "location": FXMLLoader injects its own URL into a field of that name
    @FXML
    private Label when;
    @FXML
    private Label problem;

    /** Edits a session's kind and place; {@code whenText} says when it meets. */
    public static Optional<Answer> ask(Window owner, String title, String whenText, SessionKind currentKind, String currentLocation) {
        return ask(owner, title, whenText, new Answer(currentKind, currentLocation), a -> Optional.empty());
    }

    /**
     * Edits a session's kind and place, starting from {@code initial}; {@code check} returns the domain's refusal,
     * shown at the field it names ("kind", "location"), and the dialog stays open until there is none.
     */
    public static Optional<Answer> ask(Window owner, String title, String whenText, Answer initial,
                                       Function<Answer, Optional<Refusal>> check) {
        Form<SessionDialog> form = Form.load(SessionDialog.class);
        SessionDialog controller = form.controller();
        controller.kind.getItems().setAll(SessionKind.values());
        controller.kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SessionKind k) {
                return k == null ? "" : k.title();
            }

            @Override
            public SessionKind fromString(String s) {
                return null;
            }
        });
        if (initial != null) {
            controller.kind.setValue(initial.kind());
            controller.place.setText(initial.location() == null ? "" : initial.location());
        }
        controller.when.setText(whenText + " — drag it on the calendar to change the time.");
        Dialog<ButtonType> dialog = form.dialog(owner, title);
        new RefusalDisplay(controller.problem)
                .field(controller.kind, controller.kind.valueProperty(), "kind")
                .field(controller.place, "location", "place", "room")
                .guard(dialog, controller::answer, check);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> controller.answer());
    }

    private Answer answer() {
        return new Answer(kind.getValue(), place.getText());
    }
}

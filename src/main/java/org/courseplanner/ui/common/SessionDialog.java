package org.courseplanner.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.WeeklyPattern;

/** Edits a session: what it is, where, on which days and times, between which dates and how often. */
public final class SessionDialog {
    /**
     * The edited values, as typed: days like "MO,WE", times HH:MM, every how many weeks; blank days
     * and times leave the session TBA, blank dates mean the whole term.
     */
    public record Answer(SessionKind kind, String location, String days, String start, String end, String every,
                         LocalDate firstDate, LocalDate lastDate) {

        /** The form's values for a session of this kind, place and pattern. */
        public static Answer of(SessionKind kind, String location, WeeklyPattern p) {
            return new Answer(kind, location == null ? "" : location, Weekdays.format(p.days()), p.start() == null ? "" : p.start().toString(),
                    p.end() == null ? "" : p.end().toString(), String.valueOf(p.everyWeeks()), p.firstDate(), p.lastDate());
        }

        /** The pattern typed, keeping the dates the session skips; refuses text that does not parse. */
        public WeeklyPattern toPattern(Set<LocalDate> skipped) {
            Integer weeks = FormText.whole(every, "every", "how many weeks apart it meets, e.g. 1 or 2");
            return new WeeklyPattern(Weekdays.parse(days), FormText.time(start, "start", "10:00"),
                    FormText.time(end, "end", "11:15"), weeks == null ? 1 : weeks, firstDate, lastDate, skipped);
        }
    }

    @FXML
    private ChoiceBox<SessionKind> kind;
    @FXML
    private TextField place; // not "location": FXMLLoader injects its own URL into a field of that name
    @FXML
    private TextField days;
    @FXML
    private TextField start;
    @FXML
    private TextField end;
    @FXML
    private TextField every;
    @FXML
    private DatePicker firstDate;
    @FXML
    private DatePicker lastDate;
    @FXML
    private Label problem;

    /**
     * Asks for a new session ({@code title} "New session for …") or changes to one, starting from {@code initial};
     * {@code check} returns the domain's refusal, shown at the field it names, and the dialog stays open until there is none.
     */
    public static Optional<Answer> ask(Window owner, String title, Answer initial, Function<Answer, Optional<Refusal>> check) {
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
        FormText.useIsoDates(controller.firstDate, controller.lastDate);
        if (initial != null) {
            controller.kind.setValue(initial.kind());
            controller.place.setText(initial.location() == null ? "" : initial.location());
            controller.days.setText(initial.days());
            controller.start.setText(initial.start());
            controller.end.setText(initial.end());
            controller.every.setText(initial.every());
            controller.firstDate.setValue(initial.firstDate());
            controller.lastDate.setValue(initial.lastDate());
        }
        Dialog<ButtonType> dialog = form.dialog(owner, title);
        new RefusalDisplay(controller.problem)
                .field(controller.kind, controller.kind.valueProperty(), "kind")
                .field(controller.place, "location", "place", "room")
                .field(controller.days, "days", "day")
                .field(controller.start, "start", "from", "time")
                .field(controller.end, "end", "to")
                .field(controller.every, "every")
                .field(controller.firstDate, "first date", "date")
                .field(controller.lastDate, "until", "last date")
                .guard(dialog, controller::answer, check);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> controller.answer());
    }

    private Answer answer() {
        return new Answer(kind.getValue(), place.getText(), days.getText(), start.getText(), end.getText(), every.getText(),
                FormText.date(firstDate, "first date"), FormText.date(lastDate, "last date"));
    }
}

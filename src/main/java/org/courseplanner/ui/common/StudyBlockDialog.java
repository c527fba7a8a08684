package org.courseplanner.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.StudyBlock;

/**
 * The study block form: which window of the module (its week number; for homework the term week),
 * when it starts and how many minutes.
 * {@link Answer#toStudyBlock(long, long)} builds the block; a caller that knows the module adds
 * {@code module.checkNumber(week)} to its check, and that refusal shows at the week too.
 */
public final class StudyBlockDialog {
    /** What the student typed: the week and minutes as text, the start as a day and an HH:MM time. */
    public record Answer(String week, LocalDate date, String time, String minutes) {

        /** The form filled in from a block, for editing it. */
        public static Answer of(StudyBlock block) {
            return new Answer(String.valueOf(block.week()), block.start().toLocalDate(), block.start().toLocalTime().toString(),
                    String.valueOf(block.minutes()));
        }

        /** The week number; throws a refusal of the field "week" when it is not a whole number. */
        public int weekNumber() {
            Integer n = FormText.whole(week, "week", "give the module's week, e.g. 3");
            return n == null ? 0 : n;
        }

        /** The start; null when no day or no time is given. */
        public LocalDateTime start() {
            LocalTime at = FormText.time(time, "time", "19:00");
            return date == null || at == null ? null : date.atTime(at);
        }

        /** The block as the domain takes it; throws its refusal, or one naming the field that does not parse. */
        public StudyBlock toStudyBlock(long id, long moduleId) {
            return toStudyBlock(new StudyBlock(id, moduleId, 1, LocalDateTime.MIN, StudyBlock.MAX_MINUTES));
        }

        /** {@code original} with the week, start and length typed: a module's block stays its module's, homework its course's. */
        public StudyBlock toStudyBlock(StudyBlock original) {
            Integer n = FormText.whole(minutes, "minutes", "give the length in minutes, e.g. 90");
            return new StudyBlock(original.id(), original.moduleId(), original.courseId(), weekNumber(), start(), n == null ? 0 : n,
                    original.auto());
        }
    }

    @FXML
    private TextField week;
    @FXML
    private DatePicker date;
    @FXML
    private TextField time;
    @FXML
    private TextField minutes;
    @FXML
    private Label problem;

    @FXML
    private void initialize() {
        FormText.useIsoDates(date);
    }

    /** Asks for a new study block ({@code initial} null) or changes to one; {@code check} refuses, and the dialog stays open, until it is fine. */
    public static Optional<Answer> ask(Window owner, Answer initial, Function<Answer, Optional<Refusal>> check) {
        Form<StudyBlockDialog> form = Form.load(StudyBlockDialog.class);
        StudyBlockDialog controller = form.controller();
        Answer start = initial != null ? initial : new Answer("1", null, "", "60");
        controller.week.setText(start.week());
        controller.date.setValue(start.date());
        controller.time.setText(start.time());
        controller.minutes.setText(start.minutes());
        Dialog<ButtonType> dialog = form.dialog(owner, initial == null ? "New study block" : "Change study block");
        new RefusalDisplay(controller.problem)
                .field(controller.week, "week", "module")
                .field(controller.date, "at", "start", "date")
                .field(controller.time, "time")
                .field(controller.minutes, "minutes")
                .guard(dialog, controller::answer, check);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> controller.answer());
    }

    private Answer answer() {
        return new Answer(week.getText(), FormText.date(date, "at"), time.getText(), minutes.getText());
    }
}

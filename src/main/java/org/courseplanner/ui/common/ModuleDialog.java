package org.courseplanner.ui.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.ModuleSchedule;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.WeeklyWindow;

/**
 * The async module form: title, hours of work per window, and either a weekly window (opens and due on
 * weekdays, for a number of weeks) or one window with dates. {@link Answer#toModule(long, long)} builds
 * the module and refuses what the domain refuses.
 */
public final class ModuleDialog {
    /** When the module is open, as typed. */
    public sealed interface WindowAnswer permits Weekly, Single {
        /** The schedule as the domain takes it; throws its refusal, or one naming the field that does not parse. */
        ModuleSchedule toSchedule();
    }

    /** Open every week from {@code opensDay} at {@code opensAt} (HH:MM) until {@code dueDay} at {@code dueAt}. */
    public record Weekly(DayOfWeek opensDay, String opensAt, DayOfWeek dueDay, String dueAt, String weeks,
                         LocalDate firstWeek) implements WindowAnswer {
        @Override
        public WeeklyWindow toSchedule() {
            Integer n = FormText.whole(weeks, "weeks", "give the number of weeks, e.g. 14");
            return new WeeklyWindow(opensDay, FormText.time(opensAt, "opens", "09:00"), dueDay,
                    FormText.time(dueAt, "due", "23:59"), n == null ? 0 : n, firstWeek);
        }
    }

    /**
     * One window; a blank opening time is midnight, a blank due time 23:59, and no opening date opens it a week
     * before it is due.
     */
    public record Single(LocalDate opensDate, String opensTime, LocalDate dueDate, String dueTime) implements WindowAnswer {
        @Override
        public SingleWindow toSchedule() {
            LocalTime opensAt = FormText.time(opensTime, "opens time", "09:00");
            LocalTime dueAt = FormText.time(dueTime, "due time", "23:59");
            LocalDateTime opens = opensDate == null ? null : opensDate.atTime(opensAt == null ? LocalTime.MIDNIGHT : opensAt);
            LocalDateTime due = dueDate == null ? null : dueDate.atTime(dueAt == null ? LocalTime.of(23, 59) : dueAt);
            return new SingleWindow(opens, due);
        }
    }

    /** What the student typed: the effort in hours per window as text, and the window. */
    public record Answer(String title, String effortHours, WindowAnswer window) {

        /** The form filled in from a module, for editing it. */
        public static Answer of(AsyncModule module) {
            WindowAnswer window;
            if (module.schedule() instanceof WeeklyWindow w) {
                window = new Weekly(w.opensDay(), w.opensAt().toString(), w.dueDay(), w.dueAt().toString(),
                        String.valueOf(w.weeks()), w.firstWeek());
            } else {
                SingleWindow s = (SingleWindow) module.schedule();
                window = new Single(s.opens().toLocalDate(), s.opens().toLocalTime().toString(), s.due().toLocalDate(),
                        s.due().toLocalTime().toString());
            }
            return new Answer(module.title(), FormText.hours(module.effortHours()), window);
        }

        /** A new module of the course, nothing skipped or done; throws the domain's refusal. */
        public AsyncModule toModule(long id, long courseId) {
            return toModule(id, courseId, Set.of(), Set.of());
        }

        /** The module with the given weeks skipped and done (an edited module's own); throws the domain's refusal. */
        public AsyncModule toModule(long id, long courseId, Set<Integer> skippedWeeks, Set<Integer> doneWeeks) {
            Double effort = FormText.number(effortHours, "effort", "give the hours of work per window, e.g. 3");
            if (effort == null) {
                throw new Refusal("effort", "the effort is empty: give the hours of work per window, e.g. 3");
            }
            ModuleSchedule schedule = window == null ? null : window.toSchedule();
            return new AsyncModule(id, courseId, title, effort, schedule, skippedWeeks, doneWeeks);
        }
    }

    @FXML
    private TextField title;
    @FXML
    private TextField effort;
    @FXML
    private RadioButton weekly;
    @FXML
    private RadioButton single;
    @FXML
    private GridPane weeklyPane;
    @FXML
    private GridPane singlePane;
    @FXML
    private ChoiceBox<DayOfWeek> opensDay;
    @FXML
    private TextField opensAt;
    @FXML
    private ChoiceBox<DayOfWeek> dueDay;
    @FXML
    private TextField dueAt;
    @FXML
    private TextField weeks;
    @FXML
    private DatePicker firstWeek;
    @FXML
    private DatePicker opensDate;
    @FXML
    private TextField opensTime;
    @FXML
    private DatePicker dueDate;
    @FXML
    private TextField dueTime;
    @FXML
    private Label problem;

    @FXML
    private void initialize() {
        FormText.useIsoDates(firstWeek, opensDate, dueDate);
        ToggleGroup kind = new ToggleGroup();
        weekly.setToggleGroup(kind);
        single.setToggleGroup(kind);
        weeklyPane.visibleProperty().bind(weekly.selectedProperty());
        weeklyPane.managedProperty().bind(weekly.selectedProperty());
        singlePane.visibleProperty().bind(single.selectedProperty());
        singlePane.managedProperty().bind(single.selectedProperty());
        kind.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always on
            }
        });
        StringConverter<DayOfWeek> days = new StringConverter<>() {
            @Override
            public String toString(DayOfWeek d) {
                return d == null ? "" : d.getDisplayName(TextStyle.FULL, Locale.getDefault());
            }

            @Override
            public DayOfWeek fromString(String s) {
                return null;
            }
        };
        for (ChoiceBox<DayOfWeek> box : java.util.List.of(opensDay, dueDay)) {
            box.getItems().setAll(DayOfWeek.values());
            box.setConverter(days);
        }
    }

    /** Asks for a new module ({@code initial} null) or changes to one; {@code check} refuses, and the dialog stays open, until it is fine. */
    public static Optional<Answer> ask(Window owner, Answer initial, Function<Answer, Optional<Refusal>> check) {
        Form<ModuleDialog> form = Form.load(ModuleDialog.class);
        ModuleDialog controller = form.controller();
        controller.fill(initial != null ? initial
                : new Answer("", "", new Weekly(DayOfWeek.MONDAY, "09:00", DayOfWeek.SUNDAY, "23:59", "14", null)));
        Dialog<ButtonType> dialog = form.dialog(owner, initial == null ? "New online module" : "Change online module");
        // Weekly and single fields share the domain's names; only the shown ones take a refusal.
        new RefusalDisplay(controller.problem)
                .field(controller.title, "title")
                .field(controller.effort, "effort")
                .field(controller.opensAt, "opens")
                .field(controller.dueAt, "due")
                .field(controller.weeks, "weeks")
                .field(controller.firstWeek, "from", "first week")
                .field(controller.opensDate, "opens", "opens date")
                .field(controller.opensTime, "opens time")
                .field(controller.dueDate, "due", "due date")
                .field(controller.dueTime, "due time")
                .guard(dialog, controller::answer, check);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> controller.answer());
    }

    private void fill(Answer a) {
        title.setText(a.title());
        effort.setText(a.effortHours());
        opensDay.setValue(DayOfWeek.MONDAY);
        dueDay.setValue(DayOfWeek.SUNDAY);
        if (a.window() instanceof Single s) {
            single.setSelected(true);
            opensDate.setValue(s.opensDate());
            opensTime.setText(s.opensTime());
            dueDate.setValue(s.dueDate());
            dueTime.setText(s.dueTime());
        } else {
            weekly.setSelected(true);
            if (a.window() instanceof Weekly w) {
                opensDay.setValue(w.opensDay());
                opensAt.setText(w.opensAt());
                dueDay.setValue(w.dueDay());
                dueAt.setText(w.dueAt());
                weeks.setText(w.weeks());
                firstWeek.setValue(w.firstWeek());
            }
        }
    }

    private Answer answer() {
        WindowAnswer window = weekly.isSelected()
                ? new Weekly(opensDay.getValue(), opensAt.getText(), dueDay.getValue(), dueAt.getText(), weeks.getText(),
                        FormText.date(firstWeek, "from"))
                : new Single(FormText.date(opensDate, "opens date"), opensTime.getText(), FormText.date(dueDate, "due date"),
                        dueTime.getText());
        return new Answer(title.getText(), effort.getText(), window);
    }
}

package org.courseplanner.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.StudySettings;
import org.courseplanner.domain.Term;

/**
 * The term form: name, first and last day, the school's zone and the student's, breaks, workload caps,
 * quiet hours and how study time is cut into blocks. The answer is what was typed; {@link Answer#toTerm(long)} builds the term and refuses
 * what the domain refuses, so a caller's check is usually {@code a -> try a.toTerm(id) / catch Refusal}.
 */
public final class TermDialog {
    /** A break as typed; null dates were not given. */
    public record BreakAnswer(String name, LocalDate first, LocalDate last) {
        /** The break as the domain takes it. */
        public DateRange toDateRange() {
            return new DateRange(name, first, last);
        }
    }

    /**
     * What the student typed: dates as picked, zones, hours and times as text ("" or null for the defaults).
     *
     * @param weeklyCapHours blank for 3 h per credit
     * @param dailyCapHours blank for {@value Term#DEFAULT_DAILY_CAP_HOURS} h
     * @param quietFrom HH:MM, blank for the default 22:00
     * @param quietTo HH:MM, blank for the default 07:00
     * @param minBlockMinutes minutes, blank for the default 30
     * @param maxBlockMinutes minutes, blank for the default 120
     * @param bufferMinutes minutes, blank for the default 15
     * @param beforeDueHours hours, blank for the default 12
     * @param studyFrom HH:MM, blank with {@code studyTo} for no preferred study hours
     * @param studyTo HH:MM
     */
    public record Answer(String name, LocalDate firstDay, LocalDate lastDay, String schoolZone, String myZone,
                         List<BreakAnswer> breaks, String weeklyCapHours, String dailyCapHours, String quietFrom,
                         String quietTo, String minBlockMinutes, String maxBlockMinutes, String bufferMinutes,
                         String beforeDueHours, String studyFrom, String studyTo) {
        public Answer {
            breaks = breaks == null ? List.of() : List.copyOf(breaks);
        }

        private static final double LONGEST_LEAD_HOURS = 1_000_000;

        /** An answer with the default study settings, as a new form shows them. */
        public Answer(String name, LocalDate firstDay, LocalDate lastDay, String schoolZone, String myZone,
                      List<BreakAnswer> breaks, String weeklyCapHours, String dailyCapHours, String quietFrom, String quietTo) {
            this(name, firstDay, lastDay, schoolZone, myZone, breaks, weeklyCapHours, dailyCapHours, quietFrom, quietTo,
                    String.valueOf(StudySettings.DEFAULTS.minBlockMinutes()), String.valueOf(StudySettings.DEFAULTS.maxBlockMinutes()),
                    String.valueOf(StudySettings.DEFAULTS.bufferMinutes()),
                    FormText.hours(StudySettings.DEFAULTS.finishBeforeDueMinutes() / 60.0), "", "");
        }

        /** The form filled in from a term, for editing it. */
        public static Answer of(Term term) {
            return new Answer(term.name(), term.firstDay(), term.lastDay(), term.schoolZone().getId(),
                    term.studentZone().getId(),
                    term.breaks().stream().map(b -> new BreakAnswer(b.name(), b.first(), b.last())).toList(),
                    term.weeklyCapHours() == null ? "" : FormText.hours(term.weeklyCapHours()),
                    FormText.hours(term.dailyCapHours()), term.conflictSettings().quietFrom().toString(),
                    term.conflictSettings().quietTo().toString(), String.valueOf(term.studySettings().minBlockMinutes()),
                    String.valueOf(term.studySettings().maxBlockMinutes()), String.valueOf(term.studySettings().bufferMinutes()),
                    FormText.hours(term.studySettings().finishBeforeDueMinutes() / 60.0),
                    text(term.studySettings().studyFrom()), text(term.studySettings().studyTo()));
        }

        private static String text(LocalTime time) {
            return time == null ? "" : time.toString();
        }

        /** The term this answer describes, with the default conflict thresholds; throws the domain's refusal. */
        public Term toTerm(long id) {
            return toTerm(id, ConflictSettings.DEFAULTS);
        }

        /**
         * The term this answer describes, keeping the thresholds of {@code settings} other than quiet hours
         * (pass the edited term's); throws the domain's {@link Refusal}, or one naming the field that does not parse.
         */
        public Term toTerm(long id, ConflictSettings settings) {
            ZoneId school = zone(schoolZone, "zone");
            ZoneId mine = zone(myZone, "my zone");
            List<DateRange> ranges = breaks.stream().map(BreakAnswer::toDateRange).toList();
            Double weekly = FormText.number(weeklyCapHours, "weekly-cap",
                    "write the weekly cap in hours, e.g. 30, or leave it blank for 3 h per credit");
            Double daily = FormText.number(dailyCapHours, "daily-cap", "write the daily cap in hours, e.g. 10");
            LocalTime from = FormText.time(quietFrom, "quiet-from", "22:00");
            LocalTime to = FormText.time(quietTo, "quiet-to", "07:00");
            ConflictSettings base = settings == null ? ConflictSettings.DEFAULTS : settings;
            ConflictSettings quiet = base.withQuietHours(from == null ? base.quietFrom() : from, to == null ? base.quietTo() : to);
            return new Term(id, name, firstDay, lastDay, school, mine, ranges, weekly,
                    daily == null ? Term.DEFAULT_DAILY_CAP_HOURS : daily, quiet, studySettings());
        }

        /** The study settings typed; a blank field keeps its default, blank study hours are none. */
        private StudySettings studySettings() {
            StudySettings d = StudySettings.DEFAULTS;
            Integer min = FormText.whole(minBlockMinutes, "min-block", "write the shortest study block in minutes, e.g. 30");
            Integer max = FormText.whole(maxBlockMinutes, "max-block", "write the longest study block in minutes, e.g. 120");
            Integer buffer = FormText.whole(bufferMinutes, "buffer", "write the buffer around busy times in minutes, e.g. 15");
            Double beforeDue = FormText.number(beforeDueHours, "before-due", "write how long before a deadline study should be done,"
                    + " in hours, e.g. 12");
            if (beforeDue != null && !(Math.abs(beforeDue) < LONGEST_LEAD_HOURS)) { // NaN and Infinity parse as numbers
                throw new Refusal("before-due", "\"" + beforeDueHours.strip() + "\" is not a number of hours: write one like 12 or 0.5");
            }
            LocalTime from = FormText.time(studyFrom, "study-from", "09:00");
            LocalTime to = FormText.time(studyTo, "study-to", "18:00");
            return new StudySettings(min == null ? d.minBlockMinutes() : min, max == null ? d.maxBlockMinutes() : max,
                    buffer == null ? d.bufferMinutes() : buffer,
                    beforeDue == null ? d.finishBeforeDueMinutes() : (int) Math.round(beforeDue * 60), from, to);
        }

        private static ZoneId zone(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return ZoneId.of(text.strip());
            } catch (DateTimeException e) {
                throw new Refusal(field, "\"" + text.strip() + "\" is not a time zone: pick one from the list, e.g. America/New_York");
            }
        }
    }

    /** One row of the breaks list. */
    private record BreakRow(HBox box, TextField name, DatePicker first, DatePicker last, Button remove) {
    }

    @FXML
    private TextField name;
    @FXML
    private DatePicker firstDay;
    @FXML
    private DatePicker lastDay;
    @FXML
    private ComboBox<String> schoolZone;
    @FXML
    private ComboBox<String> myZone;
    @FXML
    private VBox breakRows;
    @FXML
    private Button addBreak;
    @FXML
    private TextField weeklyCap;
    @FXML
    private TextField dailyCap;
    @FXML
    private TextField quietFrom;
    @FXML
    private TextField quietTo;
    @FXML
    private TextField minBlock;
    @FXML
    private TextField maxBlock;
    @FXML
    private TextField buffer;
    @FXML
    private TextField beforeDue;
    @FXML
    private TextField studyFrom;
    @FXML
    private TextField studyTo;
    @FXML
    private Label problem;

    private final List<BreakRow> rows = new ArrayList<>();
    private RefusalDisplay refusals;
    private DatePicker unreadBreakDate; // the break date whose text did not parse, for its refusal

    @FXML
    private void initialize() {
        FormText.useIsoDates(firstDay, lastDay);
        List<String> zones = ZoneId.getAvailableZoneIds().stream().sorted().toList();
        for (ComboBox<String> box : List.of(schoolZone, myZone)) {
            box.getItems().setAll(zones);
            box.setVisibleRowCount(12);
            TextFields.bindAutoCompletion(box.getEditor(), zones); // type "Berl" to find Europe/Berlin
        }
    }

    /** Asks for a new term ({@code initial} null) or changes to one; {@code check} refuses, and the dialog stays open, until it is fine. */
    public static Optional<Answer> ask(Window owner, Answer initial, Function<Answer, Optional<Refusal>> check) {
        Form<TermDialog> form = Form.load(TermDialog.class);
        TermDialog controller = form.controller();
        Answer start = initial != null ? initial : new Answer("", null, null, ZoneId.systemDefault().getId(),
                ZoneId.systemDefault().getId(), List.of(), "", FormText.hours(Term.DEFAULT_DAILY_CAP_HOURS),
                ConflictSettings.DEFAULTS.quietFrom().toString(), ConflictSettings.DEFAULTS.quietTo().toString());
        // (the study settings' defaults come with this constructor)
        Dialog<ButtonType> dialog = form.dialog(owner, initial == null ? "New term" : "Change term");
        controller.refusals = new RefusalDisplay(controller.problem)
                .field(controller.name, "term name", "name")
                .field(controller.firstDay, "start", "first day")
                .field(controller.lastDay, "end", "last day")
                .field(controller.schoolZone, controller.schoolZone.getEditor().textProperty(), "zone", "school zone")
                .field(controller.myZone, controller.myZone.getEditor().textProperty(), "my zone", "my-zone")
                .fieldFoundBy(controller::breakControl, "break", "break name", "break dates", "breaks")
                .fieldFoundBy(r -> Optional.ofNullable(controller.unreadBreakDate), "break date")
                .field(controller.weeklyCap, "weekly-cap", "weekly cap")
                .field(controller.dailyCap, "daily-cap", "daily cap")
                .field(controller.quietFrom, "quiet", "quiet-from", "quiet from")
                .field(controller.quietTo, "quiet-to", "quiet to")
                .field(controller.minBlock, "min-block")
                .field(controller.maxBlock, "max-block")
                .field(controller.buffer, "buffer")
                .field(controller.beforeDue, "before-due")
                .field(controller.studyFrom, "study-hours", "study-from")
                .field(controller.studyTo, "study-to");
        controller.fill(start);
        controller.addBreak.setOnAction(e -> controller.addRow(new BreakAnswer("", null, null)).name.requestFocus());
        controller.refusals.guard(dialog, controller::answer, check);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> controller.answer());
    }

    private void fill(Answer a) {
        name.setText(a.name());
        firstDay.setValue(a.firstDay());
        lastDay.setValue(a.lastDay());
        schoolZone.getEditor().setText(a.schoolZone());
        schoolZone.setValue(a.schoolZone());
        myZone.getEditor().setText(a.myZone());
        myZone.setValue(a.myZone());
        a.breaks().forEach(this::addRow);
        weeklyCap.setText(a.weeklyCapHours());
        dailyCap.setText(a.dailyCapHours());
        quietFrom.setText(a.quietFrom());
        quietTo.setText(a.quietTo());
        minBlock.setText(a.minBlockMinutes());
        maxBlock.setText(a.maxBlockMinutes());
        buffer.setText(a.bufferMinutes());
        beforeDue.setText(a.beforeDueHours());
        studyFrom.setText(a.studyFrom());
        studyTo.setText(a.studyTo());
    }

    private BreakRow addRow(BreakAnswer b) {
        TextField breakName = new TextField(b.name());
        breakName.setPromptText("Thanksgiving break");
        breakName.setPrefColumnCount(12);
        breakName.setAccessibleText("Break name");
        breakName.getStyleClass().add(StyleClasses.BREAK_NAME);
        HBox.setHgrow(breakName, Priority.ALWAYS);
        DatePicker first = new DatePicker(b.first());
        first.setPromptText("2026-11-25");
        first.setAccessibleText("First day of the break");
        first.getStyleClass().add(StyleClasses.BREAK_FIRST);
        first.setPrefWidth(145);
        DatePicker last = new DatePicker(b.last());
        last.setPromptText("2026-11-29");
        last.setAccessibleText("Last day of the break");
        last.getStyleClass().add(StyleClasses.BREAK_LAST);
        last.setPrefWidth(145);
        Button remove = new Button("−");
        remove.getStyleClass().add(StyleClasses.BREAK_REMOVE);
        remove.accessibleTextProperty().bind(breakName.textProperty().map(n -> "Remove the break " + n));
        FormText.useIsoDates(first, last);
        HBox box = new HBox(6, breakName, first, last, remove);
        BreakRow row = new BreakRow(box, breakName, first, last, remove);
        remove.setOnAction(e -> {
            rows.remove(row);
            breakRows.getChildren().remove(box);
            refusals.clear();
            addBreak.requestFocus();
        });
        refusals.watch(breakName, breakName.textProperty());
        refusals.watch(first, first.getEditor().textProperty());
        refusals.watch(last, last.getEditor().textProperty());
        rows.add(row);
        breakRows.getChildren().add(box);
        return row;
    }

    /** The field of the break a refusal is about: found by its name in the message, else the "Add break" button. */
    private Optional<Control> breakControl(Refusal r) {
        String message = r.getMessage();
        if ("break name".equals(r.field())) {
            return rows.stream().filter(row -> row.name.getText().isBlank()).findFirst().map(BreakRow::name);
        }
        List<BreakRow> named = rows.stream().filter(row -> !row.name.getText().isBlank())
                .filter(row -> message.contains("\"" + row.name.getText().strip() + "\"")
                        || message.contains(row.name.getText().strip() + "=")).toList();
        if (named.isEmpty()) {
            return Optional.of(addBreak);
        }
        if (message.contains("two breaks are named")) {
            return Optional.of(named.get(named.size() - 1).name);
        }
        BreakRow row = named.get(0);
        if (message.contains("needs a first and a last day")) {
            return Optional.of(row.first.getEditor().getText().isBlank() ? row.first : row.last);
        }
        return Optional.of(message.contains("is not inside the term") ? row.first : row.last);
    }

    private LocalDate breakDate(DatePicker picker) {
        try {
            return FormText.date(picker, "break date");
        } catch (Refusal r) {
            unreadBreakDate = picker;
            throw r;
        }
    }

    private Answer answer() {
        unreadBreakDate = null;
        List<BreakAnswer> breaks = rows.stream().map(row -> new BreakAnswer(row.name.getText(), breakDate(row.first),
                breakDate(row.last))).toList();
        return new Answer(name.getText(), FormText.date(firstDay, "start"), FormText.date(lastDay, "end"),
                schoolZone.getEditor().getText(), myZone.getEditor().getText(), breaks, weeklyCap.getText(),
                dailyCap.getText(), quietFrom.getText(), quietTo.getText(), minBlock.getText(), maxBlock.getText(), buffer.getText(),
                beforeDue.getText(), studyFrom.getText(), studyTo.getText());
    }
}

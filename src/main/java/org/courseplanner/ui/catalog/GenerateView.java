package org.courseplanner.ui.catalog;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.catalog.CourseChoice;
import org.courseplanner.domain.catalog.Schedule;
import org.courseplanner.domain.catalog.SchedulePreferences;

/** The generate panel's controller: binds the view model to GenerateView.fxml and draws each result's week. */
public final class GenerateView {
    private final GenerateViewModel model;
    private final java.util.function.Function<String, String> titleOf;
    /** The spinners' values as objects, kept: a bidirectional binding holds them only weakly. */
    private final List<ObjectProperty<Integer>> spinnerValues = new ArrayList<>();

    @FXML
    private ListView<String> chosenList;
    @FXML
    private HBox pickBox;
    @FXML
    private Spinner<Integer> pickSpinner;
    @FXML
    private HBox marksBox;
    @FXML
    private Label marksLabel;
    @FXML
    private FlowPane daysOffBox;
    @FXML
    private TextField earliestField;
    @FXML
    private TextField latestField;
    @FXML
    private Spinner<Integer> walkSpinner;
    @FXML
    private CheckBox quietBox;
    @FXML
    private Spinner<Integer> fewerDaysSpinner;
    @FXML
    private Spinner<Integer> fewerGapsSpinner;
    @FXML
    private HBox timeOfDayBox;
    @FXML
    private TextField instructorsField;
    @FXML
    private CheckBox balanceBox;
    @FXML
    private Button generateButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Button cancelButton;
    @FXML
    private Region spacer;
    @FXML
    private Label countLabel;
    @FXML
    private Label noneReasonLabel;
    @FXML
    private Label noneConstraintsLabel;
    @FXML
    private Label notesLabel;
    @FXML
    private ListView<Schedule> resultList;
    @FXML
    private Button useButton;

    /** @param titleOf a course code's title in the catalog shown */
    public GenerateView(GenerateViewModel model, java.util.function.Function<String, String> titleOf) {
        this.model = model;
        this.titleOf = titleOf;
    }

    @FXML
    private void initialize() {
        chosen();
        limits();
        preferences();
        var running = model.runningProperty();
        generateButton.disableProperty().bind(running);
        for (var n : List.of(progressBar, cancelButton)) {
            n.visibleProperty().bind(running);
            n.managedProperty().bind(running);
        }
        spacer.visibleProperty().bind(running.not());
        spacer.managedProperty().bind(running.not());
        progressBar.progressProperty().bind(model.progressProperty());
        shown(countLabel, model.countProperty());
        shown(noneReasonLabel, model.noneReasonProperty());
        shown(noneConstraintsLabel, model.noneConstraintsProperty());
        var notes = Bindings.createStringBinding(() -> notesText(model.notes()), model.notes());
        notesLabel.textProperty().bind(notes);
        notesLabel.visibleProperty().bind(notes.isNotEmpty());
        notesLabel.managedProperty().bind(notes.isNotEmpty());
        notesLabel.setTooltip(new Tooltip());
        notesLabel.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.notes()), model.notes()));
        resultList.setItems(model.results());
        resultList.setCellFactory(list -> new ResultCell());
        resultList.setPlaceholder(new Label("Choose courses in the Catalog tab, then Generate."));
        resultList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                resultList.getSelectionModel().clearSelection();
            }
        });
        useButton.disableProperty().bind(model.selectedProperty().isNull().or(model.applyingProperty()));
        for (Button b : List.of(generateButton, cancelButton, useButton)) {
            b.setTooltip(new Tooltip(b.getAccessibleText()));
        }
    }

    private static void shown(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(Bindings.isNotEmpty(text));
    }

    /** The first two notes, and how many more (all of them in the tooltip). */
    static String notesText(List<String> notes) {
        if (notes.isEmpty()) {
            return "";
        }
        String shown = String.join("\n", notes.subList(0, Math.min(2, notes.size())));
        return notes.size() > 2 ? shown + "\n… and " + (notes.size() - 2) + " more notes (hover to read them)" : shown;
    }

    /** The courses asked for, each with its role and a way to take it out; pick N; the sections locked and excluded. */
    private void chosen() {
        ScheduleWish wish = model.wish();
        Runnable refresh = () -> {
            List<String> all = new ArrayList<>(wish.required());
            all.addAll(wish.optional());
            chosenList.getItems().setAll(all);
            int optional = wish.optional().size();
            pickBox.setDisable(optional == 0);
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) pickSpinner.getValueFactory()).setMax(Math.max(1, optional));
            List<String> marks = new ArrayList<>();
            if (!wish.locked().isEmpty()) {
                marks.add("Locked: " + String.join(", ", wish.locked().stream().sorted().toList()));
            }
            if (!wish.excluded().isEmpty()) {
                marks.add("Excluded: " + String.join(", ", wish.excluded().stream().sorted().toList()));
            }
            marksLabel.setText(String.join(" · ", marks));
            marksBox.setVisible(!marks.isEmpty());
            marksBox.setManaged(!marks.isEmpty());
        };
        pickSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1));
        bindSpinner(pickSpinner, model.pickProperty());
        chosenList.setPlaceholder(new Label("None yet: right-click a course in the Catalog tab."));
        chosenList.setCellFactory(list -> new ChosenCell());
        wish.required().addListener((ListChangeListener<String>) c -> refresh.run());
        wish.optional().addListener((ListChangeListener<String>) c -> refresh.run());
        wish.locked().addListener((SetChangeListener<String>) c -> refresh.run());
        wish.excluded().addListener((SetChangeListener<String>) c -> refresh.run());
        refresh.run();
    }

    private void limits() {
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox day = new CheckBox(Weekdays.code(d));
            day.setAccessibleText("No class on " + d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
            day.selectedProperty().bindBidirectional(model.dayOffProperty(d));
            daysOffBox.getChildren().add(day);
        }
        earliestField.textProperty().bindBidirectional(model.earliestProperty());
        latestField.textProperty().bindBidirectional(model.latestProperty());
        walkSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 60, 0, 5));
        bindSpinner(walkSpinner, model.walkMinutesProperty());
        quietBox.selectedProperty().bindBidirectional(model.outsideQuietHoursProperty());
        quietBox.setTooltip(new Tooltip("No class in the quiet hours of the term's settings, on your own clock"));
    }

    private void preferences() {
        fewerDaysSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 5, model.fewerDaysProperty().get()));
        bindSpinner(fewerDaysSpinner, model.fewerDaysProperty());
        fewerGapsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 5, model.fewerGapsProperty().get()));
        bindSpinner(fewerGapsSpinner, model.fewerGapsProperty());
        // three choices in sight rather than a drop-down: which one is on reads at a glance
        javafx.scene.control.ToggleGroup times = new javafx.scene.control.ToggleGroup();
        for (SchedulePreferences.TimeOfDay t : SchedulePreferences.TimeOfDay.values()) {
            javafx.scene.control.RadioButton button = new javafx.scene.control.RadioButton(switch (t) {
                case EITHER -> "Either";
                case EARLIER -> "Earlier";
                case LATER -> "Later";
            });
            button.setUserData(t);
            button.setToggleGroup(times);
            button.setSelected(model.timeOfDayProperty().get() == t);
            timeOfDayBox.getChildren().add(button);
        }
        times.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one is always chosen
            } else {
                model.timeOfDayProperty().set((SchedulePreferences.TimeOfDay) now.getUserData());
            }
        });
        model.timeOfDayProperty().addListener((obs, old, now) -> times.getToggles().forEach(b -> b.setSelected(b.getUserData() == now)));
        instructorsField.textProperty().bindBidirectional(model.instructorsProperty());
        balanceBox.selectedProperty().bindBidirectional(model.balanceWeeksProperty());
    }

    private void bindSpinner(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty value) {
        ObjectProperty<Integer> boxed = value.asObject();
        spinnerValues.add(boxed);
        spinner.getValueFactory().valueProperty().bindBidirectional(boxed);
        spinner.setEditable(true);
    }

    @FXML
    private void generate() {
        model.generate();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void useChosen() {
        model.useChosen();
    }

    @FXML
    private void clearMarks() {
        List.copyOf(model.wish().locked()).forEach(model.wish()::free);
        List.copyOf(model.wish().excluded()).forEach(model.wish()::free);
    }

    /** A course asked for: its code and title, required or optional, and ✕ to take it out. */
    private final class ChosenCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(null);
            if (empty || code == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(code + "  " + titleOf.apply(code));
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Label role = new Label(model.wish().roleOf(code));
            role.getStyleClass().add("chosen-role");
            role.setMinWidth(Region.USE_PREF_SIZE);
            Button remove = new Button("✕");
            remove.getStyleClass().add("chosen-remove");
            remove.setAccessibleText("Take " + code + " out of the request");
            remove.setTooltip(new Tooltip(remove.getAccessibleText()));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setOnAction(e -> model.wish().drop(code));
            HBox line = new HBox(6, name, role, remove);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(line);
        }
    }

    /** A result: its rank and score, its week in small, and the sections of each course. */
    private final class ResultCell extends ListCell<Schedule> {
        private final Label score = new Label();
        private final SchedulePicture picture = new SchedulePicture();
        private final VBox choices = new VBox(1);
        private final VBox box = new VBox(4, score, picture, choices);

        ResultCell() {
            score.getStyleClass().add("schedule-score");
            score.setWrapText(true);
            score.setMinHeight(Region.USE_PREF_SIZE);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(Schedule schedule, boolean empty) {
            super.updateItem(schedule, empty);
            setText(null);
            if (empty || schedule == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            score.setText("#" + schedule.rank() + " · " + SectionText.score(schedule.score()));
            WeekSketch sketch = WeekSketch.of(schedule, model::colourOf);
            picture.show(sketch);
            choices.getChildren().clear();
            for (CourseChoice c : schedule.choices()) {
                Label line = new Label(SectionText.choice(c));
                line.getStyleClass().add("schedule-choice");
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                choices.getChildren().add(line);
            }
            if (!sketch.untimed().isEmpty()) {
                Label untimed = new Label("No time (online/arranged): " + String.join(", ", sketch.untimed()));
                untimed.getStyleClass().add("schedule-choice");
                untimed.setWrapText(true);
                untimed.setMinHeight(Region.USE_PREF_SIZE);
                choices.getChildren().add(untimed);
            }
            setGraphic(box);
            setAccessibleText("Schedule " + schedule.rank() + ": " + SectionText.score(schedule.score()));
        }
    }
}

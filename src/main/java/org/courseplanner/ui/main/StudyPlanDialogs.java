package org.courseplanner.ui.main;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.courseplanner.ui.common.Theme;

/** "Plan study time" asks and tells: what does not fit (and whether to place what does), and the notes on what was placed; a catalog import's notes too. */
final class StudyPlanDialogs {
    static final ButtonType PLACE_WHAT_FITS = new ButtonType("Place what fits", ButtonBar.ButtonData.OK_DONE);
    static final String LINE = "study-plan-line";
    private static final double WIDTH = 560;

    private StudyPlanDialogs() {
    }

    /** Lists the stretches of time that are too short; true when the student chooses "Place what fits". */
    static boolean placeWhatFits(Window owner, StudyTimeActions.Shortfall shortfall) {
        Alert alert = new Alert(Alert.AlertType.WARNING, null, PLACE_WHAT_FITS, ButtonType.CANCEL);
        alert.setTitle("Course Planner");
        alert.setHeaderText(shortfall.heading());
        Label bestEffort = line(shortfall.bestEffort());
        alert.getDialogPane().setContent(new VBox(10, lines(shortfall.shortages(), "Study time that does not fit"), bestEffort));
        alert.initOwner(owner);
        Theme.style(alert.getDialogPane(), owner);
        alert.getDialogPane().lookupButton(PLACE_WHAT_FITS).setDisable(shortfall.placeableMinutes() == 0);
        return alert.showAndWait().filter(b -> b == PLACE_WHAT_FITS).isPresent();
    }

    /** Says what was placed and what the planner noted about it (a day still over the daily cap); does not wait. */
    static void showNotes(Window owner, String placed, List<String> notes) {
        showNotes(owner, placed, notes, "Notes on the study time placed");
    }

    /** Says what was done and the notes on it (what was read with a guess or left out); does not wait. */
    static void showNotes(Window owner, String done, List<String> notes, String what) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Course Planner");
        alert.setHeaderText(done);
        alert.getDialogPane().setContent(lines(notes.stream().map(n -> "Note: " + n).toList(), what));
        alert.initOwner(owner);
        Theme.style(alert.getDialogPane(), owner);
        alert.show();
    }

    /** The sentences, one wrapped line each, scrolling when there are many. */
    private static Region lines(List<String> sentences, String what) {
        VBox box = new VBox(8);
        sentences.forEach(s -> box.getChildren().add(line(s)));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(WIDTH);
        // every line in view up to about eight sentences; more scroll
        scroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(box.prefHeight(WIDTH), 320.0), box.heightProperty()));
        scroll.getStyleClass().add("study-plan-lines");
        scroll.setAccessibleText(what);
        return scroll;
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(WIDTH);
        label.getStyleClass().add(LINE);
        return label;
    }
}

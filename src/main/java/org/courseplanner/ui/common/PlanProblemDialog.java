package org.courseplanner.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A plan file that cannot be opened (damaged, another program's, from a newer Course Planner): it
 * says why, that the file was left as it is, and offers another file or a new plan.
 */
public final class PlanProblemDialog {
    /** What the student chose. */
    public enum Choice { OPEN_ANOTHER, NEW_PLAN, CLOSE }

    public static final ButtonType OPEN_ANOTHER = new ButtonType("Open another file…", ButtonBar.ButtonData.OTHER);
    public static final ButtonType NEW_PLAN = new ButtonType("Start a new plan…", ButtonBar.ButtonData.OTHER);

    private PlanProblemDialog() {
    }

    /**
     * @param owner      the window, or {@code null} at start-up, when there is none yet
     * @param keepsOther true when a plan is open and stays open ("Keep the current plan"), else "Quit"
     */
    public static Choice ask(Window owner, String problem, boolean keepsOther) {
        ButtonType close = new ButtonType(keepsOther ? "Keep the current plan" : "Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, problem, OPEN_ANOTHER, NEW_PLAN, close);
        alert.setTitle("Course Planner");
        alert.setHeaderText("This plan cannot be opened");
        if (owner != null) {
            alert.initOwner(owner);
        }
        Theme.style(alert.getDialogPane(), owner);
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().getStyleClass().add(StyleClasses.PLAN_PROBLEM);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == OPEN_ANOTHER) {
            return Choice.OPEN_ANOTHER;
        }
        if (answer.isPresent() && answer.get() == NEW_PLAN) {
            return Choice.NEW_PLAN;
        }
        return Choice.CLOSE;
    }
}

package org.courseplanner.ui.main;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.Severity;
import org.courseplanner.ui.common.StyleClasses;

/**
 * A finding: severity icon, message, how many times. One that study the planner placed is part of
 * (a class or shift moved onto it) offers "Re-plan study time": a link under its message, and its context menu.
 */
final class FindingCell extends ListCell<Finding> {
    static final String REPLAN = "Re-plan study time";

    private final Predicate<Finding> mendable;
    private final Consumer<Finding> mend;
    private final ContextMenu replan = new ContextMenu();

    /**
     * @param mendable true for a finding a new run of the study planner mends
     * @param mend     re-plans study time for that finding
     */
    FindingCell(Predicate<Finding> mendable, Consumer<Finding> mend) {
        this.mendable = mendable;
        this.mend = mend;
        MenuItem item = new MenuItem(REPLAN);
        item.setOnAction(e -> mend.accept(getItem()));
        replan.getItems().add(item);
    }

    /** The message with the link that mends it under it. */
    private VBox withReplan(Label message) {
        Hyperlink link = new Hyperlink(REPLAN);
        link.getStyleClass().add(StyleClasses.FINDING_ACTION);
        link.setOnAction(e -> mend.accept(getItem()));
        link.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, message, link);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        return box;
    }

    @Override
    protected void updateItem(Finding finding, boolean empty) {
        super.updateItem(finding, empty);
        if (empty || finding == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setContextMenu(null);
            return;
        }
        boolean mends = mendable.test(finding);
        setContextMenu(mends ? replan : null);
        boolean error = finding.severity() == Severity.ERROR;
        Label icon = new Label(error ? "●" : "▲");
        icon.getStyleClass().addAll(StyleClasses.FINDING_ICON, error ? StyleClasses.FINDING_ERROR : StyleClasses.FINDING_WARNING);
        Label message = new Label(finding.message());
        message.setWrapText(true);
        message.getStyleClass().add(StyleClasses.FINDING_MESSAGE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        Label count = new Label(finding.count() > 1 ? "×" + finding.count() : "");
        count.getStyleClass().add(StyleClasses.FINDING_COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, icon, mends ? withReplan(message) : message, count);
        line.setMinWidth(0);
        line.prefWidthProperty().bind(getListView().widthProperty().subtract(28));
        line.setMaxWidth(Region.USE_PREF_SIZE);
        setText(null);
        setGraphic(line);
        String what = (error ? "Error: " : "Warning: ") + finding.message() + (finding.count() > 1 ? " (" + finding.count() + " times)" : "");
        setTooltip(new Tooltip(what + "\nChoose it to see its week." + (mends
                ? "\n" + REPLAN + " moves the planned blocks that no longer fit; the rest stay (Edit ▸ Plan study time does the same)." : "")));
        setAccessibleText(what);
    }
}

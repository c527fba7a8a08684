package org.courseplanner.ui.main;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.courseplanner.ui.common.StyleClasses;

/** The keyboard shortcuts, as Help lists them. */
final class Shortcuts {
    private static final String[][] KEYS = {
        {"Ctrl+N / Ctrl+O", "New plan / open a plan"},
        {"Ctrl+I / Ctrl+E", "Import / export an .ics file"},
        {"Ctrl+Shift+E", "Export the week as a PNG picture"},
        {"Ctrl+P", "Print the week or the whole term, with a preview"},
        {"Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"},
        {"Ctrl+Shift+P", "Plan study time from now on (Ctrl+Z takes the whole run back)"},
        {"Ctrl+Shift+I", "Import the registrar's catalog (QuACS .json, .csv or .ics)"},
        {"Ctrl+F / Ctrl+G", "Search the catalog / generate schedules of the chosen courses"},
        {"Ctrl+1 / Ctrl+2", "Week / term overview"},
        {"Ctrl+Shift+S / Ctrl+Shift+M", "Times in the school's / my time zone"},
        {"Ctrl+Shift+L / Ctrl+Shift+R", "Hide or show the courses / findings and workload panel"},
        {"Tab, arrow keys", "Walk from class to class on the week"},
        {"Alt+arrows", "Move the chosen class by a day or 15 minutes"},
        {"Alt+Shift+Up / Alt+Shift+Down", "End the chosen class 15 minutes earlier / later"},
        {"Enter", "Open the chosen class's form (kind, place, days, times, dates)"},
        {"Delete", "Delete the chosen class, or the line chosen in the course list"},
        {"Enter (term overview)", "Open the chosen week"},
        {"F1", "This list"},
        {"Ctrl+Q", "Quit (everything is already saved)"},
    };

    private Shortcuts() {
    }

    static GridPane table() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.getStyleClass().add(StyleClasses.SHORTCUTS);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add(StyleClasses.SHORTCUT_KEY);
            grid.add(key, 0, i);
            grid.add(new Label(KEYS[i][1]), 1, i);
        }
        return grid;
    }
}

package org.courseplanner.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.courseplanner.domain.TermPlan;

/**
 * The catalog and schedule panels as the main window sees them: app wires the catalog feature in,
 * so that the main window talks to it only through this (as it talks to the week through
 * {@link ShownWeek}).
 */
public interface CatalogPanels {

    /**
     * What the panels get from the main window.
     *
     * @param undo    the window's one undo history ("Use this schedule" is a step of it)
     * @param week    where a chosen schedule is previewed
     * @param current the term shown, as last read
     * @param notice  says in the status bar what was done
     * @param message says why something could not be done
     */
    record Window(UndoStack undo, ShownWeek week, Supplier<TermPlan> current, Consumer<String> notice, Consumer<String> message) {
    }

    /** A window without the catalog feature (tests of other features): nothing to read, import or generate. */
    CatalogPanels NONE = new CatalogPanels() {
        @Override
        public void planShown(TermPlan plan) {
        }

        @Override
        public void importCatalog(Path file, BiConsumer<String, List<String>> notesShown) {
        }

        @Override
        public void generate() {
        }

        @Override
        public void endPreview() {
        }

        @Override
        public void cancelLongWork() {
        }
    };

    /** The term shown was read (after each change): its catalog is read once per term; a previewed schedule follows the new plan. */
    void planShown(TermPlan plan);

    /** Reads a registrar's file into the term shown; {@code notesShown} gets what was imported and the reader's notes, when any. */
    void importCatalog(Path file, BiConsumer<String, List<String>> notesShown);

    /** Looks for schedules of the courses chosen. */
    void generate();

    /** The week shows the plan alone again (the schedules are out of sight). */
    void endPreview();

    /** Stops a search in progress (the window is closing). */
    void cancelLongWork();
}

package org.courseplanner.ui.week;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.courseplanner.domain.Planner;
import org.courseplanner.ui.common.UndoableEdit;

/** An item dragged from the course tree onto the calendar: a session placed, a module opened, a study block moved. */
final class PlaceItemEdit {
    private PlaceItemEdit() {
    }

    /** An edit whose undo puts back {@code before} through {@code restore}. */
    static <T> UndoableEdit of(String description, Planner planner, T before, Supplier<?> apply, Consumer<T> restore) {
        return UndoableEdit.of(description, apply::get, () -> planner.atomically(() -> {
            restore.accept(before);
            return null;
        }));
    }
}

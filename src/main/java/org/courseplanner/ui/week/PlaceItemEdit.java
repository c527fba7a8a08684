package org.courseplanner.ui.week;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.courseplanner.domain.Planner;
import org.courseplanner.ui.common.UndoableEdit;

/** An item dragged from the course tree onto the calendar: a session placed, a module opened, a study block moved. */
final class PlaceItemEdit implements UndoableEdit {
    private final String description;
    private final Runnable apply;
    private final Runnable revert;

    PlaceItemEdit(String description, Runnable apply, Runnable revert) {
        this.description = description;
        this.apply = apply;
        this.revert = revert;
    }

    /** An edit whose undo puts back {@code before} through {@code restore}. */
    static <T> PlaceItemEdit of(String description, Planner planner, T before, Supplier<?> apply, Consumer<T> restore) {
        return new PlaceItemEdit(description, apply::get, () -> planner.repository().atomically(() -> {
            restore.accept(before);
            return null;
        }));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply() {
        apply.run();
    }

    @Override
    public void revert() {
        revert.run();
    }
}

package org.courseplanner.ui.common;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.courseplanner.domain.Planner;

/**
 * Adding an item: undo deletes it, redo adds the same item again under the same id, so that the
 * edits made after it (which name that id) can still be undone and redone. Undo deletes it only
 * while it is as added and holds nothing ({@link Planner#removeAsAdded}): what another window or a
 * command changed in it, or put into it, since is not deleted with it.
 *
 * @param <T> the item's record (Course, SyncSession…)
 */
public final class AddItemEdit<T> implements UndoableEdit {
    private final String description;
    private final Planner planner;
    private final Supplier<T> create;
    private final UnaryOperator<T> addAgain;
    /** The item as the last apply stored it (null before the first); background work, one step at a time. */
    private volatile T added;

    /**
     * @param create   adds it the first time (through the planner, which checks it) and returns it with its id
     * @param addAgain adds the same record again (the repository keeps a free id it had before)
     */
    public AddItemEdit(String description, Planner planner, Supplier<T> create, UnaryOperator<T> addAgain) {
        this.description = description;
        this.planner = planner;
        this.create = create;
        this.addAgain = addAgain;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply() {
        T made = added == null ? create.get() : addAgain.apply(added);
        added = planner.stored(made).orElse(made); // as the plan holds it, which undo compares with
    }

    @Override
    public void revert() {
        planner.removeAsAdded(added);
    }
}

package org.courseplanner.ui.common;

import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Adding an item: undo deletes it, redo adds the same item again under the same id, so that the
 * edits made after it (which name that id) can still be undone and redone.
 *
 * @param <T> the item's record (Course, SyncSession…)
 */
public final class AddItemEdit<T> implements UndoableEdit {
    private final String description;
    private final Supplier<T> create;
    private final UnaryOperator<T> addAgain;
    private final ToLongFunction<T> idOf;
    private final LongConsumer remove;
    private T added;

    /**
     * @param create   adds it the first time (through the planner, which checks it) and returns it with its id
     * @param addAgain adds the same record again (the repository keeps a free id it had before)
     * @param remove   deletes by id
     */
    public AddItemEdit(String description, Supplier<T> create, UnaryOperator<T> addAgain, ToLongFunction<T> idOf, LongConsumer remove) {
        this.description = description;
        this.create = create;
        this.addAgain = addAgain;
        this.idOf = idOf;
        this.remove = remove;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply() {
        added = added == null ? create.get() : addAgain.apply(added);
    }

    @Override
    public void revert() {
        remove.accept(idOf.applyAsLong(added));
    }

    /** The item as added (null before the first apply). */
    public T added() {
        return added;
    }
}

package org.courseplanner.ui.common;

import java.util.function.Consumer;
import org.courseplanner.domain.Planner;

/**
 * A change of one item made on what the window showed: saved only while the item is still as
 * shown, undone only while it is as the change left it, redone only while it is as the undo left
 * it ({@link Planner#changeAsSeen}). Another window or a command may change the plan meanwhile; its
 * change is then kept and this one refused, never the other way round without a word.
 *
 * @param <T> the kind of item (a course, a session…)
 */
public final class ChangeEdit<T> implements UndoableEdit {
    private final String description;
    private final Planner planner;
    private final T before;
    private final Runnable change;
    private final Consumer<T> restore;
    /** The item as the next apply expects to find it; then as the next revert does (background work, one at a time). */
    private volatile T expected;

    /**
     * @param before  the item as the window showed it
     * @param change  saves the change (e.g. {@code () -> planner.changeCourse(after)})
     * @param restore puts an item back as it was (e.g. {@code planner::restore})
     */
    public ChangeEdit(String description, Planner planner, T before, Runnable change, Consumer<T> restore) {
        this.description = description;
        this.planner = planner;
        this.before = before;
        this.change = change;
        this.restore = restore;
        this.expected = before;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply() {
        expected = planner.changeAsSeen(expected, change).orElse(expected);
    }

    @Override
    public void revert() {
        expected = planner.changeAsSeen(expected, () -> restore.accept(before)).orElse(before);
    }
}

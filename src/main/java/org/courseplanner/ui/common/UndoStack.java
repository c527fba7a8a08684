package org.courseplanner.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Every edit as a command on one capped stack (Scene Builder's way): do, undo, redo. The work runs
 * through {@link BackgroundTasks}; {@code revision} goes up after each, so views reload.
 */
public final class UndoStack {
    static final int CAPACITY = 100;

    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onFailure;
    private final Deque<UndoableEdit> done = new ArrayDeque<>();
    private final Deque<UndoableEdit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);
    private final javafx.beans.property.ReadOnlyStringWrapper undoDescription = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyStringWrapper redoDescription = new javafx.beans.property.ReadOnlyStringWrapper("");

    public UndoStack(BackgroundTasks tasks, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** Does the edit; when it succeeds it can be undone. A refused edit changes nothing and is not kept. */
    public void execute(UndoableEdit edit) {
        run(edit.description(), edit::apply, () -> {
            done.push(edit);
            if (done.size() > CAPACITY) {
                done.removeLast();
            }
            undone.clear();
        }, () -> { });
    }

    /**
     * Keeps an edit that is already done (an import, run with its own progress and Cancel) so that
     * it can be undone; like {@link #execute}, it ends what could be redone.
     */
    public void record(UndoableEdit done) {
        this.done.push(done);
        if (this.done.size() > CAPACITY) {
            this.done.removeLast();
        }
        undone.clear();
        update(true);
    }

    /**
     * Forgets every edit: after a change that is not on the stack (an import), undoing an older edit
     * could take what that change added along with it (undoing "Add course" deletes the sessions an
     * import put into the course), and redoing it would not bring them back.
     */
    public void clear() {
        done.clear();
        undone.clear();
        update(true);
    }

    /**
     * Undo while an edit is still being saved is ignored (its menu item is off meanwhile): the
     * stacks move only when the background work is done, so both must wait for it.
     */
    public void undo() {
        UndoableEdit edit = done.peek();
        if (edit != null && running == 0) {
            // a refused undo (the plan changed under it) cannot be tried again, nor can the edits before it, which it covers
            run("Undo " + edit.description(), edit::revert, () -> undone.push(done.pop()), done::clear);
        }
    }

    public void redo() {
        UndoableEdit edit = undone.peek();
        if (edit != null && running == 0) {
            // a refused redo, and the redos after it that build on it, are dropped: Redo does not stay on for them
            run("Redo " + edit.description(), edit::apply, () -> done.push(undone.pop()), undone::clear);
        }
    }

    private void run(String description, Runnable work, Runnable after, Runnable afterFailure) {
        running++;
        update(false);
        tasks.run(description, () -> {
            work.run();
            return null;
        }, ignored -> {
            running--;
            after.run();
            update(true);
        }, e -> {
            running--;
            afterFailure.run();
            update(true);
            onFailure.accept(e);
        });
    }

    /** Edits, undos and redos still being saved in the background. */
    private int running;

    private void update(boolean changed) {
        canUndo.set(!done.isEmpty() && running == 0);
        canRedo.set(!undone.isEmpty() && running == 0);
        undoDescription.set(done.isEmpty() ? "" : done.peek().description());
        redoDescription.set(undone.isEmpty() ? "" : undone.peek().description());
        if (changed) {
            revision.set(revision.get() + 1);
        }
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** What Undo would take back, for the Edit menu ("Move CS 101 Lecture"), or "". */
    public javafx.beans.property.ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** What Redo would do again, or "". */
    public javafx.beans.property.ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Goes up after every edit, undo or redo (and after a refused one): the plan may have changed. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}

package org.courseplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The undo stack, with background work that finishes only when the test says so. */
class UndoStackTest {
    /** Background work held until {@link #finishAll()}, as a slow disk would hold it. */
    private static final class HeldTasks implements BackgroundTasks {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void finishAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }

    private final List<String> log = new ArrayList<>();

    private UndoableEdit edit(String name) {
        return UndoableEdit.of(name, () -> log.add("do " + name), () -> log.add("undo " + name));
    }

    @Test
    void undoWaitsUntilTheEditBeforeItIsSaved() {
        HeldTasks tasks = new HeldTasks();
        UndoStack stack = new UndoStack(tasks, e -> log.add("failed " + e.getMessage()));
        stack.execute(edit("A"));
        tasks.finishAll();
        stack.execute(edit("B"));

        assertThat(stack.canUndoProperty().get()).isFalse(); // B is still being saved
        stack.undo(); // a quick Ctrl+Z: ignored, it would have undone A before B was even saved
        tasks.finishAll();

        assertThat(log).containsExactly("do A", "do B");
        assertThat(stack.canUndoProperty().get()).isTrue();
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("B");
        stack.undo();
        stack.undo(); // held key: the second waits too
        tasks.finishAll();
        assertThat(log).containsExactly("do A", "do B", "undo B");
        assertThat(stack.redoDescriptionProperty().get()).isEqualTo("B");
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("A");
    }

    @Test
    void clearingForgetsEveryEditAndSaysThePlanChanged() {
        HeldTasks tasks = new HeldTasks();
        UndoStack stack = new UndoStack(tasks, e -> log.add("failed " + e.getMessage()));
        stack.execute(edit("A"));
        stack.execute(edit("B"));
        tasks.finishAll();
        stack.undo();
        tasks.finishAll();
        int revision = stack.revisionProperty().get();

        stack.clear();

        assertThat(stack.canUndoProperty().get()).isFalse();
        assertThat(stack.canRedoProperty().get()).isFalse();
        assertThat(stack.revisionProperty().get()).isGreaterThan(revision);
        stack.undo();
        stack.redo();
        tasks.finishAll();
        assertThat(log).containsExactly("do A", "do B", "undo B");
    }

    @Test
    void aRedoThePlanRefusesIsDroppedWithTheRedosAfterIt() {
        HeldTasks tasks = new HeldTasks();
        UndoStack stack = new UndoStack(tasks, e -> log.add("failed " + e.getMessage()));
        boolean[] gone = {false};
        stack.execute(UndoableEdit.of("A", () -> {
            if (gone[0]) {
                throw new IllegalStateException("A's item is gone");
            }
            log.add("do A");
        }, () -> log.add("undo A")));
        stack.execute(edit("B"));
        tasks.finishAll();
        stack.undo();
        tasks.finishAll();
        stack.undo();
        tasks.finishAll();
        gone[0] = true;

        stack.redo();
        tasks.finishAll();

        assertThat(log).endsWith("failed A's item is gone");
        assertThat(stack.canRedoProperty().get()).isFalse();
        assertThat(stack.redoDescriptionProperty().get()).isEmpty();
    }
}

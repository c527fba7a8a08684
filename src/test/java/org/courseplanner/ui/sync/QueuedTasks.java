package org.courseplanner.ui.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.courseplanner.ui.common.BackgroundTasks;

/** Background work that waits until the test runs it: what was started, and in which order, can be seen. */
final class QueuedTasks implements BackgroundTasks {
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> BackgroundTasks.direct().run(description, work, onSuccess, onFailure));
    }

    int waiting() {
        return queued.size();
    }

    /** Runs what waits, and what that starts, until nothing is left. */
    void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    /** Runs only the first waiting work. */
    void runOne() {
        queued.poll().run();
    }
}

package org.courseplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Background work as JavaFX {@link Task}s on one daemon thread: edits reach the database in the
 * order they were made, and the UI thread never waits for it.
 */
public final class FxBackgroundTasks implements BackgroundTasks {
    private final ExecutorService executor;

    public FxBackgroundTasks() {
        this("course-planner-background");
    }

    /** On a thread of its own, named {@code threadName} (calendar sync waits on the network, never on the edits' thread). */
    public FxBackgroundTasks(String threadName) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(description);
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    @Override
    public <T> RunningWork runWithProgress(String description, java.util.function.Function<RunningWork, T> work,
                                           Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        RunningWork handle = new RunningWork(javafx.application.Platform::runLater);
        run(description, () -> work.apply(handle), onSuccess, onFailure);
        return handle;
    }

    /** Lets the edits already asked for reach the plan (a few seconds at most), then stops. */
    public void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

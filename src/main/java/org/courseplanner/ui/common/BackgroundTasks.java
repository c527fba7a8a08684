package org.courseplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread (the database, the engine) and hands the result back on it.
 * Tests use {@link #direct()}, which runs everything at once on the calling thread.
 */
public interface BackgroundTasks {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs long work that reports its progress and can be cancelled; the returned handle shows
     * both. A cancelled work ends in {@code onFailure} with {@link org.courseplanner.domain.Progress.Cancelled}.
     */
    default <T> RunningWork runWithProgress(String description, java.util.function.Function<RunningWork, T> work,
                                            Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        RunningWork handle = new RunningWork(Runnable::run);
        run(description, () -> work.apply(handle), onSuccess, onFailure);
        return handle;
    }

    /** Runs everything immediately on the calling thread. */
    static BackgroundTasks direct() {
        return new BackgroundTasks() {
            @Override
            public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}

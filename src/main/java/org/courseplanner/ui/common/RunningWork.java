package org.courseplanner.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.courseplanner.domain.Progress;

/**
 * Long work in the background (a big import) as the window sees it: how far it is (0 to 1, or -1
 * while unknown) and a way to cancel it. The work itself sees it as a {@link Progress}.
 */
public final class RunningWork implements Progress {
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final java.util.function.Consumer<Runnable> uiThread;

    /** @param uiThread runs a change of the progress property on the UI thread (Platform::runLater, or Runnable::run in tests) */
    public RunningWork(java.util.function.Consumer<Runnable> uiThread) {
        this.uiThread = uiThread;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Asks the work to stop; it stops at its next step and undoes what it did. */
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    /** The last value sent to the UI thread, in hundredths: a big import sends a hundred updates, not one per event. */
    private final java.util.concurrent.atomic.AtomicLong lastSent = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);

    @Override
    public void update(long done, long total) {
        double value = total <= 0 ? -1 : (double) done / total;
        long hundredths = Math.round(value * 100);
        if (lastSent.getAndSet(hundredths) != hundredths) {
            uiThread.accept(() -> progress.set(value));
        }
    }
}

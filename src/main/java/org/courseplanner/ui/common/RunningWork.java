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

    @Override
    public void update(long done, long total) {
        double value = total <= 0 ? -1 : (double) done / total;
        uiThread.accept(() -> progress.set(value));
    }
}

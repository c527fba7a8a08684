package org.courseplanner.ui.common;

import java.time.Duration;

/** Runs something on the UI thread after a while: JavaFX's timeline in the window, a clock of their own in tests. */
public interface Delays {

    /** Runs {@code then} once after {@code delay}; running the returned handle cancels it. */
    Runnable after(Duration delay, Runnable then);
}

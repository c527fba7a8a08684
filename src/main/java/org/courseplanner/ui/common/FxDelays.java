package org.courseplanner.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** Delays on the JavaFX thread, as pauses of its animation timer (called on that thread). */
public final class FxDelays implements Delays {
    @Override
    public Runnable after(Duration delay, Runnable then) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> then.run());
        pause.play();
        return pause::stop;
    }
}

package org.courseplanner.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Refusal;
import org.courseplanner.logging.Logs;

/**
 * What the window says when background work fails. A refusal (or a cancel) is the student's to act
 * on: its own sentence, logged at FINE only. Anything else is a fault of ours or of the computer:
 * logged with its stack trace, and the sentence says where the log is.
 */
public final class Failures {
    private static final Logger LOG = Logger.getLogger("org.courseplanner.ui");

    private Failures() {
    }

    /** The sentence for the status bar when {@code doing} (e.g. "Could not save the change") failed with {@code e}. */
    public static String sentence(String doing, Throwable e) {
        if (e instanceof Refusal || e instanceof Progress.Cancelled) {
            LOG.log(Level.FINE, () -> doing + ", refused: " + e.getMessage());
            return Sentences.of(e);
        }
        LOG.log(Level.SEVERE, doing, e);
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (why.endsWith(".")) {
            why = why.substring(0, why.length() - 1);
        }
        return doing + ": " + why + Logs.detailsIn() + ".";
    }
}

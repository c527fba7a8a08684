package org.courseplanner.cli;

import java.nio.file.Path;
import java.time.LocalDate;

/** Opens the planner window; the command line calls it when no command is given. */
@FunctionalInterface
public interface WindowOpener {
    /**
     * @param database the plan file, or {@code null} for the default one
     * @param empty    true to create a missing file without the sample term
     * @param today    the date the window takes for today (it opens on its week), or {@code null} for the computer's
     * @return the exit status once the window is closed (0, or 1 when it could not open)
     */
    int open(Path database, boolean empty, LocalDate today);
}

package org.courseplanner.ui.main;

import java.nio.file.Path;

/**
 * Opens another plan file in the window, in place of the current one: the application does it off
 * the UI thread, and keeps the current plan when the other file is refused.
 */
public interface PlanSwitcher {
    /** Opens {@code file}; with {@code create}, it must not exist yet and is started empty. */
    void open(Path file, boolean create);
}

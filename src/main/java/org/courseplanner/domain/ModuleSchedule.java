package org.courseplanner.domain;

/** When an async module's material is open: every week, or one single window. */
public sealed interface ModuleSchedule permits WeeklyWindow, SingleWindow {

    /** How many numbered windows there are (1 for a single window). */
    int windows();
}

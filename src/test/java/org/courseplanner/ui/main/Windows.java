package org.courseplanner.ui.main;

import java.time.Clock;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.Planner;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.week.WeekViewModel;

/** The window's view models wired as app wires them (the week feature's view model as the main window's week). */
public final class Windows {
    private Windows() {
    }

    public static MainViewModel open(Planner planner, BackgroundTasks tasks, Clock clock, CalendarFiles files) {
        return new MainViewModel(planner, tasks, files, undo -> new WeekViewModel(clock, planner, undo), clock);
    }

    /** The week calendar's own view model, for what only the week shows (its blocks, drags). */
    public static WeekViewModel week(MainViewModel window) {
        return (WeekViewModel) window.week();
    }
}

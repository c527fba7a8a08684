package org.courseplanner.ui.week;

import java.time.LocalDate;
import java.time.LocalTime;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.ui.common.UndoableEdit;

/**
 * Moving (or resizing) a meeting of a session, for every week or for one week only; like a
 * {@link org.courseplanner.ui.common.ChangeEdit}, only on the session as the week showed it.
 */
final class MoveMeetingEdit implements UndoableEdit {
    private final Planner planner;
    private final SyncSession before;
    private final LocalDate date;
    private final LocalDate newDate;
    private final LocalTime newStart;
    private final LocalTime newEnd;
    private final boolean everyWeek;
    private volatile long oneOffId;
    /** The session as the next apply or revert expects to find it: as the week showed it, then as the last step left it. */
    private volatile SyncSession expected;

    MoveMeetingEdit(Planner planner, SyncSession before, LocalDate date, LocalDate newDate, LocalTime newStart, LocalTime newEnd,
                    boolean everyWeek) {
        this.planner = planner;
        this.before = before;
        this.date = date;
        this.newDate = newDate;
        this.newStart = newStart;
        this.newEnd = newEnd;
        this.everyWeek = everyWeek;
        this.expected = before;
    }

    @Override
    public String description() {
        return "Move " + before.kind().title() + (everyWeek ? "" : " on " + date);
    }

    @Override
    public void apply() {
        // a redo puts the one-off back under its first id: a resize of it, later in the history, names that id
        expected = planner.changeAsSeen(expected, () -> {
            SyncSession now = planner.moveMeeting(before.id(), date, newDate, newStart, newEnd, everyWeek, oneOffId);
            oneOffId = now.id() == before.id() ? 0 : now.id();
        }).orElse(expected);
    }

    @Override
    public void revert() {
        // only on the session as the move left it: a change made elsewhere since is kept, and the undo refused
        expected = planner.changeAsSeen(expected, () -> {
            if (oneOffId != 0) {
                planner.remove(oneOffId);
            }
            planner.restore(before);
        }).orElse(before);
    }
}

package org.courseplanner.ui.week;

import java.time.LocalDate;
import java.time.LocalTime;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.ui.common.ChangeEdit;
import org.courseplanner.ui.common.UndoableEdit;

/**
 * Moving (or resizing) a meeting of a session, for every week or for one week only: a
 * {@link ChangeEdit} of the session as the week showed it, whose undo also takes away the one-off
 * meeting a one-week move made.
 */
final class MoveMeetingEdit implements UndoableEdit {
    private final ChangeEdit<SyncSession> edit;
    /** The one-off meeting the last apply made (0 when it moved every week); background work, one step at a time. */
    private volatile long oneOffId;

    MoveMeetingEdit(Planner planner, SyncSession before, LocalDate date, LocalDate newDate, LocalTime newStart, LocalTime newEnd,
                    boolean everyWeek) {
        edit = new ChangeEdit<>("Move " + before.kind().title() + (everyWeek ? "" : " on " + date), planner, before, () -> {
            // a redo puts the one-off back under its first id: a resize of it, later in the history, names that id
            SyncSession now = planner.moveMeeting(before.id(), date, newDate, newStart, newEnd, everyWeek, oneOffId);
            oneOffId = now.id() == before.id() ? 0 : now.id();
        }, session -> {
            if (oneOffId != 0) {
                planner.remove(oneOffId);
            }
            planner.restore(session);
        });
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public void apply() {
        edit.apply();
    }

    @Override
    public void revert() {
        edit.revert();
    }
}

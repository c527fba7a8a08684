package org.courseplanner.domain.sync;

import java.util.List;

/**
 * What a publish did. Everything counted as added, changed or removed is on the server and
 * recorded in the plan; the conflicts and what was not sent stay pending for the next publish.
 *
 * @param notSent        changes not tried because the publish stopped (server gone, cancelled)
 * @param stoppedBecause why it stopped before the end, or {@code null} when it went through
 */
public record SyncReport(int added, int changed, int removed, int unchanged, List<SyncConflict> conflicts,
                         List<PendingChange> notSent, String stoppedBecause) {
    public SyncReport {
        conflicts = List.copyOf(conflicts);
        notSent = List.copyOf(notSent);
    }

    /** True when the calendar now holds exactly the plan's events. */
    public boolean complete() {
        return conflicts.isEmpty() && notSent.isEmpty() && stoppedBecause == null;
    }

    /** How many changes are still to send: the conflicts and what was not sent. */
    public int pending() {
        return conflicts.size() + notSent.size();
    }
}

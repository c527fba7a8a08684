package org.courseplanner.domain.sync;

/**
 * A resource that a publish did not write because the calendar's copy is not the one it last
 * published: another app changed it, deleted it, or made one with the same UID. It stays as the
 * server has it until the student chooses to overwrite it.
 *
 * @param reason what happened, e.g. "was changed on the calendar since the last publish"
 */
public record SyncConflict(PendingChange change, String reason) {
    public String describe() {
        return change.summary() + " (" + change.kind().verb() + "): " + reason;
    }
}

package org.courseplanner.domain;

import java.time.LocalTime;

/**
 * A term's thresholds for the conflict rules.
 *
 * @param deadlineClusterSize how many deadlines within 24 hours make a cluster
 * @param transferMinutes     the least time to get from one room to another
 * @param quietFrom           start of the student's quiet hours, in their own zone
 * @param quietTo             end of the quiet hours (the next morning when at or before {@code quietFrom})
 */
public record ConflictSettings(int deadlineClusterSize, int transferMinutes, LocalTime quietFrom, LocalTime quietTo) {

    public static final ConflictSettings DEFAULTS = new ConflictSettings(3, 10, LocalTime.of(22, 0), LocalTime.of(7, 0));

    public ConflictSettings {
        Refusal.require(deadlineClusterSize >= 2 && deadlineClusterSize <= 20, "cluster",
                "a deadline cluster is 2 to 20 deadlines within 24 hours, not " + deadlineClusterSize);
        Refusal.require(transferMinutes >= 0 && transferMinutes <= 120, "transfer",
                "the time to change rooms must be 0 to 120 minutes, not " + transferMinutes);
        Refusal.require(quietFrom != null && quietTo != null, "quiet", "give quiet hours as FROM-TO, e.g. 22:00-07:00");
        Refusal.require(!quietFrom.equals(quietTo), "quiet", "quiet hours start and end at " + quietFrom + ": give an end other than the start, e.g. 22:00-07:00");
    }

    public ConflictSettings withQuietHours(LocalTime from, LocalTime to) {
        return new ConflictSettings(deadlineClusterSize, transferMinutes, from, to);
    }
}

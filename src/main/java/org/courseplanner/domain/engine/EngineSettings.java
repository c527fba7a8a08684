package org.courseplanner.domain.engine;

import java.time.LocalTime;

/**
 * The thresholds of the conflict rules.
 *
 * @param deadlineClusterSize how many deadlines within 24 hours make a cluster
 * @param transferMinutes     the least time to get from one room to another
 * @param quietFrom           start of the student's quiet hours, in their own zone
 * @param quietTo             end of the quiet hours (the next morning when before {@code quietFrom})
 */
public record EngineSettings(int deadlineClusterSize, int transferMinutes, LocalTime quietFrom, LocalTime quietTo) {

    public static final EngineSettings DEFAULTS = new EngineSettings(3, 10, LocalTime.of(22, 0), LocalTime.of(7, 0));
}

package org.courseplanner.domain.engine;

import java.time.ZonedDateTime;

/**
 * One numbered window of an async module, from when it opens to when it is due, with the
 * effort it asks for. Skipped weeks have none.
 */
public record ModuleWindowOccurrence(long moduleId, long courseId, String courseCode, String title, int number,
                                     ZonedDateTime opens, ZonedDateTime due, double effortHours, boolean done) {
}

package org.courseplanner.domain;

import java.util.Set;

/**
 * What an iCalendar export contains.
 *
 * @param courseCodes     the courses to export; empty for all
 * @param tasks           also a to-do per module week (opens → due), for apps that have tasks
 * @param alarmMinutes    a reminder this many minutes before classes and deadlines, or {@code null}
 * @param withCommitments also the student's own commitments
 */
public record ExportOptions(Set<String> courseCodes, boolean tasks, Integer alarmMinutes, boolean withCommitments) {
    public ExportOptions {
        courseCodes = Set.copyOf(courseCodes == null ? Set.of() : courseCodes);
        Refusal.require(alarmMinutes == null || (alarmMinutes >= 0 && alarmMinutes <= 7 * 24 * 60), "alarm",
                "the alarm is minutes before the event, 0 to 10080 (a week), not " + alarmMinutes);
    }

    public static final ExportOptions EVERYTHING_BUT_COMMITMENTS = new ExportOptions(Set.of(), false, null, false);

    /** True when the course is to be exported. */
    public boolean includes(Course course) {
        return courseCodes.isEmpty() || courseCodes.stream().anyMatch(course::hasCode);
    }
}

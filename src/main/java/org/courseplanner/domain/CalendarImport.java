package org.courseplanner.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What an iCalendar file proposes to add to a term, read by a {@link CalendarImporter}: times of
 * sessions and deadlines already in the school's zone, commitments in their own.
 *
 * @param notes events that are not imported, each with the reason ("all-day event without a due date")
 */
public record CalendarImport(List<Session> sessions, List<Deadline> deadlines, List<Busy> commitments, List<String> notes) {
    public CalendarImport {
        sessions = List.copyOf(sessions);
        deadlines = List.copyOf(deadlines);
        commitments = List.copyOf(commitments);
        notes = List.copyOf(notes);
    }

    /** A live class: recurring, or once (an exam). */
    public record Session(String uid, String courseCode, String courseTitle, SessionKind kind, WeeklyPattern pattern, String location) {
    }

    /** A deadline from an LMS or a timetable: a single-window module. */
    public record Deadline(String uid, String courseCode, String courseTitle, String title, LocalDateTime opens, LocalDateTime due) {
    }

    /** An event with no course: the student's own busy time. */
    public record Busy(String uid, String title, WeeklyPattern pattern, ZoneId zone) {
    }

    public int size() {
        return sessions.size() + deadlines.size() + commitments.size();
    }
}

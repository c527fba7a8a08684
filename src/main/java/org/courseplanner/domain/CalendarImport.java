package org.courseplanner.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What an iCalendar file proposes to add to a term, read by a {@link CalendarImporter}: times of
 * sessions, deadlines and study blocks already in the school's zone, commitments in their own.
 *
 * @param studyBlocks study time for a module the file (or the plan) has, as our own export writes it
 * @param courses     the titles, deliveries and credits the file gives for its courses
 * @param notes       events that are not imported, each with the reason ("all-day event without a due date")
 */
public record CalendarImport(List<Session> sessions, List<Deadline> deadlines, List<Busy> commitments, List<StudyTime> studyBlocks,
                             List<CourseFacts> courses, List<String> notes) {
    public CalendarImport {
        courses = List.copyOf(courses);
        sessions = List.copyOf(sessions);
        deadlines = List.copyOf(deadlines);
        commitments = List.copyOf(commitments);
        studyBlocks = List.copyOf(studyBlocks);
        notes = List.copyOf(notes);
    }

    /** Without study blocks: what a school's timetable or an LMS feed holds. */
    public CalendarImport(List<Session> sessions, List<Deadline> deadlines, List<Busy> commitments, List<String> notes) {
        this(sessions, deadlines, commitments, List.of(), List.of(), notes);
    }

    /** What the file says of a course beyond its code (our own export says it): for a course the import creates. */
    public record CourseFacts(String code, String title, Delivery delivery, Double credits) {
    }

    /** The facts the file gives for a course, if any. */
    public java.util.Optional<CourseFacts> facts(String code) {
        return courses.stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
    }

    /** A live class: recurring, or once (an exam). */
    public record Session(String uid, String courseCode, String courseTitle, SessionKind kind, WeeklyPattern pattern, String location) {
    }

    /**
     * A deadline from an LMS or a timetable: a single-window module.
     *
     * @param effortHours the hours of work the file gives (our own export does), or {@code null}
     */
    public record Deadline(String uid, String courseCode, String courseTitle, String title, LocalDateTime opens, LocalDateTime due,
                           Double effortHours) {
        public Deadline(String uid, String courseCode, String courseTitle, String title, LocalDateTime opens, LocalDateTime due) {
            this(uid, courseCode, courseTitle, title, opens, due, null);
        }
    }

    /**
     * Study time for the module window titled {@code windowTitle} ("Module 3", "Essay") of a course,
     * or for the course's homework in the week it starts in.
     *
     * @param windowTitle the module window's title; {@code null} for homework
     * @param minutes     its length on the school's wall clock
     * @param auto        true when the study planner placed it
     */
    public record StudyTime(String uid, String courseCode, String windowTitle, LocalDateTime start, int minutes, boolean auto) {
        /** Study time for a module window that the student placed. */
        public StudyTime(String uid, String courseCode, String windowTitle, LocalDateTime start, int minutes) {
            this(uid, courseCode, windowTitle, start, minutes, false);
        }

        /** True for a course's homework, false for a module window's study. */
        public boolean isHomework() {
            return windowTitle == null;
        }
    }

    /** An event with no course: the student's own busy time. */
    public record Busy(String uid, String title, WeeklyPattern pattern, ZoneId zone) {
    }

    public int size() {
        return sessions.size() + deadlines.size() + commitments.size() + studyBlocks.size();
    }
}

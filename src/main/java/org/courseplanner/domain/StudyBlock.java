package org.courseplanner.domain;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Time the student sets aside, in the school's wall-clock time: for one numbered window of an async
 * module (a study block), or for a live course's weekly homework (a homework block).
 *
 * @param moduleId the module studied for, or 0 for a homework block
 * @param courseId the course the homework is for, or 0 for a module's study block
 * @param week     the module's window number, or for homework the term week ({@link Term#weekNumber})
 * @param auto     true when the study planner placed the block, false when the student did (pinned)
 */
public record StudyBlock(long id, long moduleId, long courseId, int week, LocalDateTime start, int minutes, boolean auto) {

    public static final int MAX_MINUTES = 12 * 60;

    public StudyBlock {
        Refusal.require((moduleId > 0) != (courseId > 0), moduleId > 0 ? "course" : "module",
                "a study block is for one module's week or one course's homework: give a module or a course, not "
                        + (moduleId > 0 ? "both" : "neither"));
        Refusal.require(week >= 1, "week", "weeks are numbered from 1, not " + week);
        Refusal.require(start != null, "at", "give when the study block starts, e.g. --at 2026-09-02T19:00");
        start = start.truncatedTo(ChronoUnit.MINUTES);
        Refusal.require(minutes >= 5 && minutes <= MAX_MINUTES, "minutes",
                "a study block lasts 5 to " + MAX_MINUTES + " minutes, not " + minutes);
    }

    /** A module's study block that the student placed. */
    public StudyBlock(long id, long moduleId, int week, LocalDateTime start, int minutes) {
        this(id, moduleId, 0, week, start, minutes, false);
    }

    /** A block for a live course's homework in one term week. */
    public static StudyBlock homework(long id, long courseId, int week, LocalDateTime start, int minutes, boolean auto) {
        return new StudyBlock(id, 0, courseId, week, start, minutes, auto);
    }

    /** True for a course's homework block, false for a module's study block. */
    public boolean isHomework() {
        return courseId > 0;
    }

    public StudyBlock withId(long newId) {
        return new StudyBlock(newId, moduleId, courseId, week, start, minutes, auto);
    }

    /** The same block, placed by the planner ({@code true}) or taken by the student ({@code false}). */
    public StudyBlock withAuto(boolean placedByPlanner) {
        return new StudyBlock(id, moduleId, courseId, week, start, minutes, placedByPlanner);
    }

    /** The same block at another start. */
    public StudyBlock withStart(LocalDateTime newStart) {
        return new StudyBlock(id, moduleId, courseId, week, newStart, minutes, auto);
    }

    public LocalDateTime end() {
        return start.plusMinutes(minutes);
    }
}

package org.courseplanner.ical;

/**
 * The properties of our own that an export adds beside the standard ones, so that importing it
 * into another plan gives back the same items. Calendar apps ignore X- properties.
 */
final class PlannerProperties {
    /** A session's kind ("lab", "other"). */
    static final String KIND = "X-COURSE-PLANNER-KIND";
    /** The course's title, on each of its events. */
    static final String COURSE = "X-COURSE-PLANNER-COURSE";
    /** The course's delivery ("sync", "async", "hybrid"), on each of its events. */
    static final String DELIVERY = "X-COURSE-PLANNER-DELIVERY";
    /** The course's credits, on each of its events. */
    static final String CREDITS = "X-COURSE-PLANNER-CREDITS";
    /** When a deadline's module window opens: TZID and local time, as DTSTART is written. */
    static final String OPENS = "X-COURSE-PLANNER-OPENS";
    /** A module window's estimated hours of work. */
    static final String EFFORT = "X-COURSE-PLANNER-EFFORT";

    /** TRUE on a study block the study planner placed (the student may move it; then it is theirs). */
    static final String AUTO = "X-COURSE-PLANNER-AUTO";
    /** On a course's homework block: the term week it is for. */
    static final String HOMEWORK = "X-COURSE-PLANNER-HOMEWORK";
    /** The category an auto block carries beside its course's code, so calendar apps can show or hide them together. */
    static final String PLANNED_CATEGORY = "Planned by Course Planner";

    private PlannerProperties() {
    }
}

package org.courseplanner.domain;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Time the student plans for one numbered window of an async module, in the school's wall-clock time. */
public record StudyBlock(long id, long moduleId, int week, LocalDateTime start, int minutes) {

    public static final int MAX_MINUTES = 12 * 60;

    public StudyBlock {
        Refusal.require(week >= 1, "week", "weeks are numbered from 1, not " + week);
        Refusal.require(start != null, "at", "give when the study block starts, e.g. --at 2026-09-02T19:00");
        start = start.truncatedTo(ChronoUnit.MINUTES);
        Refusal.require(minutes >= 5 && minutes <= MAX_MINUTES, "minutes",
                "a study block lasts 5 to " + MAX_MINUTES + " minutes, not " + minutes);
    }

    public StudyBlock withId(long newId) {
        return new StudyBlock(newId, moduleId, week, start, minutes);
    }

    public LocalDateTime end() {
        return start.plusMinutes(minutes);
    }
}

package org.courseplanner.domain;

import java.time.ZoneId;

/**
 * The student's own busy time, such as a job shift or a commute. Its times are in the student's
 * zone unless it names another; breaks do not cancel it.
 *
 * @param zone the zone its times are in, or {@code null} for the student's own zone
 */
public record Commitment(long id, long termId, String title, WeeklyPattern pattern, ZoneId zone) {

    public Commitment {
        title = Refusal.requireText(title, "title", "\"Café shift\"");
        Refusal.require(pattern != null && pattern.isPlaced(), "days",
                "a commitment needs days and times, e.g. --days TU,TH --start 17:00 --end 21:00");
    }

    public Commitment withId(long newId) {
        return new Commitment(newId, termId, title, pattern, zone);
    }

    /** The zone its times are read in, for a student living in {@code studentZone}. */
    public ZoneId effectiveZone(ZoneId studentZone) {
        return zone != null ? zone : studentZone;
    }
}

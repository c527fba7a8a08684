package org.courseplanner.domain.catalog;

import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.WeeklyPattern;

/**
 * One meeting time of a catalog section, as the registrar publishes it: days and wall-clock times
 * in the school's zone, between the section's dates. A pattern without days or times is a meeting
 * the registrar has not placed (TBA, arranged).
 *
 * @param location a room ("DCC 308"), a meeting link, or {@code null}
 */
public record CatalogMeeting(SessionKind kind, WeeklyPattern pattern, String location) {

    public CatalogMeeting {
        Refusal.require(kind != null, "kind", "give the meeting's kind, e.g. lecture or lab");
        Refusal.require(pattern != null, "days", "give the meeting's days and times, or none for a time still TBA");
        Refusal.require(!pattern.crossesMidnight(), "end",
                "a class must end after it starts on the same day: " + pattern.end() + " is not after " + pattern.start());
        location = location == null || location.isBlank() ? null : location.strip();
    }

    /** True when it has days and times. */
    public boolean isPlaced() {
        return pattern.isPlaced();
    }
}

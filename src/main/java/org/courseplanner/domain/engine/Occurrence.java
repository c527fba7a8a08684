package org.courseplanner.domain.engine;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One concrete meeting, deadline, shift or study block, at real instants. {@code start} and
 * {@code end} carry the zone the item is defined in (the school's, or a commitment's own).
 *
 * @param itemId     the id of the session, module, commitment or study block it comes from
 * @param courseCode the course's code, or {@code null} for a commitment
 * @param number     the module week for deadlines and study blocks, else 0
 * @param place      a room or a meeting link, or {@code null}
 */
public record Occurrence(OccurrenceType type, long itemId, String courseCode, String title, ZonedDateTime start,
                         ZonedDateTime end, int number, String place) {

    public Occurrence {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an occurrence ends before it starts: " + start + " > " + end);
        }
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** The same occurrence with its times shown in another zone (the same instants). */
    public Occurrence in(ZoneId zone) {
        return new Occurrence(type, itemId, courseCode, title, start.withZoneSameInstant(zone), end.withZoneSameInstant(zone),
                number, place);
    }

    /** True when the two share some time (touching ends do not count). */
    public boolean overlaps(Occurrence other) {
        return start.toInstant().isBefore(other.end.toInstant()) && other.start.toInstant().isBefore(end.toInstant());
    }
}

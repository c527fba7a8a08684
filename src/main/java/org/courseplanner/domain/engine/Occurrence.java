package org.courseplanner.domain.engine;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One concrete meeting, deadline, shift or study block, at real instants. {@code start} and
 * {@code end} carry the zone the item is defined in (the school's, or a commitment's own).
 * A value: two occurrences with the same fields are equal.
 */
public final class Occurrence {
    private final OccurrenceType type;
    private final long itemId;
    private final String courseCode;
    private final String title;
    private final ZonedDateTime start;
    private final ZonedDateTime end;
    private final int number;
    private final String place;
    private final long startSecond;
    private final long endSecond;

    /**
     * @param itemId     the id of the session, module, commitment or study block it comes from
     * @param courseCode the course's code, or {@code null} for a commitment
     * @param number     the module week for deadlines and study blocks, else 0
     * @param place      a room or a meeting link, or {@code null}
     */
    public Occurrence(OccurrenceType type, long itemId, String courseCode, String title, ZonedDateTime start, ZonedDateTime end,
                      int number, String place) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an occurrence ends before it starts: " + start + " > " + end);
        }
        this.type = Objects.requireNonNull(type);
        this.itemId = itemId;
        this.courseCode = courseCode;
        this.title = Objects.requireNonNull(title);
        this.start = start;
        this.end = end;
        this.number = number;
        this.place = place;
        this.startSecond = start.toEpochSecond();
        this.endSecond = end.toEpochSecond();
    }

    public OccurrenceType type() {
        return type;
    }

    public long itemId() {
        return itemId;
    }

    public String courseCode() {
        return courseCode;
    }

    public String title() {
        return title;
    }

    public ZonedDateTime start() {
        return start;
    }

    public ZonedDateTime end() {
        return end;
    }

    public int number() {
        return number;
    }

    public String place() {
        return place;
    }

    /** The start as seconds since the epoch (kept, since sorting and sweeping compare it often). */
    public long startSecond() {
        return startSecond;
    }

    public long endSecond() {
        return endSecond;
    }

    public long minutes() {
        return (endSecond - startSecond) / 60;
    }

    /** The same occurrence with its times shown in another zone (the same instants). */
    public Occurrence in(ZoneId zone) {
        return new Occurrence(type, itemId, courseCode, title, start.withZoneSameInstant(zone), end.withZoneSameInstant(zone),
                number, place);
    }

    /** True when the two share some time (touching ends do not count). */
    public boolean overlaps(Occurrence other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Occurrence other && type == other.type && itemId == other.itemId && number == other.number
                && Objects.equals(courseCode, other.courseCode) && title.equals(other.title) && start.equals(other.start)
                && end.equals(other.end) && Objects.equals(place, other.place);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, itemId, title, start, end, number);
    }

    @Override
    public String toString() {
        return type.label() + " " + itemId + " " + title + " " + start + " - " + end + (place == null ? "" : " @ " + place);
    }
}

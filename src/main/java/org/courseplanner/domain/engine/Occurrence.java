package org.courseplanner.domain.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
    private final ZoneId zone;
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
        this(type, itemId, courseCode, title, start.toEpochSecond(), end.toEpochSecond(), start.getZone(), number, place);
        if (!end.getZone().equals(start.getZone())) {
            throw new IllegalArgumentException("an occurrence starts and ends in one zone: " + start + " / " + end);
        }
    }

    /** From instants in seconds; {@code zone} is the zone it is shown in by default. */
    Occurrence(OccurrenceType type, long itemId, String courseCode, String title, long startSecond, long endSecond, ZoneId zone,
               int number, String place) {
        if (endSecond < startSecond) {
            throw new IllegalArgumentException("an occurrence ends before it starts: " + title + " " + startSecond + " > " + endSecond);
        }
        this.type = Objects.requireNonNull(type);
        this.itemId = itemId;
        this.courseCode = courseCode;
        this.title = Objects.requireNonNull(title);
        this.startSecond = startSecond;
        this.endSecond = endSecond;
        this.zone = Objects.requireNonNull(zone);
        this.number = number;
        this.place = place;
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

    /** When it starts, in the zone it is defined in (the school's, or a commitment's own). */
    public ZonedDateTime start() {
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(startSecond), zone);
    }

    public ZonedDateTime end() {
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(endSecond), zone);
    }

    public ZoneId zone() {
        return zone;
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
    public Occurrence in(ZoneId otherZone) {
        return new Occurrence(type, itemId, courseCode, title, startSecond, endSecond, otherZone, number, place);
    }

    /** True when the two share some time (touching ends do not count). */
    public boolean overlaps(Occurrence other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    /**
     * True when the engine reports these two as an overlap: two items that both take time share
     * some of it, unless both are the student's own commitments (those may overlap). The week
     * view's marks and its drag preview use this too, so they warn exactly where the engine does.
     */
    public boolean clashesWith(Occurrence other) {
        return itemId != other.itemId && type != OccurrenceType.DEADLINE && other.type != OccurrenceType.DEADLINE
                && !(type == OccurrenceType.COMMITMENT && other.type == OccurrenceType.COMMITMENT) && overlaps(other);
    }

    /** The occurrences of {@code items} that clash ({@link #clashesWith}) with another of them: one sweep, not every pair. */
    public static java.util.Set<Occurrence> clashing(List<Occurrence> items) {
        java.util.Set<Occurrence> found = new java.util.HashSet<>();
        OverlapSweep.within(items, (a, b) -> {
            if (a.clashesWith(b)) {
                found.add(a);
                found.add(b);
            }
        });
        return found;
    }

    /** The same occurrence moved: its start and end shifted by these many seconds (a drag preview). */
    public Occurrence shifted(long startSeconds, long endSeconds) {
        return new Occurrence(type, itemId, courseCode, title, startSecond + startSeconds, Math.max(startSecond + startSeconds,
                endSecond + endSeconds), zone, number, place);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Occurrence other && type == other.type && itemId == other.itemId && number == other.number
                && Objects.equals(courseCode, other.courseCode) && title.equals(other.title) && startSecond == other.startSecond
                && endSecond == other.endSecond && zone.equals(other.zone) && Objects.equals(place, other.place);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, itemId, title, startSecond, endSecond, number);
    }

    @Override
    public String toString() {
        return type.label() + " " + itemId + " " + title + " " + start() + " - " + end() + (place == null ? "" : " @ " + place);
    }
}

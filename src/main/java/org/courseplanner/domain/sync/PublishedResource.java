package org.courseplanner.domain.sync;

/**
 * What the server holds of one resource this plan published, as last seen: where it is, its ETag
 * (to change or delete it only while no one else has), and the fingerprint of what was sent.
 *
 * @param summary     what it was called when published, to name it once it is removed from the plan
 * @param href        the resource's path on the server, e.g. {@code /ana/courses/0123…-42@course-planner.ics}
 * @param etag        the server's entity tag after the last write, or {@code null} when it gave none
 * @param fingerprint {@link CalendarResource#fingerprint()} of the text last written
 */
public record PublishedResource(String uid, String summary, String href, String etag, String fingerprint) {
}

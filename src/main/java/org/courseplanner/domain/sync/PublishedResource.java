package org.courseplanner.domain.sync;

/**
 * What the server holds of one resource this plan published, as last confirmed: where it is, its
 * ETag (to change or delete it only while no one else has), and the fingerprint of what was sent.
 * A write is noted before it is sent ({@code sending}), so that when its answer is lost (the
 * connection breaks, the process is killed) the next publish knows the server's copy as its own.
 *
 * @param summary     what it was called when published, to name it once it is removed from the plan
 * @param href        the resource's path on the server, e.g. {@code /ana/courses/0123…-42@course-planner.ics}
 * @param etag        the server's entity tag after the last confirmed write, or {@code null} when it gave none
 * @param fingerprint {@link CalendarResource#fingerprint(String)} of the text the server confirmed, or
 *                    {@code null} while nothing was confirmed
 * @param sending     the fingerprint of a write sent and not confirmed yet, or {@code null}
 */
public record PublishedResource(String uid, String summary, String href, String etag, String fingerprint, String sending) {

    /** A resource the server confirmed, with no write of it under way. */
    public static PublishedResource confirmed(String uid, String summary, String href, String etag, String fingerprint) {
        return new PublishedResource(uid, summary, href, etag, fingerprint, null);
    }

    /** True when the server confirmed a version of it (else only a write was sent, which may or may not have arrived). */
    public boolean isConfirmed() {
        return fingerprint != null;
    }

    /** True when a copy with this fingerprint is one this plan wrote: the confirmed one or the one last sent. */
    public boolean wrote(String fingerprintOnServer) {
        return fingerprintOnServer.equals(fingerprint) || fingerprintOnServer.equals(sending);
    }
}

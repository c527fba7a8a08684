package org.courseplanner.domain.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One calendar object resource as CalDAV stores it (RFC 4791 4.1): a VCALENDAR with the
 * components of one UID (a class series with its exceptions, a deadline, a study block…) and the
 * time zones they use.
 *
 * @param uid         the components' UID, stable from publish to publish
 * @param summary     what the student calls it in a report ("CS 101 Lecture")
 * @param ics         the resource's text, CRLF lines, no METHOD
 * @param fingerprint what decides whether it changed since it was published: a hash of its text
 *                    without the DTSTAMP lines, which differ at every export
 */
public record CalendarResource(String uid, String summary, String ics, String fingerprint) {

    /** A resource with its fingerprint computed from its text. */
    public static CalendarResource of(String uid, String summary, String ics) {
        return new CalendarResource(uid, summary, ics, fingerprint(ics));
    }

    /** The hash of an iCalendar text, the same for two texts that differ only in DTSTAMP (and line folding). */
    public static String fingerprint(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "");
        StringBuilder kept = new StringBuilder(unfolded.length());
        for (String line : unfolded.split("\r?\n")) {
            if (!line.startsWith("DTSTAMP")) {
                kept.append(line).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

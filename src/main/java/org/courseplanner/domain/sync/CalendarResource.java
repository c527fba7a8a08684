package org.courseplanner.domain.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * One calendar object resource as CalDAV stores it (RFC 4791 4.1): a VCALENDAR with the
 * components of one UID (a class series with its exceptions, a deadline, a study block…) and the
 * time zones they use.
 *
 * @param uid         the components' UID, stable from publish to publish
 * @param summary     what the student calls it in a report ("CS 101 Lecture")
 * @param ics         the resource's text, CRLF lines, no METHOD
 * @param fingerprint what decides whether it changed since it was published: {@link #fingerprint(String)}
 */
public record CalendarResource(String uid, String summary, String ics, String fingerprint) {

    /** A resource with its fingerprint computed from its text. */
    public static CalendarResource of(String uid, String summary, String ics) {
        return new CalendarResource(uid, summary, ics, fingerprint(ics));
    }

    /**
     * The hash of an iCalendar text, the same for two texts that say the same: DTSTAMP (which
     * differs at every export), line folding and the order of properties and of components are
     * left out, since servers store a resource in their own order (Radicale sorts it).
     */
    public static String fingerprint(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
        List<String> lines = new ArrayList<>();
        for (String line : unfolded.split("\r?\n")) {
            if (!line.isEmpty() && !line.startsWith("DTSTAMP")) {
                lines.add(line);
            }
        }
        String canonical = canonical(lines, new int[] {0});
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The component that starts at {@code at[0]} (or the lines at top level), its properties and components each sorted. */
    private static String canonical(List<String> lines, int[] at) {
        String begin = at[0] < lines.size() && lines.get(at[0]).startsWith("BEGIN:") ? lines.get(at[0]++) : "";
        List<String> properties = new ArrayList<>();
        List<String> components = new ArrayList<>();
        while (at[0] < lines.size()) {
            String line = lines.get(at[0]);
            if (line.startsWith("END:")) {
                at[0]++;
                if (!begin.isEmpty()) {
                    break;
                }
                continue;
            }
            if (line.startsWith("BEGIN:")) {
                components.add(canonical(lines, at));
            } else {
                properties.add(line);
                at[0]++;
            }
        }
        Collections.sort(properties);
        Collections.sort(components);
        return begin + "\n" + String.join("\n", properties) + "\n" + String.join("\n", components) + "\nEND\n";
    }
}

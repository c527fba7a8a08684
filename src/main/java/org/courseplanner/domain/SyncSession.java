package org.courseplanner.domain;

import java.util.regex.Pattern;

/**
 * A live class of a course, at wall-clock times in the school's zone, repeating per its pattern
 * through the term; breaks cancel it. An unplaced pattern is a session still waiting for a time.
 *
 * @param location a room ("ENG 204") or a meeting link ("https://..."), or {@code null}
 * @param sectionFacts the catalog section it was taken from (section, instructor, CRN); {@link SectionFacts#NONE} otherwise
 */
public record SyncSession(long id, long courseId, SessionKind kind, WeeklyPattern pattern, String location, SectionFacts sectionFacts) {

    public SyncSession {
        Refusal.require(kind != null, "kind", "give the session's kind, e.g. --kind lecture");
        Refusal.require(pattern != null, "days", "give the session's days (--days MO,WE), a date (--date) or --tba");
        Refusal.require(!pattern.crossesMidnight(), "end",
                "a class must end after it starts on the same day: " + pattern.end() + " is not after " + pattern.start());
        location = location == null || location.isBlank() ? null : location.strip();
        sectionFacts = sectionFacts == null ? SectionFacts.NONE : sectionFacts;
    }

    /** A session not taken from a catalog section. */
    public SyncSession(long id, long courseId, SessionKind kind, WeeklyPattern pattern, String location) {
        this(id, courseId, kind, pattern, location, SectionFacts.NONE);
    }

    public SyncSession withId(long newId) {
        return new SyncSession(newId, courseId, kind, pattern, location, sectionFacts);
    }

    public SyncSession withPattern(WeeklyPattern newPattern) {
        return new SyncSession(id, courseId, kind, newPattern, location, sectionFacts);
    }

    /** True when the location is a meeting link: nobody travels to it. */
    public boolean isOnline() {
        return isMeetingLink(location);
    }

    /** "https://…", "zoommtg://…", "msteams://…": a place nobody travels to. */
    public static boolean isMeetingLink(String location) {
        return location != null && MEETING_LINK.matcher(location.strip()).matches();
    }

    private static final Pattern MEETING_LINK = Pattern.compile("(?i)^(https?|zoommtg|msteams)://.*");
}

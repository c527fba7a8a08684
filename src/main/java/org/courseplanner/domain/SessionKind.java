package org.courseplanner.domain;

import java.util.Locale;

/** What a live session is. */
public enum SessionKind {
    LECTURE, LAB, SEMINAR, TUTORIAL, DISCUSSION, WORKSHOP, EXAM, OFFICE_HOURS, OTHER;

    /** "lecture", "office-hours". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "Lecture", "Office hours". */
    public String title() {
        String l = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    public static SessionKind parse(String text) {
        String t = text == null ? "" : text.strip().replace(' ', '-').replace('_', '-');
        for (SessionKind k : values()) {
            if (k.label().equalsIgnoreCase(t)) {
                return k;
            }
        }
        throw new Refusal("kind", "unknown session kind \"" + text
                + "\": use lecture, lab, seminar, tutorial, discussion, workshop, exam, office-hours or other");
    }
}

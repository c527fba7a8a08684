package org.courseplanner.domain;

import java.util.Locale;

/** The kinds of things a plan holds; ids are unique across all of them. */
public enum ItemKind {
    TERM, COURSE, SESSION, MODULE, COMMITMENT, STUDY;

    /** "term", "course", "session", "module", "commitment", "study", as list and the store name them. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemKind ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}

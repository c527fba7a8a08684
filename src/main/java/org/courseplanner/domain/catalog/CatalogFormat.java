package org.courseplanner.domain.catalog;

import java.util.Locale;
import org.courseplanner.domain.Refusal;

/** The kinds of catalog file Course Planner reads (docs/catalog-formats.md). */
public enum CatalogFormat {
    /** QuACS-style JSON: departments → courses → sections → timeslots. */
    QUACS,
    /** One row per meeting, with a header (docs/catalog-formats.md). */
    CSV,
    /** An iCalendar file with one series per section. */
    ICS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CatalogFormat parse(String text) {
        for (CatalogFormat f : values()) {
            if (f.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new Refusal("format", "unknown catalog format \"" + text + "\": use quacs, csv or ics");
    }

    /** The format a file name suggests (.json, .csv, .ics), if it suggests one. */
    public static java.util.Optional<CatalogFormat> fromFileName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return java.util.Optional.of(QUACS);
        }
        if (n.endsWith(".csv")) {
            return java.util.Optional.of(CSV);
        }
        if (n.endsWith(".ics") || n.endsWith(".ical") || n.endsWith(".ifb") || n.endsWith(".icalendar")) {
            return java.util.Optional.of(ICS);
        }
        return java.util.Optional.empty();
    }
}

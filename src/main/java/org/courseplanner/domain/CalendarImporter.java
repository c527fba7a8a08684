package org.courseplanner.domain;

import java.io.IOException;
import java.io.InputStream;

/** Reads an iCalendar file (a school timetable, an LMS deadline feed, our own export) for a term. */
public interface CalendarImporter {
    /** The largest file an import reads: a year of a busy LMS feed is a few MB; beyond this it is not a timetable. */
    long LARGEST_FILE_BYTES = 20L * 1024 * 1024;

    /** The refusal of a file of {@code bytes} bytes (or more), over {@link #LARGEST_FILE_BYTES}. */
    static Refusal tooLarge(String file, long bytes) {
        return new Refusal("file", file + " is " + String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0) + " MB ("
                + bytes + " bytes); Course Planner imports calendar files of up to " + LARGEST_FILE_BYTES / 1024 / 1024 + " MB. Nothing "
                + "was imported; export a shorter range (this term only) from your calendar or learning platform");
    }

    /**
     * @throws Refusal when the file is not valid iCalendar; the message names the line
     */
    CalendarImport read(InputStream in, Term term) throws IOException;
}

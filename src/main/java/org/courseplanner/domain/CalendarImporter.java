package org.courseplanner.domain;

import java.io.IOException;
import java.io.InputStream;

/** Reads an iCalendar file (a school timetable, an LMS deadline feed, our own export) for a term. */
public interface CalendarImporter {

    /**
     * @throws Refusal when the file is not valid iCalendar; the message names the line
     */
    CalendarImport read(InputStream in, Term term) throws IOException;
}

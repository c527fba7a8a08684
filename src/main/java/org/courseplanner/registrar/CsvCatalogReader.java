package org.courseplanner.registrar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogReader;
import org.courseplanner.domain.catalog.CatalogSection;

/**
 * Reads a catalog as CSV, one row per meeting, with a header row naming the columns
 * (docs/catalog-formats.md). Rows with the same CRN are meetings of one section. A row that cannot
 * be read is left out with a note naming its line; the rest are read.
 */
public final class CsvCatalogReader implements CatalogReader {
    /** The columns read, as the header names them (case, spaces and dashes aside). */
    static final List<String> COLUMNS = List.of("crn", "course", "title", "credits", "section", "component", "link", "instructor",
            "kind", "days", "start", "end", "start_date", "end_date", "location");
    private static final List<String> REQUIRED = List.of("crn", "course");
    /** Other names spreadsheets give the same columns. */
    private static final Map<String, String> ALIASES = Map.of("start_time", "start", "end_time", "end", "room", "location",
            "instructors", "instructor", "course_title", "title", "course_code", "course");

    @Override
    public Reading read(InputStream in, Term term) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        text.mark(1 << 16); // the header row is read twice: once to see which separator it uses
        String firstLine = "";
        for (String l = text.readLine(); l != null; l = text.readLine()) {
            if (!l.isBlank()) {
                firstLine = l;
                break;
            }
        }
        try {
            text.reset();
        } catch (IOException headerTooLong) {
            throw new Refusal("format", "the first line of the file is longer than " + (1 << 16) + " characters: a catalog CSV starts with "
                    + "a header row naming its columns (docs/catalog-formats.md)");
        }
        return new Run(new CsvRecords(text, CsvRecords.separatorOf(firstLine)), term).read();
    }

    /** Normalises a header name: "Start Date" and "start-date" are start_date. */
    static String column(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return ALIASES.getOrDefault(name, name);
    }

    /** One file read for one term. */
    private static final class Run {
        private final CsvRecords records;
        private final Term term;
        private final ReadingNotes notes = new ReadingNotes();
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Draft> sections = new LinkedHashMap<>();
        private int rows;
        private int headerSize;
        private boolean notUtf8;

        Run(CsvRecords records, Term term) {
            this.records = records;
            this.term = term;
        }

        CatalogReader.Reading read() throws IOException {
            CsvRecords.Row header = next();
            if (header == null) {
                throw new Refusal("format", "the file has no header row: a catalog CSV starts with a row naming its columns, at least "
                        + String.join(" and ", REQUIRED) + " (docs/catalog-formats.md)");
            }
            header(header);
            for (CsvRecords.Row row = next(); row != null; row = next()) {
                rows++;
                try {
                    row(row);
                } catch (BadRow | Refusal bad) {
                    notes.add("line " + row.line() + ": " + bad.getMessage() + "; the row was left out");
                }
            }
            List<CatalogSection> built = new ArrayList<>(sections.size());
            for (Draft d : sections.values()) {
                try {
                    built.add(d.build());
                } catch (Refusal bad) {
                    notes.add("line " + d.line + " (CRN " + d.crn + "): " + bad.getMessage() + "; the section was left out");
                }
            }
            if (built.isEmpty()) {
                List<String> why = notes.list();
                throw new Refusal("file", (rows == 0 ? "the file has a header but no rows"
                        : "no row of the file could be read (" + String.join("; ", why.subList(0, Math.min(3, why.size()))) + ")")
                        + ": a catalog CSV has one row per meeting under its header (docs/catalog-formats.md)");
            }
            if (notUtf8) {
                notes.add("some bytes of the file are not UTF-8 and were read as \uFFFD; save the file as UTF-8 (CSV UTF-8) and import it again");
            }
            return new CatalogReader.Reading(new Catalog(built), notes.list());
        }

        private CsvRecords.Row next() throws IOException {
            try {
                CsvRecords.Row row = records.next();
                if (row != null && !notUtf8) {
                    notUtf8 = row.values().stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0);
                }
                return row;
            } catch (CsvRecords.Unclosed unclosed) {
                notes.add("line " + unclosed.line + ": " + unclosed.getMessage() + "; the rest of the file was left out");
                return null;
            }
        }

        private void header(CsvRecords.Row header) {
            List<String> values = header.values();
            for (int i = 0; i < values.size(); i++) {
                String name = column(values.get(i));
                if (index.putIfAbsent(name, i) != null && COLUMNS.contains(name)) {
                    notes.add("line " + header.line() + ": the column \"" + name + "\" appears twice; the first is read");
                }
            }
            for (String required : REQUIRED) {
                if (!index.containsKey(required)) {
                    throw new Refusal("format", "the header row (line " + header.line() + ") has no \"" + required + "\" column: a catalog CSV "
                            + "needs the columns " + String.join(" and ", REQUIRED) + ", and may have " + String.join(", ",
                            COLUMNS.subList(REQUIRED.size(), COLUMNS.size())) + " (docs/catalog-formats.md). It has: "
                            + String.join(", ", values.subList(0, Math.min(12, values.size()))));
                }
            }
            this.headerSize = values.size();
        }

        private String value(CsvRecords.Row row, String column) {
            Integer i = index.get(column);
            if (i == null || i >= row.values().size()) {
                return "";
            }
            return row.values().get(i).strip();
        }

        private void row(CsvRecords.Row row) {
            if (row.values().size() > headerSize) {
                throw new BadRow("it has " + row.values().size() + " values and the header " + headerSize
                        + " (a value with a comma needs double quotes around it)");
            }
            String crn = value(row, "crn");
            String course = value(row, "course");
            if (crn.isEmpty() || course.isEmpty()) {
                throw new BadRow("no " + (crn.isEmpty() ? "crn" : "course"));
            }
            Course.tidyCode(course); // a code too long is this row's problem, said here
            String component = value(row, "component");
            Draft draft = sections.get(crn);
            if (draft == null) {
                draft = new Draft(crn, row.line());
                draft.course = course;
                draft.title = value(row, "title");
                draft.credits = credits(value(row, "credits"));
                draft.creditsGiven = !value(row, "credits").isEmpty();
                draft.section = value(row, "section");
                draft.component = component;
                draft.link = value(row, "link");
                draft.instructor = value(row, "instructor");
            } else {
                draft.agree(row, "course", course, draft.course, Course.keyOf(course).equals(Course.keyOf(draft.course)));
                draft.title = draft.agree(row, "title", value(row, "title"), draft.title, null);
                String credits = value(row, "credits");
                if (!credits.isEmpty()) {
                    double c = credits(credits);
                    draft.agree(row, "credits", credits, trim(draft.credits), draft.creditsGiven ? c == draft.credits : null);
                    if (!draft.creditsGiven) {
                        draft.credits = c;
                    }
                }
                draft.section = draft.agree(row, "section", value(row, "section"), draft.section, null);
                draft.component = draft.agree(row, "component", component, draft.component, null);
                draft.link = draft.agree(row, "link", value(row, "link"), draft.link, null);
                draft.instructor = draft.agree(row, "instructor", value(row, "instructor"), draft.instructor, null);
            }
            CatalogMeeting meeting = meeting(row, component.isEmpty() ? draft.component : component, draft.label());
            sections.putIfAbsent(crn, draft);
            draft.meetings.add(meeting);
        }

        private static double credits(String text) {
            if (text.isEmpty()) {
                return 0;
            }
            try {
                double c = Double.parseDouble(text.replace(',', '.'));
                if (c >= 0 && c <= 30) {
                    return c;
                }
            } catch (NumberFormatException notANumber) {
                // said below
            }
            throw new BadRow("credits \"" + text + "\" is not a number from 0 to 30");
        }

        private CatalogMeeting meeting(CsvRecords.Row row, String component, String label) {
            String where = "line " + row.line() + " (" + label + ")";
            SessionKind kind = kind(value(row, "kind"), component, where);
            String daysText = value(row, "days");
            Optional<Set<DayOfWeek>> days = MeetingDays.parse(daysText);
            Set<DayOfWeek> meetingDays = days.orElse(Set.of());
            if (days.isEmpty()) {
                notes.add(where + ": days \"" + daysText + "\" are not days (write MWF, TR, MO,WE or Mon Wed); kept without days");
            }
            LocalTime start = time(value(row, "start"), "start", where);
            LocalTime end = time(value(row, "end"), "end", where);
            Optional<String> mismatch = ClockTimes.mismatch(start, end);
            if (mismatch.isPresent()) {
                notes.add(where + ": " + mismatch.get() + "; kept without a time");
                start = null;
                end = null;
            }
            LocalDate first = date(value(row, "start_date"), "start_date", where);
            LocalDate last = date(value(row, "end_date"), "end_date", where);
            first = first == null ? term.firstDay() : first;
            last = last == null ? term.lastDay() : last;
            if (last.isBefore(first)) {
                notes.add(where + ": end_date " + last + " is before start_date " + first + "; the term's dates are used");
                first = term.firstDay();
                last = term.lastDay();
            }
            if (!TermDates.overlap(first, last, term)) {
                notes.add(where + ": it meets " + first + " to " + last + ", outside " + term.name() + " (" + term.firstDay() + " to "
                        + term.lastDay() + ")");
            }
            return new CatalogMeeting(kind, new WeeklyPattern(meetingDays, start, end, 1, first, last, null), value(row, "location"));
        }

        private SessionKind kind(String written, String component, String where) {
            if (!written.isEmpty()) {
                try {
                    return SessionKind.parse(written);
                } catch (Refusal unknown) {
                    notes.add(where + ": kind \"" + written + "\" is not one Course Planner knows; the component decides");
                }
            }
            return Components.kindOf(component);
        }

        private LocalTime time(String text, String column, String where) {
            if (text.isEmpty() || text.equalsIgnoreCase("TBA")) {
                return null;
            }
            Optional<LocalTime> t = ClockTimes.parse(text);
            if (t.isEmpty()) {
                notes.add(where + ": " + column + " \"" + text + "\" is not a time (write 10:00, 1000 or 2:30pm); kept without a time");
            }
            return t.orElse(null);
        }

        private LocalDate date(String text, String column, String where) {
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notIso) {
                notes.add(where + ": " + column + " \"" + text + "\" is not a date as 2027-01-25; the term's date is used");
                return null;
            }
        }

        /** A section being read: its first row's fields and every row's meeting. */
        private final class Draft {
            final String crn;
            final int line;
            String course;
            String title;
            double credits;
            boolean creditsGiven;
            String section;
            String component;
            String link;
            String instructor;
            final List<CatalogMeeting> meetings = new ArrayList<>();

            Draft(String crn, int line) {
                this.crn = crn;
                this.line = line;
            }

            String label() {
                return course + (section.isEmpty() ? "" : " " + section) + ", CRN " + crn;
            }

            /**
             * The value kept: the first row's; a later row fills it when the first left it empty. A
             * later row that says otherwise gets a note. {@code same} decides sameness when given.
             */
            String agree(CsvRecords.Row row, String column, String later, String kept, Boolean same) {
                if (later.isEmpty()) {
                    return kept;
                }
                if (kept.isEmpty()) {
                    return later;
                }
                boolean agrees = same != null ? same : Objects.equals(later, kept);
                if (!agrees) {
                    notes.add("line " + row.line() + " (CRN " + crn + "): " + column + " \"" + later + "\" differs from \"" + kept
                            + "\" on line " + line + ", the section's first row; the first is kept");
                }
                return kept;
            }

            CatalogSection build() {
                return new CatalogSection(crn, course, title, credits, section, component, link, instructor, meetings);
            }
        }
    }

    private static String trim(double credits) {
        return credits == Math.rint(credits) ? String.valueOf((long) credits) : String.valueOf(credits);
    }

    /** A row that cannot be read: its message says why. */
    private static final class BadRow extends RuntimeException {
        BadRow(String message) {
            super(message, null, false, false);
        }
    }
}

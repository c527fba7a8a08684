package org.courseplanner.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.CalendarImporter;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;

/**
 * Reads a school's timetable export, an LMS deadline feed (Canvas, Moodle) or our own export.
 * Weekly timed events with a course become sessions; deadline-like events (no end, zero length,
 * all-day "due" events, to-dos with DUE) single-window modules; timed events without a course
 * commitments; the rest is reported. Zones come from TZID (ical4j's own parsed zone ids mean
 * nothing later); UTC times are read in the school's zone.
 */
public final class IcsImporter implements CalendarImporter {
    /** "CS 101", "MATH-101", "bio120a". */
    private static final Pattern CODE = Pattern.compile("^\\s*([A-Za-z]{2,5})[ _-]?(\\d{2,4}[A-Za-z]?)\\b");
    /** Canvas and Moodle put the course in brackets: "Homework 3 [MATH-101-001]". */
    private static final Pattern LMS_CODE = Pattern.compile("\\[([A-Za-z]{2,5})[ _-]?(\\d{2,4}[A-Za-z]?)(?:[-_ ][^\\]]*)?\\]");
    private static final Pattern OUR_TASK = Pattern.compile("^(.*)-task(@course-planner)$");

    @Override
    public CalendarImport read(InputStream in, Term term) throws IOException {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (ParserException e) {
            throw new Refusal("file", "this is not a valid iCalendar file: line " + e.getLineNo() + ": " + e.getMessage()
                    + ". Nothing was imported; export the calendar again, or check that line");
        }
        List<CalendarImport.Session> sessions = new ArrayList<>();
        List<CalendarImport.Deadline> deadlines = new ArrayList<>();
        List<CalendarImport.Busy> busy = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> eventUids = new HashSet<>();
        for (Component c : calendar.getComponentList().getAll()) {
            if (c instanceof VEvent e) {
                eventUids.add(text(e, "UID").orElse(""));
                readEvent(e, term, sessions, deadlines, busy, notes);
            }
        }
        for (Component c : calendar.getComponentList().getAll()) {
            if (c.getName().equals(Component.VTODO)) {
                String uid = text(c, "UID").orElse("");
                Matcher ours = OUR_TASK.matcher(uid);
                if (ours.matches() && eventUids.contains(ours.group(1) + ours.group(2))) {
                    continue; // our own export's to-do beside its deadline event
                }
                readTask(c, term, deadlines, notes);
            }
        }
        return new CalendarImport(sessions, deadlines, busy, notes);
    }

    private void readEvent(VEvent e, Term term, List<CalendarImport.Session> sessions, List<CalendarImport.Deadline> deadlines,
                           List<CalendarImport.Busy> busy, List<String> notes) {
        String summary = text(e, "SUMMARY").orElse("(no title)");
        String uid = text(e, "UID").orElse(summary + "@" + text(e, "DTSTART").orElse(""));
        Optional<Temporal> start = date(e, "DTSTART");
        if (start.isEmpty()) {
            notes.add("\"" + summary + "\": no start date");
            return;
        }
        Optional<Temporal> end = date(e, "DTEND");
        Optional<String> code = courseCode(e, summary);
        boolean allDay = start.get() instanceof LocalDate;
        if (summary.toLowerCase(Locale.ROOT).endsWith("(study)")) {
            notes.add("\"" + summary + "\": study blocks are planned in Course Planner, not imported");
            return;
        }
        if (allDay) {
            if (summary.toLowerCase(Locale.ROOT).matches(".*\\bdue\\b.*") && code.isPresent()) {
                LocalDateTime due = ((LocalDate) start.get()).atTime(23, 59);
                deadlines.add(new CalendarImport.Deadline(uid, code.get(), null, title(summary, code.get()), null, due));
            } else {
                notes.add("\"" + summary + "\" on " + start.get() + ": an all-day event that is not a deadline");
            }
            return;
        }
        ZonedDateTime begins = zoned(e, "DTSTART", start.get(), term.schoolZone());
        boolean instant = end.isEmpty() && e.getProperty("DURATION").isEmpty()
                || end.isPresent() && zoned(e, "DTEND", end.get(), term.schoolZone()).toInstant().equals(begins.toInstant());
        if (instant) {
            if (code.isEmpty()) {
                notes.add("\"" + summary + "\" at " + begins.toLocalDateTime() + ": a deadline without a course code");
                return;
            }
            LocalDateTime due = begins.withZoneSameInstant(term.schoolZone()).toLocalDateTime();
            deadlines.add(new CalendarImport.Deadline(uid, code.get(), null, title(summary, code.get()).replaceAll("(?i)\\s+due$", ""),
                    null, due));
            return;
        }
        ZonedDateTime ends = end.isPresent() ? zoned(e, "DTEND", end.get(), term.schoolZone())
                : begins.plus(java.time.Duration.parse(text(e, "DURATION").orElse("PT1H")));
        Optional<String> rrule = text(e, "RRULE");
        if (rrule.isPresent() && !rrule.get().toUpperCase(Locale.ROOT).contains("FREQ=WEEKLY")) {
            notes.add("\"" + summary + "\": repeats " + rrule.get() + "; only weekly classes are imported");
            return;
        }
        // Sessions live in the school's zone; a commitment keeps the zone it was written in.
        ZoneId zone = code.isPresent() ? term.schoolZone() : begins.getZone();
        WeeklyPattern pattern = rrule.isPresent() ? weekly(e, term, zone, begins, ends, rrule.get()) : once(begins, ends, zone);
        if (pattern == null) {
            notes.add("\"" + summary + "\": no meeting within " + term.name() + " (" + term.firstDay() + " to " + term.lastDay() + ")");
            return;
        }
        if (code.isPresent()) {
            sessions.add(new CalendarImport.Session(uid, code.get(), courseTitle(e, code.get()), kind(summary), pattern,
                    text(e, "LOCATION").orElse(null)));
        } else {
            busy.add(new CalendarImport.Busy(uid, summary, pattern, zone.equals(term.studentZone()) ? null : zone));
        }
    }

    private void readTask(Component todo, Term term, List<CalendarImport.Deadline> deadlines, List<String> notes) {
        String summary = text(todo, "SUMMARY").orElse("(no title)");
        Optional<Temporal> due = date(todo, "DUE");
        Optional<String> code = courseCode(todo, summary);
        if (due.isEmpty() || code.isEmpty()) {
            notes.add("to-do \"" + summary + "\": " + (due.isEmpty() ? "no due date" : "no course code"));
            return;
        }
        LocalDateTime at = due.get() instanceof LocalDate d ? d.atTime(23, 59)
                : zoned(todo, "DUE", due.get(), term.schoolZone()).withZoneSameInstant(term.schoolZone()).toLocalDateTime();
        LocalDateTime opens = date(todo, "DTSTART").map(t -> t instanceof LocalDate d ? d.atStartOfDay()
                : zoned(todo, "DTSTART", t, term.schoolZone()).withZoneSameInstant(term.schoolZone()).toLocalDateTime()).orElse(null);
        deadlines.add(new CalendarImport.Deadline(text(todo, "UID").orElse(summary + "@" + at), code.get(), null, title(summary, code.get()),
                opens, at));
    }

    /** A weekly pattern from the event's own recurrence, expanded by ical4j over the term's days. */
    private static WeeklyPattern weekly(VEvent e, Term term, ZoneId zone, ZonedDateTime begins, ZonedDateTime ends, String rrule) {
        ZonedDateTime from = term.firstDay().atStartOfDay(zone);
        ZonedDateTime to = term.lastDay().plusDays(1).atStartOfDay(zone);
        TreeSet<LocalDate> meets = new TreeSet<>();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Period<ZonedDateTime> p : e.<ZonedDateTime>calculateRecurrenceSet(new Period<>(from, to))) {
            ZonedDateTime s = ZonedDateTime.from(p.getStart()).withZoneSameInstant(zone);
            meets.add(s.toLocalDate());
            days.add(s.getDayOfWeek());
        }
        if (meets.isEmpty()) {
            return null;
        }
        LocalTime start = begins.withZoneSameInstant(zone).toLocalTime();
        LocalTime end = ends.withZoneSameInstant(zone).toLocalTime();
        Matcher interval = Pattern.compile("INTERVAL=(\\d+)").matcher(rrule.toUpperCase(Locale.ROOT));
        int every = interval.find() ? Integer.parseInt(interval.group(1)) : 1;
        WeeklyPattern all = new WeeklyPattern(days, start, end, every, meets.first(), meets.last(), null);
        TreeSet<LocalDate> skipped = new TreeSet<>(all.meetingDates(term.firstDay(), term.lastDay()));
        skipped.removeAll(meets); // EXDATEs, and anything else the rule left out
        return new WeeklyPattern(days, start, end, every, meets.first(), meets.last(), skipped);
    }

    private static WeeklyPattern once(ZonedDateTime begins, ZonedDateTime ends, ZoneId zone) {
        ZonedDateTime s = begins.withZoneSameInstant(zone);
        ZonedDateTime f = ends.withZoneSameInstant(zone);
        return WeeklyPattern.once(s.toLocalDate(), s.toLocalTime(), f.toLocalTime());
    }

    /** The time as written, in the zone its TZID names (or UTC, or the school's zone for a floating time). */
    private static ZonedDateTime zoned(Component c, String name, Temporal value, ZoneId schoolZone) {
        Optional<String> tzid = c.getProperty(name).flatMap(p -> p.getParameter("TZID")).map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue());
        if (value instanceof ZonedDateTime z) {
            ZoneId zone = tzid.flatMap(IcsImporter::javaZone).orElse(null);
            return zone != null ? z.toLocalDateTime().atZone(zone) : z.withZoneSameInstant(schoolZone);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(schoolZone);
        }
        if (value instanceof Instant i) {
            return i.atZone(ZoneOffset.UTC).withZoneSameInstant(schoolZone);
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(tzid.flatMap(IcsImporter::javaZone).orElse(schoolZone));
        }
        return LocalDate.from(value).atStartOfDay(schoolZone);
    }

    private static Optional<ZoneId> javaZone(String id) {
        try {
            return Optional.of(ZoneId.of(id.replaceFirst("^/", "")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Temporal> date(Component c, String name) {
        return c.getProperty(name).filter(p -> p instanceof DateProperty<?>).map(p -> ((DateProperty<?>) p).getDate());
    }

    private static Optional<String> text(Component c, String name) {
        return c.getProperty(name).map(Property::getValue).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** From CATEGORIES, the start of the SUMMARY ("CS 101 Lecture"), or an LMS's brackets. */
    static Optional<String> courseCode(Component c, String summary) {
        Optional<String> category = text(c, "CATEGORIES").map(v -> v.split(",")[0]);
        for (String candidate : new String[] {category.orElse(""), summary}) {
            Matcher m = CODE.matcher(candidate);
            if (m.find()) {
                return Optional.of(m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2).toUpperCase(Locale.ROOT));
            }
        }
        Matcher lms = LMS_CODE.matcher(summary);
        return lms.find() ? Optional.of(lms.group(1).toUpperCase(Locale.ROOT) + " " + lms.group(2).toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    /** The course title where a DESCRIPTION gives it as our export writes it: "CS 101 Introduction to Programming — Lecture". */
    private static String courseTitle(Component c, String code) {
        return text(c, "DESCRIPTION").filter(d -> d.startsWith(code + " ") && d.contains(" — "))
                .map(d -> d.substring(code.length() + 1, d.lastIndexOf(" — ")).strip()).filter(t -> !t.isEmpty()).orElse(null);
    }

    /** The summary without the course code or the LMS's brackets: "Homework 3". */
    private static String title(String summary, String code) {
        String t = LMS_CODE.matcher(summary).replaceAll("");
        Matcher m = CODE.matcher(t);
        if (m.find() && (m.group(1) + " " + m.group(2)).equalsIgnoreCase(code)) {
            t = t.substring(m.end());
        }
        t = t.strip();
        return t.isEmpty() ? summary.strip() : t;
    }

    static SessionKind kind(String summary) {
        String s = summary.toLowerCase(Locale.ROOT);
        if (s.matches(".*\\b(exam|final|midterm|test)\\b.*")) {
            return SessionKind.EXAM;
        }
        if (s.matches(".*\\blab(oratory)?\\b.*")) {
            return SessionKind.LAB;
        }
        if (s.matches(".*\\b(seminar)\\b.*")) {
            return SessionKind.SEMINAR;
        }
        if (s.matches(".*\\b(tutorial|recitation)\\b.*")) {
            return SessionKind.TUTORIAL;
        }
        if (s.matches(".*\\b(discussion)\\b.*")) {
            return SessionKind.DISCUSSION;
        }
        if (s.matches(".*\\b(workshop)\\b.*")) {
            return SessionKind.WORKSHOP;
        }
        if (s.matches(".*\\boffice hours?\\b.*")) {
            return SessionKind.OFFICE_HOURS;
        }
        return SessionKind.LECTURE;
    }
}

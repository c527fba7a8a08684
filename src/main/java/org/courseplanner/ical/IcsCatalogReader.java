package org.courseplanner.ical;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogReader;
import org.courseplanner.domain.catalog.CatalogSection;

/**
 * Reads a timetable's .ics as a catalog: each class series is read exactly as the session import
 * reads it (zones, repeats, exceptions, DST), and the series with one CRN are the meetings of one
 * section. docs/catalog-formats.md says where the CRN, section and instructor are taken from.
 */
public final class IcsCatalogReader implements CatalogReader {
    private static final List<String> CRN_PROPERTIES = List.of("X-COURSE-PLANNER-CRN", "X-CRN");
    /** "CRN 40068", "CRN: 40068", "CRN#40068". */
    private static final Pattern CRN = Pattern.compile("(?i)\\bCRN\\b\\s*[:#]?\\s*(\\d{3,})");
    /** The section after the code: "CS 101-01", "CS 101 Section 02", "CS 101 (L01)", "MATH 200 001 Lecture". */
    private static final Pattern SECTION_AFTER_CODE = Pattern.compile(
            "(?i)^\\s*[A-Za-z]{2,5}[ _-]?\\d{2,4}[A-Za-z]?(?:\\s*[-_/]\\s*|\\s*\\(\\s*|\\s+)(?:sec(?:tion)?\\.?\\s*)?([A-Z]{0,2}\\d{1,3}[A-Z]?)\\b");
    /** Banner's SUMMARY: the title, the code, the section ("COMPILER DESIGN CS 152 001"). */
    private static final Pattern BANNER_SUMMARY = Pattern.compile("^(.*?)\\s*\\b([A-Z]{2,5}) (\\d{2,4}[A-Z]?) ([A-Z]{0,2}\\d{1,3}[A-Z]?)\\s*$");
    private static final Pattern SECTION_LINE = Pattern.compile("(?im)^\\s*Section\\s*:\\s*(\\S+)");
    private static final Pattern INSTRUCTOR_LINE = Pattern.compile("(?im)^\\s*Instructors?\\s*:\\s*(.+?)\\s*(?:\\(Primary\\)\\s*)?$");
    private static final Pattern CREDITS_LINE = Pattern.compile("(?im)^\\s*Credit(?:s| Hours)?\\s*:\\s*(\\d{1,2}(?:\\.\\d+)?)\\s*$");

    @Override
    public Reading read(InputStream in, Term term) throws IOException {
        IcsReader.Result parsed = IcsReader.read(in);
        IcsComponent calendar = asBannerMeant(parsed.calendar());
        CalendarImport classes = new IcsImporter().read(new IcsReader.Result(calendar, parsed.notes()), term);
        Map<String, IcsComponent> events = events(calendar);
        List<String> notes = new ArrayList<>(classes.notes());
        Map<String, Draft> sections = new LinkedHashMap<>();
        for (CalendarImport.Session session : classes.sessions()) {
            IcsComponent event = eventOf(session.uid(), events);
            String crn = crn(event).orElse(baseUid(session.uid(), events));
            Draft draft = sections.get(crn);
            if (draft == null) {
                sections.put(crn, new Draft(crn, session, event));
            } else if (!Course.keyOf(draft.code).equals(Course.keyOf(session.courseCode()))) {
                notes.add("\"" + summary(event) + "\": its CRN " + crn + " is " + draft.code + "'s, not " + session.courseCode()
                        + "'s; the event was left out");
            } else {
                draft.meetings.add(new CatalogMeeting(session.kind(), session.pattern(), session.location()));
            }
        }
        for (CalendarImport.Deadline d : classes.deadlines()) {
            notes.add("\"" + d.title() + "\" (" + d.courseCode() + "): a deadline, not a class; it was left out");
        }
        for (CalendarImport.Busy b : classes.commitments()) {
            notes.add("\"" + b.title() + "\": no course code in its SUMMARY or CATEGORIES, so not a class; it was left out");
        }
        for (CalendarImport.StudyTime s : classes.studyBlocks()) {
            notes.add(s.courseCode() + " study time on " + s.start().toLocalDate() + ": not a class; it was left out");
        }
        List<CatalogSection> built = new ArrayList<>(sections.size());
        for (Draft d : sections.values()) {
            try {
                built.add(d.build());
            } catch (Refusal wrong) {
                notes.add(d.code + " (CRN " + d.crn + "): " + wrong.getMessage() + "; the section was left out");
            }
        }
        if (built.isEmpty()) {
            throw new Refusal("file", "the calendar has no class with a course code"
                    + (notes.isEmpty() ? "" : " (" + String.join("; ", notes.subList(0, Math.min(3, notes.size()))) + ")")
                    + ": a catalog .ics has one weekly series per section, its SUMMARY starting with the course code (\"CS 101-01 Lecture\")");
        }
        return new Reading(new Catalog(built), notes);
    }

    /**
     * The calendar as the session import can read it as classes. Banner (Ellucian) writes the code
     * at the end of the SUMMARY ("COMPILER DESIGN CS 152 001"): the code goes first into CATEGORIES,
     * where the import looks first. It may also give every event of one export the same UID: a
     * repeated UID gets a number, so that no section is taken for another's copy.
     */
    private static IcsComponent asBannerMeant(IcsComponent calendar) {
        Map<String, Integer> uids = new HashMap<>();
        List<IcsComponent> children = new ArrayList<>(calendar.children().size());
        for (IcsComponent c : calendar.children()) {
            if (!c.name().equals("VEVENT")) {
                children.add(c);
                continue;
            }
            List<IcsProperty> properties = new ArrayList<>(c.properties().size() + 1);
            String summary = c.text("SUMMARY").orElse("");
            Matcher banner = BANNER_SUMMARY.matcher(summary);
            if (IcsImporter.courseCode(c, summary).isEmpty() && banner.find()) {
                properties.add(new IcsProperty("CATEGORIES", Map.of(), banner.group(2) + " " + banner.group(3)));
            }
            Optional<String> uid = c.text("UID");
            int seen = uid.isPresent() && c.property("RECURRENCE-ID").isEmpty() ? uids.merge(uid.get(), 1, Integer::sum) : 1;
            for (IcsProperty p : c.properties()) {
                properties.add(seen > 1 && p.name().equals("UID") ? new IcsProperty("UID", p.parameters(), p.value() + "~" + seen) : p);
            }
            children.add(new IcsComponent(c.name(), properties, c.children()));
        }
        return new IcsComponent(calendar.name(), calendar.properties(), children);
    }

    /** The file's events by the UID the session import gives them; a series' master wins over its changed meetings. */
    private static Map<String, IcsComponent> events(IcsComponent calendar) {
        Map<String, IcsComponent> byUid = new HashMap<>();
        for (IcsComponent e : calendar.children("VEVENT")) {
            String uid = e.text("UID").orElse(summary(e) + "@" + e.property("DTSTART").map(p -> p.value().strip()).orElse(""));
            IcsComponent before = byUid.get(uid);
            if (before == null || before.property("RECURRENCE-ID").isPresent() && e.property("RECURRENCE-ID").isEmpty()) {
                byUid.put(uid, e);
            }
        }
        return byUid;
    }

    /** The event a session came from: its id is the event's UID, or that UID with "#" and a meeting's time. */
    private static IcsComponent eventOf(String sessionUid, Map<String, IcsComponent> events) {
        return events.get(baseUid(sessionUid, events));
    }

    private static String baseUid(String sessionUid, Map<String, IcsComponent> events) {
        String id = sessionUid;
        while (!events.containsKey(id) && id.lastIndexOf('#') > 0) {
            id = id.substring(0, id.lastIndexOf('#'));
        }
        return id;
    }

    private static String summary(IcsComponent event) {
        return event == null ? "(no title)" : event.text("SUMMARY").orElse("(no title)");
    }

    /** An X-CRN property, else "CRN 12345" in DESCRIPTION or SUMMARY. */
    private static Optional<String> crn(IcsComponent event) {
        if (event == null) {
            return Optional.empty();
        }
        for (String property : CRN_PROPERTIES) {
            Optional<String> crn = event.text(property);
            if (crn.isPresent()) {
                return crn;
            }
        }
        return find(CRN, event, "DESCRIPTION").or(() -> find(CRN, event, "SUMMARY"));
    }

    private static Optional<String> find(Pattern pattern, IcsComponent event, String property) {
        return event.text(property).map(pattern::matcher).filter(Matcher::find).map(m -> m.group(1).strip());
    }

    /** A section being read: what its first series says, and every series' meetings. */
    private static final class Draft {
        final String crn;
        final String code;
        final String title;
        final double credits;
        final String section;
        final String instructor;
        final List<CatalogMeeting> meetings = new ArrayList<>();

        Draft(String crn, CalendarImport.Session first, IcsComponent event) {
            this.crn = crn;
            this.code = first.courseCode();
            Matcher banner = event == null ? null : BANNER_SUMMARY.matcher(summary(event));
            boolean bannerStyle = banner != null && banner.find() && !banner.group(1).isBlank()
                    && Course.keyOf(banner.group(2) + banner.group(3)).equals(Course.keyOf(first.courseCode()));
            this.title = first.courseTitle() != null ? first.courseTitle() : bannerStyle ? banner.group(1).strip() : null;
            this.credits = event == null ? 0 : credits(event);
            this.section = event == null ? null : find(SECTION_LINE, event, "DESCRIPTION")
                    .or(() -> bannerStyle ? Optional.of(banner.group(4)) : find(SECTION_AFTER_CODE, event, "SUMMARY")).orElse(null);
            this.instructor = event == null ? null : find(INSTRUCTOR_LINE, event, "DESCRIPTION")
                    .or(() -> event.property("ORGANIZER").flatMap(o -> o.parameter("CN"))).orElse(null);
            meetings.add(new CatalogMeeting(first.kind(), first.pattern(), first.location()));
        }

        private static double credits(IcsComponent event) {
            Optional<String> written = event.text(PlannerProperties.CREDITS).or(() -> find(CREDITS_LINE, event, "DESCRIPTION"));
            try {
                return written.map(Double::parseDouble).filter(c -> c >= 0 && c <= 30).orElse(0.0);
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }

        /** A lecture section when any of its meetings is a lecture; else named after its first meeting's kind ("Lab"). */
        CatalogSection build() {
            boolean lecture = meetings.stream().anyMatch(m -> m.kind() == SessionKind.LECTURE);
            String component = lecture ? SessionKind.LECTURE.title() : meetings.get(0).kind().title();
            return new CatalogSection(crn, code, title, credits, section, component, null, instructor, meetings);
        }
    }
}

package org.courseplanner.registrar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogReader;
import org.courseplanner.domain.catalog.CatalogSection;

/**
 * Reads a QuACS catalog (github.com/quacs/quacs-data): a JSON array of departments, each with
 * courses, each with sections, each with timeslots. The file is streamed one department at a time,
 * so reading is linear in its size. docs/catalog-formats.md says what becomes what.
 */
public final class QuacsCatalogReader implements CatalogReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPECTED = "a QuACS catalog is a JSON array of departments, each with \"courses\", each with "
            + "\"sections\" (docs/catalog-formats.md)";
    /** "01/18", "1/19", also with a year: "01/18/2021". */
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?");

    @Override
    public Reading read(InputStream in, Term term) throws IOException {
        try (JsonParser json = JSON.createParser(in)) {
            JsonToken first = json.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new Refusal("format", (first == null ? "the file is empty" : "the file starts with " + describe(first))
                        + ", not a JSON array: " + EXPECTED);
            }
            Run run = new Run(term);
            for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                if (t == null) {
                    throw new Refusal("format", "the file ends before the catalog's closing \"]\": it was cut short; download it again");
                }
                run.department(json.readValueAsTree());
            }
            return run.reading();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new Refusal("format", "the file is not readable JSON" + where + " (" + e.getOriginalMessage() + "): " + EXPECTED);
        }
    }

    private static String describe(JsonToken token) {
        return token == JsonToken.START_OBJECT ? "a JSON object" : token.isScalarValue() ? "a single JSON value" : token.toString();
    }

    /** One file read for one term. */
    private static final class Run {
        private final Term term;
        private final ReadingNotes notes = new ReadingNotes();
        private final List<CatalogSection> sections = new ArrayList<>();
        private final Map<String, CatalogSection> byCrn = new HashMap<>();
        private int departments;
        private final List<String> variableCredits = new ArrayList<>();
        private int outsideTerm;
        /** Courses with sections named after others ("1-1"), for one note. */
        private final Set<String> linkedCourses = new LinkedHashSet<>();
        private String outsideExample;

        Run(Term term) {
            this.term = term;
        }

        void department(JsonNode department) {
            departments++;
            JsonNode courses = department.path("courses");
            if (!courses.isArray()) {
                String what = department.isObject() ? "has no \"courses\" list" : "is not a department object";
                if (departments == 1) {
                    throw new Refusal("format", "the file is JSON, but its first item " + what + ": " + EXPECTED);
                }
                notes.add("item " + departments + " of the file " + what + "; it was left out");
                return;
            }
            String departmentCode = text(department, "code");
            for (JsonNode course : courses) {
                JsonNode list = course.path("sections");
                if (!list.isArray()) {
                    notes.add(label(course, departmentCode) + ": no \"sections\" list; the course was left out");
                    continue;
                }
                List<String> names = new ArrayList<>(list.size());
                list.forEach(section -> names.add(text(section, "sec")));
                Optional<Components.Linking> linking = Components.linking(names);
                for (JsonNode section : list) {
                    section(course, section, departmentCode, linking);
                }
            }
        }

        private void section(JsonNode course, JsonNode s, String departmentCode, Optional<Components.Linking> linking) {
            String subject = first(text(course, "subj"), text(s, "subj"), departmentCode);
            String code = subject == null ? null : subject + " " + number(course, s, subject);
            String crn = text(s, "crn");
            String name = (code == null ? label(course, departmentCode) : code) + " " + first(text(s, "sec"), "");
            if (crn == null || code == null) {
                notes.add(name.strip() + ": no " + (crn == null ? "CRN" : "subject") + "; the section was left out");
                return;
            }
            String label = name.strip() + " (CRN " + crn + ")";
            CatalogSection before = byCrn.get(crn);
            if (before != null) {
                notes.add(label + ": the CRN is also " + before.label() + "'s; only the first is kept");
                return;
            }
            String sec = text(s, "sec");
            Optional<String> named = Components.named(text(s, "title"), text(course, "title"));
            boolean sub = linking.isPresent() && linking.get().isSubSection(sec);
            String component = sub ? named.orElse("Lab") : named.orElse(null);
            String link = linking.flatMap(l -> l.link(sec)).orElse(null);
            if (sub) {
                linkedCourses.add(code);
            }
            try {
                CatalogSection section = new CatalogSection(crn, code, first(text(course, "title"), text(s, "title")),
                        credits(s, label), sec, component, link, instructors(s), meetings(s, label, Components.kindOf(component)));
                sections.add(section);
                byCrn.put(crn, section);
            } catch (Refusal wrong) {
                notes.add(label + ": " + wrong.getMessage() + "; the section was left out");
            }
        }

        /** The course number as the catalog writes it: "USAF-0020" gives 0020 where crse says 20. */
        private static String number(JsonNode course, JsonNode s, String subject) {
            String id = text(course, "id");
            if (id != null && id.length() > subject.length() + 1 && id.regionMatches(true, 0, subject, 0, subject.length())
                    && "- ".indexOf(id.charAt(subject.length())) >= 0) {
                return id.substring(subject.length() + 1).strip();
            }
            return first(text(s, "crse"), text(course, "crse"), "");
        }

        private double credits(JsonNode s, String label) {
            JsonNode max = s.path("credMax");
            JsonNode min = s.path("credMin");
            if (!max.isNumber() && !min.isNumber()) {
                notes.add(label + ": no credits given; read as 0");
                return 0;
            }
            double most = max.isNumber() ? max.asDouble() : min.asDouble();
            if (min.isNumber() && max.isNumber() && min.asDouble() < most) {
                variableCredits.add(label + " " + trim(min.asDouble()) + "-" + trim(most));
            }
            return most;
        }

        /** The distinct names of the timeslots' instructors, without "TBA". */
        private static String instructors(JsonNode s) {
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode slot : s.path("timeslots")) {
                String written = text(slot, "instructor");
                if (written == null) {
                    continue;
                }
                for (String name : written.split(",")) {
                    String n = name.strip();
                    if (!n.isEmpty() && !n.equalsIgnoreCase("TBA")) {
                        names.add(n);
                    }
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }

        private List<CatalogMeeting> meetings(JsonNode s, String label, SessionKind kind) {
            Set<CatalogMeeting> meetings = new LinkedHashSet<>(); // a slot listed twice is one meeting
            for (JsonNode slot : s.path("timeslots")) {
                meetings.add(meeting(slot, label, kind));
            }
            return new ArrayList<>(meetings);
        }

        private CatalogMeeting meeting(JsonNode slot, String label, SessionKind kind) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (JsonNode day : slot.path("days")) {
                Optional<Set<DayOfWeek>> read = MeetingDays.parse(day.asText());
                if (read.isPresent()) {
                    days.addAll(read.get());
                } else {
                    notes.add(label + ": \"" + day.asText() + "\" is not a day; the meeting is kept without it");
                }
            }
            LocalTime start = time(slot, "timeStart", label);
            LocalTime end = time(slot, "timeEnd", label);
            Optional<String> mismatch = ClockTimes.mismatch(start, end);
            if (mismatch.isPresent()) {
                notes.add(label + ": a meeting: " + mismatch.get() + "; kept without a time");
                start = null;
                end = null;
            }
            LocalDate first = date(slot, "dateStart", label);
            LocalDate last = date(slot, "dateEnd", label);
            first = first == null ? term.firstDay() : first;
            last = last == null ? term.lastDay() : last;
            if (last.isBefore(first)) {
                LocalDate nextYear = last.plusYears(1);
                if (!nextYear.isBefore(first) && nextYear.isBefore(first.plusYears(1))) {
                    last = nextYear; // a section from December into January
                } else {
                    notes.add(label + ": a meeting ends (" + last + ") before it starts (" + first + "); the term's dates are used");
                    first = term.firstDay();
                    last = term.lastDay();
                }
            }
            if (!TermDates.overlap(first, last, term)) {
                if (outsideTerm++ == 0) {
                    outsideExample = label + " meets " + first + " to " + last;
                }
            }
            String location = text(slot, "location");
            if (location != null && location.equalsIgnoreCase("TBA")) {
                location = null;
            }
            return new CatalogMeeting(kind, new WeeklyPattern(days, start, end, 1, first, last, null), location);
        }

        private LocalTime time(JsonNode slot, String field, String label) {
            JsonNode value = slot.path(field);
            if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
                return null;
            }
            String written = value.asText().strip();
            if (written.startsWith("-") || written.equalsIgnoreCase("TBA")) {
                return null; // QuACS writes -1 for a time to be announced
            }
            Optional<LocalTime> t = value.isIntegralNumber() ? ClockTimes.hhmm(value.asInt()) : ClockTimes.parse(written);
            if (t.isEmpty()) {
                notes.add(label + ": \"" + written + "\" is not a time (" + field + "); the meeting is kept without a time");
            }
            return t.orElse(null);
        }

        private LocalDate date(JsonNode slot, String field, String label) {
            String written = text(slot, field);
            if (written == null) {
                return null;
            }
            Matcher m = MONTH_DAY.matcher(written);
            try {
                if (m.matches()) {
                    MonthDay day = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                    if (m.group(3) == null) {
                        return TermDates.near(day, term);
                    }
                    int year = Integer.parseInt(m.group(3));
                    return day.atYear(year < 100 ? 2000 + year : year);
                }
                return LocalDate.parse(written);
            } catch (java.time.DateTimeException | NumberFormatException notADate) {
                notes.add(label + ": \"" + written + "\" is not a date (" + field + "); the term's date is used");
                return null;
            }
        }

        CatalogReader.Reading reading() {
            if (!variableCredits.isEmpty()) {
                notes.add(variableCredits.size() + (variableCredits.size() == 1 ? " section has" : " sections have")
                        + " variable credits; the most is taken (" + String.join("; ", variableCredits.subList(0, Math.min(5, variableCredits.size())))
                        + (variableCredits.size() > 5 ? "; ..." : "") + ")");
            }
            if (!linkedCourses.isEmpty()) {
                List<String> linkedExamples = List.copyOf(linkedCourses);
                notes.add(linkedExamples.size() + (linkedExamples.size() == 1 ? " course has" : " courses have") + " sections named after "
                        + "another section, like 1-1 and 1-2 after 01 (" + String.join(", ", linkedExamples.subList(0, Math.min(5, linkedExamples.size())))
                        + (linkedExamples.size() > 5 ? ", ..." : "") + "): read as labs (or what their titles name) taken with that section");
            }
            if (outsideTerm > 0) {
                notes.add(outsideTerm + (outsideTerm == 1 ? " meeting falls" : " meetings fall") + " wholly outside " + term.name() + " ("
                        + term.firstDay() + " to " + term.lastDay() + "), e.g. " + outsideExample + ": is this the catalog of another term?");
            }
            return new CatalogReader.Reading(new Catalog(sections), notes.list());
        }

        private static String label(JsonNode course, String departmentCode) {
            return first(text(course, "id"), text(course, "title"), departmentCode, "a course");
        }
    }

    /** A field as text, stripped; {@code null} when missing, null or blank. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isValueNode() || v.isNull()) {
            return null;
        }
        String t = v.asText().strip();
        return t.isEmpty() ? null : t;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String trim(double credits) {
        return credits == Math.rint(credits) ? String.valueOf((long) credits) : String.valueOf(credits);
    }
}

package org.courseplanner.domain.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Refusal;

/**
 * A term's catalog of sections as the registrar publishes it, kept apart from the student's plan
 * until sections are chosen. Each CRN names one section.
 */
public record Catalog(List<CatalogSection> sections) {

    public static final Catalog EMPTY = new Catalog(List.of());

    public Catalog {
        sections = List.copyOf(sections);
        Map<String, CatalogSection> seen = new HashMap<>(sections.size() * 2);
        for (CatalogSection s : sections) {
            CatalogSection before = seen.putIfAbsent(s.crn(), s);
            Refusal.require(before == null, "crn", "two sections have the CRN " + s.crn() + " (" + (before == null ? "" : before.label())
                    + " and " + s.label() + "): each section needs a number of its own");
        }
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /** Its courses, in the order they first appear, each with its sections. */
    public List<CatalogCourse> courses() {
        Map<String, List<CatalogSection>> byCourse = new LinkedHashMap<>();
        for (CatalogSection s : sections) {
            byCourse.computeIfAbsent(s.courseKey(), k -> new ArrayList<>()).add(s);
        }
        List<CatalogCourse> courses = new ArrayList<>(byCourse.size());
        for (List<CatalogSection> of : byCourse.values()) {
            CatalogSection first = of.get(0);
            courses.add(new CatalogCourse(first.courseCode(), first.courseTitle(), first.credits(), of));
        }
        return courses;
    }

    /** The course with this code ("cs101" names "CS 101"), if the catalog has it. */
    public Optional<CatalogCourse> course(String code) {
        String key = Course.keyOf(code);
        List<CatalogSection> of = sections.stream().filter(s -> s.courseKey().equals(key)).toList();
        if (of.isEmpty()) {
            return Optional.empty();
        }
        CatalogSection first = of.get(0);
        return Optional.of(new CatalogCourse(first.courseCode(), first.courseTitle(), first.credits(), of));
    }

    /** The course with this code, or a refusal that says what to do. */
    public CatalogCourse requireCourse(String code) {
        return course(code).orElseThrow(() -> new Refusal("courses", "the catalog has no course \"" + code + "\""
                + (isEmpty() ? ": import the registrar's catalog first with 'catalog import FILE'"
                : ": look it up with 'catalog search " + code + "'")));
    }

    /** The section with this CRN, if any. */
    public Optional<CatalogSection> section(String crn) {
        String wanted = crn == null ? "" : crn.strip();
        return sections.stream().filter(s -> s.crn().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The section with this CRN, or a refusal that says what to do. */
    public CatalogSection requireSection(String crn) {
        return section(crn).orElseThrow(() -> new Refusal("crn", "the catalog has no section with CRN \"" + crn
                + "\": list a course's sections with 'catalog list --course CODE'"));
    }

    /**
     * The sections whose code, title, instructor, CRN or location holds every word of the text,
     * without regard to case or to spaces in codes ("cs101" finds "CS 101").
     */
    public List<CatalogSection> search(String text) {
        String[] words = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<CatalogSection> found = new ArrayList<>();
        for (CatalogSection s : sections) {
            String hay = haystack(s);
            boolean all = true;
            for (String w : words) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                found.add(s);
            }
        }
        // sections of a course whose code is the text ("cs1999", "CS 1999") first, then the rest in catalog order
        String key = Course.keyOf(text == null ? "" : text);
        if (!key.isEmpty()) {
            List<CatalogSection> byCode = new ArrayList<>();
            List<CatalogSection> rest = new ArrayList<>();
            for (CatalogSection s : found) {
                (s.courseKey().startsWith(key) ? byCode : rest).add(s);
            }
            byCode.addAll(rest);
            return byCode;
        }
        return found;
    }

    private static String haystack(CatalogSection s) {
        StringBuilder h = new StringBuilder();
        h.append(s.courseCode()).append(' ').append(s.courseKey()).append(' ').append(s.courseTitle()).append(' ')
                .append(s.crn()).append(' ').append(s.section()).append(' ').append(s.component());
        if (s.instructor() != null) {
            h.append(' ').append(s.instructor());
        }
        for (CatalogMeeting m : s.meetings()) {
            if (m.location() != null) {
                h.append(' ').append(m.location());
            }
        }
        return h.toString().toLowerCase(Locale.ROOT);
    }
}

package org.courseplanner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogSection;

/** Catalog sections as the commands print them: lines for a student, objects for --json. */
final class CatalogText {
    /** What a section or meeting without days and times is, in every listing. */
    static final String NO_TIME = "no time (online/arranged)";

    private CatalogText() {
    }

    /** Sections grouped by course, in their order: a course line, then one line per section and meeting. */
    static void print(PrintWriter out, List<CatalogSection> sections) {
        Map<String, List<CatalogSection>> byCourse = new LinkedHashMap<>();
        for (CatalogSection s : sections) {
            byCourse.computeIfAbsent(s.courseKey(), k -> new ArrayList<>()).add(s);
        }
        for (List<CatalogSection> course : byCourse.values()) {
            CatalogSection first = course.get(0);
            out.println(first.courseCode() + "  " + first.courseTitle() + "  (" + Output.number(first.credits()) + " credits, "
                    + Output.count(course.size(), "section", "sections") + ")");
            for (CatalogSection s : course) {
                out.println("  " + heading(s));
                if (s.meetings().isEmpty()) {
                    out.println("      " + NO_TIME);
                }
                for (CatalogMeeting m : s.meetings()) {
                    out.println("      " + meeting(m));
                }
            }
        }
    }

    /** "Lab A1  CRN 40069  Ben Ng  (link A)". */
    static String heading(CatalogSection s) {
        return s.component() + " " + s.section() + "  CRN " + s.crn() + "  " + (s.instructor() == null ? "instructor TBA" : s.instructor())
                + (s.link() == null ? "" : "  (goes with link " + s.link() + ")");
    }

    /** "lab  TU 14:00-15:50, 2026-08-31 to 2026-12-18, Lally 102", or "lab  no time (online/arranged)". */
    static String meeting(CatalogMeeting m) {
        String when = m.isPlaced() ? m.pattern().describe() : NO_TIME + dates(m.pattern());
        return m.kind().label() + "  " + when + (m.location() == null ? "" : ", " + m.location());
    }

    /** "MO,WE 10:00-11:15; FR 12:00-12:50", or the no-time text: a section's times on one line. */
    static String times(CatalogSection s) {
        List<String> times = s.meetings().stream().filter(CatalogMeeting::isPlaced)
                .map(m -> Weekdays.format(m.pattern().days()) + " " + m.pattern().start() + "-" + m.pattern().end()).distinct().toList();
        return times.isEmpty() ? NO_TIME : String.join("; ", times);
    }

    private static String dates(WeeklyPattern p) {
        return p.firstDate() == null && p.lastDate() == null ? ""
                : ", " + (p.firstDate() == null ? "start of term" : p.firstDate()) + " to " + (p.lastDate() == null ? "end of term" : p.lastDate());
    }

    /** A section as JSON: its course, its facts and its meetings (times in the term's school zone). */
    static Map<String, Object> json(CatalogSection s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("crn", s.crn());
        o.put("course", s.courseCode());
        o.put("title", s.courseTitle());
        o.put("credits", s.credits());
        o.put("section", s.section());
        o.put("component", s.component());
        o.put("link", s.link());
        o.put("instructor", s.instructor());
        o.put("hasTime", s.hasTime());
        List<Map<String, Object>> meetings = new ArrayList<>();
        for (CatalogMeeting m : s.meetings()) {
            Map<String, Object> mo = new LinkedHashMap<>();
            mo.put("kind", m.kind().label());
            PlanJson.pattern(mo, m.pattern());
            mo.put("location", m.location());
            meetings.add(mo);
        }
        o.put("meetings", meetings);
        return o;
    }
}

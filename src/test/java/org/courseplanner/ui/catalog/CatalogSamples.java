package org.courseplanner.ui.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogSection;
import org.courseplanner.domain.catalog.CourseChoice;
import org.courseplanner.domain.catalog.Schedule;
import org.courseplanner.domain.catalog.ScheduleScore;

/** A small registrar's catalog (three courses, six sections, one of them online) and schedules made of it by hand. */
public final class CatalogSamples {
    public static final String TERM = "Fall 2026";

    private CatalogSamples() {
    }

    /** Fall 2026 in New York, Aug 31 to Dec 18, with nothing in it. */
    public static void term(Planner planner) {
        ZoneId newYork = ZoneId.of("America/New_York");
        planner.addTerm(new Term(0, TERM, LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), newYork, newYork, List.of(), null,
                Term.DEFAULT_DAILY_CAP_HOURS));
    }

    /** The catalog the CSV of {@link #csv()} holds. */
    public static Catalog catalog() {
        return new Catalog(List.of(
                section("40001", "CS 101", "Intro to Programming", 4, "01", "Lecture", "Lopez", SessionKind.LECTURE, "MO,WE", "10:00", "11:15", "DCC 308"),
                section("40002", "CS 101", "Intro to Programming", 4, "02", "Lecture", "Chen", SessionKind.LECTURE, "TU,TH", "14:00", "15:15", "DCC 318"),
                section("40003", "CS 101", "Intro to Programming", 4, "L1", "Lab", "Patel", SessionKind.LAB, "FR", "09:00", "10:50", "AE 215"),
                section("41001", "MATH 200", "Linear Algebra", 3, "01", "Lecture", "Nguyen", SessionKind.LECTURE, "MO,WE,FR", "12:00", "12:50", "SAGE 3303"),
                new CatalogSection("41002", "MATH 200", "Linear Algebra", 3, "02", "Lecture", null, "Kim", List.of()),
                section("42001", "HIST 110", "World History", 3, "01", "Lecture", "Brown", SessionKind.LECTURE, "TU,TH", "10:00", "11:15", "SAGE 2510")));
    }

    /** The same catalog as a registrar's CSV, one row per meeting (the online section has no days or times). */
    public static String csv() {
        return """
                crn,course,title,credits,section,component,instructor,days,start,end,location
                40001,CS 101,Intro to Programming,4,01,Lecture,Lopez,MW,10:00,11:15,DCC 308
                40002,CS 101,Intro to Programming,4,02,Lecture,Chen,TR,14:00,15:15,DCC 318
                40003,CS 101,Intro to Programming,4,L1,Lab,Patel,F,09:00,10:50,AE 215
                41001,MATH 200,Linear Algebra,3,01,Lecture,Nguyen,MWF,12:00,12:50,SAGE 3303
                41002,MATH 200,Linear Algebra,3,02,Lecture,Kim,,,,
                42001,HIST 110,World History,3,01,Lecture,Brown,TR,10:00,11:15,SAGE 2510
                """;
    }

    private static CatalogSection section(String crn, String code, String title, double credits, String section, String component,
                                          String instructor, SessionKind kind, String days, String start, String end, String room) {
        EnumSet<DayOfWeek> on = EnumSet.noneOf(DayOfWeek.class);
        on.addAll(org.courseplanner.domain.Weekdays.parse(days));
        var meeting = new CatalogMeeting(kind, WeeklyPattern.weekly(on, LocalTime.parse(start), LocalTime.parse(end)), room);
        return new CatalogSection(crn, code, title, credits, section, component, null, instructor, List.of(meeting));
    }

    /** A schedule of these sections (by CRN), grouped by course in their order, with a made-up score. */
    public static Schedule schedule(Catalog catalog, int rank, String... crns) {
        Map<String, List<CatalogSection>> byCourse = new LinkedHashMap<>();
        for (String crn : crns) {
            CatalogSection s = catalog.requireSection(crn);
            byCourse.computeIfAbsent(s.courseCode(), k -> new ArrayList<>()).add(s);
        }
        List<CourseChoice> choices = byCourse.values().stream()
                .map(of -> new CourseChoice(of.get(0).courseCode(), of.get(0).courseTitle(), of, List.of(of))).toList();
        return new Schedule(rank, choices, new ScheduleScore(3, 45, LocalTime.of(9, 0), LocalTime.of(15, 15), 9.5, 0, 100 + rank));
    }
}

package org.courseplanner.ui.workload;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.domain.engine.Workload;

/**
 * A fall term for the workload tests, Wed Sep 2 – Fri Dec 18, 2026 (16 ISO weeks from Mon Aug 31),
 * weekly cap 40 h, daily cap 8 h, Thanksgiving break Nov 25–29.
 *
 * <pre>
 * CS 101 (4 cr, live)   lecture MO,WE 10:00-11:30, lab FR 14:00-16:00      5 h a week, homework 8 h
 * HIST 210 (3 cr, live) TU,TH 13:00-14:15                                  2.5 h a week, homework 6 h
 * ONL 200 (3 cr, online) module "Unit", 6 h a window MO 09:00 -> SU 23:59, Sep 7 for 14 weeks
 * Café shift TU,TH 17:00-21:00 all term                                    8 h a week
 * Conference Oct 12-16, MO-FR 09:00-17:00 (week 7, Oct 12)                 40 h: a week far over the cap
 * </pre>
 */
final class WorkloadSamples {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 31);
    static final LocalDate CONFERENCE_WEEK = LocalDate.of(2026, 10, 12);
    static final int WEEKS = 16;

    private WorkloadSamples() {
    }

    static TermPlan fallTerm() {
        Term term = new Term(1, "Fall 2026", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 18), ZONE, ZONE,
                List.of(new DateRange("Thanksgiving", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29))), 40.0, 8);
        List<Course> courses = List.of(new Course(10, 1, "CS 101", "Intro to Programming", 4, null, Delivery.SYNC, null),
                new Course(11, 1, "HIST 210", "Modern History", 3, null, Delivery.SYNC, null),
                new Course(12, 1, "ONL 200", "Online Ethics", 3, null, Delivery.ASYNC, null));
        List<SyncSession> sessions = List.of(
                new SyncSession(20, 10, SessionKind.LECTURE, weekly("10:00", "11:30", MONDAY, WEDNESDAY), "ENG 204"),
                new SyncSession(21, 10, SessionKind.LAB, weekly("14:00", "16:00", FRIDAY), "LAB 3"),
                new SyncSession(22, 11, SessionKind.LECTURE, weekly("13:00", "14:15", TUESDAY, THURSDAY), "HUM 110"));
        List<AsyncModule> modules = List.of(new AsyncModule(30, 12, "Unit", 6,
                new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 14, LocalDate.of(2026, 9, 7)), Set.of(), Set.of()));
        List<Commitment> commitments = List.of(
                new Commitment(40, 1, "Café shift", weekly("17:00", "21:00", TUESDAY, THURSDAY), null),
                new Commitment(41, 1, "Conference", new WeeklyPattern(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), 1,
                        CONFERENCE_WEEK, CONFERENCE_WEEK.plusDays(4), null), null));
        return new TermPlan(term, courses, sessions, modules, commitments, List.of());
    }

    static Workload fallWorkload() {
        return PlanFindings.of(fallTerm()).workload();
    }

    private static WeeklyPattern weekly(String start, String end, DayOfWeek... days) {
        return WeeklyPattern.weekly(EnumSet.of(days[0], days), LocalTime.parse(start), LocalTime.parse(end));
    }

}

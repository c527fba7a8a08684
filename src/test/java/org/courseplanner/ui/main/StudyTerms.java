package org.courseplanner.ui.main;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;

/** Terms to plan study time in: an online module beside a live class. */
public final class StudyTerms {
    public static final String TERM = "Fall 2026";

    private StudyTerms() {
    }

    /**
     * Fall 2026 in New York, studied from there (Aug 31 to Dec 18): CS 101 live on Mondays and Wednesdays (no homework,
     * so only the module needs time), and HIST 210 online with a weekly module open from Monday 09:00
     * to {@code due} 23:59 that takes {@code effortHours} a week, for 15 weeks.
     */
    public static void online(Planner planner, DayOfWeek due, double effortHours) {
        online(planner, due, effortHours, Term.DEFAULT_DAILY_CAP_HOURS);
    }

    /** {@link #online(Planner, DayOfWeek, double)} with a daily cap of {@code dailyCapHours}. */
    public static void online(Planner planner, DayOfWeek due, double effortHours, double dailyCapHours) {
        ZoneId newYork = ZoneId.of("America/New_York");
        planner.addTerm(new Term(0, TERM, LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), newYork, newYork, List.of(), null,
                dailyCapHours));
        planner.addCourse(TERM, "CS 101", "Intro to Programming", 3, null, Delivery.SYNC, 0.0);
        planner.addSession(TERM, "CS 101", SessionKind.LECTURE, WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(10, 0), LocalTime.of(11, 15)), "ENG 204");
        planner.addCourse(TERM, "HIST 210", "Modern History", 3, null, Delivery.ASYNC, null);
        planner.addModule(TERM, "HIST 210", "Module", effortHours,
                planner.weeklyWindow(TERM, DayOfWeek.MONDAY, LocalTime.of(9, 0), due, LocalTime.of(23, 59), 15, null), Set.of());
    }
}

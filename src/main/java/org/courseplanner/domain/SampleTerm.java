package org.courseplanner.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sample semester for a newcomer to play with: three live courses, two online ones, a hybrid
 * one, a job shift, a break, one clash of two classes and one heavy week (a term paper) to
 * discover, for a student who lives in Berlin and studies at a New York school. It is the semester
 * that contains {@code today}, or the next one.
 */
public final class SampleTerm {
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("America/New_York");
    /** The student's own zone, six hours ahead: every class is placed so it ends before 22:00 there. */
    public static final ZoneId STUDENT_ZONE = ZoneId.of("Europe/Berlin");
    private static final int WEEKS = 16;
    /** A full-time student with a job: long days are normal, only the longest should stand out. */
    private static final double SAMPLE_DAILY_CAP_HOURS = 12;
    /** A usual week is about 45 h; the term paper's week goes over. */
    private static final double SAMPLE_WEEKLY_CAP_HOURS = 50;

    private SampleTerm() {
    }

    /** Adds the sample term to the plan through the planner, as a student would. */
    public static Term addTo(Planner planner, LocalDate today) {
        Semester s = semesterOf(today);
        Term term = planner.addTerm(new Term(0, s.name(), s.first(), s.last(), SCHOOL_ZONE, STUDENT_ZONE, List.of(s.pause()),
                SAMPLE_WEEKLY_CAP_HOURS, SAMPLE_DAILY_CAP_HOURS));
        String t = term.name();
        LocalDate first = term.firstDay();

        planner.addCourse(t, "CS 101", "Introduction to Programming", 4, null, Delivery.SYNC, 4.0);
        planner.addSession(t, "CS 101", SessionKind.LECTURE, weekly(time(10, 0), time(11, 15), MONDAY, WEDNESDAY), "ENG 204");
        planner.addSession(t, "CS 101", SessionKind.LAB, weekly(time(14, 0), time(15, 50), THURSDAY), "ENG 310");
        LocalDate exam = term.lastDay().with(TemporalAdjusters.previousOrSame(FRIDAY));
        planner.addSession(t, "CS 101", SessionKind.EXAM, WeeklyPattern.once(exam, time(9, 0), time(11, 0)), "Hall A");

        planner.addCourse(t, "MATH 200", "Linear Algebra", 3, null, Delivery.SYNC, 3.0);
        planner.addSession(t, "MATH 200", SessionKind.LECTURE, weekly(time(10, 30), time(11, 45), TUESDAY, THURSDAY), "SCI 120");
        // overlaps the CS 101 lecture on Mondays: the one conflict a newcomer should find
        planner.addSession(t, "MATH 200", SessionKind.TUTORIAL, weekly(time(11, 0), time(11, 50), MONDAY), "SCI 014");

        planner.addCourse(t, "PHYS 150", "Physics I: Mechanics", 4, null, Delivery.SYNC, 4.0);
        planner.addSession(t, "PHYS 150", SessionKind.LECTURE, weekly(time(13, 0), time(13, 50), MONDAY, WEDNESDAY, FRIDAY), "PHY 100");
        planner.addSession(t, "PHYS 150", SessionKind.LAB, new WeeklyPattern(EnumSet.of(TUESDAY), time(12, 0), time(14, 50), 2,
                null, null, null), "PHY 210");

        planner.addCourse(t, "HIST 210", "Modern World History (online)", 3, null, Delivery.ASYNC, null);
        AsyncModule history = planner.addModule(t, "HIST 210", "Module", 5,
                new WeeklyWindow(MONDAY, time(9, 0), SUNDAY, time(23, 59), WEEKS - 1, first), Set.of());
        // written in one week: the week that stands out in the workload chart
        LocalDate paperWeek = first.plusWeeks(11);
        planner.addModule(t, "HIST 210", "Term paper", 12, new SingleWindow(paperWeek.atTime(9, 0), paperWeek.with(FRIDAY).atTime(17, 0)),
                Set.of());

        planner.addCourse(t, "PSYC 110", "Introduction to Psychology (online)", 3, null, Delivery.ASYNC, null);
        // opens Wednesday, due the next Tuesday: each window runs over a weekend
        planner.addModule(t, "PSYC 110", "Unit", 4, new WeeklyWindow(WEDNESDAY, time(0, 0), TUESDAY, time(23, 59), WEEKS - 2, first),
                Set.of(s.skippedUnit()));

        planner.addCourse(t, "BIO 120", "Biology of Cells (hybrid)", 4, null, Delivery.HYBRID, 3.0);
        planner.addSession(t, "BIO 120", SessionKind.SEMINAR, weekly(time(14, 30), time(15, 45), WEDNESDAY), "https://zoom.us/j/5550120");
        planner.addModule(t, "BIO 120", "Lab module", 3, new WeeklyWindow(FRIDAY, time(9, 0), SUNDAY, time(23, 59), WEEKS - 1, first),
                Set.of());
        planner.addSession(t, "BIO 120", SessionKind.OFFICE_HOURS, WeeklyPattern.unplaced(), null);

        // a job shift in the school's town, on Saturdays, clear of every class
        planner.addCommitment(t, "Café shift", weekly(time(10, 0), time(15, 0), SATURDAY), SCHOOL_ZONE);

        LocalDate firstWednesday = first.with(TemporalAdjusters.nextOrSame(WEDNESDAY));
        planner.addStudyBlock(history.id(), 1, firstWednesday.atTime(11, 30), 90);
        return term;
    }

    private record Semester(String name, LocalDate first, LocalDate last, DateRange pause, int skippedUnit) {
    }

    /** Fall starts on the Monday on or after August 24, spring on the Monday on or after January 12; 16 weeks each. */
    static Semester semesterOf(LocalDate today) {
        for (int year = today.getYear() - 1; ; year++) {
            Semester spring = spring(year);
            if (!today.isAfter(spring.last())) {
                return spring;
            }
            Semester fall = fall(year);
            if (!today.isAfter(fall.last())) {
                return fall;
            }
        }
    }

    private static Semester fall(int year) {
        LocalDate first = LocalDate.of(year, Month.AUGUST, 24).with(TemporalAdjusters.nextOrSame(MONDAY));
        LocalDate thanksgiving = LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, THURSDAY));
        int pauseWeek = (int) ((thanksgiving.toEpochDay() - first.toEpochDay()) / 7) + 1;
        return new Semester("Fall " + year, first, end(first), new DateRange("Thanksgiving break", thanksgiving.minusDays(1),
                thanksgiving.plusDays(3)), pauseWeek);
    }

    private static Semester spring(int year) {
        LocalDate first = LocalDate.of(year, Month.JANUARY, 12).with(TemporalAdjusters.nextOrSame(MONDAY));
        LocalDate pause = first.plusWeeks(8);
        return new Semester("Spring " + year, first, end(first), new DateRange("Spring break", pause, pause.plusDays(6)), 9);
    }

    private static LocalDate end(LocalDate first) {
        return first.plusWeeks(WEEKS - 1L).with(FRIDAY);
    }

    private static WeeklyPattern weekly(LocalTime start, LocalTime end, DayOfWeek... days) {
        return WeeklyPattern.weekly(EnumSet.of(days[0], days), start, end);
    }

    private static LocalTime time(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }
}

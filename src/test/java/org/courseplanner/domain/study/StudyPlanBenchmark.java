package org.courseplanner.domain.study;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;

/**
 * Study planning benchmark (a main, not a test): the full online term of issue 17 (6 online courses
 * with 15 weekly modules each, 4 live courses with homework, 2 weekly shifts) planned in the engine,
 * from the term to the blocks, in one warm JVM. Target: under 300 ms. Run:
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.domain.study.StudyPlanBenchmark}.
 * {@code -Dbench.sizes="1 4"} plans 1× and 4× as many online courses.
 */
public final class StudyPlanBenchmark {
    private static final ZoneId SCHOOL = ZoneId.of("America/New_York");
    private static final LocalDate FIRST = LocalDate.of(2026, 8, 31);
    private static final int WEEKS = 15;

    private StudyPlanBenchmark() {
    }

    /** The term: {@code onlineCourses} online courses of 15 weekly modules, 4 live courses, 2 shifts. */
    public static TermPlan fullOnlineTerm(int onlineCourses) {
        Term term = new Term(1, "Bench", FIRST, FIRST.plusWeeks(WEEKS).minusDays(3), SCHOOL, ZoneId.of("Europe/Berlin"),
                List.of(new DateRange("Thanksgiving", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29))), null, 10);
        List<Course> courses = new ArrayList<>();
        List<AsyncModule> modules = new ArrayList<>();
        List<SyncSession> sessions = new ArrayList<>();
        long id = 100;
        for (int c = 0; c < onlineCourses; c++) {
            Course course = new Course(id++, 1, "ON " + (100 + c), "Online " + c, 3, null, Delivery.ASYNC, null);
            courses.add(course);
            DayOfWeek opens = c % 2 == 0 ? DayOfWeek.MONDAY : DayOfWeek.WEDNESDAY; // some windows cross weeks
            modules.add(new AsyncModule(id++, course.id(), "Module", 3 + c % 3,
                    new WeeklyWindow(opens, LocalTime.of(0, 0), opens.minus(1), LocalTime.of(23, 59), WEEKS, FIRST), Set.of(), Set.of()));
        }
        for (int c = 0; c < 4; c++) {
            Course course = new Course(id++, 1, "LV " + (200 + c), "Live " + c, 3, null, Delivery.SYNC, 4.0);
            courses.add(course);
            EnumSet<DayOfWeek> days = c % 2 == 0 ? EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY) : EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
            sessions.add(new SyncSession(id++, course.id(), SessionKind.LECTURE,
                    WeeklyPattern.weekly(days, LocalTime.of(9 + 2 * c, 0), LocalTime.of(10 + 2 * c, 15)), "Hall " + c));
        }
        List<Commitment> shifts = List.of(
                new Commitment(id++, 1, "Café shift", WeeklyPattern.weekly(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(16, 0), LocalTime.of(22, 0)), null),
                new Commitment(id++, 1, "Library shift", WeeklyPattern.weekly(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(16, 0)), null));
        return new TermPlan(term, courses, sessions, modules, shifts, List.<StudyBlock>of());
    }

    public static void main(String[] args) {
        String sizes = System.getProperty("bench.sizes", "1");
        for (String size : sizes.trim().split("\\s+")) {
            int factor = Integer.parseInt(size);
            TermPlan plan = fullOnlineTerm(6 * factor);
            StudyPlan result = null;
            for (int i = 0; i < 20; i++) {
                result = StudyTimePlanner.plan(plan, null, null, () -> false);
            }
            double[] ms = new double[30];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                result = StudyTimePlanner.plan(plan, null, null, () -> false);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%d online courses: %d blocks, %d of %d min placed, %d shortages; median %.1f ms, min %.1f ms, max %.1f ms%n",
                    6 * factor, result.added().size(), result.placedMinutes(), result.neededMinutes(), result.shortages().size(),
                    ms[ms.length / 2], ms[0], ms[ms.length - 1]);
        }
    }
}

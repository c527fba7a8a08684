package org.courseplanner.domain.engine;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hours per day and ISO week, caps and peaks, on a worked example.
 *
 * <pre>
 * Term Mon 2026-09-14 .. Sun 2026-09-27 (ISO weeks 2026-W38 and 2026-W39), New York, daily cap 6 h.
 * CS 101, 4 credits, live: lecture MO,WE 10:00-11:30            sync 2 x 1.5 h      =  3 h a week
 *         homework by the rule of thumb 2 h/credit             8 h / 7 = 1.142857 h every day
 * ONL 200, 2 credits, online (no homework): module "Unit", 6 h a window, MO 09:00 -> SU 23:59,
 *         that is 6 d 14 h 59 min = 9,539 min; a 2 h study block in week 1 (Tue Sep 15 18:00-20:00),
 *         so week 1 spreads 6 - 2 = 4 h over its window and week 2 spreads 6 h
 * Café shift, TU,TH 17:00-21:00 in week 1 only                 2 x 4 h             =  8 h
 * Weekly cap: 3 h per credit x (4 + 2)                                                = 18 h
 *
 *          sync  homework  async        commitments  total
 * W38      3     8         2 + 4 = 6    8            25 h  > 18: a weekly peak (error)
 * W39      3     8         6            0            17 h  <= 18
 * The median week is (25 + 17) / 2 = 21 h; neither week is above 1.5 x 21 = 31.5 h.
 * W38 by source: CS 101 3 + 8 = 11 h, Café shift 8 h, ONL 200 6 h.
 *
 * Tue Sep 15: homework 1.142857 + study 2 + 4 h x 1,440 / 9,539 min = 0.603837 + shift 4
 *           = 7.746694, shown 7.75 h > 6: a daily peak; the study block lies inside the shift and both count.
 *           By source: Café shift 4 h, ONL 200 2 + 0.603837 = 2.6 h, CS 101 1.14 h.
 * Mon Sep 14: 1.5 + 1.142857 + 4 x 900 / 9,539 = 0.377398 -> 3.02 h.  Thu Sep 17: 1.142857 + 0.603837 + 4 = 5.75 h.
 * </pre>
 */
class WorkloadTest {

    private static PlanBuilder workedExample() {
        return PlanBuilder.term("2026-09-14", "2026-09-27", "America/New_York").caps(null, 6)
                .course(10, "CS 101", "Intro to Programming", 4, Delivery.SYNC)
                .course(11, "ONL 200", "Online Ethics", 2, Delivery.ASYNC)
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:30", "ENG 204", MONDAY, WEDNESDAY)
                .module(30, 11, "Unit", 6, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 2,
                        LocalDate.of(2026, 9, 14)))
                .study(50, 30, 1, "2026-09-15T18:00", 120)
                .commitment(40, "Café shift", new WeeklyPattern(EnumSet.of(TUESDAY, THURSDAY), LocalTime.of(17, 0), LocalTime.of(21, 0), 1,
                        null, LocalDate.of(2026, 9, 20), null), null);
    }

    private static Workload workload(PlanBuilder builder) {
        TermPlan plan = builder.plan();
        return Workload.of(plan, TermCalendar.of(plan));
    }

    private static WorkloadDay day(Workload workload, String date) {
        return workload.days().stream().filter(d -> d.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    @Test
    void weeklyHoursOfTheWorkedExample() {
        Workload workload = workload(workedExample());

        assertThat(workload.weeks()).extracting(WorkloadWeek::week).containsExactly("2026-W38", "2026-W39");
        WorkloadWeek first = workload.weeks().get(0);
        assertThat(first.start()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(List.of(first.sync(), first.homework(), first.async(), first.commitments(), first.hours(), first.cap()))
                .containsExactly(3.0, 8.0, 6.0, 8.0, 25.0, 18.0);
        assertThat(first.peak()).isTrue();
        assertThat(first.drivers()).extracting(WorkloadDriver::toString).containsExactly("CS 101 11.0 h", "Café shift 8.0 h", "ONL 200 6.0 h");
        WorkloadWeek second = workload.weeks().get(1);
        assertThat(List.of(second.sync(), second.homework(), second.async(), second.commitments(), second.hours(), second.cap()))
                .containsExactly(3.0, 8.0, 6.0, 0.0, 17.0, 18.0);
        assertThat(second.peak()).isFalse();
        assertThat(second.drivers()).extracting(WorkloadDriver::toString).containsExactly("CS 101 11.0 h", "ONL 200 6.0 h");
    }

    /*
     * Homework blocks: CS 101 owes 8 h in term week 1 (Sep 14-20, no break). A 3 h block on Wed Sep 16
     * counts there; the other 5 h spread over the week's 7 days, 0.714286 h each: Wednesday has
     * 3.714286 h of homework, the week still 8 h, week 2 untouched.
     */
    @Test
    void aHomeworkBlockCountsWhereItIsAndTheRestOfItsWeekSpreads() {
        Workload workload = workload(workedExample().homework(60, 10, 1, "2026-09-16T19:00", 180, true));

        assertThat(day(workload, "2026-09-16").homework()).isEqualTo(3.71);
        assertThat(day(workload, "2026-09-15").homework()).isEqualTo(0.71);
        assertThat(day(workload, "2026-09-20").homework()).isEqualTo(0.71);
        assertThat(day(workload, "2026-09-21").homework()).isEqualTo(1.14);
        assertThat(workload.weeks()).extracting(WorkloadWeek::homework).containsExactly(8.0, 8.0);
        assertThat(workload.weeks().get(0).hours()).isEqualTo(25.0);
    }

    @Test
    void homeworkPlacedBeyondTheWeeksHoursLeavesNoRestAndCountsInFull() {
        Workload workload = workload(workedExample().homework(60, 10, 2, "2026-09-22T08:00", 600, false));

        assertThat(day(workload, "2026-09-22").homework()).isEqualTo(10.0);
        assertThat(day(workload, "2026-09-23").homework()).isZero();
        assertThat(workload.weeks()).extracting(WorkloadWeek::homework).containsExactly(8.0, 10.0);
    }

    @Test
    void capIsThreeHoursPerCreditByDefault() {
        assertThat(workedExample().plan().weeklyCap()).isEqualTo(18.0);
        assertThat(workedExample().caps(30.0, 6).plan().weeklyCap()).isEqualTo(30.0);
    }

    @Test
    void weekOverTheCapIsAnErrorNamingItsTopContributors() {
        List<Finding> weekly = workload(workedExample()).peaks().stream().filter(f -> f.rule().equals("weekly-peak")).toList();

        assertThat(weekly).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.first()).isEqualTo(LocalDate.of(2026, 9, 14));
            assertThat(f.last()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThat(f.items()).containsExactly("CS 101 11.0 h", "Café shift 8.0 h", "ONL 200 6.0 h");
            assertThat(f.message()).isEqualTo("Week 2026-W38 (Sep 14 – Sep 20) has 25.0 h, over your weekly cap of 18.0 h; "
                    + "most of it: CS 101 11.0 h, Café shift 8.0 h, ONL 200 6.0 h");
        });
    }

    @ParameterizedTest(name = "weekly cap {0}: peaks in {1}")
    @CsvSource(nullValues = "none", value = {
        "none, 2026-W38",          // 18 h
        "20,   2026-W38",
        "16.5, 2026-W38 2026-W39", // both weeks are over
        "25,   ''",                // exactly at the cap is not over it
        "30,   ''",
    })
    void weeklyCapDecidesThePeaks(Double cap, String peakWeeks) {
        Workload workload = workload(workedExample().caps(cap, 6));

        assertThat(workload.weeks().stream().filter(WorkloadWeek::peak).map(WorkloadWeek::week).toList())
                .containsExactlyElementsOf(peakWeeks.isEmpty() ? List.of() : List.of(peakWeeks.split(" ")));
        assertThat(workload.peaks().stream().filter(f -> f.rule().equals("weekly-peak")).count())
                .isEqualTo(peakWeeks.isEmpty() ? 0 : peakWeeks.split(" ").length);
    }

    @Test
    void dayOverTheDailyCapIsAPeakAndOverlappingItemsBothCount() {
        Workload workload = workload(workedExample());

        WorkloadDay tuesday = day(workload, "2026-09-15");
        assertThat(tuesday.homework()).isEqualTo(1.14);
        assertThat(tuesday.async()).isEqualTo(2.6);     // the study block and a day of the rest
        assertThat(tuesday.commitments()).isEqualTo(4.0); // the shift the study block lies in
        assertThat(tuesday.hours()).isEqualTo(7.75);
        assertThat(tuesday.cap()).isEqualTo(6.0);
        assertThat(tuesday.peak()).isTrue();
        assertThat(tuesday.drivers()).extracting(WorkloadDriver::toString).containsExactly("Café shift 4.0 h", "ONL 200 2.6 h", "CS 101 1.14 h");
        assertThat(day(workload, "2026-09-14").hours()).isEqualTo(3.02);
        assertThat(day(workload, "2026-09-17").hours()).isEqualTo(5.75);
        assertThat(workload.days()).hasSize(14).filteredOn(WorkloadDay::peak).extracting(WorkloadDay::date)
                .containsExactly(LocalDate.of(2026, 9, 15));
        assertThat(workload.peaks().stream().filter(f -> f.rule().equals("daily-peak")).toList()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.first()).isEqualTo(LocalDate.of(2026, 9, 15));
            assertThat(f.count()).isEqualTo(1);
            assertThat(f.message()).isEqualTo(
                    "Tue Sep 15 has 7.75 h over your daily cap of 6.0 h; most of it: Café shift 4.0 h, ONL 200 2.6 h, CS 101 1.14 h");
        });
    }

    @Test
    void weeklyHoursAddUpTheirDays() {
        Workload workload = workload(workedExample());

        for (WorkloadWeek week : workload.weeks()) {
            double sum = workload.days().stream().filter(d -> !d.date().isBefore(week.start()) && !d.date().isAfter(week.start().plusDays(6)))
                    .mapToDouble(WorkloadDay::hours).sum();
            assertThat(sum).isCloseTo(week.hours(), within(0.05));
        }
    }

    @Test
    void twoClassesAtTheSameTimeBothCount() {
        Workload workload = workload(PlanBuilder.term("2026-09-14", "2026-09-20", "America/New_York")
                .course(10, "CS 101", "Intro to Programming", 3, Delivery.SYNC, 0.0)
                .course(11, "MATH 200", "Linear Algebra", 3, Delivery.SYNC, 0.0)
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:30", "ENG 204", MONDAY)
                .weekly(21, 11, SessionKind.LAB, "10:00", "11:30", "SCI 101", MONDAY));

        assertThat(day(workload, "2026-09-14").sync()).isEqualTo(3.0);
        assertThat(workload.weeks()).singleElement().satisfies(w -> assertThat(w.hours()).isEqualTo(3.0));
    }

    /** Weeks of 2 h, 2 h + exam, 2 h: the median week is 2 h, so a week over 3 h stands out. */
    @ParameterizedTest(name = "exam of {0} min: {1}")
    @CsvSource(nullValues = "none", value = {
        "60,  none",  // 3 h is exactly 1.5 times the median
        "75,  'Week 2026-W39 (Sep 21 – Sep 27) has 3.25 h, more than 1.5 times a usual week of the term (2.0 h); most of it: CS 101 3.25 h'",
        "120, 'Week 2026-W39 (Sep 21 – Sep 27) has 4.0 h, more than 1.5 times a usual week of the term (2.0 h); most of it: CS 101 4.0 h'",
    })
    void weekAboveOneAndAHalfTimesTheMedianIsAWarning(int examMinutes, String message) {
        Workload workload = workload(PlanBuilder.term("2026-09-14", "2026-10-04", "America/New_York").caps(100.0, 10)
                .course(10, "CS 101", "Intro to Programming", 3, Delivery.SYNC, 0.0)
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "12:00", "ENG 204", MONDAY)
                .session(21, 10, SessionKind.EXAM, WeeklyPattern.once(LocalDate.of(2026, 9, 23), LocalTime.of(9, 0),
                        LocalTime.of(9, 0).plusMinutes(examMinutes)), "GYM"));

        assertThat(workload.weeks()).extracting(WorkloadWeek::hours).containsExactly(2.0, 2 + examMinutes / 60.0, 2.0);
        if (message == null) {
            assertThat(workload.peaks()).isEmpty();
        } else {
            assertThat(workload.peaks()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("weekly-peak");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).isEqualTo(message);
            });
            assertThat(workload.weeks().get(1).peak()).isTrue();
        }
    }

    @Test
    void longWeekdayRepeatingAllTermIsOneDailyPeak() {
        Workload workload = workload(PlanBuilder.term("2026-09-14", "2026-10-04", "America/New_York").caps(100.0, 2)
                .course(10, "CS 101", "Intro to Programming", 3, Delivery.SYNC, 0.0)
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "12:30", "ENG 204", MONDAY));

        assertThat(workload.peaks()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("daily-peak");
            assertThat(f.count()).isEqualTo(3);
            assertThat(f.first()).isEqualTo(LocalDate.of(2026, 9, 14));
            assertThat(f.last()).isEqualTo(LocalDate.of(2026, 9, 28));
            assertThat(f.message()).isEqualTo(
                    "Mondays have 2.5 h, 3 times, Sep 14 – Sep 28, over your daily cap of 2.0 h; most of it: CS 101 2.5 h");
        });
    }

    @Test
    void breakWeekHasNoClassesNorHomeworkButKeepsModuleWork() {
        Workload workload = workload(workedExample().breakOf("Fall break", "2026-09-21", "2026-09-27"));

        WorkloadWeek breakWeek = workload.weeks().get(1);
        assertThat(List.of(breakWeek.sync(), breakWeek.homework(), breakWeek.async(), breakWeek.commitments()))
                .containsExactly(0.0, 0.0, 6.0, 0.0);
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2026-09-14, 2026-W38",
        "2026-09-20, 2026-W38",
        "2026-12-28, 2026-W53",
        "2027-01-03, 2026-W53",
        "2027-01-04, 2027-W01",
        "2025-12-29, 2026-W01",
    })
    void weeksAreNamedByIsoWeek(LocalDate day, String week) {
        assertThat(Workload.isoWeek(day)).isEqualTo(week);
    }
}

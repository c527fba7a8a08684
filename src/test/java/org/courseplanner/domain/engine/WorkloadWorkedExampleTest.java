package org.courseplanner.domain.engine;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.junit.jupiter.api.Test;

/**
 * A worked example, counted by hand. Term: Mon 2026-09-07 to Sun 2026-09-20 (ISO weeks 37 and 38),
 * New York, daily cap 5.5 h, weekly cap by default 3 h × 6 credits = 18 h.
 * <ul>
 * <li>CS 101, 4 credits, live: lecture MO, WE 10:00–11:30 = 3 h a week; homework 2 h × 4 = 8 h a week,
 *     8/7 h on each day.</li>
 * <li>HIST 1, 2 credits, online: a weekly module, Monday 00:00 to the next Monday 00:00, 7 h each; in
 *     week 1 a 2 h study block on Wednesday 19:00, so 5 h spread as 5/7 h a day; week 2: 1 h a day.</li>
 * <li>A shift, Tuesdays 18:00–22:00 = 4 h a week.</li>
 * </ul>
 * Each week: 3 sync + 8 homework + 7 async + 4 commitments = 22 h, over the 18 h cap. Tuesdays:
 * 8/7 + 5/7 + 4 = 5.86 h (week 1) and 8/7 + 1 + 4 = 6.14 h (week 2), over 5.5 h; Wednesday of week 1:
 * 1.5 + 8/7 + 5/7 + 2 = 5.36 h, under.
 */
class WorkloadWorkedExampleTest {

    private static Plans example() {
        Plans p = Plans.term(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 20), "America/New_York", "America/New_York").caps(null, 5.5);
        p.course("CS 101", 4, Delivery.SYNC);
        p.weekly("CS 101", SessionKind.LECTURE, "10:00", "11:30", "ENG 1", MONDAY, WEDNESDAY);
        p.course("HIST 1", 2, Delivery.ASYNC);
        long module = p.module("HIST 1", "Module", 7, new WeeklyWindow(MONDAY, LocalTime.MIDNIGHT, MONDAY, LocalTime.MIDNIGHT, 2,
                LocalDate.of(2026, 9, 7)), Set.of());
        p.study(module, 1, "2026-09-09T19:00", 120);
        p.commitment("Shift", WeeklyPattern.weekly(EnumSet.of(TUESDAY), LocalTime.of(18, 0), LocalTime.of(22, 0)), null);
        return p;
    }

    @Test
    void weeksAddUpByCategory() {
        Workload w = Workload.of(example().plan(), example().calendar());
        assertThat(w.weeks()).extracting(WorkloadWeek::week).containsExactly("2026-W37", "2026-W38");
        for (WorkloadWeek week : w.weeks()) {
            assertThat(week.sync()).isEqualTo(3.0);
            assertThat(week.homework()).isEqualTo(8.0);
            assertThat(week.async()).isEqualTo(7.0);
            assertThat(week.commitments()).isEqualTo(4.0);
            assertThat(week.hours()).isEqualTo(22.0);
            assertThat(week.cap()).isEqualTo(18.0);
            assertThat(week.peak()).isTrue();
            assertThat(week.drivers()).extracting(WorkloadDriver::toString).containsExactly("CS 101 11.0 h", "HIST 1 7.0 h", "Shift 4.0 h");
        }
    }

    @Test
    void daysAddUpAndLongTuesdaysAreOnePeak() {
        Workload w = Workload.of(example().plan(), example().calendar());
        WorkloadDay wednesday = w.days().stream().filter(d -> d.date().equals(LocalDate.of(2026, 9, 9))).findFirst().orElseThrow();
        assertThat(wednesday.hours()).isCloseTo(1.5 + 8.0 / 7 + 5.0 / 7 + 2, within(0.01));
        assertThat(wednesday.peak()).isFalse();
        List<WorkloadDay> peaks = w.days().stream().filter(WorkloadDay::peak).toList();
        assertThat(peaks).extracting(d -> d.date().toString()).containsExactly("2026-09-08", "2026-09-15");
        assertThat(peaks.get(0).hours()).isCloseTo(8.0 / 7 + 5.0 / 7 + 4, within(0.01));
        assertThat(peaks.get(1).hours()).isCloseTo(8.0 / 7 + 1 + 4, within(0.01));

        List<Finding> daily = w.peaks().stream().filter(f -> f.rule().equals("daily-peak")).toList();
        assertThat(daily).hasSize(1);
        assertThat(daily.get(0).count()).isEqualTo(2);
        assertThat(daily.get(0).message()).startsWith("Tuesdays have 5.86–6.14 h, 2 times, Sep 8 – Sep 15, over your daily cap of 5.5 h");
        List<Finding> weekly = w.peaks().stream().filter(f -> f.rule().equals("weekly-peak")).toList();
        assertThat(weekly).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(weekly.get(0).message()).isEqualTo("Week 2026-W37 (Sep 7 – Sep 13) has 22.0 h, over your weekly cap of 18.0 h;"
                + " most of it: CS 101 11.0 h, HIST 1 7.0 h, Shift 4.0 h");
    }

    @Test
    void overlappingItemsBothCount() {
        Plans p = example();
        p.course("MATH 1", 3, Delivery.SYNC);
        p.weekly("MATH 1", SessionKind.LAB, "10:00", "11:30", "SCI 1", MONDAY); // on top of the CS 101 lecture
        Workload w = Workload.of(p.plan(), p.calendar());
        assertThat(w.weeks().get(0).sync()).isEqualTo(4.5);
    }

    @Test
    void aWeekFarAboveTheUsualOneIsAPeakEvenUnderTheCap() {
        Plans p = Plans.term(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 27), "America/New_York", "America/New_York").caps(100.0, 24);
        p.course("HIST 1", 2, Delivery.ASYNC);
        p.module("HIST 1", "Module", 7, new WeeklyWindow(MONDAY, LocalTime.MIDNIGHT, MONDAY, LocalTime.MIDNIGHT, 3,
                LocalDate.of(2026, 9, 7)), Set.of());
        p.module("HIST 1", "Paper", 14, new SingleWindow(LocalDate.of(2026, 9, 21).atStartOfDay(), LocalDate.of(2026, 9, 28).atStartOfDay()),
                Set.of());
        Workload w = Workload.of(p.plan(), p.calendar());
        assertThat(w.weeks()).extracting(WorkloadWeek::hours).containsExactly(7.0, 7.0, 21.0);
        assertThat(w.weeks()).extracting(WorkloadWeek::peak).containsExactly(false, false, true);
        Finding peak = w.peaks().get(0);
        assertThat(peak.severity()).isEqualTo(Severity.WARNING);
        assertThat(peak.message()).contains("21.0 h, more than 1.5 times a usual week of the term (7.0 h)");
    }
}

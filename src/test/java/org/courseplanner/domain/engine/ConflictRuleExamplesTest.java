package org.courseplanner.domain.engine;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each conflict rule on small plans whose answer is known. */
class ConflictRuleExamplesTest {
    private static final LocalDate MONDAY_SEP_7 = LocalDate.of(2026, 9, 7);

    private static Plans fiveWeeks(String studentZone) {
        return Plans.term(MONDAY_SEP_7, MONDAY_SEP_7.plusWeeks(5).minusDays(1), "America/New_York", studentZone);
    }

    private static List<Finding> find(ConflictRule rule, Plans p) {
        return rule.find(p.calendar(), p.plan().term().conflictSettings());
    }

    @Test
    void aCommitmentOverlapNamesBothAndRepeatsAsOneFinding() {
        Plans p = fiveWeeks("America/New_York");
        p.course("MATH 200", 3, Delivery.SYNC);
        p.weekly("MATH 200", SessionKind.LECTURE, "10:30", "11:45", "SCI 1", TUESDAY);
        p.commitment("Café shift", WeeklyPattern.weekly(EnumSet.of(TUESDAY), LocalTime.of(11, 0), LocalTime.of(14, 0)), null);
        List<Finding> f = find(new CommitmentOverlapRule(), p);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).count()).isEqualTo(5);
        assertThat(f.get(0).overlapMinutes()).isEqualTo(45);
        assertThat(f.get(0).message()).isEqualTo(
                "MATH 200 Lecture overlaps your commitment \"Café shift\" on Tuesdays 11:00–11:45, 5 times, Sep 8 – Oct 6");
    }

    @Test
    void studyTimeAfterTheDeadlineIsAnErrorAndBeforeTheWindowAWarning() {
        Plans p = fiveWeeks("America/New_York");
        p.course("HIST 1", 3, Delivery.ASYNC);
        long module = p.module("HIST 1", "Module", 3, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 5,
                MONDAY_SEP_7), Set.of());
        p.study(module, 1, "2026-09-13T23:00", 120); // ends Monday 01:00, after Sunday 23:59
        p.study(module, 2, "2026-09-10T19:00", 60); // week 2 opens Monday Sep 14
        p.study(module, 3, "2026-09-22T19:00", 60); // inside its window: fine
        List<Finding> f = find(new StudyOutsideWindowRule(), p); // in time order: the early one first
        assertThat(f).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.ERROR);
        assertThat(f.get(1).message()).contains("HIST 1 Module 1 study on Sun Sep 13 23:00 ends after HIST 1 Module 1 is due (Sun Sep 13 23:59)");
        assertThat(f.get(0).message()).contains("starts before HIST 1 Module 2 opens (Mon Sep 14 09:00)");
    }

    @Test
    void studyBlocksClashingWithClassesAndEachOther() {
        Plans p = fiveWeeks("America/New_York");
        p.course("CS 101", 3, Delivery.SYNC);
        p.weekly("CS 101", SessionKind.LECTURE, "10:00", "11:00", "ENG 1", MONDAY);
        p.course("HIST 1", 3, Delivery.ASYNC);
        long module = p.module("HIST 1", "Module", 3, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 5,
                MONDAY_SEP_7), Set.of());
        p.study(module, 1, "2026-09-07T10:30", 60);
        p.study(module, 1, "2026-09-07T11:15", 30);
        List<Finding> f = find(new StudyOverlapRule(), p);
        assertThat(f).extracting(Finding::overlapMinutes).containsExactlyInAnyOrder(30L, 15L);
    }

    @ParameterizedTest(name = "{0} deadlines within 24 h, cluster of {1}: {2} finding(s)")
    @CsvSource({"3, 3, 1", "2, 3, 0", "2, 2, 1"})
    void deadlinesCluster(int modules, int clusterSize, int findings) {
        Plans p = fiveWeeks("America/New_York").settings(new ConflictSettings(clusterSize, 10, LocalTime.of(22, 0), LocalTime.of(7, 0)));
        for (int i = 0; i < modules; i++) {
            p.course("C " + i, 3, Delivery.ASYNC);
            p.module("C " + i, "Module", 3, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(12 + 5 * i, 0), 5,
                    MONDAY_SEP_7), Set.of());
        }
        List<Finding> f = find(new DeadlineClusterRule(), p);
        assertThat(f).hasSize(findings);
        if (findings == 1) {
            assertThat(f.get(0).count()).isEqualTo(5); // every week, one finding
            assertThat(f.get(0).message()).startsWith(modules + " deadlines within 24 hours: C 0 Module due").contains("on Sundays");
        }
    }

    @Test
    void deadlinesADayAndMoreApartDoNotCluster() {
        Plans p = fiveWeeks("America/New_York");
        p.course("A 1", 3, Delivery.ASYNC);
        p.module("A 1", "Paper", 3, SingleWindow.due(LocalDate.of(2026, 9, 10).atTime(9, 0)), Set.of());
        p.module("A 1", "Quiz", 3, SingleWindow.due(LocalDate.of(2026, 9, 11).atTime(9, 1)), Set.of());
        p.module("A 1", "Essay", 3, SingleWindow.due(LocalDate.of(2026, 9, 12).atTime(9, 0)), Set.of());
        assertThat(find(new DeadlineClusterRule(), p)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "5 minutes to another room,  11:05, SCI 9,                     1",
        "5 minutes in the same room, 11:05, ENG 1,                     0",
        "to an online session,       11:05, https://zoom.us/j/1,       0",
        "10 minutes is enough,       11:10, SCI 9,                     0",
    })
    void tightTransfers(String name, String nextStart, String nextPlace, int findings) {
        Plans p = fiveWeeks("America/New_York");
        p.course("CS 101", 3, Delivery.SYNC);
        p.weekly("CS 101", SessionKind.LECTURE, "10:00", "11:00", "ENG 1", FRIDAY);
        p.course("MATH 200", 3, Delivery.SYNC);
        p.weekly("MATH 200", SessionKind.LAB, nextStart, "12:30", nextPlace, FRIDAY);
        List<Finding> f = find(new TightTransferRule(), p);
        assertThat(f).hasSize(findings);
        if (findings == 1) {
            assertThat(f.get(0).message()).isEqualTo("CS 101 Lecture (ENG 1) ends 5 minutes before MATH 200 Lab (SCI 9) starts"
                    + " on Fridays 11:00–11:05, 5 times, Sep 11 – Oct 9: less than the 10 minutes to change rooms");
        }
    }

    @Test
    void aMorningClassInNewYorkIsTheMiddleOfTheNightInSydney() {
        Plans p = fiveWeeks("Australia/Sydney");
        p.course("CS 101", 3, Delivery.SYNC);
        p.weekly("CS 101", SessionKind.LECTURE, "10:00", "11:15", "https://zoom.us/j/1", MONDAY);
        p.weekly("CS 101", SessionKind.LAB, "18:00", "19:00", "https://zoom.us/j/2", MONDAY); // Tuesday 08:00 or 09:00 in Sydney
        List<Finding> f = find(new QuietHoursRule(), p);
        // 10:00 EDT = 00:00 AEST until Oct 4, then 01:00 AEDT: one group per local time
        assertThat(f).extracting(Finding::message).containsExactly(
                "CS 101 Lecture falls in your quiet hours (22:00–07:00 Australia/Sydney): it is on Tuesdays 00:00–01:15, 4 times,"
                        + " Sep 8 – Sep 29 your time",
                "CS 101 Lecture falls in your quiet hours (22:00–07:00 Australia/Sydney): it is on Tue Oct 6 01:00–02:15 your time");
    }

    @Test
    void customQuietHours() {
        Plans p = fiveWeeks("Europe/Berlin").settings(new ConflictSettings(3, 10, LocalTime.of(18, 0), LocalTime.of(8, 0)));
        p.course("CS 101", 3, Delivery.SYNC);
        p.weekly("CS 101", SessionKind.LECTURE, "13:00", "14:00", "ENG 1", MONDAY); // 19:00 in Berlin
        assertThat(find(new QuietHoursRule(), p)).hasSize(1);
    }
}

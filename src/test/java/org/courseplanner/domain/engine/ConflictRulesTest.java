package org.courseplanner.domain.engine;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.engine.PlanBuilder.weeklyAt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each conflict rule on small hand-made plans: what it finds, what it leaves alone, and how it groups. */
class ConflictRulesTest {
    private static final ConflictSettings DEFAULTS = ConflictSettings.DEFAULTS;

    /** Fall 2026 in New York: 15 Mondays (Aug 31 to Dec 7); DST ends on Nov 1. */
    private static PlanBuilder fall() {
        return PlanBuilder.term("2026-08-31", "2026-12-13", "America/New_York")
                .course(10, "CS 101", "Intro to Programming", 4, Delivery.SYNC)
                .course(11, "MATH 200", "Linear Algebra", 3, Delivery.HYBRID);
    }

    private static PlanBuilder lectureAndLab(String lectureStart, String lectureEnd, String labStart, String labEnd) {
        return fall().weekly(20, 10, SessionKind.LECTURE, lectureStart, lectureEnd, "ENG 204", MONDAY)
                .weekly(21, 11, SessionKind.LAB, labStart, labEnd, "SCI 101", MONDAY);
    }

    private static List<Finding> run(ConflictRule rule, PlanBuilder plan) {
        return rule.find(plan.calendar(), plan.termRecord().conflictSettings());
    }

    // ---- session-overlap

    @Test
    void weeklySessionOverlapIsOneFindingForTheWholeTerm() {
        PlanBuilder plan = lectureAndLab("10:00", "11:15", "10:30", "12:00");

        assertThat(plan.calendar().sessions().stream().map(o -> o.start().getOffset()).distinct())
                .as("the term crosses a DST change").hasSize(2);
        assertThat(run(new SessionOverlapRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("session-overlap");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.items()).containsExactly("CS 101 Lecture", "MATH 200 Lab");
            assertThat(f.itemIds()).containsExactly(20L, 21L);
            assertThat(f.count()).isEqualTo(15);
            assertThat(f.first()).isEqualTo(LocalDate.of(2026, 8, 31));
            assertThat(f.last()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(f.overlapMinutes()).isEqualTo(45L);
            assertThat(f.message()).isEqualTo("CS 101 Lecture and MATH 200 Lab overlap on Mondays 10:30–11:15, 15 times, Aug 31 – Dec 7");
        });
    }

    @Test
    void sessionsChainedByOverlapsAreOneClashWithTheTimeTwoRunAtOnce() {
        // 09:00-10:30 and 10:00-11:00 overlap 30 min; 10:45-12:00 overlaps the second 15 min (not the first)
        PlanBuilder plan = fall().course(12, "PHYS 150", "Physics", 3, Delivery.SYNC)
                .weekly(20, 10, SessionKind.LECTURE, "09:00", "10:30", "ENG 204", MONDAY)
                .weekly(21, 11, SessionKind.LAB, "10:00", "11:00", "SCI 101", MONDAY)
                .weekly(22, 12, SessionKind.LECTURE, "10:45", "12:00", "SCI 102", MONDAY);

        assertThat(run(new SessionOverlapRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.itemIds()).containsExactly(20L, 21L, 22L);
            assertThat(f.count()).isEqualTo(15);
            assertThat(f.overlapMinutes()).isEqualTo(45L);
            assertThat(f.message()).isEqualTo("CS 101 Lecture, MATH 200 Lab and PHYS 150 Lecture overlap on Mondays 10:00–11:00,"
                    + " 15 times, Aug 31 – Dec 7");
        });
    }

    @Test
    void aCrowdedClashNamesFourClassesAndCountsTheRest() {
        PlanBuilder plan = fall();
        for (int i = 0; i < 7; i++) {
            plan.weekly(30 + i, 10, SessionKind.LECTURE, "10:00", "11:00", "ENG " + i, MONDAY);
        }
        assertThat(run(new SessionOverlapRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.itemIds()).hasSize(7);
            assertThat(f.items()).hasSize(7);
            assertThat(f.overlapMinutes()).isEqualTo(60L);
            assertThat(f.message()).startsWith("CS 101 Lecture, CS 101 Lecture, CS 101 Lecture and 4 other classes overlap on Mondays"
                    + " 10:00–11:00");
        });
    }

    @Test
    void sessionsThatOnlyTouchAreNoClash() {
        PlanBuilder plan = lectureAndLab("10:00", "11:00", "11:00", "12:00");
        assertThat(run(new SessionOverlapRule(), plan)).isEmpty();
    }

    @Test
    void sessionOverlapNamesTheLowerIdFirstWhicheverStartsFirst() {
        PlanBuilder plan = fall().weekly(21, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY)
                .weekly(20, 11, SessionKind.LAB, "09:00", "10:30", "SCI 101", MONDAY);

        assertThat(run(new SessionOverlapRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.itemIds()).containsExactly(20L, 21L);
            assertThat(f.message()).startsWith("MATH 200 Lab and CS 101 Lecture overlap on Mondays 10:00–10:30");
        });
    }

    @Test
    void oneOffOverlapNamesItsDate() {
        PlanBuilder plan = fall().weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY)
                .session(21, 11, SessionKind.EXAM, WeeklyPattern.once(LocalDate.of(2026, 9, 14), LocalTime.of(10, 30),
                        LocalTime.of(12, 0)), "GYM");

        assertThat(run(new SessionOverlapRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.count()).isEqualTo(1);
            assertThat(f.first()).isEqualTo(f.last()).isEqualTo(LocalDate.of(2026, 9, 14));
            assertThat(f.message()).isEqualTo("CS 101 Lecture and MATH 200 Exam overlap on Mon Sep 14 10:30–11:15");
        });
    }

    @Test
    void breakTakesItsWeeksOutOfTheGroup() {
        PlanBuilder plan = lectureAndLab("10:00", "11:15", "10:30", "12:00").breakOf("Thanksgiving", "2026-11-23", "2026-11-29");

        assertThat(run(new SessionOverlapRule(), plan)).singleElement()
                .satisfies(f -> assertThat(f.count()).isEqualTo(14));
    }

    @ParameterizedTest(name = "lecture {0}-{1}, lab {2}-{3}: {4} min")
    @CsvSource(nullValues = "none", value = {
        "10:00, 11:15, 10:30, 12:00, 45",
        "10:00, 12:00, 10:30, 11:00, 30",  // the lab inside the lecture
        "10:00, 11:15, 10:00, 11:15, 75",  // the same time
        "10:00, 11:15, 11:14, 12:00, 1",
        "10:00, 11:15, 11:15, 12:00, none", // touching ends do not overlap
        "10:00, 11:15, 08:00, 10:00, none",
        "10:00, 11:15, 13:00, 14:00, none",
    })
    void sessionOverlapMinutes(String lectureStart, String lectureEnd, String labStart, String labEnd, Long minutes) {
        List<Finding> findings = run(new SessionOverlapRule(), lectureAndLab(lectureStart, lectureEnd, labStart, labEnd));

        if (minutes == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.overlapMinutes()).isEqualTo(minutes);
                assertThat(f.count()).isEqualTo(15);
            });
        }
    }

    @Test
    void sessionsOnDifferentDaysDoNotOverlap() {
        PlanBuilder plan = fall().weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY)
                .weekly(21, 11, SessionKind.LAB, "10:00", "11:15", "SCI 101", TUESDAY);

        assertThat(run(new SessionOverlapRule(), plan)).isEmpty();
    }

    // ---- commitment-overlap

    @Test
    void sessionDuringACommitmentIsOneGroupedError() {
        PlanBuilder plan = fall().weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY)
                .commitment(40, "Café shift", weeklyAt("11:00", "14:00", MONDAY), null);

        assertThat(run(new CommitmentOverlapRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("commitment-overlap");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.items()).containsExactly("CS 101 Lecture", "Café shift");
            assertThat(f.itemIds()).containsExactly(20L, 40L);
            assertThat(f.count()).isEqualTo(15);
            assertThat(f.overlapMinutes()).isEqualTo(15L);
            assertThat(f.message())
                    .isEqualTo("CS 101 Lecture overlaps your commitment \"Café shift\" on Mondays 11:00–11:15, 15 times, Aug 31 – Dec 7");
        });
    }

    @ParameterizedTest(name = "shift {0}-{1} on {2}")
    @CsvSource({
        "11:15, 14:00, MONDAY",  // starts when the class ends
        "08:00, 10:00, MONDAY",  // ends when the class starts
        "10:00, 11:15, TUESDAY",
    })
    void commitmentBesideASessionIsNoConflict(String start, String end, java.time.DayOfWeek day) {
        PlanBuilder plan = fall().weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY)
                .commitment(40, "Café shift", weeklyAt(start, end, day), null);

        assertThat(run(new CommitmentOverlapRule(), plan)).isEmpty();
    }

    /** 16:30 in Berlin is 10:30 in New York, but 11:30 from Oct 26 to Oct 30, when only Europe has left DST. */
    @Test
    void commitmentIsReadInTheStudentsZone() {
        PlanBuilder plan = fall().student("Europe/Berlin")
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY)
                .commitment(40, "Call home", weeklyAt("16:30", "17:30", MONDAY), null);

        assertThat(run(new CommitmentOverlapRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.count()).isEqualTo(14);
            assertThat(f.message()).contains("on Mondays 10:30–11:15, 14 times, Aug 31 – Dec 7");
        });
    }

    @Test
    void commitmentOnABreakDoesNotConflictWithTheCancelledSession() {
        PlanBuilder plan = fall().breakOf("Thanksgiving", "2026-11-23", "2026-11-29")
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY)
                .commitment(40, "Café shift", weeklyAt("11:00", "14:00", MONDAY), null);

        assertThat(plan.calendar().commitments()).hasSize(15);
        assertThat(run(new CommitmentOverlapRule(), plan)).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(14));
    }

    // ---- study-overlap

    private static PlanBuilder withModule(PlanBuilder plan) {
        return plan.module(30, 11, "Unit", 3, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 15,
                LocalDate.of(2026, 8, 31)));
    }

    @Test
    void studyBlockDuringClassesIsAnErrorForEachClass() {
        PlanBuilder plan = withModule(lectureAndLab("10:00", "11:15", "10:30", "12:00")).study(50, 30, 1, "2026-08-31T11:00", 60);

        List<Finding> findings = run(new StudyOverlapRule(), plan);

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("study-overlap");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.count()).isEqualTo(1);
        });
        assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
                "MATH 200 Unit 1 study overlaps CS 101 Lecture on Mon Aug 31 11:00–11:15",
                "MATH 200 Unit 1 study overlaps MATH 200 Lab on Mon Aug 31 11:00–12:00");
        assertThat(findings).extracting(Finding::overlapMinutes).containsExactlyInAnyOrder(15L, 60L);
    }

    @Test
    void studyBlocksOverlapEachOtherAndCommitments() {
        PlanBuilder plan = withModule(fall()).commitment(40, "Café shift", weeklyAt("17:00", "21:00", TUESDAY), null)
                .study(51, 30, 2, "2026-09-08T19:00", 90)
                .study(52, 30, 2, "2026-09-08T20:00", 60);

        List<Finding> findings = run(new StudyOverlapRule(), plan);

        assertThat(findings).extracting(Finding::itemIds, Finding::overlapMinutes).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(List.of(51L, 40L), 90L),
                org.assertj.core.groups.Tuple.tuple(List.of(52L, 40L), 60L),
                org.assertj.core.groups.Tuple.tuple(List.of(51L, 52L), 30L));
        assertThat(findings).extracting(Finding::message)
                .contains("MATH 200 Unit 2 study and MATH 200 Unit 2 study overlap on Tue Sep 8 20:00–20:30");
    }

    @Test
    void studyBlockInFreeTimeIsNoConflict() {
        PlanBuilder plan = withModule(lectureAndLab("10:00", "11:15", "10:30", "12:00"))
                .commitment(40, "Café shift", weeklyAt("17:00", "21:00", TUESDAY), null)
                .study(50, 30, 1, "2026-08-31T12:00", 60)
                .study(51, 30, 2, "2026-09-08T14:00", 180)
                .study(52, 30, 2, "2026-09-08T21:00", 60);

        assertThat(run(new StudyOverlapRule(), plan)).isEmpty();
    }

    // ---- study-outside-window: window 1 opens Mon Aug 31 09:00, due Sun Sep 6 23:59; window 2 opens Mon Sep 7 09:00

    @ParameterizedTest(name = "week {0} at {1} for {2} min: {3}")
    @CsvSource(nullValues = "none", value = {
        "1, 2026-09-07T10:00, 60, ERROR,   MATH 200 Unit 1 study on Mon Sep 7 10:00 ends after MATH 200 Unit 1 is due (Sun Sep 6 23:59)",
        "1, 2026-09-06T23:30, 60, ERROR,   MATH 200 Unit 1 study on Sun Sep 6 23:30 ends after MATH 200 Unit 1 is due (Sun Sep 6 23:59)",
        "2, 2026-09-06T20:00, 60, WARNING, MATH 200 Unit 2 study on Sun Sep 6 20:00 starts before MATH 200 Unit 2 opens (Mon Sep 7 09:00)",
        "1, 2026-08-31T08:00, 90, WARNING, MATH 200 Unit 1 study on Mon Aug 31 08:00 starts before MATH 200 Unit 1 opens (Mon Aug 31 09:00)",
        "1, 2026-09-02T19:00, 60, none,    none",
        "1, 2026-09-06T22:59, 60, none,    none", // ends right at the deadline
        "1, 2026-08-31T09:00, 60, none,    none", // starts right at the opening
    })
    void studyOutsideItsWindow(int week, String start, int minutes, Severity severity, String message) {
        PlanBuilder plan = withModule(fall()).study(50, 30, week, start, minutes);

        List<Finding> findings = run(new StudyOutsideWindowRule(), plan);

        if (severity == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("study-outside-window");
                assertThat(f.severity()).isEqualTo(severity);
                assertThat(f.itemIds()).containsExactly(50L, 30L);
                assertThat(f.count()).isEqualTo(1);
                assertThat(f.first()).isEqualTo(LocalDateTime.parse(start).toLocalDate());
                assertThat(f.message()).isEqualTo(message);
            });
        }
    }

    // homework's week: term week 9 is Mon Oct 26 to Sun Nov 1 (DST ends that Sunday), week 10 starts Mon Nov 2 00:00
    @ParameterizedTest(name = "homework for week {0} at {1} for {2} min: {3}")
    @CsvSource(nullValues = "none", value = {
        "9,  2026-11-01T23:30, 60, ERROR,   CS 101 homework on Sun Nov 1 23:30 ends after week 9 is over (Mon Nov 2 00:00)",
        "9,  2026-11-02T09:00, 60, ERROR,   CS 101 homework on Mon Nov 2 09:00 ends after week 9 is over (Mon Nov 2 00:00)",
        "10, 2026-11-01T20:00, 60, WARNING, CS 101 homework on Sun Nov 1 20:00 starts before week 10 starts (Mon Nov 2 00:00)",
        "9,  2026-11-01T01:30, 60, none,    none", // the hour that happens twice
        "9,  2026-11-01T23:00, 60, none,    none", // ends right as the week does
        "10, 2026-11-02T00:00, 60, none,    none",
    })
    void homeworkOutsideItsWeek(int week, String start, int minutes, Severity severity, String message) {
        PlanBuilder plan = fall().homework(50, 10, week, start, minutes, true);

        List<Finding> findings = run(new StudyOutsideWindowRule(), plan);

        if (severity == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(severity);
                assertThat(f.itemIds()).containsExactly(50L, 10L);
                assertThat(f.items()).containsExactly("CS 101 homework", "CS 101 homework week " + week);
                assertThat(f.message()).isEqualTo(message);
            });
        }
    }

    @Test
    void studyForASkippedWeekIsNotOutsideAnyWindow() {
        PlanBuilder plan = fall().module(30, 11, "Unit", 3, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 4,
                LocalDate.of(2026, 8, 31)), 2).study(50, 30, 2, "2026-09-20T10:00", 60);

        assertThat(run(new StudyOutsideWindowRule(), plan)).isEmpty();
    }

    // ---- deadline-cluster

    private static PlanBuilder deadlines(String... dueTimes) {
        PlanBuilder plan = fall();
        String[] titles = {"Essay", "Quiz", "Lab report", "Reading", "Exam", "Project"};
        for (int i = 0; i < dueTimes.length; i++) {
            plan.module(30 + i, i % 2 == 0 ? 10 : 11, titles[i], 2, SingleWindow.due(LocalDateTime.parse(dueTimes[i])));
        }
        return plan;
    }

    @Test
    void threeDeadlinesWithin24HoursAreACluster() {
        PlanBuilder plan = deadlines("2026-10-02T23:59", "2026-10-03T09:00", "2026-10-03T20:00");

        assertThat(run(new DeadlineClusterRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("deadline-cluster");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.itemIds()).containsExactly(30L, 31L, 32L);
            assertThat(f.count()).isEqualTo(1);
            assertThat(f.first()).isEqualTo(LocalDate.of(2026, 10, 2));
            assertThat(f.last()).isEqualTo(LocalDate.of(2026, 10, 3));
            assertThat(f.message()).isEqualTo("3 deadlines within 24 hours: CS 101 Essay due, MATH 200 Quiz due, CS 101 Lab report due"
                    + " on Fri Oct 2 23:59 – Sat Oct 3 20:00");
        });
    }

    /** Issue 13, point 9: this cluster used to read "Tue Sep 1 19:59–16:59". */
    @Test
    void aClusterAcrossMidnightShowsBothDays() {
        PlanBuilder plan = deadlines("2026-09-01T19:59", "2026-09-02T09:00", "2026-09-02T16:59");

        assertThat(run(new DeadlineClusterRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.message()).endsWith(" on Tue Sep 1 19:59 – Wed Sep 2 16:59");
            assertThat(f.first()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(f.last()).isEqualTo(LocalDate.of(2026, 9, 2));
        });
    }

    @Test
    void aClusterWithinOneDayKeepsItsShortRange() {
        PlanBuilder plan = deadlines("2026-09-02T09:00", "2026-09-02T12:00", "2026-09-02T16:59");

        assertThat(run(new DeadlineClusterRule(), plan)).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith(" on Wed Sep 2 09:00–16:59"));
    }

    @Test
    void twoClustersWithAQuietDayBetweenAreTwoFindings() {
        PlanBuilder plan = deadlines("2026-10-05T09:00", "2026-10-05T12:00", "2026-10-05T18:00", // Monday
                "2026-10-07T09:00", "2026-10-07T12:00", "2026-10-07T18:00"); // Wednesday; nothing on Tuesday

        assertThat(run(new DeadlineClusterRule(), plan)).extracting(Finding::message).containsExactly(
                "3 deadlines within 24 hours: CS 101 Essay due, MATH 200 Quiz due, CS 101 Lab report due on Mon Oct 5 09:00–18:00",
                "3 deadlines within 24 hours: MATH 200 Reading due, CS 101 Exam due, MATH 200 Project due on Wed Oct 7 09:00–18:00");
    }

    /** Overlapping crowded windows are one stretch, from its first deadline to its last, even past 24 hours. */
    @Test
    void overlappingWindowsMergeIntoOneStretch() {
        // windows from Mon 09:00, Mon 12:00, Mon 18:00 and Tue 10:00 each hold 3; from Tue 15:00 only 2
        PlanBuilder plan = deadlines("2026-10-05T09:00", "2026-10-05T12:00", "2026-10-05T18:00", "2026-10-06T10:00",
                "2026-10-06T15:00", "2026-10-07T09:00");

        assertThat(run(new DeadlineClusterRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.itemIds()).containsExactly(30L, 31L, 32L, 33L, 34L, 35L);
            assertThat(f.count()).isEqualTo(1);
            assertThat(f.first()).isEqualTo(LocalDate.of(2026, 10, 5));
            assertThat(f.last()).isEqualTo(LocalDate.of(2026, 10, 7));
            assertThat(f.message()).isEqualTo("6 deadlines in a crowded stretch (3 or more within 24 hours, again and again):"
                    + " CS 101 Essay due, MATH 200 Quiz due, CS 101 Lab report due, MATH 200 Reading due, CS 101 Exam due,"
                    + " MATH 200 Project due on Mon Oct 5 09:00 – Wed Oct 7 09:00");
        });
    }

    /**
     * Issue 13, point 9: an LMS feed of 400 deadlines, one every 7 hours from Sep 1, used to give a
     * warning per sliding 24-hour window (hundreds). Every 24 hours from any of its deadlines hold 4
     * of them (t, t+7, t+14, t+21 h), so the windows all overlap: one crowded stretch, one finding
     * (none when a cluster takes 5).
     */
    @ParameterizedTest(name = "cluster of {0}: {1} finding(s)")
    @CsvSource({"3, 1", "4, 1", "5, 0"})
    void aDeadlineEverySevenHoursIsOneStretch(int clusterSize, int findings) {
        PlanBuilder plan = fall().settings(new ConflictSettings(clusterSize, 10, LocalTime.of(22, 0), LocalTime.of(7, 0)));
        LocalDateTime due = LocalDateTime.parse("2026-09-01T19:59");
        for (int i = 0; i < 400; i++, due = due.plusHours(7)) {
            plan.module(1000 + i, 10 + i % 2, "Task " + i, 1, SingleWindow.due(due));
        }

        List<Finding> found = run(new DeadlineClusterRule(), plan);

        assertThat(found).hasSize(findings);
        if (findings == 1) {
            Finding f = found.get(0);
            assertThat(f.itemIds()).hasSize(400);
            assertThat(f.items()).hasSize(400);
            assertThat(f.first()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(f.last()).isEqualTo(LocalDate.of(2026, 12, 27)); // 399 × 7 h = 116 days 9 hours later
            assertThat(f.message()).startsWith("400 deadlines in a crowded stretch (" + clusterSize + " or more within 24 hours")
                    .contains("CS 101 Task 0 due, MATH 200 Task 1 due", "MATH 200 Task 7 due and 392 more")
                    .endsWith(" on Tue Sep 1 19:59 – Sun Dec 27 04:59");
        }
    }

    /** Weekly stretches that cross midnight group into one finding with both weekdays. */
    @Test
    void weeklyClusterAcrossMidnightIsOneFinding() {
        PlanBuilder plan = fall();
        LocalTime[] due = {LocalTime.of(22, 0), LocalTime.of(23, 59)};
        for (int i = 0; i < 2; i++) {
            plan.module(30 + i, 10 + i % 2, "Unit " + (char) ('A' + i), 2, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY,
                    due[i], 15, LocalDate.of(2026, 8, 31)));
        }
        plan.module(32, 10, "Quiz", 1, new WeeklyWindow(TUESDAY, LocalTime.of(9, 0), MONDAY, LocalTime.of(8, 0), 15,
                LocalDate.of(2026, 9, 1)));

        assertThat(run(new DeadlineClusterRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.count()).isEqualTo(15);
            assertThat(f.itemIds()).containsExactly(30L, 31L, 32L);
            assertThat(f.message()).endsWith(" on Sundays 22:00 – Mondays 08:00, 15 times, Sep 6 – Dec 14");
            assertThat(f.last()).isEqualTo(LocalDate.of(2026, 12, 14));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'2026-10-02T23:59,2026-10-03T09:00'",                   // only two
        "'2026-10-02T23:59,2026-10-03T09:00,2026-10-04T00:00'",  // the third is a minute past 24 hours
        "'2026-10-01T12:00,2026-10-02T13:00,2026-10-03T14:00'",  // a day and more apart
    })
    void fewerThanThreeDeadlinesWithin24HoursAreNoCluster(String dueTimes) {
        assertThat(run(new DeadlineClusterRule(), deadlines(dueTimes.split(",")))).isEmpty();
    }

    @ParameterizedTest(name = "cluster of {0}, {1} deadlines: {2}")
    @CsvSource({
        "2, 2, true",
        "2, 3, true",
        "4, 3, false",
        "4, 4, true",
    })
    void clusterSizeComesFromTheSettings(int clusterSize, int deadlines, boolean found) {
        String[] due = {"2026-10-02T23:59", "2026-10-03T09:00", "2026-10-03T20:00", "2026-10-03T21:00"};
        PlanBuilder plan = deadlines(java.util.Arrays.copyOf(due, deadlines))
                .settings(new ConflictSettings(clusterSize, 10, LocalTime.of(22, 0), LocalTime.of(7, 0)));

        List<Finding> findings = run(new DeadlineClusterRule(), plan);

        if (found) {
            assertThat(findings).singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith(deadlines + " deadlines within 24 hours"));
        } else {
            assertThat(findings).isEmpty();
        }
    }

    @Test
    void weeklyDeadlineClusterIsOneFinding() {
        PlanBuilder plan = fall();
        for (int i = 0; i < 3; i++) {
            plan.module(30 + i, 10 + i % 2, "Unit " + (char) ('A' + i), 2, new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY,
                    LocalTime.of(23, 59), 15, LocalDate.of(2026, 8, 31)));
        }

        assertThat(run(new DeadlineClusterRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.count()).isEqualTo(15);
            assertThat(f.first()).isEqualTo(LocalDate.of(2026, 9, 6));
            assertThat(f.last()).isEqualTo(LocalDate.of(2026, 12, 13));
            assertThat(f.itemIds()).containsExactly(30L, 31L, 32L);
            assertThat(f.message()).contains("on Sundays").contains("15 times, Sep 6 – Dec 13");
        });
    }

    /** A finding's items are named for the student with their course codes (see {@link Finding#items()}). */
    @Test
    void deadlineClusterItemsAreNamedWithCourseCodes() {
        PlanBuilder plan = deadlines("2026-10-02T23:59", "2026-10-03T09:00", "2026-10-03T20:00");

        assertThat(run(new DeadlineClusterRule(), plan)).singleElement().satisfies(f -> assertThat(f.items())
                .hasSize(3)
                .allSatisfy(item -> assertThat(item).matches("(CS 101|MATH 200) .+").doesNotContain("#")));
    }

    // ---- tight-transfer: CS 101 Lecture in ENG 204 ends at 10:50

    @ParameterizedTest(name = "lab at {0} in {1}: {2}")
    @CsvSource(nullValues = "none", value = {
        "10:55, SCI 101,               true",
        "10:50, SCI 101,               true",  // no time at all to walk
        "10:59, SCI 101,               true",
        "11:00, SCI 101,               false", // ten minutes are enough
        "10:55, ENG 204,               false", // the same room
        "10:55, eng 204,               false",
        "10:55, https://zoom.us/j/123, false", // online
        "10:55, none,                  false",
    })
    void tightTransferBetweenRooms(String labStart, String room, boolean found) {
        PlanBuilder plan = fall().weekly(20, 10, SessionKind.LECTURE, "10:00", "10:50", "ENG 204", MONDAY)
                .weekly(21, 11, SessionKind.LAB, labStart, "12:00", room, MONDAY);

        List<Finding> findings = run(new TightTransferRule(), plan);

        assertThat(findings).hasSize(found ? 1 : 0);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("tight-transfer");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.itemIds()).containsExactly(20L, 21L);
            assertThat(f.count()).isEqualTo(15);
        });
    }

    @Test
    void tightTransferMessageNamesRoomsAndGap() {
        PlanBuilder plan = fall().weekly(20, 10, SessionKind.LECTURE, "10:00", "10:50", "ENG 204", MONDAY)
                .weekly(21, 11, SessionKind.LAB, "10:55", "12:00", "SCI 101", MONDAY);

        assertThat(run(new TightTransferRule(), plan)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
                "CS 101 Lecture (ENG 204) ends 5 minutes before MATH 200 Lab (SCI 101) starts on Mondays 10:50–10:55, 15 times, "
                        + "Aug 31 – Dec 7: less than the 10 minutes to change rooms"));
    }

    @Test
    void transferTimeComesFromTheSettings() {
        PlanBuilder plan = fall().weekly(20, 10, SessionKind.LECTURE, "10:00", "10:50", "ENG 204", MONDAY)
                .weekly(21, 11, SessionKind.LAB, "11:00", "12:00", "SCI 101", MONDAY)
                .settings(new ConflictSettings(3, 15, LocalTime.of(22, 0), LocalTime.of(7, 0)));

        assertThat(run(new TightTransferRule(), plan)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("ends 10 minutes before").contains("the 15 minutes"));
    }

    // ---- quiet-hours

    /** 10:00 in New York is 00:00 the next day in Sydney (EDT and AEST, mid September). */
    @Test
    void classAtNightInTheStudentsZoneIsAWarning() {
        PlanBuilder plan = PlanBuilder.term("2026-09-14", "2026-09-27", "America/New_York").student("Australia/Sydney")
                .course(10, "CS 101", "Intro to Programming", 4, Delivery.SYNC)
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "https://zoom.us/j/1", MONDAY);

        assertThat(run(new QuietHoursRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("quiet-hours");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.items()).containsExactly("CS 101 Lecture");
            assertThat(f.itemIds()).containsExactly(20L);
            assertThat(f.count()).isEqualTo(2);
            assertThat(f.message()).isEqualTo("CS 101 Lecture falls in your quiet hours (22:00–07:00 Australia/Sydney): "
                    + "it is on Tuesdays 00:00–01:15, 2 times, Sep 15 – Sep 22 your time");
        });
    }

    /** Study placed by hand at 08:00 in New York is 22:00 in Sydney: in the quiet hours; at 18:00 it is 08:00 there, fine. */
    @Test
    void studyInTheStudentsQuietHoursIsAWarningToo() {
        PlanBuilder plan = PlanBuilder.term("2026-09-14", "2026-09-27", "America/New_York").student("Australia/Sydney")
                .course(10, "HIST 210", "History", 3, Delivery.ASYNC)
                .module(30, 10, "Module", 4, new SingleWindow(LocalDateTime.parse("2026-09-14T00:00"), LocalDateTime.parse("2026-09-20T23:59")))
                .study(40, 30, 1, "2026-09-15T08:00", 60)
                .study(41, 30, 1, "2026-09-16T18:00", 60);

        assertThat(run(new QuietHoursRule(), plan)).singleElement().satisfies(f -> {
            assertThat(f.itemIds()).containsExactly(40L);
            assertThat(f.message()).startsWith("HIST 210 Module study falls in your quiet hours (22:00–07:00 Australia/Sydney)");
        });
    }

    /**
     * Sydney starts DST on Oct 4 and New York ends it on Nov 1, so the class moves on the student's clock
     * (00:00, 01:00, then 02:00). Quiet hours are about the student's night, so they group by the student's
     * wall-clock time: one finding per local time, 15 meetings in all.
     */
    @Test
    void quietHoursGroupByTheStudentsWallClock() {
        PlanBuilder plan = fall().student("Australia/Sydney")
                .weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "https://zoom.us/j/1", MONDAY);

        List<Finding> findings = run(new QuietHoursRule(), plan);

        assertThat(findings.stream().mapToInt(Finding::count).sum()).isEqualTo(15);
        assertThat(findings).extracting(Finding::message).containsExactly(
                "CS 101 Lecture falls in your quiet hours (22:00–07:00 Australia/Sydney): it is on Tuesdays 00:00–01:15, 5 times, "
                        + "Sep 1 – Sep 29 your time",
                "CS 101 Lecture falls in your quiet hours (22:00–07:00 Australia/Sydney): it is on Tuesdays 01:00–02:15, 4 times, "
                        + "Oct 6 – Oct 27 your time",
                "CS 101 Lecture falls in your quiet hours (22:00–07:00 Australia/Sydney): it is on Tuesdays 02:00–03:15, 6 times, "
                        + "Nov 3 – Dec 8 your time");
    }

    @Test
    void classInTheDayOfTheStudentsZoneIsFine() {
        PlanBuilder plan = fall().weekly(20, 10, SessionKind.LECTURE, "10:00", "11:15", "ENG 204", MONDAY);

        assertThat(run(new QuietHoursRule(), plan)).isEmpty();
    }

    @ParameterizedTest(name = "{0}-{1} with quiet hours {2}-{3}: {4}")
    @CsvSource({
        "21:00, 22:00, 22:00, 07:00, false",
        "21:30, 22:30, 22:00, 07:00, true",
        "23:00, 23:45, 22:00, 07:00, true",
        "05:00, 06:00, 22:00, 07:00, true",
        "06:30, 07:30, 22:00, 07:00, true",
        "07:00, 08:00, 22:00, 07:00, false",
        "10:00, 11:15, 09:00, 12:00, true",
        "12:00, 13:00, 09:00, 12:00, false",
        "10:00, 11:15, 13:00, 15:00, false",
        "20:00, 21:00, 21:00, 06:00, false",
        "20:00, 21:01, 21:00, 06:00, true",
    })
    void quietHoursComeFromTheSettings(String start, String end, String quietFrom, String quietTo, boolean found) {
        PlanBuilder plan = fall().weekly(20, 10, SessionKind.LECTURE, start, end, "ENG 204", MONDAY)
                .settings(DEFAULTS.withQuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietTo)));

        List<Finding> findings = run(new QuietHoursRule(), plan);

        assertThat(findings).hasSize(found ? 1 : 0);
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).contains("(" + quietFrom + "–" + quietTo + " America/New_York)"));
    }

    // ---- all rules together

    @Test
    void finderListsErrorsFirstThenByDate() {
        PlanBuilder plan = withModule(lectureAndLab("10:00", "10:50", "10:55", "12:00"))
                .weekly(22, 11, SessionKind.SEMINAR, "10:30", "11:30", "SCI 300", TUESDAY)
                .session(23, 10, SessionKind.EXAM, WeeklyPattern.once(LocalDate.of(2026, 10, 6), LocalTime.of(11, 0),
                        LocalTime.of(12, 0)), "GYM");

        List<Finding> findings = ConflictFinder.find(plan.calendar(), DEFAULTS);

        assertThat(findings).extracting(Finding::rule).containsExactly("session-overlap", "tight-transfer");
        assertThat(findings.get(0).first()).isEqualTo(LocalDate.of(2026, 10, 6));
        assertThat(ConflictFinder.RULES).extracting(ConflictRule::name).containsExactly("session-overlap", "commitment-overlap",
                "study-overlap", "study-outside-window", "deadline-cluster", "tight-transfer", "quiet-hours");
    }
}

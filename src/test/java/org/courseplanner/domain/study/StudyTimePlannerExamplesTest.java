package org.courseplanner.domain.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.StudySettings;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.junit.jupiter.api.Test;

/** Worked examples of study planning, with the sentences a student reads. */
class StudyTimePlannerExamplesTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);

    private static Term term(StudySettings settings) {
        return new Term(1, "Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), NY, NY, List.of(), null, 10,
                ConflictSettings.DEFAULTS, settings);
    }

    @Test
    void twoModulesThatCannotFitTheirWeekAreOneSentenceWithTheirDeadlineAndWhatIsMissing() {
        Course hist = new Course(10, 1, "HIST 210", "History", 3, null, Delivery.ASYNC, null);
        Course bio = new Course(11, 1, "BIO 110", "Biology", 3, null, Delivery.ASYNC, null);
        WeeklyWindow week7 = new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(0, 0), DayOfWeek.SUNDAY, LocalTime.of(23, 59), 1, MONDAY);
        AsyncModule m1 = new AsyncModule(20, 10, "Module", 40, week7, Set.of(), Set.of());
        AsyncModule m2 = new AsyncModule(21, 11, "Unit", 40, week7, Set.of(), Set.of());
        // a job from 07:00 to 22:00 every day but Sunday leaves only Sunday's day: 07:00 to 22:00 less the buffer
        Commitment job = new Commitment(30, 1, "Warehouse shift", WeeklyPattern.weekly(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                LocalTime.of(7, 0), LocalTime.of(22, 0)), null);
        TermPlan plan = new TermPlan(term(new StudySettings(30, 120, 15, 0, null, null)), List.of(hist, bio), List.of(),
                List.of(m1, m2), List.of(job), List.of());

        StudyPlan result = StudyTimePlanner.plan(plan, MONDAY, MONDAY.plusDays(6), () -> false);

        assertThat(result.complete()).isFalse();
        assertThat(result.shortages()).containsExactly("Week 7 (Oct 12–18): HIST 210 Module 1 and BIO 110 Unit 1 need 80 h before Sun 23:59;"
                + " only 15 h can be placed in the free time outside commitments and quiet hours: 65 h short."
                + " Move or shorten a commitment, allow study in quiet hours, or lower the effort.");
    }

    @Test
    void homeworkForAWeekAlreadyUnderWayCountsTheDaysLeftAndTheBlocksOnThem() {
        Course cs = new Course(10, 1, "CS 101", "Intro", 3, null, Delivery.SYNC, 7.0); // 1 h a day
        int week = term(StudySettings.DEFAULTS).weekNumber(MONDAY);
        StudyBlock monday = StudyBlock.homework(40, 10, week, MONDAY.atTime(18, 0), 60, false);   // over by Wednesday
        StudyBlock thursday = StudyBlock.homework(41, 10, week, MONDAY.plusDays(3).atTime(18, 0), 60, false);
        TermPlan plan = new TermPlan(term(StudySettings.DEFAULTS), List.of(cs), List.of(), List.of(), List.of(), List.of(monday, thursday));
        Instant wednesdayMorning = MONDAY.plusDays(2).atTime(8, 0).atZone(NY).toInstant();

        StudyPlan result = StudyTimePlanner.plan(plan, null, null, wednesdayMorning, () -> false);

        List<StudyBlock> thisWeek = result.added().stream().filter(b -> b.week() == week).toList();
        // Wednesday to Sunday: 5 h, of which Thursday's hour is placed
        assertThat(thisWeek.stream().mapToInt(StudyBlock::minutes).sum()).isEqualTo(240);
        assertThat(thisWeek).allSatisfy(b -> assertThat(b.start()).isAfterOrEqualTo(LocalDateTime.of(MONDAY.plusDays(2), LocalTime.of(8, 0))));
    }

    @Test
    void studyHoursArePreferredAndLeftOnlyForWhatDoesNotFitThem() {
        Course hist = new Course(10, 1, "HIST 210", "History", 3, null, Delivery.ASYNC, null);
        WeeklyWindow oneWeek = new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(0, 0), DayOfWeek.SUNDAY, LocalTime.of(23, 59), 1, MONDAY);
        AsyncModule small = new AsyncModule(20, 10, "Module", 6, oneWeek, Set.of(), Set.of());
        StudySettings hours = new StudySettings(30, 120, 15, 720, LocalTime.of(9, 0), LocalTime.of(11, 0)); // 2 h a day
        TermPlan fits = new TermPlan(term(hours), List.of(hist), List.of(), List.of(small), List.of(), List.of());

        StudyPlan result = StudyTimePlanner.plan(fits, MONDAY, MONDAY.plusDays(6), () -> false);
        assertThat(result.complete()).isTrue();
        assertThat(result.added()).allSatisfy(b -> {
            assertThat(b.start().toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(10, 30));
            assertThat(b.end().toLocalTime()).isBeforeOrEqualTo(LocalTime.of(11, 0));
        });
        assertThat(result.notes()).isEmpty();

        AsyncModule big = new AsyncModule(20, 10, "Module", 20, oneWeek, Set.of(), Set.of()); // 20 h: more than 7 x 2 h
        StudyPlan wider = StudyTimePlanner.plan(new TermPlan(term(hours), List.of(hist), List.of(), List.of(big), List.of(), List.of()),
                MONDAY, MONDAY.plusDays(6), () -> false);
        assertThat(wider.complete()).isTrue();
        assertThat(wider.notes()).containsExactly("HIST 210 Module 1 did not fit in your study hours: some of its time is outside them.");
    }
}

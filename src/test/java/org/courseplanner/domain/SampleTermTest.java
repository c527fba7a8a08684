package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample term a newcomer finds on first run: what it holds, and which semester it is. */
class SampleTermTest {
    private static final LocalDate NOV_24_2026 = LocalDate.of(2026, 11, 24);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final InMemoryPlanRepository repository = new InMemoryPlanRepository();
    private final Planner planner = new Planner(repository, Clock.fixed(NOV_24_2026.atStartOfDay(NEW_YORK).toInstant(), NEW_YORK));

    private TermPlan sample(LocalDate today) {
        Term term = SampleTerm.addTo(planner, today);
        return repository.load(term.id());
    }

    @ParameterizedTest(name = "on {0}: {1}, {2} to {3}")
    @CsvSource({
        "2026-11-24, Fall 2026,   2026-08-24, 2026-12-11, Thanksgiving break",
        "2026-12-11, Fall 2026,   2026-08-24, 2026-12-11, Thanksgiving break",
        "2026-12-12, Spring 2027, 2027-01-18, 2027-05-07, Spring break",
        "2027-03-01, Spring 2027, 2027-01-18, 2027-05-07, Spring break",
        "2027-06-15, Fall 2027,   2027-08-30, 2027-12-17, Thanksgiving break",
        "2026-01-01, Spring 2026, 2026-01-12, 2026-05-01, Spring break",
    })
    void isTheSemesterOfTodayOrTheNextOne(LocalDate today, String name, LocalDate first, LocalDate last, String pause) {
        Term term = SampleTerm.addTo(planner, today);

        assertThat(term.name()).isEqualTo(name);
        assertThat(term.firstDay()).isEqualTo(first).matches(d -> d.getDayOfWeek() == DayOfWeek.MONDAY, "a Monday");
        assertThat(term.lastDay()).isEqualTo(last);
        assertThat(ChronoUnit.WEEKS.between(first, last.plusDays(3))).isBetween(15L, 16L);
        assertThat(term.lastDay()).isAfterOrEqualTo(today.isBefore(first) ? first : today);
        assertThat(term.schoolZone()).isEqualTo(NEW_YORK);
        assertThat(term.breaks()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo(pause);
            assertThat(term.contains(b.first()) && term.contains(b.last())).as("%s inside the term", b).isTrue();
        });
    }

    @Test
    void thanksgivingBreakHoldsThanksgivingDay() {
        Term term = SampleTerm.addTo(planner, NOV_24_2026);
        assertThat(term.isBreak(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(term.isBreak(LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    void hasThreeLiveCoursesTwoOnlineOnesAndAHybridOne() {
        TermPlan plan = sample(NOV_24_2026);

        Map<Delivery, Long> byDelivery = plan.courses().stream().collect(Collectors.groupingBy(Course::delivery, Collectors.counting()));
        assertThat(byDelivery).containsEntry(Delivery.SYNC, 3L).containsEntry(Delivery.ASYNC, 2L).containsEntry(Delivery.HYBRID, 1L);
        assertThat(plan.courses()).allSatisfy(c -> {
            assertThat(c.code()).matches("[A-Z]{2,4} \\d{3}");
            assertThat(c.credits()).isBetween(1.0, 5.0);
            assertThat(c.colour()).as("a colour from the palette").isIn((Object[]) Course.PALETTE);
        });
        assertThat(plan.courses()).extracting(Course::code).contains("CS 101").doesNotHaveDuplicates();
        assertThat(plan.courses()).extracting(Course::colour).doesNotHaveDuplicates();
    }

    @Test
    void liveCoursesMeetInRoomsAndOnlineOnesOnlyHaveModules() {
        TermPlan plan = sample(NOV_24_2026);

        for (Course c : plan.courses()) {
            switch (c.delivery()) {
                case SYNC -> {
                    assertThat(plan.sessionsOf(c)).as(c.code()).isNotEmpty()
                            .allSatisfy(s -> assertThat(s.location()).as("room of %s", c.code()).isNotBlank().doesNotContain("://"));
                    assertThat(plan.modulesOf(c)).as(c.code()).isEmpty();
                }
                case ASYNC -> {
                    assertThat(plan.sessionsOf(c)).as(c.code()).isEmpty();
                    assertThat(plan.modulesOf(c)).as(c.code()).anySatisfy(m -> assertThat(m.isWeekly()).isTrue());
                }
                case HYBRID -> {
                    assertThat(plan.sessionsOf(c)).as(c.code()).anySatisfy(s -> assertThat(s.isOnline()).as("a meeting link").isTrue());
                    assertThat(plan.modulesOf(c)).as(c.code()).anySatisfy(m -> assertThat(m.isWeekly()).isTrue());
                }
            }
        }
    }

    @Test
    void weeklyModulesOpenAndFallDueInsideTheTermWithAnEffort() {
        TermPlan plan = sample(NOV_24_2026);
        Term term = plan.term();

        List<AsyncModule> weekly = plan.modules().stream().filter(AsyncModule::isWeekly).toList();
        assertThat(weekly).hasSizeGreaterThanOrEqualTo(3);
        assertThat(plan.modules()).allSatisfy(m -> {
            assertThat(m.effortHours()).as("effort of %s", m.title()).isPositive();
            int last = m.schedule().windows();
            assertThat(m.opens(1).toLocalDate()).as("%s opens", m.title()).isAfterOrEqualTo(term.firstDay());
            assertThat(m.due(last).toLocalDate()).as("%s last due", m.title()).isBeforeOrEqualTo(term.lastDay().plusDays(2));
            assertThat(m.due(1)).isAfter(m.opens(1));
        });
    }

    @Test
    void hasAnUnplacedSessionToPutOnTheCalendar() {
        TermPlan plan = sample(NOV_24_2026);
        assertThat(plan.sessions()).filteredOn(s -> !s.pattern().isPlaced()).singleElement()
                .satisfies(s -> assertThat(s.pattern().describe()).isEqualTo("TBA"));
    }

    @Test
    void twoClassesOfDifferentCoursesOverlapOnTheSameWeekday() {
        TermPlan plan = sample(NOV_24_2026);

        List<SyncSession> weekly = plan.sessions().stream().filter(s -> s.pattern().isPlaced() && !s.pattern().isOneOff()).toList();
        boolean overlap = weekly.stream().anyMatch(a -> weekly.stream().anyMatch(b -> a.courseId() != b.courseId()
                && overlap(a.pattern(), b.pattern())));
        assertThat(overlap).as("some pair of classes of two courses overlaps").isTrue();
    }

    @Test
    void theJobShiftIsInTheSchoolsZoneAndClearOfEveryClass() {
        TermPlan plan = sample(NOV_24_2026);

        Commitment shift = plan.commitments().stream().filter(c -> c.title().contains("shift")).findFirst().orElseThrow();
        assertThat(shift.zone()).isEqualTo(plan.term().schoolZone());
        assertThat(plan.sessions()).noneMatch(s -> overlap(shift.pattern(), s.pattern()));
    }

    @Test
    void theStudentLivesInBerlinNotInTheComputersZone() {
        TermPlan plan = sample(NOV_24_2026);
        assertThat(plan.term().studentZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(plan.term().schoolZone()).isEqualTo(NEW_YORK);
    }

    /** A newcomer is shown what the planner finds without being alarmed: one clash of two classes and one heavy week. */
    @ParameterizedTest(name = "on {0}")
    @CsvSource({"2026-11-24", "2027-03-01"})
    void showsOneConflictAndOneHeavyWeek(LocalDate today) {
        TermPlan plan = sample(today);
        var findings = org.courseplanner.domain.engine.PlanFindings.of(plan);

        assertThat(findings.conflicts()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("session-overlap");
            assertThat(f.message()).contains("CS 101 Lecture", "MATH 200 Tutorial");
        });
        assertThat(findings.workload().peaks()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("weekly-peak");
            assertThat(f.message()).contains("HIST 210");
        });
        assertThat(findings.workload().weeks()).allSatisfy(w -> assertThat(w.hours()).as("week %s", w.week()).isLessThan(56));
    }

    @Test
    void hasOneStudyBlockInsideItsModulesWindow() {
        TermPlan plan = sample(NOV_24_2026);

        assertThat(plan.studyBlocks()).singleElement().satisfies(b -> {
            AsyncModule module = plan.module(b.moduleId()).orElseThrow();
            assertThat(b.start()).isAfterOrEqualTo(module.opens(b.week()));
            assertThat(b.end()).isBeforeOrEqualTo(module.due(b.week()));
        });
    }

    @Test
    void everythingGoesThroughThePlannerSoASecondCopyOfTheSameTermIsRefused() {
        SampleTerm.addTo(planner, NOV_24_2026);

        assertThatThrownBy(() -> SampleTerm.addTo(planner, NOV_24_2026))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("term name"))
                .hasMessageContaining("Fall 2026");
        assertThat(planner.terms()).hasSize(1);
    }

    @Test
    void twoSemestersLiveSideBySide() {
        Term fall = SampleTerm.addTo(planner, NOV_24_2026);
        Term spring = SampleTerm.addTo(planner, LocalDate.of(2027, 2, 1));

        assertThat(planner.terms()).extracting(Term::name).containsExactly("Fall 2026", "Spring 2027");
        Function<Term, Integer> courses = t -> repository.load(t.id()).courses().size();
        assertThat(courses.apply(fall)).isEqualTo(6);
        assertThat(courses.apply(spring)).isEqualTo(6);
    }

    /** Both meet on some weekday and their times overlap (neither runs past midnight in the sample). */
    private static boolean overlap(WeeklyPattern a, WeeklyPattern b) {
        if (!a.isPlaced() || !b.isPlaced() || a.days().stream().noneMatch(b.days()::contains)) {
            return false;
        }
        LocalTime start = a.start().isAfter(b.start()) ? a.start() : b.start();
        LocalTime end = a.end().isBefore(b.end()) ? a.end() : b.end();
        return start.isBefore(end);
    }
}

package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner's change of each kind of item: checked against its term as an add is, and undone unchecked. */
class PlannerChangesTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));
    private final InMemoryPlanRepository repository = new InMemoryPlanRepository();
    private final Planner planner = new Planner(repository, NOV_24);
    private final Term fall = planner.addTerm(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18),
            ZoneId.of("America/New_York")));
    private final Course cs = planner.addCourse("Fall 2026", "CS 101", "Intro", 3, null, Delivery.SYNC, null);
    private final Course math = planner.addCourse("Fall 2026", "MATH 200", "Calculus", 4, null, Delivery.SYNC, null);
    private final AsyncModule reading = planner.addModule("Fall 2026", "CS 101", "Reading", 3,
            new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.SUNDAY, LocalTime.of(23, 59), 10,
                    LocalDate.of(2026, 8, 31)), Set.of());

    @Test
    void aCourseKeepsACodeOfItsOwn() {
        Course renamed = new Course(math.id(), fall.id(), "cs-101", "Calculus", 4, math.colour(), Delivery.SYNC, null);

        assertRefused(() -> planner.changeCourse(renamed), "code", "already a course \"CS 101\"", "give this one another code");
        assertThat(planner.plan("Fall 2026").courseById(math.id()).code()).isEqualTo("MATH 200");
        planner.changeCourse(new Course(cs.id(), fall.id(), "cs 101", "Intro again", 3, cs.colour(), Delivery.SYNC, null));
        assertThat(planner.plan("Fall 2026").courseById(cs.id()).title()).isEqualTo("Intro again"); // its own code, any case
    }

    @Test
    void aModuleIsRefusedPastTheTermsEndAsWhenItWasAdded() {
        var late = new AsyncModule(reading.id(), cs.id(), "Reading", 3, WeeklyWindow.untilTermEnds(fall, LocalDate.of(2026, 12, 7),
                DayOfWeek.MONDAY, LocalTime.of(9, 0)), Set.of(), Set.of());
        assertThat(((WeeklyWindow) late.schedule()).weeks()).isEqualTo(2);
        planner.changeModule(late);

        var tooLong = new AsyncModule(reading.id(), cs.id(), "Reading", 3, new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                DayOfWeek.SUNDAY, LocalTime.of(23, 59), 3, LocalDate.of(2026, 12, 7)), Set.of(), Set.of());
        assertRefused(() -> planner.changeModule(tooLong), "weeks", "week 3 of \"Reading\" would open on 2026-12-21");
        assertThat(planner.plan("Fall 2026").module(reading.id()).orElseThrow()).isEqualTo(late);
    }

    @Test
    void aStudyBlockIsForAWeekOfItsModuleAndADayOfTheTerm() {
        StudyBlock block = planner.addStudyBlock(reading.id(), 1, LocalDateTime.of(2026, 9, 2, 10, 0), 60);

        assertRefused(() -> planner.changeStudyBlock(new StudyBlock(block.id(), reading.id(), 99, block.start(), 60)), "week",
                "\"Reading\" has no week 99: give 1 to 10");
        assertRefused(() -> planner.changeStudyBlock(new StudyBlock(block.id(), reading.id(), 1, LocalDateTime.of(2027, 1, 5, 10, 0),
                60)), "date", "the date 2027-01-05 is outside Fall 2026");
        assertRefused(() -> planner.addStudyBlock(reading.id(), 1, LocalDateTime.of(2027, 1, 5, 10, 0), 60), "date", "outside Fall 2026");
        StudyBlock longer = planner.changeStudyBlock(new StudyBlock(block.id(), reading.id(), 2, LocalDateTime.of(2026, 9, 9, 10, 0), 90));
        assertThat(planner.plan("Fall 2026").studyBlocks()).containsExactly(longer);
    }

    @Test
    void sessionsAndCommitmentsStayWithinTheTerm() {
        SyncSession lecture = planner.addSession("Fall 2026", "CS 101", SessionKind.LECTURE,
                WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(10, 0), LocalTime.of(11, 15)), null);
        Commitment job = planner.addCommitment("Fall 2026", "Job",
                WeeklyPattern.weekly(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(17, 0), LocalTime.of(21, 0)), null);
        WeeklyPattern past = new WeeklyPattern(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(10, 0), LocalTime.of(11, 15), 1,
                null, LocalDate.of(2027, 2, 1), Set.of());

        assertRefused(() -> planner.changeSession(lecture.withPattern(past)), "until", "the until date 2027-02-01 is outside");
        assertRefused(() -> planner.changeCommitment(new Commitment(job.id(), fall.id(), "Job", past, null)), "until", "outside");
        SyncSession lab = planner.changeSession(new SyncSession(lecture.id(), cs.id(), SessionKind.LAB, lecture.pattern(), "ENG 204"));
        assertThat(planner.plan("Fall 2026").sessions()).containsExactly(lab);
    }

    @Test
    void undoPutsBackWhatWasThereWithoutCheckingItAgain() {
        StudyBlock block = planner.addStudyBlock(reading.id(), 1, LocalDateTime.of(2026, 9, 2, 10, 0), 60);
        planner.remove(block.id());

        StudyBlock back = planner.putBack(block);

        assertThat(back).isEqualTo(block); // under the id it had
        planner.restore(new StudyBlock(back.id(), reading.id(), 1, LocalDateTime.of(2026, 9, 3, 10, 0), 60));
        assertThat(planner.plan("Fall 2026").studyBlocks()).extracting(StudyBlock::start).containsExactly(LocalDateTime.of(2026, 9, 3, 10, 0));
    }

    @Test
    void studyTimeIsForTheWeekWhoseWindowHoldsIt() {
        assertThat(reading.weekHolding(LocalDateTime.of(2026, 8, 30, 12, 0))).isEqualTo(1); // before the first: the one opening next
        assertThat(reading.weekHolding(LocalDateTime.of(2026, 9, 9, 12, 0))).isEqualTo(2);
        assertThat(reading.weekHolding(LocalDateTime.of(2026, 9, 13, 23, 59))).isEqualTo(2); // due then: still its week
        assertThat(reading.weekHolding(LocalDateTime.of(2026, 12, 1, 12, 0))).isEqualTo(10); // after the last: the last
    }
}

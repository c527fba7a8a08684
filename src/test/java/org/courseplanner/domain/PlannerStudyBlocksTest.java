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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Homework blocks, blocks the study planner placed (auto) and the planner's steps that add or clear many at once. */
class PlannerStudyBlocksTest {
    private static final Clock SEP_1 = Clock.fixed(Instant.parse("2026-09-01T15:00:00Z"), ZoneId.of("America/New_York"));
    private final InMemoryPlanRepository repository = new InMemoryPlanRepository();
    private final Planner planner = new Planner(repository, SEP_1);
    // starts on a Wednesday: week 1 is Mon Aug 31 to Sun Sep 6, week 3 Sep 14 to 20
    private final Term fall = planner.addTerm(Term.of("Fall 2026", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 12, 18),
            ZoneId.of("America/New_York")));
    private final Term spring = planner.addTerm(Term.of("Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7),
            ZoneId.of("America/New_York")));
    private final Course cs = planner.addCourse("Fall 2026", "CS 101", "Intro", 3, null, Delivery.SYNC, null);
    private final Course bio = planner.addCourse("Spring 2027", "BIO 110", "Biology", 3, null, Delivery.SYNC, null);
    private final AsyncModule reading = planner.addModule("Fall 2026", "CS 101", "Reading", 3,
            new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.SUNDAY, LocalTime.of(23, 59), 10,
                    LocalDate.of(2026, 9, 7)), Set.of());

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void aHomeworkBlockStartsInItsTermWeekForACourse() {
        StudyBlock h = planner.addHomeworkBlock(cs.id(), 3, at("2026-09-20T21:00"), 90);

        assertThat(h).isEqualTo(StudyBlock.homework(h.id(), cs.id(), 3, at("2026-09-20T21:00"), 90, false));
        assertThat(planner.plan("Fall 2026").studyBlocks()).containsExactly(h);
        assertThat(planner.find(h.id()).orElseThrow().description()).contains("CS 101");
        assertRefused(() -> planner.addHomeworkBlock(cs.id(), 3, at("2026-09-21T09:00"), 60), "at",
                "homework for week 3 (2026-09-14 to 2026-09-20) starts in that week, not on 2026-09-21 (week 4)");
        assertRefused(() -> planner.addHomeworkBlock(cs.id(), 1, at("2026-09-01T09:00"), 60), "date", "outside Fall 2026");
        assertRefused(() -> planner.addHomeworkBlock(cs.id(), 17, at("2026-12-21T09:00"), 60), "week", "Fall 2026 has 16 weeks");
        assertRefused(() -> planner.addHomeworkBlock(reading.id(), 3, at("2026-09-16T09:00"), 60), "course", "no course");
        assertThat(planner.plan("Fall 2026").studyBlocks()).containsExactly(h);
    }

    @Test
    void movingOrChangingABlockByHandPinsIt() {
        ImportChanges placed = planner.addStudyBlocks(fall.id(), List.of(
                StudyBlock.homework(0, cs.id(), 2, at("2026-09-09T18:00"), 60, true),
                new StudyBlock(0, reading.id(), 0, 1, at("2026-09-08T18:00"), 45, true)));
        List<StudyBlock> blocks = planner.plan("Fall 2026").studyBlocks();
        assertThat(blocks).hasSize(2).allMatch(StudyBlock::auto);
        StudyBlock module = blocks.get(0);
        StudyBlock homework = blocks.get(1);
        assertThat(placed.addedCount()).isEqualTo(2);

        StudyBlock moved = planner.moveStudyBlock(homework.id(), at("2026-09-10T08:00"));
        assertThat(moved).isEqualTo(StudyBlock.homework(homework.id(), cs.id(), 2, at("2026-09-10T08:00"), 60, false));
        StudyBlock changed = planner.changeStudyBlock(new StudyBlock(module.id(), reading.id(), 0, 2, at("2026-09-15T18:00"), 30, true));
        assertThat(changed.auto()).isFalse();
        assertThat(planner.plan("Fall 2026").studyBlocks()).containsExactly(moved, changed);

        StudyBlock homeworkChanged = planner.changeStudyBlock(moved.withStart(at("2026-09-11T08:00")).withAuto(true));
        assertThat(homeworkChanged.auto()).isFalse();
        assertRefused(() -> planner.changeStudyBlock(StudyBlock.homework(moved.id(), bio.id(), 1, at("2027-01-12T08:00"), 60, false)),
                "course", "stays in its term");
        assertRefused(() -> planner.changeStudyBlock(StudyBlock.homework(moved.id(), cs.id(), 2, at("2026-09-17T08:00"), 60, false)),
                "at", "starts in that week");
    }

    @Test
    void addingManyBlocksIsAllOrNoneAndUndoesAsOneStep() {
        List<StudyBlock> wanted = List.of(StudyBlock.homework(0, cs.id(), 1, at("2026-09-03T18:00"), 60, true),
                new StudyBlock(0, reading.id(), 0, 1, at("2026-09-08T18:00"), 45, true));
        TermPlan before = planner.plan("Fall 2026");

        List<StudyBlock> oneBad = List.of(wanted.get(0), wanted.get(1), StudyBlock.homework(0, bio.id(), 1, at("2026-09-03T20:00"), 60, true));
        assertRefused(() -> planner.addStudyBlocks(fall.id(), oneBad), "course", "no course with the id " + bio.id() + " in Fall 2026");
        assertRefused(() -> planner.addStudyBlocks(fall.id(), List.of(wanted.get(0), new StudyBlock(0, reading.id(), 0, 11,
                at("2026-09-08T18:00"), 45, true))), "week", "no week 11");
        assertThat(planner.plan("Fall 2026")).isEqualTo(before);

        ImportChanges changes = planner.addStudyBlocks(fall.id(), wanted);
        TermPlan after = planner.plan("Fall 2026");
        assertThat(after.studyBlocks()).extracting(b -> b.withId(0)).containsExactlyElementsOf(wanted);

        planner.undo(changes);
        assertThat(planner.plan("Fall 2026")).isEqualTo(before);
        planner.redo(changes);
        assertThat(planner.plan("Fall 2026")).isEqualTo(after);
    }

    @Test
    void clearingRemovesOnlyAutoBlocksInTheRangeAndUndoPutsThemBackUnderTheirIds() {
        StudyBlock pinned = planner.addHomeworkBlock(cs.id(), 2, at("2026-09-09T07:00"), 60);
        planner.addStudyBlocks(fall.id(), List.of(
                StudyBlock.homework(0, cs.id(), 1, at("2026-09-03T18:00"), 60, true),
                StudyBlock.homework(0, cs.id(), 2, at("2026-09-09T18:00"), 60, true),
                new StudyBlock(0, reading.id(), 0, 2, at("2026-09-15T23:30"), 45, true)));
        TermPlan all = planner.plan("Fall 2026");

        ImportChanges week2 = planner.clearAutoStudy("Fall 2026", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13));
        assertThat(week2.removedCount()).isEqualTo(1);
        assertThat(planner.plan("Fall 2026").studyBlocks()).extracting(StudyBlock::start)
                .containsExactly(at("2026-09-03T18:00"), at("2026-09-09T07:00"), at("2026-09-15T23:30"));

        planner.undo(week2);
        assertThat(planner.plan("Fall 2026")).isEqualTo(all);
        planner.redo(week2);
        assertThat(planner.plan("Fall 2026").studyBlocks()).hasSize(3);
        planner.undo(week2);

        ImportChanges everything = planner.clearAutoStudy("Fall 2026", null, null);
        assertThat(everything.removedCount()).isEqualTo(3);
        assertThat(planner.plan("Fall 2026").studyBlocks()).containsExactly(pinned);
        ImportChanges nothing = planner.clearAutoStudy("Fall 2026", null, null);
        assertThat(nothing.isEmpty()).isTrue();
        planner.undo(everything);
        assertThat(planner.plan("Fall 2026")).isEqualTo(all);

        assertThat(planner.clearAutoStudy("Fall 2026", LocalDate.of(2026, 9, 15), null).removedCount()).isEqualTo(1);
        assertRefused(() -> planner.clearAutoStudy("Fall 2026", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 14)), "to",
                "before the first");
    }
}

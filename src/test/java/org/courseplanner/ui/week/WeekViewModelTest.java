package org.courseplanner.ui.week;

import org.courseplanner.domain.week.WindowBar;
import org.courseplanner.domain.week.WeekBlock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.OccurrenceType;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.UndoStack;
import org.courseplanner.ui.common.ZoneChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The week shown, its title, navigation and zone toggle, on the sample term. */
class WeekViewModelTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));

    @TempDir
    Path dir;
    private SqlitePlanRepository repository;
    private Planner planner;
    private UndoStack undo;
    private WeekViewModel week;
    private TermPlan plan;

    /** The sample fall term, shown on the week of Tuesday, November 24, 2026. */
    @org.junit.jupiter.api.BeforeEach
    void sampleTerm() {
        repository = SqlitePlanRepository.open(dir.resolve("plan.db"));
        planner = new Planner(repository, NOV_24);
        SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        undo = new UndoStack(BackgroundTasks.direct(), e -> {
            throw new AssertionError(e);
        });
        week = new WeekViewModel(NOV_24, planner, undo);
        plan = planner.plan(null);
        week.show(plan, PlanFindings.of(plan));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        repository.close();
    }

    @Test
    void droppingATbaSessionPlacesItWeeklyAndUndoTakesItBack() {
        long officeHours = plan.sessions().stream().filter(s -> !s.pattern().isPlaced()).findFirst().orElseThrow().id();

        week.drop(new org.courseplanner.ui.common.PlanDragFormats.DraggedItem(org.courseplanner.domain.ItemKind.SESSION, officeHours),
                1, 10 * 60); // Tuesday 10:00

        var placed = planner.plan(null).sessions().stream().filter(s -> s.id() == officeHours).findFirst().orElseThrow();
        assertThat(placed.pattern().describe()).isEqualTo("TU 10:00-11:15");
        undo.undo();
        assertThat(planner.plan(null).sessions().stream().filter(s -> s.id() == officeHours).findFirst().orElseThrow()
                .pattern().isPlaced()).isFalse();
    }

    @Test
    void movingAClassThisWeekOnlyThenResizingItCanBeUndoneAndRedoneTwice() {
        WeekBlock lecture = week.blocksProperty().get().stream().filter(b -> b.occurrence().title().equals("CS 101 Lecture")).findFirst()
                .orElseThrow();
        long series = lecture.occurrence().itemId();
        int day = (int) java.time.temporal.ChronoUnit.DAYS.between(week.mondayProperty().get(),
                lecture.occurrence().start().withZoneSameInstant(week.zone()).toLocalDate());
        week.move(lecture, day, 14 * 60, 15 * 60 + 15, false); // this week only: a one-off at 14:00
        week.show(planner.plan(null), PlanFindings.of(planner.plan(null)));
        WeekBlock once = week.blocksProperty().get().stream().filter(b -> b.occurrence().title().equals("CS 101 Lecture")
                && b.occurrence().itemId() != series).findFirst().orElseThrow();
        long oneOff = once.occurrence().itemId();
        week.move(once, day, 14 * 60, 16 * 60, false); // and it ends at 16:00
        String moved = describe(oneOff);

        undo.undo();
        undo.undo();
        assertThat(planner.plan(null).sessions()).noneMatch(s -> s.id() == oneOff);
        undo.redo();
        undo.redo();
        assertThat(describe(oneOff)).isEqualTo(moved).isEqualTo(describe(oneOff));
        assertThat(planner.plan(null).sessions().stream().filter(s -> s.id() == oneOff).findFirst().orElseThrow().pattern().end())
                .isEqualTo(java.time.LocalTime.of(16, 0));
        assertThat(undo.canRedoProperty().get()).isFalse();
    }

    @Test
    void deletingOneMeetingOfAWeeklyClassSkipsItsDateAndUndoTakesItBack() {
        WeekBlock lecture = week.blocksProperty().get().stream().filter(b -> b.occurrence().title().equals("CS 101 Lecture")).findFirst()
                .orElseThrow();
        long id = lecture.occurrence().itemId();
        LocalDate date = lecture.occurrence().start().withZoneSameInstant(plan.term().schoolZone()).toLocalDate();
        int meetings = week.meetings(lecture);

        week.removeMeeting(lecture);

        var now = planner.plan(null).sessions().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        assertThat(now.pattern().skippedDates()).containsExactly(date);
        assertThat(meetings).isGreaterThan(20); // MO,WE through the term, less the breaks
        assertThat(now.pattern().meetingDates(plan.term().firstDay(), plan.term().lastDay()).stream()
                .filter(d -> !plan.term().isBreak(d)).count()).isEqualTo(meetings - 1);
        undo.undo();
        assertThat(planner.plan(null).sessions().stream().filter(s -> s.id() == id).findFirst().orElseThrow().pattern().skippedDates())
                .isEmpty();
    }

    private String describe(long sessionId) {
        return planner.plan(null).sessions().stream().filter(s -> s.id() == sessionId).findFirst().orElseThrow().pattern().describe();
    }

    @Test
    void droppingNewSessionAndModuleItemsCreatesThem() {
        long cs = plan.requireCourse("CS 101").id();
        int sessions = plan.sessions().size();
        week.drop(new org.courseplanner.ui.common.PlanDragFormats.DraggedItem(org.courseplanner.domain.ItemKind.SESSION, cs, true),
                0, 8 * 60); // Monday 08:00
        week.drop(new org.courseplanner.ui.common.PlanDragFormats.DraggedItem(org.courseplanner.domain.ItemKind.MODULE, cs, true),
                0, 9 * 60);
        TermPlan after = planner.plan(null);
        assertThat(after.sessions()).hasSize(sessions + 1);
        assertThat(after.sessions().get(after.sessions().size() - 1).pattern().describe()).isEqualTo("MO 08:00-09:15");
        assertThat(after.modulesOf(after.requireCourse("CS 101"))).extracting(m -> m.describe())
                .containsExactly("weekly, opens MO@09:00, due SU@23:59, 3 weeks from 2026-11-23");
        undo.undo();
        undo.undo();
        assertThat(planner.plan(null).sessions()).hasSize(sessions);
        assertThat(planner.plan(null).modulesOf(after.requireCourse("CS 101"))).isEmpty();
    }

    @Test
    void commitmentsAndStudyBlocksMoveToo() {
        WeekBlock shift = week.blocksProperty().get().stream().filter(b -> b.occurrence().title().equals("Café shift") && b.day() == 5)
                .findFirst().orElseThrow();
        week.move(shift, 5, 15 * 60, 18 * 60, true); // Saturday 15:00-18:00, in the school's zone (as shown)
        assertThat(planner.plan(null).commitments().get(0).pattern().describe()).isEqualTo("SA 15:00-18:00");
        undo.undo();
        assertThat(planner.plan(null).commitments().get(0).pattern().describe()).isEqualTo("SA 10:00-15:00");

        week.mondayProperty().set(LocalDate.of(2026, 8, 24)); // the first week: the sample's study block
        WeekBlock study = week.blocksProperty().get().stream().filter(b -> b.occurrence().type() == OccurrenceType.STUDY)
                .findFirst().orElseThrow();
        week.move(study, 3, 18 * 60, 20 * 60, true); // Thursday 18:00, two hours
        var moved = planner.plan(null).studyBlocks().get(0);
        assertThat(moved.start()).hasToString("2026-08-27T18:00");
        assertThat(moved.minutes()).isEqualTo(120);
    }

    @Test
    void aPlannedHomeworkBlockIsMarkedUntilTheStudentMovesIt() {
        long cs = plan.requireCourse("CS 101").id();
        int termWeek = plan.term().weekNumber(LocalDate.of(2026, 11, 23));
        planner.addStudyBlocks(plan.term().id(), java.util.List.of(
                org.courseplanner.domain.StudyBlock.homework(0, cs, termWeek, java.time.LocalDateTime.of(2026, 11, 23, 18, 0), 60, true)));
        planner.addHomeworkBlock(cs, termWeek, java.time.LocalDateTime.of(2026, 11, 24, 18, 0), 60);
        plan = planner.plan(null);
        week.show(plan, PlanFindings.of(plan));

        java.util.function.Supplier<java.util.List<WeekBlock>> homework = () -> week.blocksProperty().get().stream()
                .filter(b -> b.occurrence().title().equals("CS 101 homework")).toList();
        assertThat(homework.get()).hasSize(2);
        WeekBlock planned = homework.get().stream().filter(b -> b.day() == 0).findFirst().orElseThrow();
        assertThat(week.isAutoPlaced(planned)).isTrue();
        assertThat(homework.get()).filteredOn(b -> b.day() == 1).singleElement().satisfies(b -> assertThat(week.isAutoPlaced(b)).isFalse());
        assertThat(planned.colour()).as("its course's colour").isEqualTo(plan.requireCourse("CS 101").colour());

        week.move(planned, 0, 19 * 60, 20 * 60, true); // dragged an hour later: the student's now
        plan = planner.plan(null);
        week.show(plan, PlanFindings.of(plan));
        assertThat(homework.get()).noneMatch(week::isAutoPlaced);
        assertThat(plan.studyBlocks()).filteredOn(org.courseplanner.domain.StudyBlock::isHomework)
                .extracting(b -> b.start().toString()).contains("2026-11-23T19:00");

        undo.undo();
        plan = planner.plan(null);
        week.show(plan, PlanFindings.of(plan));
        assertThat(homework.get()).filteredOn(week::isAutoPlaced).singleElement().satisfies(b -> assertThat(b.startMinute()).isEqualTo(18 * 60));
    }

    @Test
    void planningStudyTimeDropsItIntoTheWeekWhoseWindowHoldsIt() {
        var history = plan.modules().stream().filter(m -> m.title().equals("Module")).findFirst().orElseThrow();
        week.drop(new org.courseplanner.ui.common.PlanDragFormats.DraggedItem(org.courseplanner.domain.ItemKind.STUDY, history.id(), true),
                2, 19 * 60); // Wednesday Nov 25, 19:00: HIST 210 Module 14 is open (Nov 23 - Nov 29)
        var block = planner.plan(null).studyBlocks().stream().filter(b -> b.start().toLocalDate().equals(LocalDate.of(2026, 11, 25)))
                .findFirst().orElseThrow();
        assertThat(block.week()).isEqualTo(14);
        assertThat(block.minutes()).isEqualTo(60);
        undo.undo();
        assertThat(planner.plan(null).studyBlocks()).hasSize(1); // the sample's own
    }

    @Test
    void droppingAModuleOpensItsWeeklyWindowThere() {
        week.previous(); // Nov 16-22
        var paper = plan.modules().stream().filter(m -> m.title().equals("Term paper")).findFirst().orElseThrow();
        week.drop(new org.courseplanner.ui.common.PlanDragFormats.DraggedItem(org.courseplanner.domain.ItemKind.MODULE, paper.id()),
                2, 9 * 60); // Wednesday Nov 18, 09:00
        var opened = planner.plan(null).module(paper.id()).orElseThrow();
        assertThat(opened.describe()).isEqualTo("weekly, opens WE@09:00, due TU@23:59, 4 weeks from 2026-11-18");
    }

    @Test
    void showsTodaysWeekAndMovesByWeeks() {

        assertThat(week.titleProperty().get()).isEqualTo("Week 14 of 16 · Nov 23–29");
        assertThat(week.todayColumn()).isEqualTo(1);
        assertThat(week.breakDaysProperty().get()).containsExactly(2, 3, 4, 5, 6); // Thanksgiving break, Wednesday to Sunday
        assertThat(week.blocksProperty().get()).extracting(b -> b.occurrence().title())
                .contains("CS 101 Lecture", "MATH 200 Tutorial", "Café shift").doesNotContain("BIO 120 Seminar");
        assertThat(week.blocksProperty().get()).filteredOn(b -> b.occurrence().title().equals("MATH 200 Tutorial"))
                .allMatch(WeekBlock::conflict);
        assertThat(week.windowsProperty().get()).extracting(WindowBar::title).contains("HIST 210 Module 14");

        week.next();
        assertThat(week.titleProperty().get()).isEqualTo("Week 15 of 16 · Nov 30–Dec 6");
        assertThat(week.todayColumn()).isEqualTo(-1);
        week.thisWeek();
        assertThat(week.titleProperty().get()).startsWith("Week 14");

        int school = week.blocksProperty().get().stream().filter(b -> b.occurrence().type() == OccurrenceType.SESSION)
                .mapToInt(WeekBlock::startMinute).min().orElseThrow();
        week.zoneChoiceProperty().set(ZoneChoice.MINE);
        int mine = week.blocksProperty().get().stream().filter(b -> b.occurrence().type() == OccurrenceType.SESSION)
                .mapToInt(WeekBlock::startMinute).min().orElseThrow();
        assertThat(week.zoneNameProperty().get()).isEqualTo(plan.term().studentZone().getId());
        assertThat(mine - school).isEqualTo(plan.term().studentZone().getRules().getOffset(Instant.parse("2026-11-24T15:00:00Z"))
                .getTotalSeconds() / 60 + 5 * 60);
    }

    @Test
    void aPreviewShowsItsSessionsApartNotMovableAndEndsWithTheNextPlanShown() {
        var course = plan.courses().get(0);
        var extra = new org.courseplanner.domain.SyncSession(-1, course.id(), org.courseplanner.domain.SessionKind.LAB,
                org.courseplanner.domain.WeeklyPattern.weekly(java.util.EnumSet.of(java.time.DayOfWeek.TUESDAY),
                        java.time.LocalTime.of(15, 0), java.time.LocalTime.of(16, 0)), "AE 215");
        var sessions = new java.util.ArrayList<>(plan.sessions());
        sessions.add(extra);
        TermPlan withPreview = new TermPlan(plan.term(), plan.courses(), sessions, plan.modules(), plan.commitments(), plan.studyBlocks());
        int before = week.blocksProperty().get().size();

        week.showPreview(withPreview, PlanFindings.of(withPreview), java.util.Set.of(-1L));

        assertThat(week.blocksProperty().get()).hasSize(before + 1);
        WeekBlock preview = week.blocksProperty().get().stream().filter(b -> b.occurrence().itemId() == -1).findFirst().orElseThrow();
        assertThat(week.isPreview(preview)).isTrue();
        assertThat(week.canMove(preview)).as("a preview is not the plan: nothing to move").isFalse();
        assertThat(week.markOf(preview)).isEqualTo("preview");
        assertThat(week.blocksProperty().get()).filteredOn(b -> b != preview).noneMatch(week::isPreview);

        week.endPreview();
        assertThat(week.blocksProperty().get()).hasSize(before).noneMatch(b -> b.occurrence().itemId() == -1);

        week.showPreview(withPreview, PlanFindings.of(withPreview), java.util.Set.of(-1L));
        week.show(plan, PlanFindings.of(plan));
        assertThat(week.blocksProperty().get()).hasSize(before).noneMatch(week::isPreview);
    }
}

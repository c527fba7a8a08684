package org.courseplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.RunningWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Plan study time" as the window runs it, without starting JavaFX: one undo step, nothing changed when it does not fit. */
class StudyTimeActionsTest {
    /** Monday Oct 12, 2026, noon in New York: nine weeks of the module are still ahead. */
    private static final Clock OCT_12 = Clock.fixed(Instant.parse("2026-10-12T16:00:00Z"), ZoneId.of("America/New_York"));

    @TempDir
    Path dir;
    private SqlitePlanRepository repository;
    private Planner planner;

    private MainViewModel open(BackgroundTasks tasks) {
        repository = SqlitePlanRepository.open(dir.resolve("plan.db"));
        planner = new Planner(repository, OCT_12);
        MainViewModel model = Windows.open(planner, tasks, OCT_12, MainViewModelTest.noCalendars(planner));
        return model;
    }

    @AfterEach
    void close() {
        repository.close();
    }

    private List<StudyBlock> planned() {
        return planner.plan(StudyTerms.TERM).studyBlocks().stream().filter(StudyBlock::auto).toList();
    }

    /** What the window was shown: the shortfalls and the notes. */
    private static final class Shown implements StudyTimeActions.Answers {
        final List<StudyTimeActions.Shortfall> shortfalls = new ArrayList<>();
        final List<List<String>> notes = new ArrayList<>();

        @Override
        public void doesNotFit(StudyTimeActions.Shortfall shortfall) {
            shortfalls.add(shortfall);
        }

        @Override
        public void notes(String placed, List<String> notes) {
            this.notes.add(notes);
        }
    }

    @Test
    void aRunPlacesEveryWeekFromNowOnAndIsOneStepToUndoAndRedo() {
        MainViewModel model = open(BackgroundTasks.direct());
        StudyTerms.online(planner, DayOfWeek.SUNDAY, 4);
        model.load();
        Shown shown = new Shown();

        model.study().plan(false, shown);

        List<StudyBlock> placed = planned();
        // weeks 7 (Oct 12-18) to 15 of the module, 4 h each, none before now
        assertThat(placed.stream().mapToInt(StudyBlock::minutes).sum()).isEqualTo(9 * 240);
        assertThat(placed).allSatisfy(b -> assertThat(b.start()).isAfterOrEqualTo(LocalDateTime.of(2026, 10, 12, 12, 0)));
        String hours = "36 h";
        assertThat(model.noticeProperty().get()).isEqualTo("Placed " + placed.size() + " study blocks (" + hours
                + ") in Fall 2026. Edit ▸ Undo takes them back.");
        assertThat(shown.shortfalls).isEmpty();
        assertThat(model.undo().undoDescriptionProperty().get()).isEqualTo("Plan study time");
        assertThat(Windows.week(model).blocksProperty().get()).as("the week shown has its planned blocks")
                .anyMatch(Windows.week(model)::isAutoPlaced);

        model.undo().undo();
        assertThat(planned()).as("one Undo takes every block of the run").isEmpty();
        assertThat(model.noticeProperty().get()).as("the status bar shows the plan again").isEmpty();
        model.undo().redo();
        assertThat(planned()).extracting(StudyBlock::start).containsExactlyInAnyOrderElementsOf(placed.stream().map(StudyBlock::start).toList());

        model.study().plan(false, shown);
        assertThat(model.noticeProperty().get()).isEqualTo("Nothing to plan in Fall 2026: every module week and homework week from now on has its time.");
        assertThat(model.undo().undoDescriptionProperty().get()).as("a run that changes nothing is no step").isEqualTo("Plan study time");
        assertThat(planned()).hasSameSizeAs(placed);
    }

    @Test
    void whenNotAllFitsNothingChangesUntilTheStudentAsksToPlaceWhatFits() {
        MainViewModel model = open(BackgroundTasks.direct());
        StudyTerms.online(planner, DayOfWeek.TUESDAY, 40); // 40 h from Monday 09:00 to Tuesday 23:59: no one has that
        model.load();
        Shown shown = new Shown();

        model.study().plan(false, shown);

        assertThat(planned()).isEmpty();
        assertThat(model.undo().canUndoProperty().get()).isFalse();
        assertThat(shown.shortfalls).hasSize(1);
        StudyTimeActions.Shortfall shortfall = shown.shortfalls.get(0);
        assertThat(shortfall.shortages()).isNotEmpty().allSatisfy(s -> assertThat(s).contains("HIST 210 Module").contains("short"));
        assertThat(shortfall.placeableMinutes()).isPositive().isLessThan(shortfall.neededMinutes());
        assertThat(shortfall.bestEffort()).startsWith("Place what fits places ").contains(" still to plan in Fall 2026");
        assertThat(model.noticeProperty().get()).isEqualTo("Not all study time fits in Fall 2026, so nothing was changed.");

        model.study().plan(true, shown);

        assertThat(planned().stream().mapToLong(StudyBlock::minutes).sum()).isEqualTo(shortfall.placeableMinutes());
        assertThat(model.noticeProperty().get()).startsWith("Not all study time fits; placed ").endsWith("Edit ▸ Undo takes them back.");
        model.undo().undo();
        assertThat(planned()).isEmpty();
    }

    @Test
    void aFindingOnAPlannedBlockOffersARePlanThatMovesIt() {
        MainViewModel model = open(BackgroundTasks.direct());
        StudyTerms.online(planner, DayOfWeek.SUNDAY, 4);
        model.load();
        model.study().plan(false, new Shown());
        StudyBlock first = planned().stream().min(java.util.Comparator.comparing(StudyBlock::start)).orElseThrow();
        assertThat(model.findings()).noneMatch(model.study()::mends);

        // a shift on that day and time, every week: it now overlaps planned study
        DayOfWeek day = first.start().getDayOfWeek();
        model.addCommitment("Café shift", day.name().substring(0, 2), first.start().toLocalTime().toString(),
                first.end().toLocalTime().toString());
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.findings()).filteredOn(f -> f.rule().equals("study-overlap")).isNotEmpty().allMatch(model.study()::mends);

        model.study().plan(false, new Shown());

        assertThat(model.noticeProperty().get()).contains(" and moved ").contains(" that a change had put in the way");
        assertThat(model.findings()).noneMatch(f -> f.rule().equals("study-overlap"));
        assertThat(planned().stream().mapToInt(StudyBlock::minutes).sum()).isEqualTo(9 * 240);
    }

    @Test
    void quietHoursSetAfterPlanningMakeTheirPlannedBlocksARePlan() {
        MainViewModel model = open(BackgroundTasks.direct());
        StudyTerms.online(planner, DayOfWeek.SUNDAY, 4);
        model.load();
        model.study().plan(false, new Shown());
        StudyBlock first = planned().stream().min(java.util.Comparator.comparing(StudyBlock::start)).orElseThrow();
        var term = planner.terms().get(0);
        java.time.LocalTime from = first.start().atZone(term.schoolZone()).withZoneSameInstant(term.studentZone()).toLocalTime();
        planner.updateTerm(new org.courseplanner.domain.Term(term.id(), term.name(), term.firstDay(), term.lastDay(), term.schoolZone(),
                term.studentZone(), term.breaks(), term.weeklyCapHours(), term.dailyCapHours(),
                term.conflictSettings().withQuietHours(from, from.plusHours(2)), term.studySettings()));
        model.load();
        assertThat(model.findings()).filteredOn(f -> f.rule().equals("quiet-hours")).isNotEmpty().allMatch(model.study()::mends);

        model.study().plan(false, new Shown());

        assertThat(model.findings()).noneMatch(f -> f.rule().equals("quiet-hours"));
    }

    @Test
    void aDayTheStudyTimeKeepsOverTheDailyCapIsANoteForTheWindow() {
        MainViewModel model = open(BackgroundTasks.direct());
        StudyTerms.online(planner, DayOfWeek.SUNDAY, 20, 2); // 20 h a week cannot stay under 2 h a day
        model.load();
        Shown shown = new Shown();

        model.study().plan(false, shown);

        assertThat(planned()).isNotEmpty();
        assertThat(shown.notes).hasSize(1);
        assertThat(shown.notes.get(0)).anySatisfy(n -> assertThat(n).contains(", over your daily cap of 2 h: no placement of this study time"
                + " has a lower busiest day."));
        assertThat(model.noticeProperty().get()).startsWith("Placed ");
    }

    @Test
    void aCancelledRunChangesNothingAndSaysSo() {
        List<RunningWork> handles = new ArrayList<>();
        // the student presses Cancel as soon as the run starts
        BackgroundTasks cancelling = new BackgroundTasks() {
            @Override
            public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                BackgroundTasks.direct().run(description, work, onSuccess, onFailure);
            }

            @Override
            public <T> RunningWork runWithProgress(String description, Function<RunningWork, T> work, Consumer<T> onSuccess,
                                                   Consumer<Throwable> onFailure) {
                RunningWork handle = new RunningWork(Runnable::run);
                handles.add(handle);
                handle.cancel();
                run(description, () -> work.apply(handle), onSuccess, onFailure);
                return handle;
            }
        };
        MainViewModel model = open(cancelling);
        StudyTerms.online(planner, DayOfWeek.SUNDAY, 4);
        model.load();

        model.study().plan(false, new Shown());

        assertThat(handles).hasSize(1);
        assertThat(planned()).isEmpty();
        assertThat(model.undo().canUndoProperty().get()).isFalse();
        assertThat(model.study().runningProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo("Stopped planning study time; nothing was changed.");
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void withoutATermItSaysToAddOne() {
        MainViewModel model = open(BackgroundTasks.direct());
        model.load();
        model.study().plan(false, new Shown());
        assertThat(model.messageProperty().get()).isEqualTo("Add a term first: study time is planned into a term's weeks.");
        assertThat(model.study().runningProperty().get()).isFalse();
    }
}

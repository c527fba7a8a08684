package org.courseplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.logging.Logs;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.BackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's view model, without starting JavaFX. */
class MainViewModelTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));

    @TempDir
    Path dir;
    private SqlitePlanRepository repository;

    private Planner planner() {
        repository = SqlitePlanRepository.open(dir.resolve("plan.db"));
        return new Planner(repository, NOV_24);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    @Test
    void loadsTheCurrentTermWithItsTreeSummaryAndFindings() {
        Planner planner = planner();
        SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        MainViewModel model = Windows.open(planner, BackgroundTasks.direct(), NOV_24, noCalendars(planner));

        model.load();

        assertThat(model.terms()).extracting(t -> t.name()).containsExactly("Fall 2026");
        assertThat(model.selectedTermProperty().get().name()).isEqualTo("Fall 2026");
        assertThat(model.treeProperty().get()).extracting(PlanTreeNode::label)
                .contains("CS 101  Introduction to Programming", "My commitments");
        PlanTreeNode bio = model.treeProperty().get().stream().filter(n -> n.label().startsWith("BIO 120")).findFirst().orElseThrow();
        assertThat(bio.children()).anyMatch(c -> c.unplaced() && c.detail().contains("TBA"));
        assertThat(model.summary()).contains("School's time zone: America/New_York", "Thanksgiving break: 2026-11-25 to 2026-11-29");
        assertThat(model.findings()).anyMatch(f -> f.message().contains("CS 101 Lecture and MATH 200 Tutorial overlap on Mondays"));
        assertThat(model.statusProperty().get()).contains("plan.db").contains("6 courses");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedBackgroundTaskIsLoggedAndItsSentenceSaysWhereTheLogIs(@TempDir Path logs) throws Exception {
        Path log = Logs.start(logs).orElseThrow();
        try {
            Planner planner = planner();
            BackgroundTasks failing = new BackgroundTasks() {
                @Override
                public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                    onFailure.accept(new IllegalStateException("the disk went away."));
                }
            };
            MainViewModel model = Windows.open(planner, failing, NOV_24, noCalendars(planner));

            model.load();

            assertThat(model.statusProperty().get()).isEqualTo("Could not read the plan: the disk went away (details in " + log + ").");
            assertThat(Files.readString(log)).contains("SEVERE org.courseplanner.ui Could not read the plan",
                    "java.lang.IllegalStateException: the disk went away.", "\tat org.courseplanner.ui.main.MainViewModelTest");
        } finally {
            Logs.stop();
        }
    }

    @Test
    void aRefusedEditIsTheStudentsSentenceAndNoErrorInTheLog(@TempDir Path logs) throws Exception {
        Path log = Logs.start(logs).orElseThrow();
        try {
            Planner planner = planner();
            BackgroundTasks refusing = new BackgroundTasks() {
                @Override
                public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                    onFailure.accept(new Refusal("title", "the title is empty: give one, e.g. Lab report"));
                }
            };
            MainViewModel model = Windows.open(planner, refusing, NOV_24, noCalendars(planner));

            model.load();

            assertThat(model.statusProperty().get()).isEqualTo("The title is empty: give one, e.g. Lab report.");
            assertThat(Files.readString(log)).isEmpty();
        } finally {
            Logs.stop();
        }
    }

    @Test
    void coursesAndCommitmentsAreCheckedThenAddedAndUndone() {
        Planner planner = planner();
        MainViewModel model = sampleModel(planner);
        assertThat(model.checkCourse("cs-101", "Again", 3, org.courseplanner.domain.Delivery.SYNC)).contains("already a course \"CS 101\"");
        assertThat(model.checkCourse("ECON 101", "", 3, org.courseplanner.domain.Delivery.SYNC)).startsWith("The title is empty");
        assertThat(model.checkCommitment("Gym", "MO,XX", "7:00", "8:00")).contains("not a day of the week");
        assertThat(model.checkCommitment("Gym", "MO,FR", "7 am", "8:00")).contains("HH:MM");
        assertThat(model.checkCommitment("Gym", "MO,FR", "7:00", "8:00")).isEmpty();

        model.addCommitment("Gym", "MO,FR", "7:00", "8:00");
        model.addCourse("ECON 101", "Microeconomics", 3, org.courseplanner.domain.Delivery.SYNC);
        assertThat(model.treeProperty().get()).extracting(PlanTreeNode::label).contains("ECON 101  Microeconomics");
        assertThat(planner.plan(null).commitments()).extracting(c -> c.title() + " " + c.pattern().describe())
                .contains("Gym MO,FR 07:00-08:00");
        model.undo().undo();
        model.undo().undo();
        assertThat(planner.plan(null).courses()).noneMatch(c -> c.code().equals("ECON 101"));
        assertThat(planner.plan(null).commitments()).noneMatch(c -> c.title().equals("Gym"));
    }

    @Test
    void anEmptyPlanSaysHowToAddATerm() {
        Planner planner = planner();
        MainViewModel model = Windows.open(planner, BackgroundTasks.direct(), NOV_24, noCalendars(planner));
        model.load();
        assertThat(model.terms()).isEmpty();
        assertThat(model.emptyMessageProperty().get()).contains("term add");
    }

    @Test
    void choosingAnotherTermLoadsIt() {
        Planner planner = planner();
        SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        SampleTerm.addTo(planner, LocalDate.of(2027, 2, 1));
        MainViewModel model = Windows.open(planner, BackgroundTasks.direct(), NOV_24, noCalendars(planner));
        model.load();
        model.selectedTermProperty().set(model.terms().stream().filter(t -> t.name().equals("Spring 2027")).findFirst().orElseThrow());
        assertThat(model.summary()).anyMatch(line -> line.startsWith("Spring break"));
    }

    @Test
    void deletingACourseTakesAllItHoldsAndUndoPutsItAllBack() {
        Planner planner = planner();
        MainViewModel model = sampleModel(planner);
        var before = planner.plan(null);
        var bio = before.course("BIO 120").orElseThrow();
        PlanTreeNode node = model.treeProperty().get().stream().filter(n -> n.label().startsWith("BIO 120")).findFirst().orElseThrow();

        model.remove(node);
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(planner.plan(null).course("BIO 120")).isEmpty();
        assertThat(model.treeProperty().get()).noneMatch(n -> n.label().startsWith("BIO 120"));

        model.undo().undo();
        assertThat(model.messageProperty().get()).isEmpty();
        var after = planner.plan(null);
        var again = after.course("BIO 120").orElseThrow();
        assertThat(after.sessionsOf(again)).extracting(s -> s.kind() + " " + s.pattern().describe())
                .containsExactlyInAnyOrderElementsOf(before.sessionsOf(bio).stream().map(s -> s.kind() + " " + s.pattern().describe()).toList());
        assertThat(after.modulesOf(again)).extracting(m -> m.title()).containsExactlyElementsOf(before.modulesOf(bio).stream().map(m -> m.title()).toList());
        assertThat(after.studyBlocks()).hasSameSizeAs(before.studyBlocks());
        assertThat(after.courses()).hasSameSizeAs(before.courses());

        assertThat(again.id()).isEqualTo(bio.id()); // the same ids: its export UIDs and earlier edits still hold
        assertThat(after.sessionsOf(again)).extracting(s -> s.id())
                .containsExactlyInAnyOrderElementsOf(before.sessionsOf(bio).stream().map(s -> s.id()).toList());

        model.undo().redo();
        assertThat(planner.plan(null).course("BIO 120")).isEmpty();
    }

    @Test
    void anEditMadeBeforeADeletionCanStillBeUndoneAfterTheDeletionIs() {
        Planner planner = planner();
        MainViewModel model = sampleModel(planner);
        var bio = planner.plan(null).course("BIO 120").orElseThrow();
        model.updateCourse(bio, new org.courseplanner.domain.Course(bio.id(), bio.termId(), bio.code(), bio.title(), 5, bio.colour(),
                bio.delivery(), bio.homeworkHours()));
        PlanTreeNode node = model.treeProperty().get().stream().filter(n -> n.label().startsWith("BIO 120")).findFirst().orElseThrow();
        model.remove(node);

        model.undo().undo(); // the deletion
        model.undo().undo(); // the credits

        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(planner.plan(null).course("BIO 120").orElseThrow().credits()).isEqualTo(bio.credits());
    }

    @Test
    void redoingAnAddKeepsTheIdSoTheEditsAfterItCanBeRedoneToo() {
        Planner planner = planner();
        MainViewModel model = sampleModel(planner);
        model.addCourse("ECON 101", "Microeconomics", 3, org.courseplanner.domain.Delivery.SYNC);
        var econ = planner.plan(null).course("ECON 101").orElseThrow();
        model.updateCourse(econ, new org.courseplanner.domain.Course(econ.id(), econ.termId(), econ.code(), "Micro", 4, econ.colour(),
                econ.delivery(), econ.homeworkHours()));

        model.undo().undo();
        model.undo().undo();
        assertThat(planner.plan(null).course("ECON 101")).isEmpty();
        model.undo().redo();
        model.undo().redo();

        assertThat(model.messageProperty().get()).isEmpty();
        var again = planner.plan(null).course("ECON 101").orElseThrow();
        assertThat(again.id()).isEqualTo(econ.id());
        assertThat(again.title()).isEqualTo("Micro");
    }

    @Test
    void undoingADeletionGivesBackTheImportLinkAndARevisionThatOnlyGrows() {
        Planner planner = planner();
        SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        var feed = new org.courseplanner.domain.CalendarImport(List.of(), List.of(new org.courseplanner.domain.CalendarImport.Deadline(
                "essay@lms", "HIST 210", "History", "Essay 9", null, java.time.LocalDateTime.of(2026, 12, 4, 23, 59))), List.of(), List.of());
        var service = new org.courseplanner.domain.CalendarImportService(planner);
        service.apply("Fall 2026", feed, false);
        long essay = repository.itemForUid("essay@lms").orElseThrow();
        service.apply("Fall 2026", feed, false); // an update: its revision, the export's SEQUENCE, goes up
        long termId = planner.plan(null).term().id();
        int revision = repository.revisions(termId).get(essay);
        MainViewModel model = Windows.open(planner, BackgroundTasks.direct(), NOV_24, noCalendars(planner));
        model.load();
        PlanTreeNode node = model.treeProperty().get().stream().flatMap(n -> java.util.stream.Stream.concat(java.util.stream.Stream.of(n), n.children().stream()))
                .filter(n -> n.id() == essay && n.kind() == org.courseplanner.domain.ItemKind.MODULE && !n.template()).findFirst()
                .orElseThrow(() -> new AssertionError("no line for module " + essay + " in " + model.treeProperty().get()));

        model.remove(node);
        assertThat(repository.itemForUid("essay@lms").flatMap(repository::find)).isEmpty();
        model.undo().undo();

        assertThat(repository.itemForUid("essay@lms")).contains(essay);
        assertThat(repository.revisions(termId).get(essay)).isGreaterThan(revision);
        // the same feed again changes the essay and adds no copy of it
        var again = service.apply("Fall 2026", feed, false);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(planner.plan(null).modules()).filteredOn(m -> m.title().equals("Essay 9")).hasSize(1);
    }

    /** The view model on the sample fall term, read. */
    private static MainViewModel sampleModel(Planner planner) {
        SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        MainViewModel model = Windows.open(planner, BackgroundTasks.direct(), NOV_24, noCalendars(planner));
        model.load();
        return model;
    }

    /** The view model's iCalendar files, for tests that do not export or import. */
    static org.courseplanner.domain.CalendarFiles noCalendars(Planner planner) {
        return new org.courseplanner.domain.CalendarFiles(planner, (plan, uid, revisions, options, out) -> {
            throw new UnsupportedOperationException("no export in this test");
        }, (in, term) -> {
            throw new UnsupportedOperationException("no import in this test");
        });
    }
}

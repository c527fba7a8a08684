package org.courseplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.ManualDelays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window and another writer of the same plan file (a second window, the command line): the
 * window's saves and undos never put back, unnoticed, what the other one changed, and the window
 * shows the other one's changes without being asked.
 */
class EditsMadeElsewhereTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));

    @TempDir
    Path dir;
    private SqlitePlanRepository windowStore;
    private SqlitePlanRepository otherStore;
    private Planner window;
    /** The other writer: a connection of its own to the same file, as another process has. */
    private Planner elsewhere;
    private MainViewModel model;
    private final int[] reads = {0};

    @BeforeEach
    void open() {
        windowStore = SqlitePlanRepository.open(dir.resolve("plan.db"));
        window = new Planner(windowStore, NOV_24);
        SampleTerm.addTo(window, LocalDate.of(2026, 11, 24));
        otherStore = SqlitePlanRepository.open(dir.resolve("plan.db"));
        elsewhere = new Planner(otherStore, NOV_24);
        model = Windows.open(window, BackgroundTasks.direct(), NOV_24, MainViewModelTest.noCalendars(window));
        model.loadingProperty().addListener((obs, was, now) -> {
            if (now) {
                reads[0]++;
            }
        });
        model.load();
    }

    @AfterEach
    void close() {
        otherStore.close();
        windowStore.close();
    }

    @Test
    void aFormSavedOnACourseChangedElsewhereIsRefusedAndTheOtherChangeKept() {
        Course shown = shownCourse("CS 101");
        Course theirs = elsewhere.changeCourse(withCredits(stored("CS 101"), stored("CS 101").credits() + 1));

        model.updateCourse(shown, withTitle(shown, "Programming I")); // the form, opened before, still showed 3 credits

        assertThat(stored("CS 101")).isEqualTo(theirs);
        assertThat(model.messageProperty().get()).isEqualTo("The course CS 101 was changed in another window or by a command since it"
                + " was shown here: nothing was changed, so that change is kept; look at it again and make yours on what it is now.");
        assertThat(model.undo().canUndoProperty().get()).as("a refused change is not on the undo history").isFalse();
        // the window read the plan again: the form opened now shows the other change, and saves
        Course again = shownCourse("CS 101");
        assertThat(again).isEqualTo(theirs);
        model.updateCourse(again, withTitle(again, "Programming I"));
        assertThat(stored("CS 101")).isEqualTo(withTitle(theirs, "Programming I"));
    }

    @Test
    void undoIsRefusedOnAnItemChangedElsewhereSinceAndRedoAfterAnUndoWorks() {
        Course shown = shownCourse("CS 101");
        model.updateCourse(shown, withTitle(shown, "Programming I"));
        model.undo().undo();
        assertThat(stored("CS 101")).isEqualTo(shown);
        model.undo().redo();
        assertThat(stored("CS 101").title()).isEqualTo("Programming I");

        Course theirs = elsewhere.changeCourse(withCredits(stored("CS 101"), stored("CS 101").credits() + 1));
        model.undo().undo();

        assertThat(stored("CS 101")).as("the undo would have put back 3 credits and the old title").isEqualTo(theirs);
        assertThat(model.messageProperty().get()).contains("was changed in another window or by a command");
        assertThat(model.undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void undoingAnAddedCourseIntoWhichAnotherWriterPutASessionKeepsBoth() {
        model.addCourse("ECON 101", "Microeconomics", 3, org.courseplanner.domain.Delivery.SYNC);
        SyncSession theirs = elsewhere.addSession("Fall 2026", "ECON 101", SessionKind.LECTURE, org.courseplanner.domain.WeeklyPattern.unplaced(),
                "Room 1");

        model.undo().undo();

        assertThat(elsewhere.plan((String) null).course("ECON 101")).isPresent();
        assertThat(elsewhere.plan((String) null).session(theirs.id())).isPresent();
        assertThat(model.messageProperty().get()).isEqualTo("The course ECON 101 now holds 1 item added in another window or by a"
                + " command, so it is kept: delete it yourself if you want it gone.");

        // untouched by anyone else, an add is taken back as before
        model.addCourse("ECON 102", "Macroeconomics", 3, org.courseplanner.domain.Delivery.SYNC);
        model.undo().undo();
        assertThat(elsewhere.plan((String) null).course("ECON 102")).isEmpty();
        model.undo().redo();
        assertThat(elsewhere.plan((String) null).course("ECON 102")).isPresent();
    }

    @Test
    void aSessionEditedFromTheWeekIsRefusedWhenItWasMovedElsewhere() {
        SyncSession shown = window.plan((String) null).sessions().stream().filter(s -> s.location() != null).findFirst().orElseThrow();
        SyncSession theirs = elsewhere.changeSession(new SyncSession(shown.id(), shown.courseId(), shown.kind(),
                shown.pattern().withTimes(shown.pattern().start().plusHours(1), shown.pattern().end().plusHours(1)), shown.location(),
                shown.sectionFacts()));

        Windows.week(model).edit(shown, SessionKind.SEMINAR, "Room 9");

        assertThat(theirs).isNotEqualTo(shown);
        assertThat(window.plan((String) null).session(shown.id())).contains(theirs);
        assertThat(model.messageProperty().get()).contains("was changed in another window or by a command");
    }

    @Test
    void theWindowShowsWhatAnotherWriterSavedWithinOneLookAndReadsNothingWhileNoneDoes() {
        ManualDelays delays = new ManualDelays();
        model.watchOtherProcesses(delays, Duration.ofSeconds(2));
        delays.advance(Duration.ZERO); // the first look: what the plan is at now
        int reads = loads();
        delays.advance(Duration.ofSeconds(10));
        assertThat(loads()).as("nothing changed: the plan is not read again").isEqualTo(reads);

        model.updateCourse(shownCourse("CS 101"), withTitle(shownCourse("CS 101"), "Mine")); // the window's own save
        int afterOwn = loads();
        delays.advance(Duration.ofSeconds(4));
        assertThat(loads()).as("its own saves do not make the window read twice").isEqualTo(afterOwn);

        elsewhere.addCourse("Fall 2026", "ECON 101", "Microeconomics", 3, null, org.courseplanner.domain.Delivery.SYNC, null);
        delays.advance(Duration.ofSeconds(2));

        assertThat(model.treeProperty().get()).extracting(PlanTreeNode::label).contains("ECON 101  Microeconomics");
        model.stopWatching();
        elsewhere.addCourse("Fall 2026", "ECON 102", "Macroeconomics", 3, null, org.courseplanner.domain.Delivery.SYNC, null);
        delays.advance(Duration.ofSeconds(10));
        assertThat(model.treeProperty().get()).extracting(PlanTreeNode::label).doesNotContain("ECON 102  Macroeconomics");
    }

    @Test
    void aFormSavedAfterTheCommandLineChangedTheCourseInAnotherProcessKeepsTheCommandLinesChange() throws Exception {
        Course shown = shownCourse("CS 101");
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.courseplanner.app.Launcher", "--db", dir.resolve("plan.db").toString(),
                "course", "set", "CS 101", "--credits", "5", "--term", "Fall 2026")
                .redirectErrorStream(true).redirectOutput(dir.resolve("cli.txt").toFile())
                .directory(dir.toFile()).start();
        cli.getOutputStream().close();
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(Files.readString(dir.resolve("cli.txt"))).isZero();

        model.updateCourse(shown, withTitle(shown, "Programming I"));

        assertThat(stored("CS 101").credits()).isEqualTo(5);
        assertThat(shown.credits()).isNotEqualTo(5);
        assertThat(stored("CS 101").title()).isEqualTo(shown.title());
        assertThat(model.messageProperty().get()).contains("was changed in another window or by a command");
    }

    /** How often the window has read the plan so far (each read shows "loading" until it is done). */
    private int loads() {
        return reads[0];
    }

    private Course shownCourse(String code) {
        return model.itemOf(model.treeProperty().get().stream().filter(n -> n.label().startsWith(code + "  ")).findFirst().orElseThrow())
                .map(Course.class::cast).orElseThrow();
    }

    private Course stored(String code) {
        return elsewhere.plan((String) null).requireCourse(code);
    }

    private static Course withTitle(Course c, String title) {
        return new Course(c.id(), c.termId(), c.code(), title, c.credits(), c.colour(), c.delivery(), c.homeworkHours());
    }

    private static Course withCredits(Course c, double credits) {
        return new Course(c.id(), c.termId(), c.code(), c.title(), credits, c.colour(), c.delivery(), c.homeworkHours());
    }

}

package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.study.StudyPlanning;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.main.StudyTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** "Plan study time" in the real window, headless: the button, the blocks on the week, one Ctrl+Z; the dialog when it does not fit. */
class StudyPlanWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** A plan with an online module due on {@code due} that takes {@code effortHours} a week, opened on Monday Oct 12, 2026 at 1024×700. */
    private Stage open(DayOfWeek due, double effortHours) throws Exception {
        return open(due, effortHours, planner -> { });
    }

    private Stage open(DayOfWeek due, double effortHours, java.util.function.Consumer<Planner> then) throws Exception {
        return open(due, effortHours, org.courseplanner.domain.Term.DEFAULT_DAILY_CAP_HOURS, then);
    }

    /** The app's clock with --today=2026-10-12: noon in this computer's zone. */
    private static final Clock TODAY = Clock.fixed(java.time.LocalDate.of(2026, 10, 12).atTime(12, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant(), java.time.ZoneId.systemDefault());

    private Stage open(DayOfWeek due, double effortHours, double dailyCapHours, java.util.function.Consumer<Planner> then) throws Exception {
        Path db = dir.resolve("planner.db");
        try (SqlitePlanRepository store = SqlitePlanRepository.open(db)) {
            Planner planner = new Planner(store, TODAY);
            StudyTerms.online(planner, due, effortHours, dailyCapHours);
            then.accept(planner);
        }
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "window.width=1024\nwindow.height=700\n"); // the smallest window the toolbar must fit
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CoursePlannerApp.class, "--db=" + db, "--today=2026-10-12", "--settings=" + settings);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> NothingCutTest.main().isPresent()
                && !robot.lookup(".block").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return NothingCutTest.main().orElseThrow();
    }

    private int plannedInStore() {
        try (SqlitePlanRepository store = SqlitePlanRepository.open(dir.resolve("planner.db"))) {
            return (int) new Planner(store, Clock.systemUTC()).plan(StudyTerms.TERM).studyBlocks().stream().filter(StudyBlock::auto).count();
        }
    }

    private List<Node> plannedOnTheWeek() {
        return List.copyOf(robot.lookup(".block.auto-placed").queryAll().stream().filter(Node::isVisible).toList());
    }

    private Button planButton() {
        return robot.lookup(".plan-study").queryButton();
    }

    @Test
    void theButtonPlacesTheModulesHoursOnTheWeekAndOneCtrlZTakesThemAllBack() throws Exception {
        Stage main = open(DayOfWeek.SUNDAY, 4);
        Button plan = planButton();
        Bounds button = plan.localToScene(plan.getLayoutBounds());
        Node week = main.getScene().lookup(".week-view");
        Bounds weekBounds = week.localToScene(week.getLayoutBounds());
        assertThat(button.getMinX()).as("the button's left edge, in a 1024 px window").isGreaterThanOrEqualTo(weekBounds.getMinX());
        assertThat(button.getMaxX()).as("the button's right edge, in a 1024 px window").isLessThanOrEqualTo(weekBounds.getMaxX() + 0.5);
        assertThat(NothingCutTest.cut(main.getScene().getRoot())).isEmpty();
        assertThat(plannedOnTheWeek()).isEmpty();

        robot.clickOn(plan);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !plannedOnTheWeek().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        int stored = plannedInStore();
        assertThat(stored).as("nine module weeks from now on, each in blocks").isGreaterThanOrEqualTo(9);
        assertThat(plannedOnTheWeek()).allSatisfy(b -> assertThat(b.getAccessibleText()).startsWith("HIST 210 Module 7")
                .contains("Placed by the study planner"));
        assertThat(ContrastTest.lowContrast("planned week", main.getScene().getRoot())).as("the planned blocks' text on their stripes").isEmpty();
        Label status = robot.lookup(".status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Placed " + stored + " study blocks (36 h) in Fall 2026.");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plannedOnTheWeek().isEmpty());
        assertThat(plannedInStore()).as("one Ctrl+Z took every block of the run").isZero();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !plannedOnTheWeek().isEmpty());
        assertThat(plannedInStore()).as("redo puts them all back").isEqualTo(stored);
    }

    @Test
    void whenTheHoursDoNotFitADialogNamesTheShortWeeksChangesNothingAndPlacesWhatFitsWhenAsked() throws Exception {
        Stage main = open(DayOfWeek.TUESDAY, 40);

        robot.clickOn(planButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> NothingCutTest.dialog(main).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = NothingCutTest.dialog(main).orElseThrow();

        assertThat(pane.getHeaderText()).isEqualTo("Not all study time fits, so nothing was changed");
        List<String> lines = pane.lookupAll(".study-plan-line").stream().map(n -> ((Label) n).getText()).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Week 7 (Oct 12–18): HIST 210 Module 7 needs ").contains(" short."))
                .anySatisfy(l -> assertThat(l).startsWith("Place what fits places "));
        assertThat(NothingCutTest.cut(pane)).as("texts cut in the dialog").isEmpty();
        assertThat(plannedInStore()).as("nothing changed yet").isZero();
        assertThat(plannedOnTheWeek()).isEmpty();

        robot.clickOn("Place what fits");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !plannedOnTheWeek().isEmpty());
        assertThat(plannedInStore()).isPositive();
        assertThat(robot.lookup(".status").queryAs(Label.class).getText()).startsWith("Not all study time fits; placed ");
    }

    @Test
    void aFindingOnPlannedStudyOffersRePlanStudyTimeWhichMovesThePlannedBlocksOutOfTheWay() throws Exception {
        Stage main = open(DayOfWeek.SUNDAY, 4, planner -> {
            new StudyPlanning(planner, TODAY).run(StudyTerms.TERM, null, null, false, false, () -> false);
            StudyBlock first = planner.plan(StudyTerms.TERM).studyBlocks().stream().min(Comparator.comparing(StudyBlock::start)).orElseThrow();
            // a shift moved onto the first planned block's time, every week
            planner.addCommitment(StudyTerms.TERM, "Café shift", WeeklyPattern.weekly(EnumSet.of(first.start().getDayOfWeek()),
                    first.start().toLocalTime(), first.end().toLocalTime()), null);
        });
        ListView<Finding> findings = robot.lookup(".findings").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findings.getItems().stream().anyMatch(f -> f.rule().equals("study-overlap")));
        int before = plannedInStore();
        Node cell = robot.lookup(".findings .list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() instanceof Finding f
                && f.rule().equals("study-overlap")).query();

        assertThat(((ListCell<?>) cell).getContextMenu()).as("its context menu").isNotNull();
        assertThat(robot.lookup(".findings .finding-action").match(Node::isVisible).queryAll()).as("the findings that offer it")
                .allSatisfy(link -> assertThat(((javafx.scene.control.Hyperlink) link).getText()).isEqualTo("Re-plan study time"))
                .hasSizeLessThanOrEqualTo((int) findings.getItems().stream().filter(f -> f.rule().startsWith("study-")).count());

        robot.clickOn(robot.lookup(".findings .finding-action").match(Node::isVisible).queryAs(javafx.scene.control.Hyperlink.class));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> findings.getItems().stream().noneMatch(f -> f.rule().equals("study-overlap")));
        assertThat(robot.lookup(".status").queryAs(Label.class).getText()).startsWith("Placed ").contains(" and moved ");
        assertThat(plannedInStore()).as("the module's hours, all planned still").isGreaterThanOrEqualTo(before);
        assertThat(main.isShowing()).isTrue();
    }

    @Test
    void notesOnWhatWasPlacedShowInADialogUnderWhatWasPlaced() throws Exception {
        Stage main = open(DayOfWeek.SUNDAY, 20, 2, planner -> { }); // 20 h a week cannot stay under 2 h a day

        robot.clickOn(planButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> NothingCutTest.dialog(main).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = NothingCutTest.dialog(main).orElseThrow();

        assertThat(pane.getHeaderText()).startsWith("Placed ").contains(" study blocks (").endsWith("Edit ▸ Undo takes them back.");
        assertThat(pane.lookupAll(".study-plan-line").stream().map(n -> ((Label) n).getText()))
                .anySatisfy(l -> assertThat(l).startsWith("Note: ").contains("over your daily cap of 2 h"));
        assertThat(NothingCutTest.cut(pane)).as("texts cut in the notes").isEmpty();
        assertThat(plannedOnTheWeek()).isNotEmpty();
    }
}

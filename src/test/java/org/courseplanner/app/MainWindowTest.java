package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.ui.main.PlanTreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real window, headless, on a fresh plan file, as a student's first run does. The Dragboard
 * drop runs first: under Monocle 17.0.10 a drag after earlier mouse work in the same JVM can die in
 * glass's View.notifyDragLeave (dropTargetAssistant is null).
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class MainWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    private void open(String... parameters) throws Exception {
        FxToolkit.registerPrimaryStage();
        String[] withToday = java.util.Arrays.copyOf(parameters, parameters.length + 2);
        withToday[parameters.length] = "--today=2026-11-24"; // a Tuesday of the sample fall term, in Thanksgiving week
        withToday[parameters.length + 1] = "--settings=" + dir.resolve("settings.properties");
        app = FxToolkit.setupApplication(CoursePlannerApp.class, withToday);
        // the window shows at once and opens its plan behind it: wait for its views, or a dialog saying why not
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w.getScene() != null && !(w.getScene().getRoot() instanceof Label)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        CoursePlannerApp.fileAskerForTests = null;
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** Answers every file chooser with these files, in turn, as a student would pick them. */
    private static void answerFileChoosers(Path... files) {
        java.util.Deque<Path> answers = new java.util.ArrayDeque<>(List.of(files));
        CoursePlannerApp.fileAskerForTests = new org.courseplanner.ui.common.FileAsker() {
            @Override
            public java.util.Optional<Path> toOpen(Window owner, String title, Kind kind) {
                return java.util.Optional.ofNullable(answers.poll());
            }

            @Override
            public java.util.Optional<Path> toSave(Window owner, String title, Kind kind, String suggestedName) {
                return java.util.Optional.ofNullable(answers.poll());
            }
        };
    }

    private void menu(String menu, String item) {
        robot.clickOn(menu);
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage mainStage() {
        return (Stage) robot.listWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .filter(w -> "Course Planner".equals(((Stage) w).getTitle())).findFirst().orElseThrow();
    }

    private static List<String> labels(TreeItem<PlanTreeNode> root) {
        List<String> labels = new ArrayList<>();
        for (TreeItem<PlanTreeNode> course : root.getChildren()) {
            labels.add(course.getValue().label());
        }
        return labels;
    }

    @Test
    void firstRunShowsTheSampleTerm() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);

        assertThat(mainStage().getTitle()).isEqualTo("Course Planner");
        assertThat(mainStage().getIcons()).singleElement().satisfies(icon -> {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> icon.getProgress() == 1);
            assertThat(icon.isError()).isFalse();
            assertThat(icon.getWidth()).isGreaterThanOrEqualTo(48);
        });
        ComboBox<Term> picker = robot.lookup(".combo-box").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.getValue() != null);
        assertThat(picker.getValue().name()).isEqualTo("Fall 2026");

        TreeView<PlanTreeNode> tree = robot.lookup(".tree-view").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tree.getRoot().getChildren().isEmpty());
        assertThat(labels(tree.getRoot())).anyMatch(l -> l.startsWith("CS 101")).anyMatch(l -> l.startsWith("HIST 210"))
                .contains("My commitments");

        ListView<Finding> findings = robot.lookup(".findings").query();
        // one clash and one heavy week: what the planner finds, without alarming a newcomer
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findings.getItems().size() == 2);
        assertThat(findings.getItems()).extracting(Finding::rule).containsExactlyInAnyOrder("session-overlap", "weekly-peak");
        assertThat(Files.exists(db)).isTrue();
    }

    @Test
    void theSidePanelsHideAndComeBackFromTheViewMenuAndTheWeekTakesTheirRoom() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".block").queryAll().isEmpty());
        javafx.scene.layout.Region week = robot.lookup(".week-scroll").query();
        javafx.scene.control.SplitPane panes = robot.lookup(".main-panes").query();
        double before = week.getWidth();
        assertThat(panes.getItems()).hasSize(3);

        robot.clickOn("View").clickOn("Courses panel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".sidebar").tryQuery()).as("the courses panel is hidden").isEmpty();
        robot.clickOn("View").clickOn("Findings and workload panel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".side-panel").tryQuery()).as("the findings panel is hidden").isEmpty();
        assertThat(panes.getItems()).hasSize(1);
        assertThat(week.getWidth()).as("the week takes the room").isGreaterThan(before + 400);

        robot.clickOn("View").clickOn("Courses panel");
        robot.clickOn("View").clickOn("Findings and workload panel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panes.getItems()).hasSize(3);
        assertThat(panes.getItems().get(0).getStyleClass()).contains("sidebar");
        assertThat(panes.getItems().get(2).getStyleClass()).contains("side-panel");
        assertThat(week.getWidth()).as("back to about its width").isBetween(before - 40, before + 40);
    }

    @Test
    void theWeekCalendarShowsClassesAndMovesByWeeks() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        Label title = robot.lookup(".week-title").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.getText().startsWith("Week "));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".block").queryAll().isEmpty());
        String before = title.getText();
        java.util.List<String> blocksBefore = shownBlocks();
        robot.clickOn("▶");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isNotEqualTo(before).startsWith("Week ");
        assertThat(shownBlocks()).as("the next week's blocks, in nodes kept from this week").isNotEqualTo(blocksBefore);
        robot.clickOn("Today");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isEqualTo(before);
        assertThat(shownBlocks()).as("the same blocks again, each once").isEqualTo(blocksBefore);

        javafx.scene.Node lecture = mondayLecture();
        robot.moveTo(lecture);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()));
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()).findFirst().orElseThrow();
        assertThat(tip.getText()).as("the hovered block's tooltip").isEqualTo(lecture.getAccessibleText()).startsWith("CS 101 Lecture\n");
        robot.clickOn("My time");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".block").queryAll()).isNotEmpty();
    }

    /** What the week's block nodes say, sorted: the blocks shown. */
    private java.util.List<String> shownBlocks() {
        return robot.lookup(".block").queryAll().stream().filter(javafx.scene.Node::isVisible).map(javafx.scene.Node::getAccessibleText)
                .sorted().toList();
    }

    /** The sample's CS 101 lecture block on Monday of today's week. */
    private javafx.scene.Node mondayLecture() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".block").queryAll().isEmpty());
        return robot.lookup(".block").match(n -> n.getAccessibleText() != null && n.getAccessibleText().startsWith("CS 101 Lecture\n")
                && n.getAccessibleText().contains("10:")).queryAll().stream()
                .min(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getX())).orElseThrow();
    }

    /** The first column of the first row of a query on the plan file, read as the sqlite3 shell would. */
    private static String sql(Path db, String query) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var rs = c.createStatement().executeQuery(query)) {
            return rs.getString(1);
        }
    }

    private static String lectureInDatabase(Path db) throws Exception {
        return sql(db, "SELECT days || ' ' || start_time || '-' || end_time FROM sync_session s"
                + " JOIN course c ON c.id = s.course_id WHERE c.code = 'CS 101' AND s.kind = 'lecture'");
    }

    @Test
    void draggingALectureMovesItEveryWeekAndUndoPutsItBack() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        javafx.scene.Node lecture = mondayLecture();
        // one hour down: 44 px per hour
        robot.drag(lecture, javafx.scene.input.MouseButton.PRIMARY).moveBy(0, 22).moveBy(0, 22).drop();
        robot.clickOn("Every week");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lectureInDatabase(db).equals("MO,WE 11:00-12:15"));

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lectureInDatabase(db).equals("MO,WE 10:00-11:15"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lectureInDatabase(db).equals("MO,WE 11:00-12:15"));
    }

    @Test
    void aDropOnABreakIsRefusedAndChangesNothing() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        robot.clickOn("Today"); // the week of Nov 24: the Thanksgiving break starts on Wednesday
        javafx.scene.Node lecture = mondayLecture();
        double day = (lecture.getScene().getWidth() > 0 ? robot.lookup(".day-header").queryAll().stream()
                .mapToDouble(n -> n.getBoundsInParent().getWidth()).max().orElse(90) : 90);
        robot.drag(lecture, javafx.scene.input.MouseButton.PRIMARY).moveBy(day, 0).moveBy(day, 0).moveBy(day, 0).drop(); // to Thursday
        robot.clickOn("This week only");
        Label message = robot.lookup(".refusal").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().contains("Thanksgiving break"));
        assertThat(lectureInDatabase(db)).isEqualTo("MO,WE 10:00-11:15");
    }

    @Test
    void theKeyboardLengthensAndMovesAClass() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        robot.clickOn(mondayLecture());
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.DOWN)
                .release(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lectureInDatabase(db).equals("MO,WE 10:00-11:30"));

        robot.sleep(800); // two quick clicks on a block are a double click, which opens its editor
        robot.clickOn(mondayLecture());
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.DOWN)
                .release(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.ALT);
        robot.clickOn("Every week");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lectureInDatabase(db).equals("MO,WE 10:15-11:45"));
    }

    @Test
    void whileDraggingTheTargetTimeShowsAndTheBlocksInTheWayLightUp() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        javafx.scene.Node lecture = mondayLecture();
        var drag = robot.drag(lecture, javafx.scene.input.MouseButton.PRIMARY).moveBy(0, 22).moveBy(0, 22);
        Label ghost = robot.lookup(".drag-ghost").query();
        assertThat(ghost.getText()).isEqualTo("Mon 23 11:00–12:15");
        assertThat(robot.lookup(".would-conflict").queryAll()).isNotEmpty(); // the MATH 200 tutorial at 11:00
        drag.drop();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lectureInDatabase(db)).isEqualTo("MO,WE 10:00-11:15");
        assertThat(robot.lookup(".drag-ghost").queryAll()).isEmpty();
    }

    @Test
    void deleteRemovesAClassAndUndoBringsItBack() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        robot.clickOn(mondayLecture());
        robot.type(javafx.scene.input.KeyCode.DELETE);
        javafx.scene.control.Button every = robot.lookup((javafx.scene.control.Button b) -> b.getText().startsWith("Every week ("))
                .queryButton();
        assertThat(every.getText()).matches("Every week \\(\\d+ classes\\)");
        robot.clickOn(every);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> countLectures(db) == 0);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> countLectures(db) == 1);
        assertThat(lectureInDatabase(db)).isEqualTo("MO,WE 10:00-11:15");
    }

    @Test
    void deletingOneClassOfAWeeklyLectureSkipsThatDateOnlyAndTheKeyboardCanDoIt() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        javafx.scene.Node lecture = mondayLecture();
        String monday = sql(db, "SELECT date('2026-11-24', 'weekday 1', '-7 days')"); // the week shown: Nov 23
        robot.clickOn(lecture);
        robot.type(javafx.scene.input.KeyCode.DELETE);
        robot.lookup("This class only").queryButton(); // the question is asked
        robot.type(javafx.scene.input.KeyCode.ENTER); // the first button, "This class only", has the focus
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> skippedLectureDates(db).equals(monday));
        assertThat(countLectures(db)).isEqualTo(1);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> skippedLectureDates(db).isEmpty());
    }

    @Test
    void editDeleteOnAChosenClassAsksAsItsDeleteKeyDoes() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        robot.clickOn(mondayLecture());
        menu("Edit", "Delete");
        robot.clickOn(robot.lookup("This class only").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !skippedLectureDates(db).isEmpty());
        assertThat(countLectures(db)).isEqualTo(1);
    }

    private static String skippedLectureDates(Path db) throws Exception {
        String dates = sql(db, "SELECT group_concat(d.date) FROM skipped_date d JOIN sync_session s ON s.id = d.item_id"
                + " JOIN course c ON c.id = s.course_id WHERE c.code = 'CS 101' AND s.kind = 'lecture'");
        return dates == null ? "" : dates;
    }

    private static int countLectures(Path db) throws Exception {
        return Integer.parseInt(sql(db, "SELECT count(*) FROM sync_session s JOIN course c ON c.id = s.course_id"
                + " WHERE c.code = 'CS 101' AND s.kind = 'lecture'"));
    }

    @Test
    void aConflictingDropMarksBothBlocks() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        mondayLecture();
        javafx.scene.Node physics = robot.lookup(".block").match(n -> n.getAccessibleText() != null
                && n.getAccessibleText().startsWith("PHYS 150 Lecture\n") && n.getAccessibleText().contains("2026-11-23")).query();
        assertThat(physics.getStyleClass()).doesNotContain("block-conflict");
        robot.drag(physics, javafx.scene.input.MouseButton.PRIMARY).moveBy(0, -44).moveBy(0, -44).moveBy(0, -44).drop(); // 13:00 → 10:00
        robot.clickOn("This week only");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".block-conflict").match(n -> n.getAccessibleText() != null
                && n.getAccessibleText().startsWith("PHYS 150 Lecture\n")).tryQuery().isPresent());
        java.util.Set<javafx.scene.Node> marked = robot.lookup(".block-conflict").queryAll();
        assertThat(marked).anyMatch(n -> n.getAccessibleText().startsWith("CS 101 Lecture\n") && n.getAccessibleText().contains("2026-11-23"));
    }

    @Test
    void aCourseTheCommandLineAddsInAnotherProcessShowsInTheOpenWindow() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        TreeView<PlanTreeNode> tree = robot.lookup(".tree-view").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> labels(tree.getRoot()).stream().anyMatch(l -> l.startsWith("CS 101")));
        ProcessBuilder cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--db", db.toString(),
                "course", "add", "ECON 101", "--title", "Microeconomics", "--term", "Fall 2026");
        ChildProcess.Run added = ChildProcess.run(cli, dir);
        assertThat(added.exitCode()).as(added.out() + added.err()).isZero();

        // nothing asked of the window: it looks at the plan every 2 s
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> labels(tree.getRoot()).contains("ECON 101  Microeconomics"));
    }

    @Test
    void aCourseIsAddedFromTheWindowAndABadOneIsExplained() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        mondayLecture();
        robot.clickOn("+ Course");
        robot.clickOn(".text-field").write("cs101");
        robot.type(javafx.scene.input.KeyCode.TAB).write("Again");
        robot.clickOn("OK");
        Label problem = robot.lookup(".refusal").match(n -> n.getScene() != null && n.getScene().getWindow() != mainStage()).query();
        assertThat(problem.getText()).contains("already a course \"CS 101\"");
        javafx.scene.control.TextField code = robot.lookup(".text-field").query();
        robot.interact(() -> code.setText(""));
        robot.clickOn(code).write("ECON 101");
        javafx.scene.control.TextField title = robot.lookup(".text-field").nth(1).query();
        robot.interact(() -> title.setText(""));
        robot.clickOn(title).write("Microeconomics");
        robot.clickOn("OK");
        TreeView<PlanTreeNode> tree = robot.lookup(".tree-view").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> labels(tree.getRoot()).contains("ECON 101  Microeconomics"));
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void draggingATbaSessionFromTheTreeOntoTheCalendarPlacesIt() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        mondayLecture(); // the week is drawn
        javafx.scene.Node officeHours = robot.lookup(".tree-cell").match(n -> n instanceof javafx.scene.control.TreeCell<?> cell
                && cell.getItem() instanceof PlanTreeNode node && node.label().equals("Office hours")).query();
        javafx.scene.Node tuesday = robot.lookup(".day-header").match(n -> ((Label) n).getText().startsWith("Tue")).query();
        javafx.scene.layout.Pane body = robot.lookup(".week-body").query();
        double x = tuesday.localToScreen(tuesday.getBoundsInLocal()).getCenterX();
        javafx.geometry.Point2D tenOClock = new javafx.geometry.Point2D(x, body.localToScreen(0, 10 * 44 + 5).getY());
        // grab the label near the cell's left end: a tree cell is as wide as its text, wider than the visible tree
        var cell = officeHours.localToScreen(officeHours.getBoundsInLocal());
        org.testfx.api.FxRobotInterface dragging = robot.drag(new javafx.geometry.Point2D(cell.getMinX() + 70, cell.getCenterY()),
                javafx.scene.input.MouseButton.PRIMARY).moveBy(10, 0).moveBy(10, 0);
        dragging.interact(() -> dragging.dropTo(tenOClock)); // TestFX#648: a Dragboard drop under Monocle
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "TU 10:00-11:15".equals(
                sql(db, "SELECT days || ' ' || start_time || '-' || end_time FROM sync_session WHERE kind = 'office-hours'")));
    }

    @Test
    void arrowsWalkFromClassToClass() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        robot.clickOn(mondayLecture());
        robot.type(javafx.scene.input.KeyCode.DOWN); // the next class on Monday: the MATH 200 tutorial at 11:00
        javafx.scene.Node focused = robot.targetWindow(mainStage()).lookup(".block").match(javafx.scene.Node::isFocused).query();
        assertThat(focused.getAccessibleText()).startsWith("MATH 200 Tutorial\n");
        robot.type(javafx.scene.input.KeyCode.RIGHT); // Tuesday, nearest in time
        focused = robot.lookup(".block").match(javafx.scene.Node::isFocused).query();
        assertThat(focused.getAccessibleText()).contains("2026-11-24");
    }

    @Test
    void enterEditsWhereAClassMeets() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        robot.clickOn(mondayLecture());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        javafx.scene.control.TextField where = robot.lookup(".text-field").match(n -> n.getScene().getWindow() != mainStage()).query();
        robot.interact(() -> where.setText("https://zoom.us/j/42"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "https://zoom.us/j/42".equals(sql(db,
                "SELECT location FROM sync_session s JOIN course c ON c.id = s.course_id WHERE c.code = 'CS 101' AND s.kind = 'lecture'")));
    }

    @Test
    void draggingTheBottomEdgeChangesWhereAClassEnds() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        var bounds = mondayLecture().localToScreen(mondayLecture().getBoundsInLocal());
        robot.drag(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getMaxY() - 2), javafx.scene.input.MouseButton.PRIMARY)
                .moveBy(0, 11).moveBy(0, 11).drop(); // half an hour further down: 22 px
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lectureInDatabase(db).equals("MO,WE 10:00-11:45"));
    }

    @Test
    void sessionAndModuleButtonsAddToTheChosenCourse() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        mondayLecture();
        robot.clickOn("+ Session");
        Label message = robot.lookup(".refusal").query();
        assertThat(message.getText()).contains("Choose a course");
        TreeView<PlanTreeNode> tree = robot.lookup(".tree-view").query();
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue().label().startsWith("BIO 120")).findFirst().orElseThrow()));
        robot.clickOn("+ Session");
        // the session form: days, times, repetition and dates, in the school's zone; nothing is added until OK
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#every").tryQuery().isPresent());
        assertThat(sql(db, "SELECT count(*) FROM sync_session s JOIN course c ON c.id = s.course_id WHERE c.code = 'BIO 120'")).isEqualTo("2");
        javafx.scene.control.TextField days = robot.lookup("#days").query();
        javafx.scene.control.TextField start = robot.lookup("#start").query();
        javafx.scene.control.TextField end = robot.lookup("#end").query();
        javafx.scene.control.TextField every = robot.lookup("#every").query();
        robot.interact(() -> {
            days.setText("FR");
            start.setText("09:00");
            end.setText("08:00");
            every.setText("2");
        });
        robot.clickOn("OK");
        assertThat(end.getStyleClass()).contains("validation-error"); // an end before its start, refused at the end
        robot.interact(() -> end.setText("10:30"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "FR 09:00-10:30 2".equals(sql(db, "SELECT s.days || ' ' || s.start_time"
                + " || '-' || s.end_time || ' ' || s.every_weeks FROM sync_session s JOIN course c ON c.id = s.course_id"
                + " WHERE c.code = 'BIO 120' AND s.days = 'FR'")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("+ Module");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#effort").tryQuery().isPresent());
        // the module form: an effort the domain refuses is explained at its field, in the domain's words
        javafx.scene.control.TextField effort = robot.lookup(".text-field").match(n -> "Effort in hours per window".equals(n.getAccessibleText())
                || n.getId() != null && n.getId().equals("effort")).query();
        robot.interact(() -> effort.setText("200"));
        robot.clickOn("OK");
        Label problem = robot.lookup(".refusal").match(n -> n.getScene() != null && n.getScene().getWindow() != mainStage()).query();
        assertThat(problem.getText()).contains("must be between 0 and 100, not 200");
        assertThat(effort.getStyleClass()).contains("validation-error");
        assertThat(effort.getTooltip().getText()).contains("between 0 and 100");
        robot.interact(() -> effort.setText("4"));
        robot.clickOn("OK");
        // the sample's BIO 120 has a TBA session and a module already
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1/2".equals(sql(db, "SELECT (SELECT count(*) FROM sync_session s"
                + " JOIN course c ON c.id = s.course_id WHERE c.code = 'BIO 120' AND s.days = '') || '/' || (SELECT count(*)"
                + " FROM async_module m JOIN course c ON c.id = m.course_id WHERE c.code = 'BIO 120')")));
    }

    @Test
    void emptyPlanSaysHowToStart() throws Exception {
        open("--db=" + dir.resolve("empty.db"), "--empty");
        Label message = robot.lookup(".empty-message").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !message.getText().isEmpty());
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("no term yet").contains("term add");
        assertThat(mainStage().getTitle()).isEqualTo("Course Planner");
    }

    @Test
    void aConflictingEditAddsAFindingThatOpensItsWeek() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        ListView<Finding> findings = robot.lookup(".findings").query();
        assertThat(findings.getItems()).noneMatch(f -> f.message().contains("PHYS 150 Lecture"));
        javafx.scene.Node physics = robot.lookup(".block").match(n -> n.getAccessibleText() != null
                && n.getAccessibleText().startsWith("PHYS 150 Lecture\n") && n.getAccessibleText().contains("2026-11-23")).query();
        robot.drag(physics, javafx.scene.input.MouseButton.PRIMARY).moveBy(0, -44).moveBy(0, -44).moveBy(0, -44).drop(); // 13:00 → 10:00
        robot.clickOn("This week only");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findings.getItems().stream()
                .anyMatch(f -> f.message().contains("PHYS 150 Lecture") && f.message().contains("CS 101")));
        Finding clash = findings.getItems().stream().filter(f -> f.message().contains("PHYS 150 Lecture") && f.message().contains("CS 101"))
                .findFirst().orElseThrow();

        WaitForAsyncUtils.waitForFxEvents(); // the findings' redraw settles before the lookup walks the scene
        Label title = robot.lookup(".week-title").query();
        robot.clickOn("▶").clickOn("▶");
        assertThat(title.getText()).doesNotContain("Nov 23");
        robot.interact(() -> findings.scrollTo(clash));
        robot.clickOn(robot.lookup(".findings .list-cell").match(n -> clash.equals(((javafx.scene.control.ListCell<?>) n).getItem()))
                .queryAs(javafx.scene.Node.class));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> title.getText().contains("Nov 23"));
        java.util.Set<javafx.scene.Node> lit = robot.lookup(".block-highlighted").queryAll();
        assertThat(lit).anyMatch(n -> n.getAccessibleText().startsWith("PHYS 150 Lecture\n"))
                .anyMatch(n -> n.getAccessibleText().startsWith("CS 101 Lecture\n"))
                .allMatch(n -> clash.itemIds().stream().anyMatch(id -> true));
    }

    @Test
    void theDayOpensAQuarterBeforeSevenAndStaysThereWhileTheWindowSettlesUntilTheStudentScrolls() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        javafx.scene.control.ScrollPane day = robot.lookup(".week-scroll").query();
        assertThat(topMinute(day)).as("the first time shown, in minutes after midnight").isCloseTo(6 * 60 + 45, within(3.0));
        robot.interact(() -> mainStage().setHeight(mainStage().getHeight() - 90)); // the window's bars come, the view shrinks
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topMinute(day)).as("after the view's height changed").isCloseTo(6 * 60 + 45, within(3.0));

        robot.interact(() -> day.setVvalue(0)); // the student scrolls to midnight
        robot.interact(() -> mainStage().setHeight(mainStage().getHeight() + 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(day.getVvalue()).as("the student's scroll is kept").isZero();
    }

    /** The time at the top of the day's view, in minutes after midnight. */
    private static double topMinute(javafx.scene.control.ScrollPane day) {
        double content = day.getContent().getLayoutBounds().getHeight();
        double view = day.getViewportBounds().getHeight();
        return day.getVvalue() * (content - view) / (content / 24) * 60;
    }

    @Test
    void choosingAFindingScrollsItsWeekToTheOutlinedItems() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        robot.interact(() -> mainStage().setHeight(560)); // the day's view shows about nine hours
        javafx.scene.control.ScrollPane day = robot.lookup(".week-scroll").query();
        robot.interact(() -> day.setVvalue(0)); // midnight to the morning: every class is below
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Finding> findings = robot.lookup(".findings").query();
        Finding overlap = findings.getItems().stream().filter(f -> f.rule().equals("session-overlap")).findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(overlap));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".block-highlighted").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.geometry.Bounds view = day.localToScene(day.getLayoutBounds());
        java.util.Set<javafx.scene.Node> lit = robot.lookup(".block-highlighted").queryAll();
        assertThat(lit).hasSizeGreaterThanOrEqualTo(2).allSatisfy(block -> {
            javafx.geometry.Bounds b = block.localToScene(block.getLayoutBounds());
            assertThat(b.getMinY()).as("top of %s", block.getAccessibleText()).isGreaterThanOrEqualTo(view.getMinY());
            assertThat(b.getMaxY()).as("bottom of %s", block.getAccessibleText()).isLessThanOrEqualTo(view.getMaxY());
        });
    }

    @Test
    void theSeverityFilterShowsOnlyErrors() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        ListView<Finding> findings = robot.lookup(".findings").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !findings.getItems().isEmpty());
        assertThat(findings.getItems()).allMatch(f -> f.severity() == org.courseplanner.domain.engine.Severity.ERROR); // the sample's two
        robot.clickOn(".side-panel .choice-box").clickOn("Warnings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findings.getItems()).isEmpty();
        robot.clickOn(".side-panel .choice-box").clickOn("Errors");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findings.getItems()).hasSize(2).allMatch(f -> f.severity() == org.courseplanner.domain.engine.Severity.ERROR);
    }

    @Test
    void exportFromTheMenuWritesAFileThatImportsBack() throws Exception {
        Path db = dir.resolve("planner.db");
        Path ics = dir.resolve("fall.ics");
        answerFileChoosers(ics);
        open("--db=" + db);
        mondayLecture();
        menu("File", "Export .ics…");
        robot.clickOn("Choose the file…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(ics));
        assertThat(Files.readString(ics)).contains("BEGIN:VCALENDAR").contains("RRULE:FREQ=WEEKLY").contains("CS 101");

        // another student's plan (its own UIDs) imports the file through the same menu: a preview, then one transaction
        Path other = dir.resolve("other.db");
        close();
        answerFileChoosers(ics);
        open("--db=" + other, "--empty");
        org.courseplanner.cli.CoursePlannerCommand.commandLine(new org.courseplanner.cli.CoursePlannerCommand(
                (file, empty, today) -> 0, java.time.Clock.systemDefaultZone())).execute("--db=" + other, "term", "add", "Fall 2026",
                "--start", "2026-08-24", "--end", "2026-12-11", "--zone", "America/New_York");
        close();
        answerFileChoosers(ics);
        open("--db=" + other);
        ComboBox<Term> picker = robot.lookup(".combo-box").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.getValue() != null);
        menu("File", "Import .ics…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".import-preview").tryQuery().isPresent());
        ListView<String> preview = robot.lookup(".import-preview").query();
        assertThat(preview.getItems()).anyMatch(l -> l.startsWith("create") && l.contains("CS 101"));
        assertThat(sql(other, "SELECT count(*) FROM sync_session")).isEqualTo("0"); // a preview changes nothing
        javafx.scene.control.Button importButton = robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "Import".equals(b.getText()) && b.getScene().getWindow() != mainStage()).query();
        robot.interact(importButton::fire);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Integer.parseInt(sql(other, "SELECT count(*) FROM sync_session")) > 0);
        TreeView<PlanTreeNode> tree = robot.lookup(".tree-view").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> labels(tree.getRoot()).stream().anyMatch(l -> l.startsWith("CS 101")));
        assertThat(sql(other, "SELECT count(*) FROM course c JOIN sync_session s ON s.course_id = c.id WHERE c.code = 'CS 101'"))
                .isEqualTo(sql(db, "SELECT count(*) FROM course c JOIN sync_session s ON s.course_id = c.id WHERE c.code = 'CS 101'"));

        // the import is one step of the history: Ctrl+Z takes all of it back, Ctrl+Shift+Z brings it back under the same ids
        String imported = sql(other, "SELECT group_concat(id) FROM (SELECT id FROM item WHERE kind <> 'term' ORDER BY id)");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sql(other, "SELECT count(*) FROM item WHERE kind <> 'term'").equals("0"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> imported.equals(sql(other, "SELECT group_concat(id) FROM (SELECT id FROM item WHERE kind <> 'term' ORDER BY id)")));
        assertThat(sql(other, "SELECT count(*) FROM external_uid")).isNotEqualTo("0");
    }

    @Test
    void theWeekIsSavedAsAPictureDrawnFromThePlanNotTheScreen() throws Exception {
        Path png = dir.resolve("week.png");
        answerFileChoosers(png);
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        menu("File", "Export week as PNG…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(png));
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(png.toFile());
        // a landscape page at 200 dpi (Letter or A4 by the locale), whatever the window's size: no buttons, no scroll bars
        assertThat(picture.getWidth()).isIn(2200, 2338);
        assertThat(picture.getHeight()).isIn(1700, 1653);
        Label status = robot.lookup(".status").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Saved week "));
    }

    @Test
    void theWeekAndTheTermAreSavedAsPdf() throws Exception {
        Path week = dir.resolve("week.pdf");
        Path term = dir.resolve("whole-term"); // typed without an extension: the chooser's kind adds it
        answerFileChoosers(week, term);
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        Label title = robot.lookup(".week-title").query();
        String shownWeek = title.getText(); // "Week 13 of 16 · Nov 23–29"
        menu("File", "Export week as PDF…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(week));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(week.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Fall 2026 · " + shownWeek.substring(0, shownWeek.indexOf(" ·")), "CS 101", "Thanksgiving");
        }
        menu("File", "Export term as PDF…");
        Path termPdf = dir.resolve("whole-term.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(termPdf));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(termPdf.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Fall 2026 · the term at a glance", "weekly cap");
        }
    }

    @Test
    void printPreviewsTheWeekOrTheTermAndSaysWhenThereIsNoPrinter() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        menu("File", "Print…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previewPages().size() == 1);
        javafx.scene.image.ImageView page = previewPages().get(0);
        assertThat(page.getImage().getWidth()).isGreaterThan(800); // a landscape page drawn at 80 dpi
        assertThat(page.getImage().getWidth()).isGreaterThan(page.getImage().getHeight());
        assertThat(page.getBoundsInParent().getWidth()).isGreaterThan(400); // shown across the dialog
        robot.clickOn(robot.lookup(".radio-button").match(n -> ((javafx.scene.control.RadioButton) n).getText().startsWith("The whole term"))
                .queryAs(javafx.scene.control.RadioButton.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> previewPages().size() > 10);
        if (javafx.print.Printer.getDefaultPrinter() == null) { // with a printer, Print opens the system's own dialog
            robot.clickOn("Print…");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".refusal").queryAll()).map(n -> ((Label) n).getText())
                    .contains("No printer is set up on this computer. Use File ▸ Export week as PDF… or Export term as PDF… instead, "
                            + "and print or share the file.");
        }
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previewPages()).isEmpty();
    }

    /** The pages the print preview shows, if it is open. */
    private List<javafx.scene.image.ImageView> previewPages() {
        return robot.lookup(".print-page").queryAllAs(javafx.scene.image.ImageView.class).stream()
                .filter(v -> v.getScene() != null && v.getScene().getWindow().isShowing() && v.getImage() != null).toList();
    }

    @Test
    void aChosenFindingReadsAtLeastFourAndAHalfToOneInBothThemes() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        ListView<Finding> findings = robot.lookup(".findings").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !findings.getItems().isEmpty());
        robot.interact(() -> {
            findings.requestFocus();
            findings.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String theme : List.of("light", "dark")) {
            if (theme.equals("dark")) {
                menu("View", "Dark theme");
                robot.interact(findings::requestFocus);
                WaitForAsyncUtils.waitForFxEvents();
            }
            javafx.scene.control.ListCell<?> chosen = robot.lookup(".findings .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                    && c.isSelected()).query();
            var fills = chosen.getBackground().getFills();
            javafx.scene.paint.Color background = (javafx.scene.paint.Color) fills.get(fills.size() - 1).getFill();
            for (String part : List.of(".finding-message", ".finding-count")) {
                Label text = (Label) chosen.lookup(part);
                double ratio = contrast((javafx.scene.paint.Color) text.getTextFill(), background);
                assertThat(ratio).as("%s of the chosen finding on its row, %s theme (%s on %s)", part, theme, text.getTextFill(), background)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        java.util.function.DoubleUnaryOperator linear = v -> v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * linear.applyAsDouble(c.getRed()) + 0.7152 * linear.applyAsDouble(c.getGreen()) + 0.0722 * linear.applyAsDouble(c.getBlue());
    }

    @Test
    void theDarkThemeIsChosenFromTheMenuAndRemembered() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        javafx.scene.layout.Region lecture = (javafx.scene.layout.Region) mondayLecture();
        assertThat(mainStage().getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-light.css"));
        String cs101 = org.courseplanner.domain.Course.PALETTE[0]; // the sample's first course gets the first colour
        assertThat(lecture.getBackground().getFills().get(0).getFill()).as("a class in its course's colour, from the theme")
                .isEqualTo(javafx.scene.paint.Color.web(cs101));
        javafx.scene.layout.Region window = (javafx.scene.layout.Region) mainStage().getScene().getRoot();
        javafx.scene.paint.Paint before = window.getBackground().getFills().get(0).getFill();
        menu("View", "Dark theme");
        assertThat(mainStage().getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"))
                .noneMatch(s -> s.endsWith("theme-light.css"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.paint.Color after = (javafx.scene.paint.Color) window.getBackground().getFills().get(0).getFill();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.getBrightness()).isLessThan(0.3);
        assertThat(lecture.getBackground().getFills().get(0).getFill()).isEqualTo(javafx.scene.paint.Color.web(cs101));
        for (javafx.scene.Node study : robot.lookup(".block-study .block-title").queryAll()) {
            assertThat(((javafx.scene.paint.Color) ((Label) study).getTextFill()).getBrightness())
                    .as("study blocks read light on dark in the dark theme").isGreaterThan(0.8);
        }
        menu("View", "My time zone");
        assertThat(robot.lookup(".week-toolbar .toggle-button").match(n -> ((javafx.scene.control.ToggleButton) n).getText()
                .equals("My time")).queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        close();
        assertThat(Files.readString(dir.resolve("settings.properties"))).contains("theme=DARK").contains("zone=MINE")
                .contains("plan.last=" + dir.resolve("planner.db").toAbsolutePath().toString().replace(":", "\\:"));

        open("--db=" + dir.resolve("planner.db"));
        assertThat(mainStage().getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"));
        assertThat(mainStage().getScene().getRoot().getStyleClass()).contains("theme-dark");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".block").queryAll().isEmpty());
        assertThat(robot.lookup(".week-toolbar .toggle-button").match(n -> ((javafx.scene.control.ToggleButton) n).getText()
                .equals("My time")).queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aPlanFromANewerCoursePlannerIsRefusedAndLeftAsItWas() throws Exception {
        Path newer = dir.resolve("newer.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer); var st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1129344110");
            st.execute("CREATE TABLE future (x)");
            st.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(newer);
        Path good = dir.resolve("good.db");
        org.courseplanner.cli.CoursePlannerCommand.commandLine(new org.courseplanner.cli.CoursePlannerCommand(
                (file, empty, today) -> 0, java.time.Clock.systemDefaultZone())).execute("--db=" + good, "term", "list");
        answerFileChoosers(good);
        open("--db=" + newer);

        Stage dialog = (Stage) robot.listWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .filter(w -> ((Stage) w).getScene().getRoot() instanceof javafx.scene.control.DialogPane).findFirst().orElseThrow();
        assertThat(dialog.getTitle()).isEqualTo("Course Planner");
        assertThat(((javafx.scene.control.DialogPane) dialog.getScene().getRoot()).getContentText())
                .contains("newer Course Planner").contains("not changed");
        robot.clickOn("Open another file…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".empty-message").tryQuery()
                .map(n -> n.isVisible() && ((Label) n).getText().contains("no term yet")).orElse(false));
        assertThat(Files.readAllBytes(newer)).isEqualTo(before);
        assertThat(dir.resolve("newer.db-wal")).doesNotExist();
    }

    @Test
    void theTermOverviewOpensAWeek() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        menu("View", "Term overview");
        javafx.scene.control.TableView<?> table = robot.lookup(".term-overview").query();
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).hasSize(16);
        robot.doubleClickOn(robot.lookup(".term-overview .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        Label title = robot.lookup(".week-title").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> title.isVisible() && title.getText().startsWith("Week 3 of 16"));
        assertThat(table.isVisible()).isFalse();
    }

    @Test
    void deletingACourseFromTheListTakesItsClassesAndUndoBringsThemBack() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        mondayLecture();
        String sessionsBefore = sql(db, "SELECT count(*) FROM sync_session");
        TreeView<PlanTreeNode> tree = robot.lookup(".tree-view").query();
        robot.interact(() -> tree.getRoot().getChildren().stream().filter(c -> c.getValue().label().startsWith("CS 101")).findFirst()
                .ifPresent(c -> tree.scrollTo(tree.getRow(c)))); // the course list's lines wrap: it may be below the fold
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".tree-cell").match(n -> n instanceof javafx.scene.control.TreeCell<?> cell
                && cell.getItem() instanceof PlanTreeNode node && node.label().startsWith("CS 101")).queryAs(javafx.scene.Node.class));
        menu("Edit", "Delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "0".equals(sql(db, "SELECT count(*) FROM course WHERE code = 'CS 101'")));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1".equals(sql(db, "SELECT count(*) FROM course WHERE code = 'CS 101'")));
        assertThat(sql(db, "SELECT count(*) FROM sync_session")).isEqualTo(sessionsBefore);
    }

    @Test
    void aDamagedPlanIsExplainedLeftAloneAndANewPlanCanBeStarted() throws Exception {
        Path damaged = dir.resolve("damaged.db");
        byte[] junk = "SQLite format 3\0 but then nothing a database would hold, only words".getBytes();
        Files.write(damaged, junk);
        Path fresh = dir.resolve("fresh.db");
        answerFileChoosers(fresh);
        open("--db=" + damaged);

        Stage dialog = (Stage) robot.listWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .filter(w -> ((Stage) w).getScene().getRoot() instanceof javafx.scene.control.DialogPane).findFirst().orElseThrow();
        assertThat(dialog.getTitle()).isEqualTo("Course Planner");
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) dialog.getScene().getRoot();
        assertThat(pane.getHeaderText()).isEqualTo("This plan cannot be opened");
        assertThat(pane.getContentText()).contains(damaged.toString()).contains("not changed");
        robot.clickOn("Start a new plan…");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".empty-message").tryQuery()
                .map(n -> ((Label) n).getText().contains("no term yet")).orElse(false));
        assertThat(Files.exists(fresh)).isTrue();
        assertThat(mainStage().isShowing()).isTrue();
        assertThat(Files.readAllBytes(damaged)).isEqualTo(junk);
    }

    @Test
    void clickingAWeekOfTheWorkloadChartOpensIt() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".week-bar").queryAll().size() == 16);
        javafx.scene.Node third = robot.lookup(".week-bar").match(n -> java.time.LocalDate.of(2026, 9, 7).equals(n.getUserData())).query();
        assertThat(robot.lookup(".week-bar.peak-week").queryAll()).isNotEmpty(); // the sample term has weeks over the cap
        robot.clickOn(third);
        Label title = robot.lookup(".week-title").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> title.getText().startsWith("Week 3 of 16"));
        assertThat(third.getStyleClass()).contains("shown-week");
        assertThat(robot.lookup(".day-bar").queryAll()).hasSize(7);
    }

    @Test
    void aNewPlanFromTheMenuGetsATermFromItsForm() throws Exception {
        Path fresh = dir.resolve("spring.db");
        answerFileChoosers(fresh);
        open("--db=" + dir.resolve("planner.db"));
        mondayLecture();
        menu("File", "New plan…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".empty-message").tryQuery()
                .map(n -> n.isVisible() && ((Label) n).getText().contains("no term yet")).orElse(false));
        assertThat(Files.exists(fresh)).isTrue();

        robot.clickOn("+ Term");
        javafx.scene.control.TextField name = robot.lookup("#name").query();
        javafx.scene.control.DatePicker first = robot.lookup("#firstDay").query();
        javafx.scene.control.DatePicker last = robot.lookup("#lastDay").query();
        javafx.scene.control.ComboBox<String> school = robot.lookup("#schoolZone").query();
        robot.interact(() -> {
            name.setText("Spring 2027");
            first.setValue(java.time.LocalDate.of(2027, 5, 7));
            last.setValue(java.time.LocalDate.of(2027, 1, 11));
            school.getEditor().setText("America/Chicago");
            school.setValue("America/Chicago");
        });
        robot.clickOn("OK");
        Label problem = robot.lookup(".refusal").match(n -> n.getScene() != null && n.getScene().getWindow() != mainStage()).query();
        assertThat(problem.getText()).containsIgnoringCase("before");
        robot.interact(() -> {
            first.setValue(java.time.LocalDate.of(2027, 1, 11));
            last.setValue(java.time.LocalDate.of(2027, 5, 7));
        });
        robot.clickOn("OK");

        ComboBox<Term> picker = robot.lookup(".combo-box").match(n -> "Term".equals(n.getAccessibleText())).query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.getValue() != null && picker.getValue().name().equals("Spring 2027"));
        assertThat(sql(fresh, "SELECT name || ' ' || first_day || ' ' || school_zone FROM term"))
                .isEqualTo("Spring 2027 2027-01-11 America/Chicago");
    }

    @Test
    void aDoubleClickOnACommitmentOpensItsForm() throws Exception {
        Path db = dir.resolve("planner.db");
        open("--db=" + db);
        mondayLecture();
        javafx.scene.Node shift = robot.lookup(".block").match(n -> n.getAccessibleText() != null
                && n.getAccessibleText().startsWith("Café shift\n")).queryAll().iterator().next();
        robot.doubleClickOn(shift);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#end").tryQuery().isPresent());
        javafx.scene.control.TextField end = robot.lookup("#end").query();
        String before = end.getText();
        robot.interact(() -> end.setText("nine"));
        robot.clickOn("OK");
        assertThat(end.getStyleClass()).contains("validation-error");
        robot.interact(() -> end.setText("13:30"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "13:30".equals(sql(db, "SELECT end_time FROM commitment WHERE title = 'Café shift'")));
        assertThat(before).isNotEqualTo("13:30");
    }
}

package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Opens the real window, headless, on a fresh plan file, as a student's first run does. */
class MainWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    private void open(String... parameters) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CoursePlannerApp.class, parameters);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
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
        ComboBox<Term> picker = robot.lookup(".combo-box").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.getValue() != null);
        assertThat(picker.getValue().name()).matches("(Fall|Spring) \\d{4}");

        TreeView<PlanTreeNode> tree = robot.lookup(".tree-view").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tree.getRoot().getChildren().isEmpty());
        assertThat(labels(tree.getRoot())).anyMatch(l -> l.startsWith("CS 101")).anyMatch(l -> l.startsWith("HIST 210"))
                .contains("My commitments");

        ListView<Finding> findings = robot.lookup(".findings").query();
        assertThat(findings.getItems()).anyMatch(f -> f.rule().equals("session-overlap"))
                .anyMatch(f -> f.rule().equals("commitment-overlap"));
        assertThat(Files.exists(db)).isTrue();
    }

    @Test
    void theWeekCalendarShowsClassesAndMovesByWeeks() throws Exception {
        open("--db=" + dir.resolve("planner.db"));
        Label title = robot.lookup(".week-title").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.getText().startsWith("Week "));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".block").queryAll().isEmpty());
        String before = title.getText();
        robot.clickOn("▶");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isNotEqualTo(before).startsWith("Week ");
        robot.clickOn("Today");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isEqualTo(before);
        robot.clickOn("My time");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".block").queryAll()).isNotEmpty();
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
}

package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The week marks the study time the study planner placed, so the student tells it from their own. */
class PlannedStudyWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aPlannedHomeworkBlockCarriesTheAutoPlacedMarkAndTheStudentsDoesNot() throws Exception {
        Path db = dir.resolve("planner.db");
        try (SqlitePlanRepository store = SqlitePlanRepository.open(db)) {
            Planner planner = new Planner(store, Clock.systemUTC());
            SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
            var plan = planner.plan((String) null);
            long cs = plan.requireCourse("CS 101").id();
            int week = plan.term().weekNumber(LocalDate.of(2026, 11, 23));
            planner.addStudyBlocks(plan.term().id(), List.of(StudyBlock.homework(0, cs, week, LocalDateTime.of(2026, 11, 23, 18, 0), 60, true)));
            planner.addHomeworkBlock(cs, week, LocalDateTime.of(2026, 11, 24, 18, 0), 60);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CoursePlannerApp.class, "--db=" + db, "--today=2026-11-24",
                "--settings=" + dir.resolve("settings.properties"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".block").match(PlannedStudyWindowTest::homework)
                .queryAll().size() == 2);

        List<Node> homework = List.copyOf(robot.lookup(".block").match(PlannedStudyWindowTest::homework).queryAll());
        Node planned = homework.stream().filter(n -> n.getAccessibleText().contains("2026-11-23")).findFirst().orElseThrow();
        Node own = homework.stream().filter(n -> n.getAccessibleText().contains("2026-11-24")).findFirst().orElseThrow();
        assertThat(planned.getStyleClass()).contains("block-study", "auto-placed");
        assertThat(own.getStyleClass()).contains("block-study").doesNotContain("auto-placed");
        // the mark is the CSS's: dots where the student's own blocks have dashes, the same width
        robot.interact(() -> {
            planned.applyCss();
            own.applyCss();
        });
        var plannedStroke = ((Region) planned).getBorder().getStrokes().get(0);
        var ownStroke = ((Region) own).getBorder().getStrokes().get(0);
        assertThat(plannedStroke.getTopStyle().getDashArray()).isNotEqualTo(ownStroke.getTopStyle().getDashArray());
        assertThat(plannedStroke.getWidths()).isEqualTo(ownStroke.getWidths());
        assertThat(((Label) planned.lookup(".block-title")).getText()).isEqualTo("CS 101");
        assertThat(Window.getWindows()).anyMatch(Window::isShowing);
    }

    private static boolean homework(Node n) {
        return n.getAccessibleText() != null && n.getAccessibleText().startsWith("CS 101 homework\n");
    }
}

package org.courseplanner.ui.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.courseplanner.ui.workload.WorkloadSamples.CONFERENCE_WEEK;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.courseplanner.domain.engine.Workload;
import org.courseplanner.domain.engine.WorkloadWeek;
import org.courseplanner.ui.common.Pictures;
import org.courseplanner.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workload panel, headless, at the side panel's size, on the sample fall term. */
@ExtendWith(ApplicationExtension.class)
class WorkloadViewTest {
    private static final Workload FALL = WorkloadSamples.fallWorkload();
    private final WorkloadViewModel model = new WorkloadViewModel();
    private final List<LocalDate> chosen = new ArrayList<>();
    private Parent root;

    /** The panel's own window, closed after each test: the primary stage keeps its size for the window tests. */
    private Stage stage;

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.close());
    }

    @Start
    void start(Stage primary) throws IOException {
        model.setOnWeekChosen(chosen::add);
        FXMLLoader loader = new FXMLLoader(WorkloadView.class.getResource("WorkloadView.fxml"));
        loader.setControllerFactory(type -> {
            if (type == WorkloadView.class) {
                return new WorkloadView(model);
            }
            throw new IllegalStateException("no controller for " + type);
        });
        root = loader.load();
        model.show(FALL, LocalDate.of(2026, 9, 14));
        Scene scene = new Scene(root, 330, 330);
        Theme.LIGHT.applyTo(scene);
        stage = new Stage();
        stage.setScene(scene);
        stage.show();
    }

    private static HoursChart.Bar bar(FxRobot robot, LocalDate monday) {
        return robot.lookup(".week-bar").match(n -> monday.equals(n.getUserData())).query();
    }

    @Test
    void oneBarPerWeekOfTheTerm(FxRobot robot) {
        assertThat(robot.lookup(".week-bar").queryAll()).hasSize(FALL.weeks().size()).hasSize(WorkloadSamples.WEEKS);
        assertThat(robot.lookup(".week-bar").queryAllAs(Node.class)).allMatch(Node::isFocusTraversable)
                .allMatch(n -> n.getUserData() instanceof LocalDate);
        assertThat(robot.lookup(".day-bar").queryAll()).hasSize(7);
    }

    @Test
    void peakWeeksAreMarked(FxRobot robot) {
        HoursChart.Bar conference = bar(robot, CONFERENCE_WEEK);

        assertThat(conference.getStyleClass()).contains("peak-week");
        assertThat(robot.lookup(".peak-week").queryAll()).hasSize((int) FALL.weeks().stream().filter(WorkloadWeek::peak).count());
        assertThat(bar(robot, CONFERENCE_WEEK.plusWeeks(1)).getStyleClass()).doesNotContain("peak-week");
        assertThat(conference.tooltip.getText()).startsWith("Week 7 · Oct 12 – 18: 75.5 h (cap 40 h)").contains("Over the weekly cap");
        assertThat(conference.getAccessibleText()).startsWith("Week 7 · Oct 12 – 18: 75.5 h (cap 40 h); classes 7.5 h");
    }

    @Test
    void clickingAWeekBarChoosesThatWeek(FxRobot robot) {
        robot.clickOn(bar(robot, CONFERENCE_WEEK));

        assertThat(chosen).containsExactly(CONFERENCE_WEEK);
        assertThat(robot.lookup(".shown-week").queryAll()).containsExactly(bar(robot, CONFERENCE_WEEK));
        assertThat(robot.lookup(".day-bar").queryAllAs(Node.class)).extracting(Node::getUserData).first().isEqualTo(CONFERENCE_WEEK);
    }

    @Test
    void enterOnAFocusedWeekBarChoosesIt(FxRobot robot) {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        robot.interact(() -> bar(robot, monday).requestFocus());
        robot.type(KeyCode.ENTER);
        robot.interact(() -> bar(robot, monday.plusWeeks(1)).requestFocus());
        robot.type(KeyCode.SPACE);

        assertThat(chosen).containsExactly(monday, monday.plusWeeks(1));
    }

    @Test
    void showWeekMovesTheHighlightAndTheDays(FxRobot robot) {
        assertThat(robot.lookup(".shown-week").queryAll()).containsExactly(bar(robot, LocalDate.of(2026, 9, 14)));

        robot.interact(() -> model.showWeek(CONFERENCE_WEEK));

        assertThat(robot.lookup(".shown-week").queryAll()).containsExactly(bar(robot, CONFERENCE_WEEK));
        List<String> tips = robot.lookup(".day-bar").queryAllAs(Node.class).stream().map(n -> ((HoursChart.Bar) n).tooltip.getText()).toList();
        assertThat(tips).hasSize(7);
        assertThat(tips.get(0)).startsWith("Mon Oct 12: ");
        assertThat(tips.get(6)).startsWith("Sun Oct 18: ");
        assertThat(robot.lookup(".peak-day").queryAll()).hasSize(5);
        assertThat(chosen).isEmpty(); // the main window moved the calendar itself: nothing to tell it
    }

    @Test
    void theCapLineCrossesABarWhereItsHoursReachTheCap(FxRobot robot) {
        HoursChart chart = robot.lookup(".week-chart").query();
        Line cap = chart.capLine();
        double capY = cap.localToScene(0, cap.getStartY()).getY();
        Bounds stack = stackOf(bar(robot, CONFERENCE_WEEK));
        double hours = 75.5;

        assertThat(cap.isVisible()).isTrue();
        assertThat(capY).isBetween(stack.getMinY(), stack.getMaxY());
        assertThat((stack.getMaxY() - capY) / stack.getHeight()).isCloseTo(40 / hours, within(0.02));
        Bounds lighter = stackOf(bar(robot, CONFERENCE_WEEK.plusWeeks(1)));
        assertThat(lighter.getMinY()).isGreaterThan(capY); // a week within the cap stays under the line
        Line base = robot.lookup(".week-chart .base-line").query();
        assertThat(base.localToScene(0, base.getStartY()).getY()).isCloseTo(stack.getMaxY(), within(1.0));
    }

    @Test
    void coloursComeFromTheTheme(FxRobot robot) {
        Region sync = robot.lookup(".week-bar .sync-segment").query();
        Line cap = robot.lookup(".week-chart .cap-line").query();

        assertThat(sync.getBackground().getFills().get(0).getFill()).isEqualTo(Color.web("#4e79a7"));
        assertThat(cap.getStroke()).isEqualTo(Color.web("#cf222e"));
    }

    @Test
    void aSnapshotForReview(FxRobot robot) throws IOException {
        WritableImage image = snapshot(robot);
        Pictures.savePng(image, Path.of(System.getProperty("java.io.tmpdir"), "workload-view.png"));
        robot.interact(() -> Theme.DARK.applyTo(root.getScene()));
        Pictures.savePng(snapshot(robot), Path.of(System.getProperty("java.io.tmpdir"), "workload-view-dark.png"));

        assertThat(image.getWidth()).isEqualTo(330);
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = root.snapshot(null, null));
        return image[0];
    }

    private static Bounds stackOf(HoursChart.Bar bar) {
        Node outline = bar.lookup(".bar-outline");
        WaitForAsyncUtils.waitForFxEvents();
        return outline.localToScene(outline.getLayoutBounds());
    }
}

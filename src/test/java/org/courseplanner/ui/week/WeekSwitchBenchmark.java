package org.courseplanner.ui.week;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.courseplanner.domain.InMemoryPlanRepository;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.EngineBenchmark;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Theme;
import org.courseplanner.ui.common.UndoStack;

/**
 * Week-switch benchmark (a main, not a test): the real WeekCalendar in a 1280×800 scene on
 * JavaFX's headless Monocle platform, over a synthetic year with about {@code BLOCKS} blocks a
 * week. For each "next week" it times the call (the view model's layout and the calendar's
 * redraw, on the FX thread) and the time until the next pulse has laid the scene out and rendered
 * it. Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.ui.week.WeekSwitchBenchmark}.
 */
public final class WeekSwitchBenchmark {
    private static final int BLOCKS = 1_000;

    private WeekSwitchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : BLOCKS;
        WeekSwitchTiming.startHeadless();

        TermPlan plan = EngineBenchmark.syntheticPlan(blocks * 52, 7);
        PlanFindings findings = PlanFindings.of(plan);
        Clock clock = Clock.fixed(Instant.parse("2026-09-01T12:00:00Z"), ZoneId.of("America/New_York"));
        Planner planner = new Planner(new InMemoryPlanRepository(), clock);
        WeekViewModel model = new WeekViewModel(clock, planner, new UndoStack(BackgroundTasks.direct(), e -> { }));
        WeekCalendar calendar = new WeekCalendar();
        Scene scene = WeekSwitchTiming.onFx(() -> {
            Stage stage = new Stage();
            Scene shown = new Scene(calendar, 1280, 800);
            Theme.LIGHT.applyTo(shown);
            shown.getStylesheets().add(WeekView.class.getResource("WeekView.css").toExternalForm());
            stage.setScene(shown);
            stage.show();
            calendar.setModel(model);
            model.show(plan, findings);
            return shown;
        });
        int shown = WeekSwitchTiming.onFx(() -> model.blocksProperty().get().size());
        System.out.printf(Locale.ROOT, "%d occurrences in the year, %d blocks in the first week%n", findings.calendar().all().size(), shown);

        WeekSwitchTiming.Times times = WeekSwitchTiming.time(scene, () -> {
            if (model.mondayProperty().get().isAfter(plan.term().lastDay().minusWeeks(2))) {
                model.showWeekOf(plan.term().firstDay());
            } else {
                model.next();
            }
        });
        System.out.printf(Locale.ROOT, "week switch, %d blocks: %s%n", shown, times.summary());
        System.out.printf(Locale.ROOT, "heap in use after the runs: %.0f MB%n", WeekSwitchTiming.heapMegabytes());
        Platform.exit();
    }
}

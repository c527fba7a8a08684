package org.courseplanner.ui.week;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
    private static final int WARM_UP = 15;
    private static final int RUNS = 21;

    private WeekSwitchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : BLOCKS;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);

        TermPlan plan = EngineBenchmark.syntheticPlan(blocks * 52, 7);
        PlanFindings findings = PlanFindings.of(plan);
        Clock clock = Clock.fixed(Instant.parse("2026-09-01T12:00:00Z"), ZoneId.of("America/New_York"));
        Planner planner = new Planner(new InMemoryPlanRepository(), clock);
        WeekViewModel model = new WeekViewModel(clock, planner, new UndoStack(BackgroundTasks.direct(), e -> { }));
        WeekCalendar calendar = new WeekCalendar();
        Scene[] scene = new Scene[1];
        onFx(() -> {
            Stage stage = new Stage();
            scene[0] = new Scene(calendar, 1280, 800);
            Theme.LIGHT.applyTo(scene[0]);
            scene[0].getStylesheets().add(WeekView.class.getResource("WeekView.css").toExternalForm());
            stage.setScene(scene[0]);
            stage.show();
            calendar.setModel(model);
            model.show(plan, findings);
        });
        int shown = onFx(() -> model.blocksProperty().get().size());
        System.out.printf(Locale.ROOT, "%d occurrences in the year, %d blocks in the first week%n", findings.calendar().all().size(), shown);

        List<Double> calls = new ArrayList<>();
        List<Double> frames = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            CompletableFuture<Long> framed = new CompletableFuture<>();
            long start = System.nanoTime();
            long called = onFx(() -> {
                if (model.mondayProperty().get().isAfter(plan.term().lastDay().minusWeeks(2))) {
                    model.showWeekOf(plan.term().firstDay());
                } else {
                    model.next();
                }
                long done = System.nanoTime();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene[0].removePostLayoutPulseListener(once[0]);
                    framed.complete(System.nanoTime());
                };
                scene[0].addPostLayoutPulseListener(once[0]);
                return done;
            });
            long frame = framed.get(60, TimeUnit.SECONDS);
            if (run >= WARM_UP) {
                calls.add((called - start) / 1e6);
                frames.add((frame - start) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "week switch, %d blocks: call median %.1f ms (min %.1f), to the laid-out frame median %.1f ms (min %.1f), %d runs after %d warm-up%n",
                shown, median(calls), Collections.min(calls), median(frames), Collections.min(frames), RUNS, WARM_UP);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use after the runs: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
        Platform.exit();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}

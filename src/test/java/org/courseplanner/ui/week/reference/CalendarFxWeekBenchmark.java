package org.courseplanner.ui.week.reference;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.WeekView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.EngineBenchmark;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.OccurrenceType;
import org.courseplanner.domain.engine.TermCalendar;

/**
 * The reference for {@code WeekSwitchBenchmark}: CalendarFX's WeekView (a well-kept JavaFX
 * calendar) showing the same synthetic year, every timed occurrence an entry, in a 1280×800
 * scene on the same headless platform, timed the same way: the call that moves to the next week,
 * and until the next pulse has laid the scene out. Compiled and run in the bench profile only:
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.ui.week.reference.CalendarFxWeekBenchmark}.
 */
public final class CalendarFxWeekBenchmark {
    private static final int BLOCKS = 1_000;
    private static final int WARM_UP = 15;
    private static final int RUNS = 21;

    private CalendarFxWeekBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } finally {
            Platform.exit(); // a failed run must not leave the FX thread holding the JVM open
        }
    }

    private static void run(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : BLOCKS;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);

        TermPlan plan = EngineBenchmark.syntheticPlan(blocks * 52, 7); // the plan WeekSwitchBenchmark shows
        TermCalendar year = TermCalendar.of(plan);
        ZoneId zone = plan.term().studentZone();
        Calendar calendar = new Calendar("Plan");
        List<Entry<?>> entries = new ArrayList<>();
        for (Occurrence o : year.all()) {
            if (o.type() != OccurrenceType.DEADLINE) {
                Entry<String> entry = new Entry<>(o.title(), new Interval(Instant.ofEpochSecond(o.startSecond()),
                        Instant.ofEpochSecond(o.endSecond()), zone));
                entry.setLocation(o.place());
                entries.add(entry);
            }
        }
        calendar.addEntries(entries);
        CalendarSource source = new CalendarSource("Bench");
        source.getCalendars().add(calendar);
        WeekView week = new WeekView();
        LocalDate first = plan.term().firstDay();
        Scene[] scene = new Scene[1];
        onFx(() -> {
            week.getCalendarSources().setAll(source);
            week.setZoneId(zone);
            week.setToday(first);
            week.setDate(first);
            Stage stage = new Stage();
            scene[0] = new Scene(week, 1280, 800);
            stage.setScene(scene[0]);
            stage.show();
            return null;
        });
        long inFirstWeek = entries.stream().filter(e -> !e.getStartDate().isBefore(first) && e.getStartDate().isBefore(first.plusDays(7))).count();
        System.out.printf(Locale.ROOT, "%d entries in the year, %d in the first week%n", entries.size(), inFirstWeek);

        List<Double> calls = new ArrayList<>();
        List<Double> frames = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            CompletableFuture<Long> framed = new CompletableFuture<>();
            long start = System.nanoTime();
            long called = onFx(() -> {
                LocalDate shown = week.getDate();
                boolean nearEnd = ChronoUnit.WEEKS.between(shown, plan.term().lastDay()) < 2;
                week.setDate(nearEnd ? first : shown.plusWeeks(1));
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
        System.out.printf(Locale.ROOT, "CalendarFX week switch, ~%d entries a week: call median %.1f ms (min %.1f), to the laid-out frame median %.1f ms (min %.1f), %d runs after %d warm-up%n",
                inFirstWeek, median(calls), Collections.min(calls), median(frames), Collections.min(frames), RUNS, WARM_UP);
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
}

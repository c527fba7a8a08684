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
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.EngineBenchmark;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.OccurrenceType;
import org.courseplanner.domain.engine.TermCalendar;
import org.courseplanner.ui.week.WeekSwitchTiming;

/**
 * The reference for {@code WeekSwitchBenchmark}: CalendarFX's WeekView (a well-kept JavaFX
 * calendar) showing the same synthetic year, every timed occurrence an entry, in a 1280×800
 * scene on the same headless platform, timed the same way: the call that moves to the next week,
 * and until the next pulse has laid the scene out. Compiled and run in the bench profile only:
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.ui.week.reference.CalendarFxWeekBenchmark}.
 */
public final class CalendarFxWeekBenchmark {
    private static final int BLOCKS = 1_000;

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
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : BLOCKS;
        WeekSwitchTiming.startHeadless();

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
        Scene scene = WeekSwitchTiming.onFx(() -> {
            week.getCalendarSources().setAll(source);
            week.setZoneId(zone);
            week.setToday(first);
            week.setDate(first);
            Stage stage = new Stage();
            Scene shown = new Scene(week, 1280, 800);
            stage.setScene(shown);
            stage.show();
            return shown;
        });
        long inFirstWeek = entries.stream().filter(e -> !e.getStartDate().isBefore(first) && e.getStartDate().isBefore(first.plusDays(7))).count();
        System.out.printf(Locale.ROOT, "%d entries in the year, %d in the first week%n", entries.size(), inFirstWeek);

        WeekSwitchTiming.Times times = WeekSwitchTiming.time(scene, () -> {
            LocalDate shown = week.getDate();
            boolean nearEnd = ChronoUnit.WEEKS.between(shown, plan.term().lastDay()) < 2;
            week.setDate(nearEnd ? first : shown.plusWeeks(1));
        });
        System.out.printf(Locale.ROOT, "CalendarFX week switch, ~%d entries a week: %s%n", inFirstWeek, times.summary());
        System.out.printf(Locale.ROOT, "heap in use after the runs: %.0f MB%n", WeekSwitchTiming.heapMegabytes());
    }
}

package org.courseplanner.ui.workload;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.courseplanner.domain.engine.Workload;
import org.courseplanner.domain.engine.WorkloadDay;
import org.courseplanner.domain.engine.WorkloadDriver;
import org.courseplanner.domain.engine.WorkloadWeek;

/**
 * The term's workload as the side panel charts it: a bar per week, the days of the week shown in the
 * calendar, the caps and each bar's words. It only shows what it is given; the engine runs elsewhere.
 * Use it on the JavaFX thread, like the properties the view binds.
 */
public final class WorkloadViewModel {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);


    private final ReadOnlyObjectWrapper<List<HoursBar>> weeks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<HoursBar>> days = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<LocalDate> shownWeek = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper weeklyCap = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper dailyCap = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<HoursAxis> weekAxis = new ReadOnlyObjectWrapper<>(HoursAxis.covering(0));
    private final ReadOnlyObjectWrapper<HoursAxis> dayAxis = new ReadOnlyObjectWrapper<>(HoursAxis.covering(0));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No term shown");
    private final ReadOnlyStringWrapper dayTitle = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Consumer<LocalDate>> onWeekChosen = new SimpleObjectProperty<>();
    private final Map<LocalDate, WorkloadDay> byDate = new HashMap<>();
    private List<WorkloadWeek> termWeeks = List.of();

    public WorkloadViewModel() {
    }

    /** Shows a term's (newly computed) workload, with the calendar on the week of {@code shownMonday}. */
    public void show(Workload workload, LocalDate shownMonday) {
        Objects.requireNonNull(workload, "workload");
        termWeeks = workload.weeks();
        byDate.clear();
        workload.days().forEach(d -> byDate.put(d.date(), d));
        double cap = termWeeks.isEmpty() ? 0 : termWeeks.get(0).cap();
        double dayCap = workload.days().isEmpty() ? 0 : workload.days().get(0).cap();
        weeklyCap.set(cap);
        dailyCap.set(dayCap);
        List<HoursBar> bars = new ArrayList<>();
        for (int i = 0; i < termWeeks.size(); i++) {
            WorkloadWeek w = termWeeks.get(i);
            bars.add(new HoursBar(w.start(), monthLabel(w.start(), i == 0), w.sync(), w.async(), w.homework(), w.commitments(),
                    w.hours(), w.peak(), describe(i + 1, w)));
        }
        weekAxis.set(HoursAxis.covering(Math.max(cap, termWeeks.stream().mapToDouble(WorkloadWeek::hours).max().orElse(0))));
        weeks.set(List.copyOf(bars));
        summary.set(summarise(termWeeks, cap));
        showWeek(shownMonday != null ? shownMonday : termWeeks.isEmpty() ? null : termWeeks.get(0).start());
    }

    /** The week the calendar shows: its bar is highlighted and its days are shown one by one. */
    public void showWeek(LocalDate monday) {
        if (monday == null) {
            shownWeek.set(null);
            days.set(List.of());
            dayTitle.set("");
            return;
        }
        LocalDate first = monday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        shownWeek.set(first);
        List<HoursBar> bars = new ArrayList<>(7);
        for (int d = 0; d < 7; d++) {
            LocalDate date = first.plusDays(d);
            String label = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            WorkloadDay day = byDate.get(date);
            bars.add(day == null
                    ? new HoursBar(date, label, 0, 0, 0, 0, 0, false, WEEKDAY_DATE.format(date) + ": not in the term")
                    : new HoursBar(date, label, day.sync(), day.async(), day.homework(), day.commitments(), day.hours(), day.peak(),
                    describe(day)));
        }
        // a scale per week: one very long day of the term would otherwise flatten every other week's days
        dayAxis.set(HoursAxis.covering(Math.max(dailyCap.get(), bars.stream().mapToDouble(HoursBar::hours).max().orElse(0))));
        days.set(List.copyOf(bars));
        int number = weekNumber(first);
        dayTitle.set((number > 0 ? "Week " + number + " by day · " : "By day · ") + range(first));
    }

    /** The student picked a week in the chart: it becomes the shown week and the main window is told. */
    public void chooseWeek(LocalDate monday) {
        showWeek(monday);
        Consumer<LocalDate> callback = onWeekChosen.get();
        if (callback != null && shownWeek.get() != null) {
            callback.accept(shownWeek.get());
        }
    }

    /** Called with the week's Monday when the student picks a week bar. */
    public ObjectProperty<Consumer<LocalDate>> onWeekChosenProperty() {
        return onWeekChosen;
    }

    public void setOnWeekChosen(Consumer<LocalDate> callback) {
        onWeekChosen.set(callback);
    }

    /** A bar per week of the term, first to last. */
    public ReadOnlyObjectProperty<List<HoursBar>> weeksProperty() {
        return weeks.getReadOnlyProperty();
    }

    /** Monday to Sunday of the shown week (days outside the term have no hours). */
    public ReadOnlyObjectProperty<List<HoursBar>> daysProperty() {
        return days.getReadOnlyProperty();
    }

    /** The Monday of the week the calendar shows, or null before a term is shown. */
    public ReadOnlyObjectProperty<LocalDate> shownWeekProperty() {
        return shownWeek.getReadOnlyProperty();
    }

    /** Hours a week the student can carry; 0 when there is no term. */
    public ReadOnlyDoubleProperty weeklyCapProperty() {
        return weeklyCap.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty dailyCapProperty() {
        return dailyCap.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HoursAxis> weekAxisProperty() {
        return weekAxis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HoursAxis> dayAxisProperty() {
        return dayAxis.getReadOnlyProperty();
    }

    /** One line under the title, e.g. "2 of 14 weeks over the 27 h cap". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The per-day chart's heading, e.g. "Week 3 by day · Sep 28 – Oct 4". */
    public ReadOnlyStringProperty dayTitleProperty() {
        return dayTitle.getReadOnlyProperty();
    }

    /** The week's number in the term (1 for the first), or 0 outside the term. */
    private int weekNumber(LocalDate monday) {
        for (int i = 0; i < termWeeks.size(); i++) {
            if (termWeeks.get(i).start().equals(monday)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The month's name under the week that holds its first day, and under the term's first week. */
    private static String monthLabel(LocalDate monday, boolean first) {
        LocalDate sunday = monday.plusDays(6);
        if (first) {
            return monday.getMonth() == sunday.getMonth() || monday.getDayOfMonth() == 1 ? month(monday) : month(sunday);
        }
        if (monday.getDayOfMonth() == 1 || sunday.getMonth() != monday.getMonth()) {
            return month(sunday);
        }
        return "";
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String range(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        return MONTH_DAY.format(monday) + " – " + (sunday.getMonth() == monday.getMonth() ? DAY.format(sunday) : MONTH_DAY.format(sunday));
    }

    private static String describe(int number, WorkloadWeek w) {
        StringBuilder text = new StringBuilder("Week ").append(number).append(" · ").append(range(w.start())).append(": ")
                .append(hours(w.hours())).append(" h");
        if (w.cap() > 0) {
            text.append(" (cap ").append(hours(w.cap())).append(" h)");
        }
        text.append('\n').append(parts(w.sync(), w.async(), w.homework(), w.commitments()));
        boolean overCap = w.cap() > 0 && w.hours() > w.cap();
        if (overCap) {
            text.append("\nOver the weekly cap by ").append(hours(w.hours() - w.cap())).append(" h");
        } else if (w.peak()) {
            text.append("\nA peak: far more than a usual week of the term");
        }
        if (w.peak() && !w.drivers().isEmpty()) {
            text.append("; most of it: ").append(drivers(w.drivers()));
        }
        return text.toString();
    }

    private static String describe(WorkloadDay d) {
        StringBuilder text = new StringBuilder(WEEKDAY_DATE.format(d.date())).append(": ").append(hours(d.hours())).append(" h");
        if (d.cap() > 0) {
            text.append(" (cap ").append(hours(d.cap())).append(" h)");
        }
        text.append('\n').append(parts(d.sync(), d.async(), d.homework(), d.commitments()));
        if (d.peak()) {
            text.append("\nOver the daily cap; most of it: ").append(drivers(d.drivers()));
        }
        return text.toString();
    }

    /** The biggest contributors with hours written like the rest: "Conference 40 h, HIST 210 2.1 h". */
    private static String drivers(List<WorkloadDriver> drivers) {
        List<String> written = new ArrayList<>(drivers.size());
        for (WorkloadDriver driver : drivers) {
            written.add(driver.name() + " " + hours(driver.hours()) + " h");
        }
        return String.join(", ", written);
    }

    private static String parts(double sync, double study, double homework, double commitments) {
        List<String> parts = new ArrayList<>(4);
        if (sync > 0) {
            parts.add("classes " + hours(sync) + " h");
        }
        if (study > 0) {
            parts.add("study " + hours(study) + " h");
        }
        if (homework > 0) {
            parts.add("homework " + hours(homework) + " h");
        }
        if (commitments > 0) {
            parts.add("commitments " + hours(commitments) + " h");
        }
        return parts.isEmpty() ? "nothing planned" : String.join(", ", parts);
    }

    private static String summarise(List<WorkloadWeek> weeks, double cap) {
        if (weeks.isEmpty()) {
            return "No weeks in this term";
        }
        long over = weeks.stream().filter(w -> cap > 0 && w.hours() > cap).count();
        long peaks = weeks.stream().filter(WorkloadWeek::peak).count();
        String capText = cap > 0 ? " the " + hours(cap) + " h cap" : " the cap";
        if (over > 0) {
            return over + " of " + weeks.size() + (weeks.size() == 1 ? " week" : " weeks") + " over" + capText
                    + (peaks > over ? ", " + (peaks - over) + " more " + (peaks - over == 1 ? "peak" : "peaks") : "");
        }
        if (peaks > 0) {
            return peaks + (peaks == 1 ? " peak week" : " peak weeks") + ", none over" + capText;
        }
        return "All " + weeks.size() + " weeks within" + capText;
    }

    /** Hours to one decimal, without a trailing ".0": 31.5, 12. */
    static String hours(double value) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}

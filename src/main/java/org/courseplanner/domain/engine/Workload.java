package org.courseplanner.domain.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.WorkloadBucket.Category;

/**
 * Hours per day and per ISO week of a term, and the peaks: weeks over the weekly cap, days over
 * the daily cap, and weeks above 1.5 times the term's median week. Every item counts its own
 * hours, overlapping or not, since the student owes both.
 *
 * <p>Async effort counts where the student planned study blocks; the rest of each window's
 * effort is spread evenly over the window. Homework hours spread evenly over the term's days
 * that are not breaks.
 */
public record Workload(List<WorkloadWeek> weeks, List<WorkloadDay> days, List<Finding> peaks) {
    static final double MEDIAN_FACTOR = 1.5;
    private static final int DRIVERS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    public static Workload of(TermPlan plan, TermCalendar calendar) {
        var term = plan.term();
        ZoneId zone = term.schoolZone();
        Map<LocalDate, WorkloadBucket> days = new TreeMap<>();
        for (LocalDate d = term.firstDay(); !d.isAfter(term.lastDay()); d = d.plusDays(1)) {
            days.put(d, new WorkloadBucket());
        }
        for (Occurrence o : calendar.sessions()) {
            spread(days, zone, o.start(), o.end(), Category.SYNC, o.courseCode(), hoursOf(o));
        }
        for (Occurrence o : calendar.commitments()) {
            spread(days, zone, o.start(), o.end(), Category.COMMITMENTS, o.title(), hoursOf(o));
        }
        Map<String, Double> planned = new HashMap<>();
        for (Occurrence o : calendar.studyBlocks()) {
            spread(days, zone, o.start(), o.end(), Category.ASYNC, o.courseCode(), hoursOf(o));
            planned.merge(calendar.studyModules().get(o.itemId()) + "/" + o.number(), hoursOf(o), Double::sum);
        }
        for (ModuleWindowOccurrence w : calendar.windows()) {
            double rest = w.effortHours() - planned.getOrDefault(w.moduleId() + "/" + w.number(), 0.0);
            spread(days, zone, w.opens(), w.due(), Category.ASYNC, w.courseCode(), rest);
        }
        long teachingDays = days.keySet().stream().filter(d -> !term.isBreak(d)).count();
        for (Course c : plan.courses()) {
            double perDay = c.weeklyHomeworkHours() / 7;
            if (perDay > 0 && teachingDays > 0) {
                days.forEach((d, bucket) -> {
                    if (!term.isBreak(d)) {
                        bucket.add(Category.HOMEWORK, c.code(), perDay);
                    }
                });
            }
        }
        return summarise(days, plan.weeklyCap(), term.dailyCapHours());
    }

    private static double hoursOf(Occurrence o) {
        return o.minutes() / 60.0;
    }

    /** Adds {@code hours} spread evenly over [from, to), split at midnight of the school's zone. */
    private static void spread(Map<LocalDate, WorkloadBucket> days, ZoneId zone, ZonedDateTime from, ZonedDateTime to, Category category,
                               String source, double hours) {
        if (hours <= 0) {
            return;
        }
        ZonedDateTime start = from.withZoneSameInstant(zone);
        ZonedDateTime end = to.withZoneSameInstant(zone);
        long total = Duration.between(start, end).toSeconds();
        if (total <= 0) {
            WorkloadBucket b = days.get(start.toLocalDate());
            if (b != null) {
                b.add(category, source, hours);
            }
            return;
        }
        ZonedDateTime cursor = start;
        while (cursor.isBefore(end)) {
            ZonedDateTime midnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
            ZonedDateTime pieceEnd = midnight.isBefore(end) ? midnight : end;
            WorkloadBucket b = days.get(cursor.toLocalDate());
            if (b != null) {
                b.add(category, source, hours * Duration.between(cursor, pieceEnd).toSeconds() / total);
            }
            cursor = pieceEnd;
        }
    }

    private static Workload summarise(Map<LocalDate, WorkloadBucket> days, double weeklyCap, double dailyCap) {
        Map<LocalDate, WorkloadBucket> weeks = new TreeMap<>();
        days.forEach((d, b) -> weeks.computeIfAbsent(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new WorkloadBucket()).addAll(b));
        double median = median(weeks.values().stream().mapToDouble(WorkloadBucket::total).sorted().toArray());
        List<Finding> peaks = new ArrayList<>();
        List<WorkloadWeek> weekRows = new ArrayList<>();
        weeks.forEach((monday, b) -> {
            double hours = b.total();
            boolean overCap = weeklyCap > 0 && hours > weeklyCap + 1e-9;
            boolean overMedian = median > 0 && hours > MEDIAN_FACTOR * median + 1e-9;
            List<String> drivers = b.drivers(DRIVERS);
            String name = isoWeek(monday);
            weekRows.add(new WorkloadWeek(name, monday, round(b.hours(Category.SYNC)), round(b.hours(Category.HOMEWORK)),
                    round(b.hours(Category.ASYNC)), round(b.hours(Category.COMMITMENTS)), round(hours), round(weeklyCap),
                    overCap || overMedian, drivers));
            if (overCap || overMedian) {
                String why = overCap ? "over your weekly cap of " + round(weeklyCap) + " h"
                        : "more than 1.5 times a usual week of the term (" + round(median) + " h)";
                peaks.add(new Finding("weekly-peak", overCap ? Severity.ERROR : Severity.WARNING, drivers, List.of(), monday,
                        monday.plusDays(6), 1, null, "Week " + name + " (" + SHORT.format(monday) + " – " + SHORT.format(monday.plusDays(6))
                        + ") has " + round(hours) + " h, " + why + "; most of it: " + String.join(", ", drivers)));
            }
        });
        List<WorkloadDay> dayRows = new ArrayList<>();
        days.forEach((d, b) -> {
            double hours = b.total();
            boolean peak = hours > dailyCap + 1e-9;
            List<String> drivers = b.drivers(DRIVERS);
            dayRows.add(new WorkloadDay(d, round(b.hours(Category.SYNC)), round(b.hours(Category.HOMEWORK)), round(b.hours(Category.ASYNC)),
                    round(b.hours(Category.COMMITMENTS)), round(hours), round(dailyCap), peak, drivers));
            if (peak) {
                peaks.add(new Finding("daily-peak", Severity.WARNING, drivers, List.of(), d, d, 1, null, DAY.format(d) + " has "
                        + round(hours) + " h, over your daily cap of " + round(dailyCap) + " h; most of it: " + String.join(", ", drivers)));
            }
        });
        return new Workload(List.copyOf(weekRows), List.copyOf(dayRows), List.copyOf(peaks));
    }

    static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** Hours to two decimals, as shown and stored. */
    static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}

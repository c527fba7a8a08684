package org.courseplanner.domain.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.WorkloadBucket.Category;
import org.courseplanner.domain.engine.WorkloadBucket.Sources;

/**
 * Hours per day and per ISO week of a term, and the peaks: weeks over the weekly cap, days over
 * the daily cap, and weeks above 1.5 times the term's median week. Every item counts its own
 * hours, overlapping or not, since the student owes both.
 *
 * <p>Async effort counts where the student planned study blocks; the rest of each window's
 * effort is spread evenly over the window. Homework counts where homework blocks are placed; the
 * rest of each term week's homework (the weekly hours for that week's days that are not breaks)
 * spreads evenly over those days.
 */
public record Workload(List<WorkloadWeek> weeks, List<WorkloadDay> days, List<Finding> peaks) {
    static final double MEDIAN_FACTOR = 1.5;
    private static final int DRIVERS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    public static Workload of(TermPlan plan, TermCalendar calendar) {
        var term = plan.term();
        Sources sources = new Sources();
        plan.courses().forEach(c -> sources.of(c.code()));
        plan.commitments().forEach(c -> sources.of(c.title()));
        Days days = new Days(term.firstDay(), term.lastDay(), term.schoolZone(), sources.size());
        for (Occurrence o : calendar.sessions()) {
            days.spread(o.startSecond(), o.endSecond(), Category.SYNC, sources.of(o.courseCode()), hoursOf(o));
        }
        for (Occurrence o : calendar.commitments()) {
            days.spread(o.startSecond(), o.endSecond(), Category.COMMITMENTS, sources.of(o.title()), hoursOf(o));
        }
        Map<Long, Double> planned = new HashMap<>();
        Map<Long, Double> homeworkPlaced = new HashMap<>();
        for (Occurrence o : calendar.studyBlocks()) {
            if (calendar.isHomework(o)) {
                days.spread(o.startSecond(), o.endSecond(), Category.HOMEWORK, sources.of(o.courseCode()), hoursOf(o));
                homeworkPlaced.merge(key(calendar.homeworkCourses().get(o.itemId()), o.number()), hoursOf(o), Double::sum);
                continue;
            }
            days.spread(o.startSecond(), o.endSecond(), Category.ASYNC, sources.of(o.courseCode()), hoursOf(o));
            planned.merge(key(calendar.studyModules().get(o.itemId()), o.number()), hoursOf(o), Double::sum);
        }
        for (ModuleWindowOccurrence w : calendar.windows()) {
            double rest = w.effortHours() - planned.getOrDefault(key(w.moduleId(), w.number()), 0.0);
            days.spread(w.opens().toEpochSecond(), w.due().toEpochSecond(), Category.ASYNC, sources.of(w.courseCode()), rest);
        }
        boolean[] breakDay = new boolean[days.count()];
        for (int d = 0; d < days.count(); d++) {
            breakDay[d] = term.isBreak(days.date(d));
        }
        int[] week = new int[days.count()];
        Map<Integer, Integer> teachingDays = new HashMap<>(); // per term week: its days that are not breaks
        for (int d = 0; d < days.count(); d++) {
            week[d] = term.weekNumber(days.date(d));
            if (!breakDay[d]) {
                teachingDays.merge(week[d], 1, Integer::sum);
            }
        }
        int[] teachingDaysOfWeek = new int[days.count()]; // looked up once a day, not once a day and course
        for (int d = 0; d < days.count(); d++) {
            teachingDaysOfWeek[d] = breakDay[d] ? 0 : teachingDays.get(week[d]);
        }
        for (Course c : plan.courses()) {
            double weekly = c.weeklyHomeworkHours();
            int source = weekly > 0 ? sources.of(c.code()) : -1;
            for (int d = 0; d < days.count() && weekly > 0; d++) {
                if (!breakDay[d]) {
                    double placed = homeworkPlaced.isEmpty() ? 0.0 : homeworkPlaced.getOrDefault(key(c.id(), week[d]), 0.0);
                    days.bucket(d).add(Category.HOMEWORK, source, homeworkPerDay(weekly, placed, teachingDaysOfWeek[d]));
                }
            }
        }
        Map<LocalDate, WorkloadBucket> byDate = new TreeMap<>();
        for (int d = 0; d < days.count(); d++) {
            byDate.put(days.date(d), days.bucket(d));
        }
        return summarise(byDate, plan.weeklyCap(), term.dailyCapHours(), sources);
    }

    /**
     * A week's homework not yet placed in blocks, per day of the week that is not a break. With
     * nothing placed it is the weekly hours / 7 itself, so a plan without homework blocks counts
     * exactly as before they existed.
     */
    private static double homeworkPerDay(double weeklyHours, double placed, int teachingDays) {
        if (placed <= 0) {
            return weeklyHours / 7;
        }
        return Math.max(0, weeklyHours * teachingDays / 7 - placed) / teachingDays;
    }

    /** A module's window or a course's term week as one number (no string per study block: a year's plan has thousands). */
    private static long key(long itemId, int number) {
        return (itemId << 10) | number;
    }

    private static double hoursOf(Occurrence o) {
        return o.minutes() / 60.0;
    }

    /** The term's days in the school's zone, with the instant each starts (a DST day has 23 or 25 hours). */
    private static final class Days {
        private final LocalDate first;
        private final long[] starts;
        private final WorkloadBucket[] buckets;

        Days(LocalDate first, LocalDate last, ZoneId zone, int sources) {
            this.first = first;
            int count = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
            starts = new long[count + 1];
            buckets = new WorkloadBucket[count];
            for (int d = 0; d <= count; d++) {
                starts[d] = first.plusDays(d).atStartOfDay(zone).toEpochSecond();
                if (d < count) {
                    buckets[d] = new WorkloadBucket(sources);
                }
            }
        }

        int count() {
            return buckets.length;
        }

        LocalDate date(int d) {
            return first.plusDays(d);
        }

        WorkloadBucket bucket(int d) {
            return buckets[d];
        }

        /** Adds {@code hours} spread evenly over [from, to), split at the days' midnights; outside the term is dropped. */
        void spread(long start, long end, Category category, int source, double hours) {
            if (hours <= 0) {
                return;
            }
            int d = Arrays.binarySearch(starts, start);
            d = d >= 0 ? d : -d - 2; // the day that contains start
            if (end <= start) {
                if (d >= 0 && d < buckets.length) {
                    buckets[d].add(category, source, hours);
                }
                return;
            }
            double total = end - start;
            for (d = Math.max(d, 0); d < buckets.length && starts[d] < end; d++) {
                long pieceStart = Math.max(start, starts[d]);
                long pieceEnd = Math.min(end, starts[d + 1]);
                if (pieceEnd > pieceStart) {
                    buckets[d].add(category, source, hours * (pieceEnd - pieceStart) / total);
                }
            }
        }
    }

    private static Workload summarise(Map<LocalDate, WorkloadBucket> days, double weeklyCap, double dailyCap, Sources sources) {
        Map<LocalDate, WorkloadBucket> weeks = new TreeMap<>();
        days.forEach((d, b) -> weeks.computeIfAbsent(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                k -> new WorkloadBucket(sources.size())).addAll(b));
        double median = median(weeks.values().stream().mapToDouble(WorkloadBucket::total).sorted().toArray());
        List<Finding> peaks = new ArrayList<>();
        List<WorkloadWeek> weekRows = new ArrayList<>();
        weeks.forEach((monday, b) -> {
            double hours = b.total();
            boolean overCap = weeklyCap > 0 && hours > weeklyCap + 1e-9;
            boolean overMedian = median > 0 && hours > MEDIAN_FACTOR * median + 1e-9;
            List<WorkloadDriver> drivers = b.drivers(DRIVERS, sources);
            List<String> driverNames = drivers.stream().map(WorkloadDriver::toString).toList();
            String name = isoWeek(monday);
            weekRows.add(new WorkloadWeek(name, monday, round(b.hours(Category.SYNC)), round(b.hours(Category.HOMEWORK)),
                    round(b.hours(Category.ASYNC)), round(b.hours(Category.COMMITMENTS)), round(hours), round(weeklyCap),
                    overCap || overMedian, drivers));
            if (overCap || overMedian) {
                String why = overCap ? "over your weekly cap of " + round(weeklyCap) + " h"
                        : "more than 1.5 times a usual week of the term (" + round(median) + " h)";
                peaks.add(new Finding("weekly-peak", overCap ? Severity.ERROR : Severity.WARNING, driverNames, List.of(), monday,
                        monday.plusDays(6), 1, null, "Week " + name + " (" + SHORT.format(monday) + " – " + SHORT.format(monday.plusDays(6))
                        + ") has " + round(hours) + " h, " + why + "; most of it: " + String.join(", ", driverNames)));
            }
        });
        List<WorkloadDay> dayRows = new ArrayList<>();
        Map<DayOfWeek, List<WorkloadDay>> peakDays = new TreeMap<>();
        days.forEach((d, b) -> {
            double hours = b.total();
            boolean peak = hours > dailyCap + 1e-9;
            WorkloadDay row = new WorkloadDay(d, round(b.hours(Category.SYNC)), round(b.hours(Category.HOMEWORK)),
                    round(b.hours(Category.ASYNC)), round(b.hours(Category.COMMITMENTS)), round(hours), round(dailyCap), peak, b.drivers(DRIVERS, sources));
            dayRows.add(row);
            if (peak) {
                peakDays.computeIfAbsent(d.getDayOfWeek(), k -> new ArrayList<>()).add(row);
            }
        });
        // A long weekday that repeats all term is one finding, like a recurring conflict.
        peakDays.forEach((weekday, rows) -> peaks.add(dailyPeak(weekday, rows, dailyCap)));
        return new Workload(List.copyOf(weekRows), List.copyOf(dayRows), List.copyOf(peaks));
    }

    private static Finding dailyPeak(DayOfWeek weekday, List<WorkloadDay> rows, double dailyCap) {
        WorkloadDay first = rows.get(0);
        WorkloadDay last = rows.get(rows.size() - 1);
        WorkloadDay longest = rows.stream().max(java.util.Comparator.comparingDouble(WorkloadDay::hours)).orElseThrow();
        String when;
        if (rows.size() == 1) {
            when = DAY.format(first.date()) + " has " + round(first.hours()) + " h";
        } else {
            double least = rows.stream().mapToDouble(WorkloadDay::hours).min().orElseThrow();
            when = FindingGroups.plural(weekday) + " have " + (least == longest.hours() ? round(least) : round(least) + "–" + round(longest.hours()))
                    + " h, " + rows.size() + " times, " + SHORT.format(first.date()) + " – " + SHORT.format(last.date()) + ",";
        }
        List<String> driverNames = longest.drivers().stream().map(WorkloadDriver::toString).toList();
        return new Finding("daily-peak", Severity.WARNING, driverNames, List.of(), first.date(), last.date(), rows.size(), null,
                when + " over your daily cap of " + round(dailyCap) + " h; most of it: " + String.join(", ", driverNames));
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

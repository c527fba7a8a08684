package org.courseplanner.domain.week;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.courseplanner.domain.engine.ModuleWindowOccurrence;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.OccurrenceType;

/** Lays out one week of occurrences as blocks in day columns, in the zone the student chose. Pure Java. */
public final class WeekLayout {
    private static final int DAY_MINUTES = 24 * 60;

    private WeekLayout() {
    }

    /**
     * The week's blocks: each occurrence on the days it touches, at its wall-clock minutes on
     * {@code zone}'s clock (on a day the clocks change, a 10:00 class sits at 10:00), side by side
     * where they overlap. Counted in epoch seconds, not a ZonedDateTime per occurrence and day: a
     * week switch lays out a thousand.
     *
     * @param colours   course colour by course code
     * @param inConflict whether an occurrence is part of a conflict
     */
    public static List<WeekBlock> blocks(List<Occurrence> occurrences, LocalDate monday, ZoneId zone, Map<String, String> colours,
                                         Predicate<Occurrence> inConflict) {
        long[] dayStarts = new long[8]; // the instant each day starts (the zone's midnight), and the next Monday's
        for (int d = 0; d <= 7; d++) {
            dayStarts[d] = monday.plusDays(d).atStartOfDay(zone).toEpochSecond();
        }
        long mondayLocal = monday.toEpochDay() * 86_400L; // Monday 00:00 on the wall clock, as seconds since 1970-01-01T00:00
        ZoneRules rules = zone.getRules();
        List<WeekBlock> pieces = new ArrayList<>();
        for (Occurrence o : occurrences) {
            long start = o.startSecond();
            long end = o.endSecond();
            if (o.type() == OccurrenceType.DEADLINE || end <= dayStarts[0] || start >= dayStarts[7]) {
                continue; // deadlines show as the ends of window bars
            }
            boolean conflict = inConflict.test(o);
            String colour = o.courseCode() == null ? null : colours.get(o.courseCode());
            long startWall = start + rules.getOffset(Instant.ofEpochSecond(start)).getTotalSeconds() - mondayLocal;
            long endWall = end + rules.getOffset(Instant.ofEpochSecond(end)).getTotalSeconds() - mondayLocal;
            // one piece per day it touches (an overnight shift runs into the next day)
            for (int d = 0; d < 7; d++) {
                if (start >= dayStarts[d + 1] || end <= dayStarts[d]) {
                    continue;
                }
                int from = start > dayStarts[d] ? minuteOfDay(startWall, d) : 0;
                int to = end < dayStarts[d + 1] ? minuteOfDay(endWall, d) : DAY_MINUTES;
                if (to <= from) { // it ends in the hour a clock put back repeats: as long as it lasts
                    to = (int) Math.min(DAY_MINUTES, from + (Math.min(end, dayStarts[d + 1]) - Math.max(start, dayStarts[d])) / 60);
                }
                if (to > from) {
                    pieces.add(new WeekBlock(o, d, from, to, 0, 1, colour, conflict));
                }
            }
        }
        return inLanes(pieces);
    }

    /** Minutes after day {@code day}'s midnight on the wall clock, 0 to 1440, of a wall-clock time counted from Monday 00:00. */
    private static int minuteOfDay(long wallSeconds, int day) {
        return (int) Math.min(DAY_MINUTES, Math.max(0, (wallSeconds - day * 86_400L) / 60));
    }

    /** Overlapping blocks of a day share its width: each gets the first free lane of its cluster. */
    static List<WeekBlock> inLanes(List<WeekBlock> pieces) {
        List<WeekBlock> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(WeekBlock::day).thenComparingInt(WeekBlock::startMinute).thenComparingInt(b -> -b.endMinute()));
        int n = sorted.size();
        int[] lane = new int[n];
        int[] lanes = new int[n];
        int[] laneEnds = new int[n + 1];
        int used = 0; // lanes of the cluster so far
        int clusterStart = 0;
        int clusterEnd = -1;
        int day = -1;
        for (int i = 0; i < n; i++) {
            WeekBlock b = sorted.get(i);
            if (b.day() != day || b.startMinute() >= clusterEnd) { // a new cluster: the last one knows its lanes
                java.util.Arrays.fill(lanes, clusterStart, i, Math.max(1, used));
                clusterStart = i;
                clusterEnd = -1;
                used = 0;
                day = b.day();
            }
            int l = 0;
            while (l < used && laneEnds[l] > b.startMinute()) {
                l++;
            }
            used = Math.max(used, l + 1);
            laneEnds[l] = b.endMinute();
            lane[i] = l;
            clusterEnd = Math.max(clusterEnd, b.endMinute());
        }
        java.util.Arrays.fill(lanes, clusterStart, n, Math.max(1, used));
        List<WeekBlock> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            WeekBlock b = sorted.get(i);
            placed.add(new WeekBlock(b.occurrence(), b.day(), b.startMinute(), b.endMinute(), lane[i], lanes[i], b.colour(), b.conflict()));
        }
        return placed;
    }

    /**
     * The width of each of the seven day columns: every block at least {@code minLaneWidth} wide in
     * its lane ({@code lanes} of them sharing the day, {@code dayPadding} left over), every day at
     * least {@code minDayWidth}; crowded days get what they need and the others share the rest of
     * {@code available} equally. When the days need more than that, each gets just what it needs and
     * the sum is wider than {@code available} (the week then scrolls sideways).
     */
    public static double[] columnWidths(List<WeekBlock> blocks, ToDoubleFunction<WeekBlock> minLaneWidth, double dayPadding,
                                        double minDayWidth, double available) {
        double[] need = new double[7];
        java.util.Arrays.fill(need, minDayWidth);
        for (WeekBlock b : blocks) {
            need[b.day()] = Math.max(need[b.day()], dayPadding + b.lanes() * minLaneWidth.applyAsDouble(b));
        }
        double sum = java.util.Arrays.stream(need).sum();
        if (sum >= available) {
            return need;
        }
        // water-filling: raise every day below the level to it, the level being what makes the sum fit
        double[] sorted = need.clone();
        java.util.Arrays.sort(sorted);
        double level = available / 7;
        double above = 0;
        for (int k = 6; k >= 0; k--) {
            level = (available - above) / (k + 1); // days 0..k at the level, the rest at their need
            if (level >= sorted[k]) {
                break;
            }
            above += sorted[k];
        }
        double[] widths = new double[7];
        for (int d = 0; d < 7; d++) {
            widths[d] = Math.max(need[d], level);
        }
        return widths;
    }

    /** The module windows that touch the week, as bars in rows that do not overlap. */
    public static List<WindowBar> windows(List<ModuleWindowOccurrence> windows, LocalDate monday, ZoneId zone, Map<String, String> colours) {
        ZonedDateTime weekStart = monday.atStartOfDay(zone);
        ZonedDateTime weekEnd = monday.plusDays(7).atStartOfDay(zone);
        List<WindowBar> bars = new ArrayList<>();
        List<Double> rowEnds = new ArrayList<>();
        List<ModuleWindowOccurrence> touching = windows.stream()
                .filter(w -> w.due().isAfter(weekStart) && w.opens().isBefore(weekEnd))
                .sorted(Comparator.comparing(ModuleWindowOccurrence::opens)).toList();
        for (ModuleWindowOccurrence w : touching) {
            double from = Math.max(0, days(weekStart, w.opens()));
            double to = Math.min(7, days(weekStart, w.due()));
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > from) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(to);
            } else {
                rowEnds.set(row, to);
            }
            bars.add(new WindowBar(w.title(), colours.get(w.courseCode()), from, to, !w.due().isAfter(weekEnd), row));
        }
        return bars;
    }

    private static double days(ZonedDateTime weekStart, ZonedDateTime t) {
        return ChronoUnit.MINUTES.between(weekStart, t.withZoneSameInstant(weekStart.getZone())) / (double) DAY_MINUTES;
    }
}

package org.courseplanner.domain.week;

import java.time.LocalDate;
import java.time.ZoneId;
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
     * @param colours   course colour by course code
     * @param inConflict whether an occurrence is part of a conflict
     */
    public static List<WeekBlock> blocks(List<Occurrence> occurrences, LocalDate monday, ZoneId zone, Map<String, String> colours,
                                         Predicate<Occurrence> inConflict) {
        List<WeekBlock> pieces = new ArrayList<>();
        ZonedDateTime weekStart = monday.atStartOfDay(zone);
        ZonedDateTime weekEnd = monday.plusDays(7).atStartOfDay(zone);
        for (Occurrence o : occurrences) {
            if (o.type() == OccurrenceType.DEADLINE) {
                continue; // deadlines show as the ends of window bars
            }
            ZonedDateTime start = o.start().withZoneSameInstant(zone);
            ZonedDateTime end = o.end().withZoneSameInstant(zone);
            if (!end.isAfter(weekStart) || !start.isBefore(weekEnd)) {
                continue;
            }
            boolean conflict = inConflict.test(o);
            // one piece per day it touches (an overnight shift runs into the next day)
            for (LocalDate day = start.toLocalDate(); day.atStartOfDay(zone).isBefore(end); day = day.plusDays(1)) {
                int index = (int) ChronoUnit.DAYS.between(monday, day);
                if (index < 0 || index > 6) {
                    continue;
                }
                ZonedDateTime dayStart = day.atStartOfDay(zone);
                int from = start.isAfter(dayStart) ? minutes(dayStart, start) : 0;
                int to = end.isBefore(day.plusDays(1).atStartOfDay(zone)) ? minutes(dayStart, end) : DAY_MINUTES;
                if (to > from) {
                    pieces.add(new WeekBlock(o, index, from, to, 0, 1, o.courseCode() == null ? null : colours.get(o.courseCode()), conflict));
                }
            }
        }
        return inLanes(pieces);
    }

    private static int minutes(ZonedDateTime dayStart, ZonedDateTime t) {
        return (int) Math.min(DAY_MINUTES, Math.max(0, ChronoUnit.MINUTES.between(dayStart, t)));
    }

    /** Overlapping blocks of a day share its width: each gets the first free lane of its cluster. */
    static List<WeekBlock> inLanes(List<WeekBlock> pieces) {
        List<WeekBlock> placed = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            final int d = day;
            List<WeekBlock> today = pieces.stream().filter(b -> b.day() == d)
                    .sorted(Comparator.comparingInt(WeekBlock::startMinute).thenComparingInt(b -> -b.endMinute())).toList();
            List<WeekBlock> cluster = new ArrayList<>();
            List<Integer> laneEnds = new ArrayList<>();
            int clusterEnd = -1;
            for (WeekBlock b : today) {
                if (b.startMinute() >= clusterEnd && !cluster.isEmpty()) {
                    placed.addAll(withLanes(cluster, laneEnds.size()));
                    cluster.clear();
                    laneEnds.clear();
                }
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane) > b.startMinute()) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(b.endMinute());
                } else {
                    laneEnds.set(lane, b.endMinute());
                }
                cluster.add(new WeekBlock(b.occurrence(), b.day(), b.startMinute(), b.endMinute(), lane, 1, b.colour(), b.conflict()));
                clusterEnd = Math.max(clusterEnd, b.endMinute());
            }
            placed.addAll(withLanes(cluster, laneEnds.size()));
        }
        return placed;
    }

    private static List<WeekBlock> withLanes(List<WeekBlock> cluster, int lanes) {
        return cluster.stream().map(b -> new WeekBlock(b.occurrence(), b.day(), b.startMinute(), b.endMinute(), b.lane(), Math.max(1, lanes),
                b.colour(), b.conflict())).toList();
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

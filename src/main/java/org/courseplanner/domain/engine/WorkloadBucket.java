package org.courseplanner.domain.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hours of one day or week, by category and by what they come from (a course code, a commitment). */
final class WorkloadBucket {
    enum Category { SYNC, HOMEWORK, ASYNC, COMMITMENTS }

    private final double[] byCategory = new double[Category.values().length];
    private final Map<String, double[]> bySource = new HashMap<>();

    void add(Category category, String source, double hours) {
        if (hours <= 0) {
            return;
        }
        byCategory[category.ordinal()] += hours;
        bySource.computeIfAbsent(source, k -> new double[1])[0] += hours;
    }

    void addAll(WorkloadBucket other) {
        for (int i = 0; i < byCategory.length; i++) {
            byCategory[i] += other.byCategory[i];
        }
        other.bySource.forEach((k, v) -> bySource.computeIfAbsent(k, x -> new double[1])[0] += v[0]);
    }

    double hours(Category category) {
        return byCategory[category.ordinal()];
    }

    double total() {
        double sum = 0;
        for (double h : byCategory) {
            sum += h;
        }
        return sum;
    }

    private static final Comparator<Map.Entry<String, double[]>> BIGGEST_FIRST =
            Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey);

    /** The biggest contributors, e.g. ["CS 101 9.5 h", "Café shift 8 h"]; ties by name. */
    List<String> drivers(int top) {
        // keep the top few in a small sorted list: days and weeks may have hundreds of sources
        List<Map.Entry<String, double[]>> best = new ArrayList<>(top + 1);
        for (Map.Entry<String, double[]> e : bySource.entrySet()) {
            if (best.size() < top || BIGGEST_FIRST.compare(e, best.get(best.size() - 1)) < 0) {
                int at = 0;
                while (at < best.size() && BIGGEST_FIRST.compare(best.get(at), e) < 0) {
                    at++;
                }
                best.add(at, e);
                if (best.size() > top) {
                    best.remove(top);
                }
            }
        }
        return best.stream().map(e -> e.getKey() + " " + Workload.round(e.getValue()[0]) + " h").toList();
    }
}

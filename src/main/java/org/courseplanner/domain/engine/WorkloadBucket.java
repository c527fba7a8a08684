package org.courseplanner.domain.engine;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hours of one day or week, by category and by what they come from (a course code, a commitment). */
final class WorkloadBucket {
    enum Category { SYNC, HOMEWORK, ASYNC, COMMITMENTS }

    private final Map<Category, Double> byCategory = new EnumMap<>(Category.class);
    private final Map<String, Double> bySource = new LinkedHashMap<>();

    void add(Category category, String source, double hours) {
        if (hours <= 0) {
            return;
        }
        byCategory.merge(category, hours, Double::sum);
        bySource.merge(source, hours, Double::sum);
    }

    void addAll(WorkloadBucket other) {
        other.byCategory.forEach((k, v) -> byCategory.merge(k, v, Double::sum));
        other.bySource.forEach((k, v) -> bySource.merge(k, v, Double::sum));
    }

    double hours(Category category) {
        return byCategory.getOrDefault(category, 0.0);
    }

    double total() {
        return byCategory.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The biggest contributors, e.g. ["CS 101 9.5 h", "Café shift 8 h"]. */
    List<String> drivers(int top) {
        return bySource.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(top).map(e -> e.getKey() + " " + Workload.round(e.getValue()) + " h").toList();
    }
}

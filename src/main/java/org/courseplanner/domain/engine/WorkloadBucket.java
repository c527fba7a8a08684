package org.courseplanner.domain.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Hours of one day or week, by category and by source (a course code, a commitment's title).
 * Sources are numbered by {@link Sources}, so a bucket is two arrays, however many there are.
 */
final class WorkloadBucket {
    enum Category { SYNC, HOMEWORK, ASYNC, COMMITMENTS }

    /** The names of the sources, numbered in the order they are first seen. */
    static final class Sources {
        private final java.util.Map<String, Integer> index = new java.util.HashMap<>();
        private final List<String> names = new ArrayList<>();

        int of(String name) {
            Integer known = index.get(name); // nearly always: every meeting of a course asks
            if (known != null) {
                return known;
            }
            names.add(name);
            index.put(name, names.size() - 1);
            return names.size() - 1;
        }

        int size() {
            return names.size();
        }

        String name(int source) {
            return names.get(source);
        }
    }

    private final double[] byCategory = new double[Category.values().length];
    private final double[] bySource;

    WorkloadBucket(int sources) {
        bySource = new double[sources];
    }

    void add(Category category, int source, double hours) {
        if (hours <= 0) {
            return;
        }
        byCategory[category.ordinal()] += hours;
        bySource[source] += hours;
    }

    void addAll(WorkloadBucket other) {
        for (int i = 0; i < byCategory.length; i++) {
            byCategory[i] += other.byCategory[i];
        }
        for (int i = 0; i < bySource.length; i++) {
            bySource[i] += other.bySource[i];
        }
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

    /** The biggest contributors, e.g. CS 101 9.5 h, Café shift 8 h; ties by name. */
    List<WorkloadDriver> drivers(int top, Sources sources) {
        List<Integer> best = new ArrayList<>(top + 1);
        for (int s = 0; s < bySource.length; s++) {
            if (bySource[s] <= 0) {
                continue;
            }
            int at = best.size();
            while (at > 0 && before(s, best.get(at - 1), sources)) {
                at--;
            }
            if (at < top) {
                best.add(at, s);
                if (best.size() > top) {
                    best.remove(top);
                }
            }
        }
        List<WorkloadDriver> drivers = new ArrayList<>(best.size()); // a loop, not a stream: a year's plan asks for every day
        for (int s : best) {
            drivers.add(new WorkloadDriver(sources.name(s), Workload.round(bySource[s])));
        }
        return List.copyOf(drivers);
    }

    private boolean before(int a, int b, Sources sources) {
        double ha = Workload.round(bySource[a]);
        double hb = Workload.round(bySource[b]);
        return ha > hb || (ha == hb && sources.name(a).compareTo(sources.name(b)) < 0);
    }
}

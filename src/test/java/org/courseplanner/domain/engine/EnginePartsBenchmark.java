package org.courseplanner.domain.engine;

import java.util.Locale;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.TermPlan;

/**
 * Where the engine's time goes on the benchmark's 100k plan: the calendar, each conflict rule and
 * the workload, each timed alone in one warm JVM (median of 15 after 15 warm-up runs). Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.domain.engine.EnginePartsBenchmark -Dbench.sizes=100000}.
 */
public final class EnginePartsBenchmark {
    private EnginePartsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TermPlan plan = EngineBenchmark.syntheticPlan(size, 42);
        TermCalendar calendar = TermCalendar.of(plan);
        ConflictSettings settings = plan.term().conflictSettings();
        for (int warm = 0; warm < 15; warm++) {
            PlanFindings.of(plan);
        }
        System.out.printf(Locale.ROOT, "%-26s %8.1f ms%n", "whole engine", EngineBenchmark.median(15, () -> PlanFindings.of(plan).all().size()));
        System.out.printf(Locale.ROOT, "%-26s %8.1f ms%n", "calendar", EngineBenchmark.median(15, () -> TermCalendar.of(plan).all().size()));
        for (ConflictRule rule : ConflictFinder.RULES) {
            System.out.printf(Locale.ROOT, "%-26s %8.1f ms%n", rule.getClass().getSimpleName(),
                    EngineBenchmark.median(15, () -> rule.find(calendar, settings).size()));
        }
        System.out.printf(Locale.ROOT, "%-26s %8.1f ms%n", "workload", EngineBenchmark.median(15, () -> Workload.of(plan, calendar).peaks().size()));
    }
}

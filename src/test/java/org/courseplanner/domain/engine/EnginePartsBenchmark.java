package org.courseplanner.domain.engine;

import java.util.Locale;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.TermPlan;

/**
 * Where the engine's time goes on the benchmark's 100k plan: the calendar, each conflict rule and
 * the workload, each timed alone in one warm JVM (median and min wall time of 15 runs, and the mean CPU
 * time of the process per run, after the engine's first run and its warm-up, and 15 warm-up runs of
 * each part). Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.domain.engine.EnginePartsBenchmark -Dbench.sizes=100000}.
 */
public final class EnginePartsBenchmark {
    private EnginePartsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TermPlan plan = EngineBenchmark.syntheticPlan(size, 42);
        double first = EngineBenchmark.timeOnce(() -> PlanFindings.of(plan).all().size());
        TermCalendar calendar = TermCalendar.of(plan);
        ConflictSettings settings = plan.term().conflictSettings();
        System.out.printf(Locale.ROOT, "%-26s %8s %8s %8s   (first run %.1f ms, then %d warm-up runs)%n", "", "median", "min", "cpu", first,
                EngineBenchmark.ENGINE_WARM_UP_RUNS);
        print("whole engine", EngineBenchmark.timing(EngineBenchmark.ENGINE_WARM_UP_RUNS, EngineBenchmark.ENGINE_RUNS,
                () -> PlanFindings.of(plan).all().size()));
        print("calendar", EngineBenchmark.timing(15, EngineBenchmark.ENGINE_RUNS, () -> TermCalendar.of(plan).sessions().size()));
        for (ConflictRule rule : ConflictFinder.RULES) {
            print(rule.getClass().getSimpleName(), EngineBenchmark.timing(15, EngineBenchmark.ENGINE_RUNS, () -> rule.find(calendar, settings).size()));
        }
        print("workload", EngineBenchmark.timing(15, EngineBenchmark.ENGINE_RUNS, () -> Workload.of(plan, calendar).peaks().size()));
    }

    private static void print(String part, EngineBenchmark.Timing t) {
        System.out.printf(Locale.ROOT, "%-26s %8.1f %8.1f %8.1f ms%n", part, t.median(), t.min(), t.cpuMean());
    }
}

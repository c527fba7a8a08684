package org.courseplanner.domain.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.courseplanner.domain.TermPlan;

/** Everything the engine says about a term: its calendar, its conflicts and its workload peaks. */
public record PlanFindings(TermCalendar calendar, List<Finding> conflicts, Workload workload) {

    /**
     * The version of what the rules find and say. Bump it whenever a rule, a message or the
     * workload changes, so that stored findings are recomputed when a plan is next opened.
     */
    public static final int RULES_VERSION = 4;

    public static PlanFindings of(TermPlan plan) {
        TermCalendar calendar = TermCalendar.of(plan);
        // the rules and the workload only read the calendar: on a computer with two cores or more they run side by side
        ForkJoinTask<Workload> workload = ForkJoinPool.commonPool().submit(() -> Workload.of(plan, calendar));
        List<Finding> conflicts = ConflictFinder.find(calendar, plan.term().conflictSettings());
        return new PlanFindings(calendar, conflicts, workload.join());
    }

    /** Conflicts, then peaks: what the store keeps as flags. */
    public List<Finding> all() {
        List<Finding> all = new ArrayList<>(conflicts);
        all.addAll(workload.peaks());
        return all;
    }
}

package org.courseplanner.domain.engine;

import java.util.ArrayList;
import java.util.List;
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
        return new PlanFindings(calendar, ConflictFinder.find(calendar, plan.term().conflictSettings()), Workload.of(plan, calendar));
    }

    /** Conflicts, then peaks: what the store keeps as flags. */
    public List<Finding> all() {
        List<Finding> all = new ArrayList<>(conflicts);
        all.addAll(workload.peaks());
        return all;
    }
}

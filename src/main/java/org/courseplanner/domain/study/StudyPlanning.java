package org.courseplanner.domain.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.courseplanner.domain.ImportChanges;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.TermPlan;

/**
 * "Plan study time" for the window and the command line: reads the term, plans, and stores the result
 * through the planner in one transaction, as one step to undo. Nothing is stored when some study could
 * not be placed, unless a best effort is asked for.
 */
public final class StudyPlanning {
    private final Planner planner;
    private final Clock clock;

    public StudyPlanning(Planner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * What a run did.
     *
     * @param plan    what the planner found (blocks, shortages, notes)
     * @param changes what was stored, to undo as one step; null when nothing was stored
     */
    public record Run(StudyPlan plan, ImportChanges changes) {
        public boolean stored() {
            return changes != null;
        }
    }

    /**
     * Plans the study time due from {@code from} to {@code to} (null: from now, to the term's end) in the named
     * term. With {@code dryRun} nothing is stored; without {@code bestEffort} nothing is stored either when some
     * study could not be placed.
     */
    public Run run(String termName, LocalDate from, LocalDate to, boolean bestEffort, boolean dryRun, BooleanSupplier cancelled) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new Refusal("to", "the last day (" + to + ") is before the first (" + from + "): give a range in date order");
        }
        return planner.atomically(() -> {
            TermPlan plan = planner.plan(termName);
            Instant notBefore = from == null ? clock.instant() : null; // by default, nothing in the past
            StudyPlan result = StudyTimePlanner.plan(plan, from, to, notBefore, cancelled);
            if (dryRun || result.changesNothing() || (!result.complete() && !bestEffort)) {
                return new Run(result, null);
            }
            ImportChanges changes = planner.replaceStudyBlocks(plan.term().id(), result.removed(), result.added());
            return new Run(result, changes);
        });
    }
}

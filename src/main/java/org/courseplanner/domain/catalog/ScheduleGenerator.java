package org.courseplanner.domain.catalog;

import org.courseplanner.domain.Progress;
import org.courseplanner.domain.TermPlan;

/**
 * Finds every conflict-free choice of sections for the courses a student asks for, counts them,
 * and ranks the best by the student's preferences; explains why when none fits.
 */
public final class ScheduleGenerator {
    private final Catalog catalog;
    private final TermPlan plan;

    /** For this catalog, with the plan's commitments and the sessions of other courses as obstacles. */
    public ScheduleGenerator(Catalog catalog, TermPlan plan) {
        this.catalog = catalog;
        this.plan = plan;
    }

    /** Cancelling through the progress stops the search with what it found so far. */
    public ScheduleResults generate(ScheduleRequest request, Progress progress) {
        throw new UnsupportedOperationException("being written");
    }
}

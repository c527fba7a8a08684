package org.courseplanner.ui.catalog;

import org.courseplanner.domain.Progress;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.ScheduleGenerator;
import org.courseplanner.domain.catalog.ScheduleRequest;
import org.courseplanner.domain.catalog.ScheduleResults;

/** Finds the schedules for a request: the domain's generator in the window, a fixed answer in view-model tests. */
@FunctionalInterface
public interface ScheduleSearch {
    ScheduleResults find(Catalog catalog, TermPlan plan, ScheduleRequest request, Progress progress);

    /** The domain's {@link ScheduleGenerator}. */
    static ScheduleSearch generator() {
        return (catalog, plan, request, progress) -> new ScheduleGenerator(catalog, plan).generate(request, progress);
    }
}

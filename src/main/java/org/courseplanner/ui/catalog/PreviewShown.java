package org.courseplanner.ui.catalog;

import org.courseplanner.domain.engine.PlanFindings;

/** Where a chosen schedule is shown before it is used: the week, with the rest of the plan (the main window wires it). */
public interface PreviewShown {
    /** Shows the plan with the schedule in it; the preview's own items are drawn apart and cannot be edited. */
    void show(SchedulePreview preview, PlanFindings findings);

    /** Back to the plan as it is. */
    void end();
}

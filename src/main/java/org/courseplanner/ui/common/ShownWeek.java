package org.courseplanner.ui.common;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.PlanFindings;

/**
 * The week calendar as the rest of the window sees it: what it shows, which week, on whose clock,
 * and who opens an item's form. The main window talks to the week only through this (app wires
 * the week feature's view model in), so the two features stay apart.
 */
public interface ShownWeek {

    /** Shows a (newly loaded) term: stays on the week shown if it is in the term, else goes to today's or the first. */
    void show(TermPlan plan, PlanFindings findings);

    /**
     * Shows the plan with items only a preview has (a generated schedule, nothing saved): drawn
     * apart, not editable, until {@link #endPreview} or the next {@link #show}.
     */
    void showPreview(TermPlan withPreview, PlanFindings findings, java.util.Set<Long> previewItems);

    /** Back to the plan last shown. */
    void endPreview();

    /** Opens the week a finding first happens in and highlights the items it names. */
    void showFinding(Finding finding);

    /** Opens the week that starts on (or contains) {@code day}. */
    void showWeekOf(LocalDate day);

    /** The Monday of the week shown. */
    ObjectProperty<LocalDate> mondayProperty();

    /** Whose clock the calendar shows. */
    ObjectProperty<ZoneChoice> zoneChoiceProperty();

    /** Opens the form of an item by its id (Enter or a double click on a block). */
    ObjectProperty<Consumer<Long>> itemEditorProperty();

    /** Plans study time: what the week's "Plan study time" button does (the main window sets it; none: the button is off). */
    ObjectProperty<Runnable> studyPlannerProperty();

    /** True while study time is being planned: the button is off meanwhile. */
    BooleanProperty planningStudyProperty();

    /** "Week 3 · Sep 14–20". */
    ReadOnlyStringProperty titleProperty();
}

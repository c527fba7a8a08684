package org.courseplanner.ui.main;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.study.StudyPlan;
import org.courseplanner.domain.study.StudyPlanning;
import org.courseplanner.domain.study.StudyTimePlanner;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Failures;
import org.courseplanner.ui.common.RunningWork;
import org.courseplanner.ui.common.UndoStack;
import org.courseplanner.ui.common.UndoableEdit;

/**
 * "Plan study time" for the term shown, from now on, in the background and cancellable: a run that
 * places blocks is one step of the undo history; one that cannot place everything changes nothing
 * and hands the shortages to the window, which may ask for a best effort. The sentences are the
 * command line's ({@code study plan}).
 */
public final class StudyTimeActions {
    /** The findings that study the planner placed can cause, and a new run can mend. */
    private static final Set<String> MENDABLE_RULES = Set.of("study-overlap", "study-outside-window", "quiet-hours");

    private final Planner planner;
    private final Clock clock;
    private final BackgroundTasks tasks;
    private final Supplier<TermPlan> current;
    private final Consumer<String> notice;
    private final Consumer<String> message;
    private final UndoStack undo;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private RunningWork work;

    /**
     * @param clock   the planner's clock: study is planned from its "now" on
     * @param notice  says in the status bar what a run is doing or did
     * @param message says why a run failed
     */
    StudyTimeActions(Planner planner, Clock clock, BackgroundTasks tasks, Supplier<TermPlan> current, Consumer<String> notice,
                     Consumer<String> message, UndoStack undo) {
        this.planner = planner;
        this.clock = clock;
        this.tasks = tasks;
        this.current = current;
        this.notice = notice;
        this.message = message;
        this.undo = undo;
    }

    /** What the window shows the student after a run that needs their eyes. */
    public interface Answers {
        /** Not everything fits, and nothing was changed. */
        void doesNotFit(Shortfall shortfall);

        /** Blocks were placed, and the planner has notes on them (a day still over the daily cap). */
        void notes(String placed, List<String> notes);
    }

    /**
     * Study time that does not fit.
     *
     * @param termName        the term planned
     * @param shortages       one sentence per stretch of time that is too short, naming its modules and what to do
     * @param neededMinutes   the study time there is to place
     * @param placeableMinutes what a best effort would place
     */
    public record Shortfall(String termName, List<String> shortages, long neededMinutes, long placeableMinutes) {
        public Shortfall {
            shortages = List.copyOf(shortages);
        }

        /** The dialog's heading. */
        public String heading() {
            return "Not all study time fits, so nothing was changed";
        }

        /** What "Place what fits" would do. */
        public String bestEffort() {
            if (placeableMinutes == 0) {
                return "None of the " + StudyTimePlanner.hours(neededMinutes) + " still to plan in " + termName + " fits.";
            }
            return "Place what fits places " + StudyTimePlanner.hours(placeableMinutes) + " of the " + StudyTimePlanner.hours(neededMinutes)
                    + " still to plan in " + termName + "; the rest stays for you to place. Edit ▸ Undo takes it back.";
        }
    }

    /**
     * Plans the study time of the term shown from now on: every module week and every live course's
     * homework week that still needs time. With {@code bestEffort}, places what fits when not all does.
     */
    public void plan(boolean bestEffort, Answers answers) {
        TermPlan plan = current.get();
        if (plan == null) {
            message.accept("Add a term first: study time is planned into a term's weeks.");
            return;
        }
        if (running.get()) {
            return; // one run at a time: the button and the menu item are off meanwhile
        }
        String term = plan.term().name();
        message.accept("");
        notice.accept("Planning study time in " + term + " from now on…");
        running.set(true);
        work = tasks.runWithProgress("Planning study time in " + term, progress -> {
            StudyPlanning.Run run = new StudyPlanning(planner, clock).run(term, null, null, bestEffort, false, progress::cancelled);
            if (run.stored() && progress.cancelled()) {
                planner.undo(run.changes()); // cancelled after it was saved: the student asked for nothing to change
                throw new Progress.Cancelled("Planning study time");
            }
            return run;
        }, run -> {
            running.set(false);
            finished(term, run, answers);
        }, e -> {
            running.set(false);
            if (e instanceof CancellationException || e instanceof Progress.Cancelled) {
                notice.accept("Stopped planning study time; nothing was changed.");
            } else {
                notice.accept("");
                message.accept(Failures.sentence("Could not plan study time", e));
            }
        });
    }

    private void finished(String term, StudyPlanning.Run run, Answers answers) {
        StudyPlan plan = run.plan();
        if (!run.stored()) {
            if (!plan.complete()) {
                notice.accept("Not all study time fits in " + term + ", so nothing was changed.");
                answers.doesNotFit(new Shortfall(term, plan.shortages(), plan.neededMinutes(), plan.placedMinutes()));
            } else {
                notice.accept("Nothing to plan in " + term + ": every module week and homework week from now on has its time.");
            }
            return;
        }
        // one step of the history; recording it reads the plan again, with the blocks placed
        undo.record(UndoableEdit.of("Plan study time", () -> planner.redo(run.changes()), () -> planner.undo(run.changes())));
        String placed = placed(term, plan, run.changes().added(StudyBlock.class));
        notice.accept(placed);
        if (!plan.notes().isEmpty()) {
            answers.notes(placed, plan.notes());
        }
    }

    /** "Placed 42 study blocks (31.5 h) in Fall 2026. Edit ▸ Undo takes them back." */
    static String placed(String term, StudyPlan plan, List<StudyBlock> added) {
        long minutes = added.stream().mapToLong(StudyBlock::minutes).sum();
        StringBuilder s = new StringBuilder(plan.complete() ? "" : "Not all study time fits; ");
        s.append(plan.complete() ? "Placed " : "placed ").append(added.size()).append(added.size() == 1 ? " study block" : " study blocks")
                .append(" (").append(StudyTimePlanner.hours(minutes)).append(") in ").append(term);
        if (!plan.removed().isEmpty()) {
            int moved = plan.removed().size();
            s.append(" and moved ").append(moved).append(moved == 1 ? " planned block" : " planned blocks")
                    .append(" that a change had put in the way");
        }
        return s.append(". Edit ▸ Undo takes ").append(added.size() + plan.removed().size() == 1 ? "it" : "them").append(" back.").toString();
    }

    /**
     * True when a finding involves a block the study planner placed and is of a kind a new run mends
     * (planned study a class or shift now overlaps, outside its module's window, or in quiet hours set later): the finding offers "Re-plan study time".
     */
    public boolean mends(Finding finding) {
        TermPlan plan = current.get();
        if (plan == null || finding == null || !MENDABLE_RULES.contains(finding.rule())) {
            return false;
        }
        return plan.studyBlocks().stream().anyMatch(b -> b.auto() && finding.itemIds().contains(b.id()));
    }

    /** Asks a run to stop; it changes nothing, and the status bar says so once it has stopped. */
    public void cancel() {
        if (work != null && running.get()) {
            work.cancel();
        }
    }

    /** True while a run is planning. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}

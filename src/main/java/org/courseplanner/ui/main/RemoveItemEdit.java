package org.courseplanner.ui.main;

import java.util.List;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.ItemRef;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.ui.common.UndoableEdit;

/**
 * Deleting an item and all it holds (a course's sessions, modules and study blocks; a module's
 * study blocks). What is deleted is read in the same transaction as the deletion, so nothing added
 * just before is missed; undo puts it all back in one transaction, under the same ids.
 */
final class RemoveItemEdit implements UndoableEdit {
    private final Planner planner;
    private final String title;
    private final long id;
    private Snapshot snapshot;

    /** What was deleted, to put back: one item with what it holds. */
    private record Snapshot(Course course, List<SyncSession> sessions, List<AsyncModule> modules, List<StudyBlock> studyBlocks,
                            Commitment commitment) {
    }

    RemoveItemEdit(Planner planner, long id, String title) {
        this.planner = planner;
        this.id = id;
        this.title = title;
    }

    @Override
    public String description() {
        return "Delete " + title;
    }

    @Override
    public void apply() {
        planner.atomically(() -> {
            ItemRef ref = planner.find(id).orElseThrow(() -> new Refusal("item", "\"" + title + "\" is not in the plan any more"));
            snapshot = snapshotOf(planner.plan(ref.termId()));
            planner.remove(id);
            return null;
        });
    }

    private Snapshot snapshotOf(TermPlan plan) {
        Course course = plan.courses().stream().filter(c -> c.id() == id).findFirst().orElse(null);
        if (course != null) {
            List<AsyncModule> modules = plan.modulesOf(course);
            List<StudyBlock> blocks = new java.util.ArrayList<>(modules.stream().flatMap(m -> plan.studyBlocksOf(m).stream()).toList());
            blocks.addAll(plan.homeworkBlocksOf(course));
            return new Snapshot(course, plan.sessionsOf(course), modules, blocks, null);
        }
        SyncSession session = plan.sessions().stream().filter(s -> s.id() == id).findFirst().orElse(null);
        if (session != null) {
            return new Snapshot(null, List.of(session), List.of(), List.of(), null);
        }
        AsyncModule module = plan.module(id).orElse(null);
        if (module != null) {
            return new Snapshot(null, List.of(), List.of(module), plan.studyBlocksOf(module), null);
        }
        StudyBlock block = plan.studyBlocks().stream().filter(b -> b.id() == id).findFirst().orElse(null);
        if (block != null) {
            return new Snapshot(null, List.of(), List.of(), List.of(block), null);
        }
        Commitment commitment = plan.commitments().stream().filter(c -> c.id() == id).findFirst().orElse(null);
        if (commitment != null) {
            return new Snapshot(null, List.of(), List.of(), List.of(), commitment);
        }
        throw new Refusal("item", "\"" + title + "\" cannot be deleted from the window; the command line's 'remove' can");
    }

    @Override
    public void revert() {
        Snapshot s = snapshot;
        planner.atomically(() -> {
            // parents first; each keeps its id, so its children's references and the edits before this one hold
            if (s.course() != null) {
                planner.putBack(s.course());
            }
            s.sessions().forEach(planner::putBack);
            s.modules().forEach(planner::putBack);
            s.studyBlocks().forEach(planner::putBack);
            if (s.commitment() != null) {
                planner.putBack(s.commitment());
            }
            return null;
        });
    }
}

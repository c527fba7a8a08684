package org.courseplanner.ui.main;

import java.util.List;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.PlanRepository;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.ui.common.UndoableEdit;

/**
 * Deleting an item and all it holds (a course's sessions, modules and study blocks; a module's
 * study blocks). Undo adds them all back in one transaction, under new ids.
 */
final class RemoveItemEdit implements UndoableEdit {
    private final Planner planner;
    private final String title;
    private final Snapshot snapshot;
    private long currentId;

    /** What was deleted, to put back: one item with what it holds. */
    private record Snapshot(Course course, List<SyncSession> sessions, List<AsyncModule> modules, List<StudyBlock> studyBlocks,
                            Commitment commitment) {
    }

    private RemoveItemEdit(Planner planner, String title, long id, Snapshot snapshot) {
        this.planner = planner;
        this.title = title;
        this.currentId = id;
        this.snapshot = snapshot;
    }

    static RemoveItemEdit of(Planner planner, TermPlan plan, long id, String title) {
        Course course = plan.courses().stream().filter(c -> c.id() == id).findFirst().orElse(null);
        if (course != null) {
            List<AsyncModule> modules = plan.modulesOf(course);
            return new RemoveItemEdit(planner, title, id, new Snapshot(course, plan.sessionsOf(course), modules,
                    modules.stream().flatMap(m -> plan.studyBlocksOf(m).stream()).toList(), null));
        }
        SyncSession session = plan.sessions().stream().filter(s -> s.id() == id).findFirst().orElse(null);
        if (session != null) {
            return new RemoveItemEdit(planner, title, id, new Snapshot(null, List.of(session), List.of(), List.of(), null));
        }
        AsyncModule module = plan.module(id).orElse(null);
        if (module != null) {
            return new RemoveItemEdit(planner, title, id, new Snapshot(null, List.of(), List.of(module), plan.studyBlocksOf(module), null));
        }
        StudyBlock block = plan.studyBlocks().stream().filter(b -> b.id() == id).findFirst().orElse(null);
        if (block != null) {
            return new RemoveItemEdit(planner, title, id, new Snapshot(null, List.of(), List.of(), List.of(block), null));
        }
        Commitment commitment = plan.commitments().stream().filter(c -> c.id() == id).findFirst().orElse(null);
        if (commitment != null) {
            return new RemoveItemEdit(planner, title, id, new Snapshot(null, List.of(), List.of(), List.of(), commitment));
        }
        throw new org.courseplanner.domain.Refusal("item", "there is no item " + id + " in " + plan.term().name() + " any more");
    }

    @Override
    public String description() {
        return "Delete " + title;
    }

    @Override
    public void apply() {
        planner.remove(currentId);
    }

    @Override
    public void revert() {
        PlanRepository repository = planner.repository();
        currentId = repository.atomically(() -> {
            Snapshot s = snapshot;
            if (s.commitment() != null) {
                return repository.add(s.commitment().withId(0)).id();
            }
            long top = 0;
            Long courseId = null;
            if (s.course() != null) {
                courseId = repository.add(s.course().withId(0)).id();
                top = courseId;
            }
            for (SyncSession session : s.sessions()) {
                long added = repository.add(new SyncSession(0, courseId != null ? courseId : session.courseId(), session.kind(),
                        session.pattern(), session.location())).id();
                top = top == 0 ? added : top;
            }
            java.util.Map<Long, Long> moduleIds = new java.util.HashMap<>();
            for (AsyncModule m : s.modules()) {
                long added = repository.add(new AsyncModule(0, courseId != null ? courseId : m.courseId(), m.title(), m.effortHours(),
                        m.schedule(), m.skippedWeeks(), m.doneWeeks())).id();
                moduleIds.put(m.id(), added);
                top = top == 0 ? added : top;
            }
            for (StudyBlock b : s.studyBlocks()) {
                long added = repository.add(new StudyBlock(0, moduleIds.getOrDefault(b.moduleId(), b.moduleId()), b.week(), b.start(),
                        b.minutes())).id();
                top = top == 0 ? added : top;
            }
            return top;
        });
    }
}

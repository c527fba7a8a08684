package org.courseplanner.domain;

import java.util.Optional;

/**
 * An item as a window showed it (a term, course, session, module, commitment or study block), and
 * the same item as the plan now stores it: when they differ, another window or a command changed it
 * since, and an edit made on what was shown would silently undo that change.
 */
final class SeenItems {
    private SeenItems() {
    }

    /**
     * An item as the plan stores it now: its record, the store's reference to it (which names a
     * session or study block with its course), and the term plan it was read from (none for a term).
     */
    record Stored(Object item, ItemRef ref, TermPlan plan) {
    }

    /** The stored state of the item {@code seen} is a copy of, or empty when it is no longer in the plan. */
    static Optional<Stored> stored(PlanRepository repository, Object seen) {
        long id = idOf(seen);
        Optional<ItemRef> ref = repository.find(id);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        if (seen instanceof Term) { // as the window's term list has it
            return repository.terms().stream().filter(t -> t.id() == id).findFirst().map(t -> new Stored(t, ref.get(), null));
        }
        TermPlan plan = repository.load(ref.get().termId());
        Optional<?> item = switch (ref.get().kind()) {
            case COURSE -> plan.courses().stream().filter(c -> c.id() == id).findFirst();
            case SESSION -> plan.session(id);
            case MODULE -> plan.module(id);
            case COMMITMENT -> plan.commitment(id);
            case STUDY -> plan.studyBlock(id);
            default -> Optional.empty();
        };
        return item.map(i -> new Stored(i, ref.get(), plan));
    }

    /**
     * How many items the stored item holds: a term's courses and commitments, a course's sessions,
     * modules and homework blocks, a module's study blocks.
     */
    static int held(PlanRepository repository, Stored stored) {
        if (stored.item() instanceof Term term) {
            TermPlan plan = repository.load(term.id());
            return plan.courses().size() + plan.commitments().size();
        } else if (stored.item() instanceof Course course) {
            return stored.plan().sessionsOf(course).size() + stored.plan().modulesOf(course).size()
                    + stored.plan().homeworkBlocksOf(course).size();
        } else if (stored.item() instanceof AsyncModule module) {
            return stored.plan().studyBlocksOf(module).size();
        }
        return 0;
    }

    /** What the student calls the item in a sentence: "the course CS 101", "the commitment “Work”". */
    static String name(Object seen) {
        if (seen instanceof Term t) {
            return "the term " + t.name();
        } else if (seen instanceof Course c) {
            return "the course " + c.code();
        } else if (seen instanceof SyncSession) {
            return "this session";
        } else if (seen instanceof AsyncModule m) {
            return "the module “" + m.title() + "”";
        } else if (seen instanceof Commitment c) {
            return "the commitment “" + c.title() + "”";
        } else if (seen instanceof StudyBlock) {
            return "this study block";
        }
        throw new IllegalArgumentException("not an item of a plan: " + seen);
    }

    /** As {@link #name}, with the course for a session or a study block, which is still there: "CS 101 lecture". */
    static String name(Object seen, Stored stored) {
        return seen instanceof SyncSession || seen instanceof StudyBlock ? stored.ref().description() : name(seen);
    }

    static long idOf(Object seen) {
        if (seen instanceof Term t) {
            return t.id();
        } else if (seen instanceof Course c) {
            return c.id();
        } else if (seen instanceof SyncSession s) {
            return s.id();
        } else if (seen instanceof AsyncModule m) {
            return m.id();
        } else if (seen instanceof Commitment c) {
            return c.id();
        } else if (seen instanceof StudyBlock b) {
            return b.id();
        }
        throw new IllegalArgumentException("not an item of a plan: " + seen);
    }
}

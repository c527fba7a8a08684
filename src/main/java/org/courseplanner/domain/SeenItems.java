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

    /** The stored state of the item {@code seen} is a copy of, or empty when it is no longer in the plan. */
    static Optional<Object> stored(PlanRepository repository, Object seen) {
        if (seen instanceof Term term) {
            return repository.terms().stream().filter(t -> t.id() == term.id()).findFirst().map(Object.class::cast);
        }
        long id = idOf(seen);
        Optional<ItemRef> ref = repository.find(id);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        TermPlan plan = repository.load(ref.get().termId());
        return switch (ref.get().kind()) {
            case COURSE -> plan.courses().stream().filter(c -> c.id() == id).findFirst().map(Object.class::cast);
            case SESSION -> plan.session(id).map(Object.class::cast);
            case MODULE -> plan.module(id).map(Object.class::cast);
            case COMMITMENT -> plan.commitment(id).map(Object.class::cast);
            case STUDY -> plan.studyBlock(id).map(Object.class::cast);
            default -> Optional.empty();
        };
    }

    /**
     * How many items the stored item holds: a term's courses and commitments, a course's sessions,
     * modules and homework blocks, a module's study blocks.
     */
    static int held(PlanRepository repository, Object item) {
        if (item instanceof Term term) {
            TermPlan plan = repository.load(term.id());
            return plan.courses().size() + plan.commitments().size();
        }
        if (!(item instanceof Course) && !(item instanceof AsyncModule)) {
            return 0;
        }
        Optional<ItemRef> ref = repository.find(idOf(item));
        if (ref.isEmpty()) {
            return 0;
        }
        TermPlan plan = repository.load(ref.get().termId());
        if (item instanceof Course course) {
            return plan.sessionsOf(course).size() + plan.modulesOf(course).size() + plan.homeworkBlocksOf(course).size();
        }
        return plan.studyBlocksOf((AsyncModule) item).size();
    }

    /** What the student calls the item in a sentence: "the course CS 101", "the commitment “Work”". */
    static String name(Object seen) {
        if (seen instanceof Term t) {
            return "the term " + t.name();
        } else if (seen instanceof Course c) {
            return "the course " + c.code();
        } else if (seen instanceof SyncSession s) {
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

    /** As {@link #name}, with the course for a session or a study block when the item is still there: "CS 101 lecture". */
    static String storedName(PlanRepository repository, Object seen) {
        if (seen instanceof SyncSession || seen instanceof StudyBlock) {
            return repository.find(idOf(seen)).map(ItemRef::description).orElse(name(seen));
        }
        return name(seen);
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

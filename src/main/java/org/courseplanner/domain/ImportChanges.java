package org.courseplanner.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What one import did to a plan, so that it can be undone and redone as one step: the items it
 * created (courses before what they hold) and the items it changed, as they were before and after.
 * Undoing removes what it created and puts the changed items back; redoing adds the created items
 * again under their own ids (with their import links) and applies the changes again.
 */
public final class ImportChanges {
    private final List<Object> created = new ArrayList<>();
    private final List<Object> before = new ArrayList<>();
    private final List<Object> after = new ArrayList<>();

    void created(Object item) {
        created.add(item);
    }

    void changed(Object was, Object now) {
        before.add(was);
        after.add(now);
    }

    /** True when the import changed nothing. */
    public boolean isEmpty() {
        return created.isEmpty() && before.isEmpty();
    }

    /** Takes the import back: what it created goes, what it changed is as it was. One transaction. */
    void undo(PlanRepository repository) {
        repository.atomically(() -> {
            // the changed items first: one the import moved into a course it created must be back in its own course
            // before that course goes, or removing the course takes it along
            for (int i = before.size() - 1; i >= 0; i--) {
                update(repository, before.get(i));
            }
            for (int i = created.size() - 1; i >= 0; i--) { // what a course holds before the course
                long id = id(created.get(i));
                if (repository.find(id).isPresent()) {
                    repository.remove(id);
                }
            }
            return null;
        });
    }

    /** Does the import again, with the same ids. One transaction. */
    void redo(PlanRepository repository) {
        repository.atomically(() -> {
            for (Object item : created) {
                long id = add(repository, item);
                Refusal.require(id == id(item), "item", "the imported items cannot come back under their own ids"
                        + " (the plan was changed another way since): import the file again instead");
            }
            after.forEach(item -> update(repository, item));
            return null;
        });
    }

    private static long id(Object item) {
        if (item instanceof Course c) {
            return c.id();
        } else if (item instanceof SyncSession s) {
            return s.id();
        } else if (item instanceof AsyncModule m) {
            return m.id();
        } else if (item instanceof Commitment c) {
            return c.id();
        } else if (item instanceof StudyBlock b) {
            return b.id();
        }
        throw new IllegalArgumentException("not an item an import makes: " + item);
    }

    private static long add(PlanRepository repository, Object item) {
        if (item instanceof Course c) {
            return repository.add(c).id();
        } else if (item instanceof SyncSession s) {
            return repository.add(s).id();
        } else if (item instanceof AsyncModule m) {
            return repository.add(m).id();
        } else if (item instanceof Commitment c) {
            return repository.add(c).id();
        } else if (item instanceof StudyBlock b) {
            return repository.add(b).id();
        }
        throw new IllegalArgumentException("not an item an import makes: " + item);
    }

    private static void update(PlanRepository repository, Object item) {
        if (item instanceof Course c) {
            repository.update(c);
        } else if (item instanceof SyncSession s) {
            repository.update(s);
        } else if (item instanceof AsyncModule m) {
            repository.update(m);
        } else if (item instanceof Commitment c) {
            repository.update(c);
        } else if (item instanceof StudyBlock b) {
            repository.update(b);
        } else {
            throw new IllegalArgumentException("not an item an import changes: " + item);
        }
    }
}

package org.courseplanner.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What one import (or one run of the study planner) did to a plan, so that it can be undone and
 * redone as one step: the items it created (courses before what they hold), the items it changed,
 * as they were before and after, and the items it removed. Undoing removes what it created, puts the
 * changed items back and adds the removed ones again under their own ids; redoing adds the created
 * items again under their own ids (with their import links), applies the changes again and removes
 * the removed items again.
 */
public final class ImportChanges {
    private final List<Object> created = new ArrayList<>();
    private final List<Object> before = new ArrayList<>();
    private final List<Object> after = new ArrayList<>();
    private final List<Object> removed = new ArrayList<>();

    void created(Object item) {
        created.add(item);
    }

    void changed(Object was, Object now) {
        before.add(was);
        after.add(now);
    }

    void removed(Object item) {
        removed.add(item);
    }

    /** True when the import changed nothing. */
    public boolean isEmpty() {
        return created.isEmpty() && before.isEmpty() && removed.isEmpty();
    }

    /** How many items it added. */
    public int addedCount() {
        return created.size();
    }

    /** The items it added, of the given type, as they were stored (with their ids). */
    public <T> java.util.List<T> added(Class<T> type) {
        return created.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** How many items it removed. */
    public int removedCount() {
        return removed.size();
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
            for (Object item : removed) {
                addUnderOwnId(repository, item, "the removed items cannot come back under their own ids"
                        + " (the plan was changed another way since)");
            }
            return null;
        });
    }

    /** Does the import again, with the same ids. One transaction. */
    void redo(PlanRepository repository) {
        repository.atomically(() -> {
            for (Object item : created) {
                addUnderOwnId(repository, item, "the imported items cannot come back under their own ids"
                        + " (the plan was changed another way since): import the file again instead");
            }
            after.forEach(item -> update(repository, item));
            for (Object item : removed) {
                long id = id(item);
                if (repository.find(id).isPresent()) {
                    repository.remove(id);
                }
            }
            return null;
        });
    }

    private static void addUnderOwnId(PlanRepository repository, Object item, String otherwise) {
        long id = add(repository, item);
        Refusal.require(id == id(item), "item", otherwise);
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

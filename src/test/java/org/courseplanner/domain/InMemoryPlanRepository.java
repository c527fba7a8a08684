package org.courseplanner.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A plan kept in memory, for tests that need a repository without a file. It behaves like the
 * SQLite one where tests can tell: ids are unique across kinds and never reused, removing an item
 * removes everything below it, stale ids and broken references are refused, term names and course
 * codes are unique, lists come back in the same order, and {@link #atomically} rolls back.
 */
public final class InMemoryPlanRepository implements PlanRepository, org.courseplanner.domain.catalog.CatalogStore {

    /** One stored thing: its kind, the item it belongs to (null for a term) and its value. */
    private record Item(ItemKind kind, Long parentId, Object value) {
    }

    private Map<Long, Item> items = new LinkedHashMap<>();
    private Map<Long, Integer> revisions = new HashMap<>();
    private Map<String, Long> uids = new HashMap<>();
    private Map<Long, org.courseplanner.domain.catalog.Catalog> catalogs = new HashMap<>();
    private long lastId;
    private int depth;
    private final String planUid = UUID.randomUUID().toString();

    // ---- reading ----

    /** Nothing but this repository changes an in-memory plan, so there is never another's change to see. */
    @Override
    public long dataVersion() {
        return 0;
    }

    @Override
    public synchronized List<Term> terms() {
        return values(ItemKind.TERM, Term.class).stream()
                .sorted(Comparator.comparing(Term::firstDay).thenComparingLong(Term::id))
                .map(InMemoryPlanRepository::withSortedBreaks).toList();
    }

    @Override
    public synchronized TermPlan load(long termId) {
        Term term = requireTerm(termId);
        List<Course> courses = values(ItemKind.COURSE, Course.class).stream().filter(c -> c.termId() == termId)
                .sorted(Comparator.comparing(Course::codeKey)).toList();
        List<SyncSession> sessions = values(ItemKind.SESSION, SyncSession.class).stream()
                .filter(s -> termOf(s.id()) == termId).sorted(Comparator.comparingLong(SyncSession::id)).toList();
        List<AsyncModule> modules = values(ItemKind.MODULE, AsyncModule.class).stream()
                .filter(m -> termOf(m.id()) == termId).sorted(Comparator.comparingLong(AsyncModule::id)).toList();
        List<Commitment> commitments = values(ItemKind.COMMITMENT, Commitment.class).stream()
                .filter(c -> c.termId() == termId).sorted(Comparator.comparingLong(Commitment::id)).toList();
        List<StudyBlock> blocks = values(ItemKind.STUDY, StudyBlock.class).stream()
                .filter(b -> termOf(b.id()) == termId)
                .sorted(Comparator.comparing(StudyBlock::start).thenComparingLong(StudyBlock::id)).toList();
        return new TermPlan(withSortedBreaks(term), courses, sessions, modules, commitments, blocks);
    }

    @Override
    public synchronized Optional<ItemRef> find(long id) {
        Item item = items.get(id);
        if (item == null) {
            return Optional.empty();
        }
        String description = switch (item.kind()) {
            case TERM -> ((Term) item.value()).name();
            case COURSE -> code(id) + " " + ((Course) item.value()).title();
            case SESSION -> code(id) + " " + ((SyncSession) item.value()).kind().label();
            case MODULE -> code(id) + " " + ((AsyncModule) item.value()).title();
            case COMMITMENT -> ((Commitment) item.value()).title();
            case STUDY -> {
                StudyBlock b = (StudyBlock) item.value();
                yield b.isHomework() ? code(id) + " homework week " + b.week() + " block"
                        : code(id) + " " + ((AsyncModule) items.get(b.moduleId()).value()).title() + " week " + b.week() + " study block";
            }
        };
        return Optional.of(new ItemRef(id, item.kind(), termOf(id), description));
    }

    private static long parentOf(StudyBlock block) {
        return block.isHomework() ? block.courseId() : block.moduleId();
    }

    @Override
    public String planUid() {
        return planUid;
    }

    @Override
    public synchronized Map<Long, Integer> revisions(long termId) {
        Map<Long, Integer> result = new HashMap<>();
        revisions.forEach((id, revision) -> {
            if (revision > 0 && items.containsKey(id) && termOf(id) == termId) {
                result.put(id, revision);
            }
        });
        return result;
    }

    @Override
    public synchronized Optional<Long> itemForUid(String uid) {
        return Optional.ofNullable(uids.get(uid));
    }

    @Override
    public String location() {
        return "(in memory)";
    }

    @Override
    public synchronized org.courseplanner.domain.catalog.Catalog catalog(long termId) {
        requireTerm(termId);
        return catalogs.getOrDefault(termId, org.courseplanner.domain.catalog.Catalog.EMPTY);
    }

    @Override
    public void replaceCatalog(long termId, org.courseplanner.domain.catalog.Catalog catalog) {
        atomically(() -> {
            requireTerm(termId);
            return catalogs.put(termId, catalog);
        });
    }

    // ---- writing ----

    @Override
    public Term add(Term term) {
        return atomically(() -> {
            refuseTakenName(term);
            Term stored = term.withId(idFor(term.id()));
            items.put(stored.id(), new Item(ItemKind.TERM, null, stored));
            return stored;
        });
    }

    @Override
    public Course add(Course course) {
        return atomically(() -> {
            requireParent(course.termId(), ItemKind.TERM);
            refuseTakenCode(course);
            Course stored = course.withId(idFor(course.id()));
            items.put(stored.id(), new Item(ItemKind.COURSE, course.termId(), stored));
            return stored;
        });
    }

    @Override
    public SyncSession add(SyncSession session) {
        return atomically(() -> {
            requireParent(session.courseId(), ItemKind.COURSE);
            SyncSession stored = session.withId(idFor(session.id()));
            items.put(stored.id(), new Item(ItemKind.SESSION, session.courseId(), stored));
            return stored;
        });
    }

    @Override
    public AsyncModule add(AsyncModule module) {
        return atomically(() -> {
            requireParent(module.courseId(), ItemKind.COURSE);
            AsyncModule stored = module.withId(idFor(module.id()));
            items.put(stored.id(), new Item(ItemKind.MODULE, module.courseId(), stored));
            return stored;
        });
    }

    @Override
    public Commitment add(Commitment commitment) {
        return atomically(() -> {
            requireParent(commitment.termId(), ItemKind.TERM);
            Commitment stored = commitment.withId(idFor(commitment.id()));
            items.put(stored.id(), new Item(ItemKind.COMMITMENT, commitment.termId(), stored));
            return stored;
        });
    }

    @Override
    public StudyBlock add(StudyBlock block) {
        return atomically(() -> {
            requireParent(parentOf(block), block.isHomework() ? ItemKind.COURSE : ItemKind.MODULE);
            StudyBlock stored = block.withId(idFor(block.id()));
            items.put(stored.id(), new Item(ItemKind.STUDY, parentOf(block), stored));
            return stored;
        });
    }

    @Override
    public void update(Term term) {
        atomically(() -> {
            requireStored(term.id(), ItemKind.TERM);
            refuseTakenName(term);
            return replace(term.id(), null, term);
        });
    }

    @Override
    public void update(Course course) {
        atomically(() -> {
            Item old = requireStored(course.id(), ItemKind.COURSE);
            // like the store, a course keeps its term whatever the record says
            Course kept = new Course(course.id(), ((Course) old.value()).termId(), course.code(), course.title(), course.credits(),
                    course.colour(), course.delivery(), course.homeworkHours());
            refuseTakenCode(kept);
            return replace(course.id(), old.parentId(), kept);
        });
    }

    @Override
    public void update(SyncSession session) {
        atomically(() -> {
            requireStored(session.id(), ItemKind.SESSION);
            requireParent(session.courseId(), ItemKind.COURSE);
            return replace(session.id(), session.courseId(), session);
        });
    }

    @Override
    public void update(AsyncModule module) {
        atomically(() -> {
            requireStored(module.id(), ItemKind.MODULE);
            requireParent(module.courseId(), ItemKind.COURSE);
            return replace(module.id(), module.courseId(), module);
        });
    }

    @Override
    public void update(Commitment commitment) {
        atomically(() -> {
            Item old = requireStored(commitment.id(), ItemKind.COMMITMENT);
            Commitment kept = new Commitment(commitment.id(), ((Commitment) old.value()).termId(), commitment.title(),
                    commitment.pattern(), commitment.zone());
            return replace(commitment.id(), old.parentId(), kept);
        });
    }

    @Override
    public void update(StudyBlock block) {
        atomically(() -> {
            requireStored(block.id(), ItemKind.STUDY);
            requireParent(parentOf(block), block.isHomework() ? ItemKind.COURSE : ItemKind.MODULE);
            return replace(block.id(), parentOf(block), block);
        });
    }

    @Override
    public void remove(long id) {
        atomically(() -> {
            if (!items.containsKey(id)) {
                throw stale(id);
            }
            List<Long> doomed = new ArrayList<>(List.of(id));
            for (int i = 0; i < doomed.size(); i++) {
                long parent = doomed.get(i);
                items.forEach((childId, child) -> {
                    if (child.parentId() != null && child.parentId() == parent) {
                        doomed.add(childId);
                    }
                });
            }
            for (long gone : doomed) {
                items.remove(gone);
                catalogs.remove(gone); // a term's catalog goes with it
                revisions.remove(gone);
                uids.values().removeIf(itemId -> itemId == gone);
            }
            return null;
        });
    }

    @Override
    public void linkUids(Map<String, Long> itemsByUid) {
        atomically(() -> {
            itemsByUid.values().forEach(itemId -> requireParent(itemId, null));
            uids.putAll(itemsByUid);
            return null;
        });
    }

    /** Nested calls join the outer one; a failure puts every map back as it was before the outermost call. */
    @Override
    public synchronized <T> T atomically(Supplier<T> work) {
        if (depth > 0) {
            depth++;
            try {
                return work.get();
            } finally {
                depth--;
            }
        }
        Map<Long, Item> itemsBefore = new LinkedHashMap<>(items);
        Map<Long, Integer> revisionsBefore = new HashMap<>(revisions);
        Map<String, Long> uidsBefore = new HashMap<>(uids);
        Map<Long, org.courseplanner.domain.catalog.Catalog> catalogsBefore = new HashMap<>(catalogs);
        long lastIdBefore = lastId;
        depth = 1;
        try {
            return work.get();
        } catch (RuntimeException e) {
            items = itemsBefore;
            revisions = revisionsBefore;
            uids = uidsBefore;
            catalogs = catalogsBefore;
            lastId = lastIdBefore; // SQLite's AUTOINCREMENT also rolls back with the transaction
            throw e;
        } finally {
            depth = 0;
        }
    }

    // ---- plumbing ----

    private long nextId() {
        return ++lastId;
    }

    /** As the store does: an item coming back with an id used before and free again keeps it (undoing a deletion). */
    private long idFor(long wanted) {
        return wanted > 0 && wanted <= lastId && !items.containsKey(wanted) ? wanted : nextId();
    }

    private Object replace(long id, Long parentId, Object value) {
        items.put(id, new Item(items.get(id).kind(), parentId, value));
        revisions.merge(id, 1, Integer::sum);
        raiseBelow(id); // like the store: a parent's title or breaks are in its children's events
        return null;
    }

    private void raiseBelow(long id) {
        items.forEach((child, item) -> {
            if (item.parentId() != null && item.parentId() == id) {
                revisions.merge(child, 1, Integer::sum);
                raiseBelow(child);
            }
        });
    }

    private <T> List<T> values(ItemKind kind, Class<T> type) {
        return items.values().stream().filter(i -> i.kind() == kind).map(i -> type.cast(i.value())).toList();
    }

    private Term requireTerm(long id) {
        Item item = items.get(id);
        if (item == null || item.kind() != ItemKind.TERM) {
            throw new Refusal("term", "there is no term with the id " + id + ": 'term list' shows the terms");
        }
        return (Term) item.value();
    }

    /** An update of an id that is gone, or names another kind, touches no row in the store. */
    private Item requireStored(long id, ItemKind kind) {
        Item item = items.get(id);
        if (item == null || item.kind() != kind) {
            throw stale(id);
        }
        return item;
    }

    /** What a foreign key refuses in the store. */
    private void requireParent(long id, ItemKind kind) {
        Item item = items.get(id);
        if (item == null || (kind != null && item.kind() != kind)) {
            throw new Refusal("plan", "the plan refused this change (no " + (kind == null ? "item" : kind.label())
                    + " with the id " + id + "); nothing was changed");
        }
    }

    private void refuseTakenName(Term term) {
        boolean taken = values(ItemKind.TERM, Term.class).stream()
                .anyMatch(t -> t.id() != term.id() && t.name().equalsIgnoreCase(term.name()));
        if (taken) {
            throw new Refusal("plan", "the plan refused this change (a term named \"" + term.name() + "\" exists); nothing was changed");
        }
    }

    private void refuseTakenCode(Course course) {
        boolean taken = values(ItemKind.COURSE, Course.class).stream()
                .anyMatch(c -> c.id() != course.id() && c.termId() == course.termId() && c.codeKey().equals(course.codeKey()));
        if (taken) {
            throw new Refusal("plan", "the plan refused this change (a course \"" + course.code() + "\" exists in the term);"
                    + " nothing was changed");
        }
    }

    /** The term an item belongs to: follow its parents up. */
    private long termOf(long id) {
        Item item = items.get(id);
        while (item.parentId() != null) {
            id = item.parentId();
            item = items.get(id);
        }
        return id;
    }

    /** The code of the course an item belongs to. */
    private String code(long id) {
        Item item = items.get(id);
        while (item.kind() != ItemKind.COURSE) {
            item = items.get(item.parentId());
        }
        return ((Course) item.value()).code();
    }

    private static Refusal stale(long id) {
        return new Refusal("id", "nothing has the id " + id + " (was it removed?): 'list' shows the ids");
    }

    /** The store reads breaks back ordered by first day, then name. */
    private static Term withSortedBreaks(Term t) {
        List<DateRange> breaks = t.breaks().stream()
                .sorted(Comparator.comparing(DateRange::first).thenComparing(DateRange::name)).toList();
        return new Term(t.id(), t.name(), t.firstDay(), t.lastDay(), t.schoolZone(), t.studentZone(), breaks, t.weeklyCapHours(),
                t.dailyCapHours(), t.conflictSettings(), t.studySettings());
    }
}

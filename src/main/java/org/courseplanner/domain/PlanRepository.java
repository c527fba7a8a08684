package org.courseplanner.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a plan is kept. Each call that changes something is one transaction: it is saved when
 * the call returns, and a refused change leaves everything as it was.
 */
public interface PlanRepository {

    /** All terms, oldest first. */
    List<Term> terms();

    /** Everything in one term; a refusal when there is no such term. */
    TermPlan load(long termId);

    /*
     * The add methods store a new item and return it with its id. An item that comes with the id
     * it had before it was deleted gets that id back when it is still free (undoing a deletion);
     * any other item gets a new id.
     */

    Term add(Term term);

    Course add(Course course);

    SyncSession add(SyncSession session);

    AsyncModule add(AsyncModule module);

    Commitment add(Commitment commitment);

    StudyBlock add(StudyBlock block);

    /** Replaces the stored item with the same id by this one. */
    void update(Term term);

    void update(Course course);

    void update(SyncSession session);

    void update(AsyncModule module);

    void update(Commitment commitment);

    void update(StudyBlock block);

    /** What the id names, if anything. */
    Optional<ItemRef> find(long id);

    /** Removes the item and everything that belongs to it (a course takes its sessions along). */
    void remove(long id);

    /** A random id of this plan, stable for its lifetime: part of the UIDs of exported events. */
    String planUid();

    /** How many times each item of the term was changed since it was added, by id (missing: never). */
    Map<Long, Integer> revisions(long termId);

    /** The item imported under this calendar UID, if any. */
    java.util.Optional<Long> itemForUid(String uid);

    /** Remembers that the item came from a calendar event with this UID, so a new import updates it. */
    default void linkUid(String uid, long itemId) {
        linkUids(java.util.Map.of(uid, itemId));
    }

    /** As {@link #linkUid} for each UID and item, in one go (an import links hundreds). */
    void linkUids(java.util.Map<String, Long> itemsByUid);

    /**
     * Runs {@code work} as one transaction: every change it makes through this repository is saved
     * together, or none is (a refusal or failure rolls all of it back).
     */
    <T> T atomically(java.util.function.Supplier<T> work);

    /**
     * A number that changes when another window or command saves a change to the plan (SQLite's
     * {@code PRAGMA data_version}), and stays the same while none does: cheap enough to ask every
     * second, to follow a plan that others edit. Changes made through this repository need not
     * change it.
     */
    long dataVersion();

    /** Where the plan lives, for messages ("/home/ana/.local/share/course-planner/planner.db"). */
    String location();
}

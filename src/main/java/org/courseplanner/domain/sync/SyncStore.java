package org.courseplanner.domain.sync;

import java.util.Map;
import java.util.Optional;

/**
 * Where a plan keeps its calendar sync: the account each term publishes to and what was published,
 * so that a publish sends only what changed and deletes only what it created. The plan's store
 * implements it beside the plan repository (like the catalog's store); {@link CalendarSync} is the
 * way in for everyone else. Each method is one transaction.
 */
public interface SyncStore {

    /** The calendar the term publishes to, if one was set up. */
    Optional<SyncAccount> account(long termId);

    /**
     * Sets the term's calendar. A different calendar (URL or user) forgets what was published to the
     * old one: the new calendar gets everything (the old one keeps its copies).
     */
    void saveAccount(long termId, SyncAccount account);

    /** Stops syncing the term: its account and its record of what was published are forgotten. */
    void forgetAccount(long termId);

    /** What was published of the term, by UID. */
    Map<String, PublishedResource> published(long termId);

    /**
     * Notes a write about to be sent: the resource's row gets {@code sending} (a new row, not
     * confirmed, for a resource not published yet), the rest of it unchanged.
     */
    void recordSending(long termId, String uid, String summary, String href, String fingerprint);

    /** Records a resource that the server now holds (after a create or an update); nothing is being sent any more. */
    void recordPublished(long termId, PublishedResource resource);

    /** Forgets a resource the server no longer holds (after a delete). */
    void forgetPublished(long termId, String uid);
}

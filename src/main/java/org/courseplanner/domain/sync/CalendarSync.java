package org.courseplanner.domain.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.sync.CalendarServer.Answer;
import org.courseplanner.domain.sync.CalendarServer.RemoteCopy;
import org.courseplanner.domain.sync.PendingChange.Kind;

/**
 * Publishes a term to a CalDAV calendar and keeps it there, for the command line and the window
 * alike (docs/decisions/0024). The plan is written as one resource per UID; what was published
 * (href, ETag, fingerprint) is kept in the plan's {@link SyncStore}, so a publish sends only what
 * changed since, and deletes only what this plan put there. Every write is conditional on the
 * version last seen: a resource changed on the calendar by another app is reported, never
 * overwritten, unless the student asks for it. Each write is recorded as soon as the server
 * confirms it, so a publish that stops half-way (the server goes away, the student cancels)
 * loses nothing and the next one goes on from there.
 */
public final class CalendarSync {
    private final Planner planner;
    private final ResourceWriter writer;
    private final SyncStore store;

    /** On the planner's plan; refused when its store keeps no sync state. */
    public CalendarSync(Planner planner, ResourceWriter writer) {
        this.planner = planner;
        this.writer = writer;
        this.store = planner.storePart(SyncStore.class).orElseThrow(() -> new IllegalStateException(
                "the plan " + planner.location() + " keeps no calendar sync"));
    }

    /** The calendar the term (null: the current term) publishes to, if one was set up. */
    public Optional<SyncAccount> account(String termName) {
        return store.account(planner.term(termName).id());
    }

    /** Sets the term's calendar; a different one than before gets everything at the next publish. */
    public void setUp(String termName, SyncAccount account) {
        store.saveAccount(planner.term(termName).id(), account);
    }

    /** Stops syncing the term; what was published stays on the calendar. */
    public void forget(String termName) {
        store.forgetAccount(planner.term(termName).id());
    }

    /** The term's account, or a refusal that says how to set one up. */
    public SyncAccount requireAccount(String termName) {
        Term term = planner.term(termName);
        return store.account(term.id()).orElseThrow(() -> new Refusal("url", "the term " + term.name()
                + " is not published to a calendar yet: give --url and --user once, e.g."
                + " publish --url https://cloud.example.org/remote.php/dav/calendars/ana/personal/ --user ana"));
    }

    /** What the next publish of the term would send; empty when it has no calendar. */
    public List<PendingChange> pending(String termName) {
        Term term = planner.term(termName);
        Optional<SyncAccount> account = store.account(term.id());
        if (account.isEmpty()) {
            return List.of();
        }
        return changes(resources(term, account.get()), store.published(term.id())).stream().map(Change::pending).toList();
    }

    /**
     * Sends the term's changes to its calendar.
     *
     * @param overwrite also write where the calendar's copy was changed by another app (the student chose so)
     */
    public SyncReport publish(String termName, CalendarServer server, boolean overwrite, Progress progress) {
        Term term = planner.term(termName);
        SyncAccount account = requireAccount(termName);
        Map<String, CalendarResource> resources = resources(term, account);
        Map<String, PublishedResource> published = store.published(term.id());
        List<Change> changes = changes(resources, published);
        Tally tally = new Tally(resources.size() - (int) changes.stream().filter(c -> c.kind() != Kind.REMOVE).count());
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (progress.cancelled()) {
                return tally.stopped("it was cancelled", changes.subList(i, changes.size()));
            }
            try {
                send(term.id(), change, server, overwrite, tally);
            } catch (IOException unreachable) {
                return tally.stopped("the calendar server could not be reached (" + describe(unreachable) + ")",
                        changes.subList(i, changes.size()));
            }
            progress.update(i + 1, changes.size());
        }
        return tally.report(null, List.of());
    }

    private void send(long termId, Change change, CalendarServer server, boolean overwrite, Tally tally) throws IOException {
        if (change.kind() != Kind.REMOVE) {
            // noted before it is sent: if the answer never comes, the next publish knows the server's copy as ours
            store.recordSending(termId, change.uid(), change.summary(), hrefOf(change, server), change.resource().fingerprint());
        }
        Outcome outcome = switch (change.kind()) {
            case ADD -> add(change, server, overwrite);
            case CHANGE -> change(change, server, overwrite);
            case REMOVE -> remove(change, server, overwrite);
        };
        if (outcome instanceof Outcome.Refused refused) {
            tally.conflicts.add(new SyncConflict(change.pending(), refused.reason()));
        } else if (outcome instanceof Outcome.Written written) {
            String etag = written.etag();
            if (etag == null) { // some servers rewrite what they store and give no ETag: ask for it
                etag = server.fetch(written.href()).map(RemoteCopy::etag).orElse(null);
            }
            store.recordPublished(termId, PublishedResource.confirmed(change.uid(), change.summary(), written.href(), etag,
                    change.resource().fingerprint()));
            if (change.kind() == Kind.ADD) {
                tally.added++;
            } else {
                tally.changed++;
            }
        } else {
            store.forgetPublished(termId, change.uid());
            tally.removed++;
        }
    }

    /** Where the change goes: where it was published (or sent) before, else a new place named after its UID. */
    private static String hrefOf(Change change, CalendarServer server) {
        return change.published() != null ? change.published().href() : server.hrefFor(change.uid());
    }

    private Outcome add(Change change, CalendarServer server, boolean overwrite) throws IOException {
        String href = hrefOf(change, server);
        Answer answer = server.create(href, change.resource().ics());
        if (answer instanceof Answer.Changed) {
            // made by another app, or by an earlier publish whose answer was lost on the way
            return resolve(server, href, change, overwrite, "the calendar already has an event with this UID, and it differs");
        }
        return written(href, answer);
    }

    private Outcome change(Change change, CalendarServer server, boolean overwrite) throws IOException {
        String href = change.published().href();
        Answer answer = server.update(href, change.resource().ics(), change.published().etag());
        if (answer instanceof Answer.Changed) {
            return resolve(server, href, change, overwrite, "it was changed on the calendar since the last publish");
        }
        if (answer instanceof Answer.Missing) {
            return overwrite ? written(href, server.create(href, change.resource().ics()))
                    : new Outcome.Refused("it was deleted from the calendar since the last publish");
        }
        return written(href, answer);
    }

    private Outcome remove(Change change, CalendarServer server, boolean overwrite) throws IOException {
        PublishedResource before = change.published();
        Answer answer = before.isConfirmed() ? server.delete(before.href(), before.etag()) : new Answer.Changed();
        if (!(answer instanceof Answer.Changed)) {
            return new Outcome.Removed(); // deleted, or already gone
        }
        Optional<RemoteCopy> now = server.fetch(before.href());
        if (now.isEmpty()) {
            return new Outcome.Removed();
        }
        if (before.wrote(CalendarResource.fingerprint(now.get().ics())) || (overwrite && before.isConfirmed())) {
            answer = server.delete(before.href(), now.get().etag());
            return answer instanceof Answer.Changed ? new Outcome.Refused("the calendar changed it again while it was being deleted")
                    : new Outcome.Removed();
        }
        if (!before.isConfirmed()) {
            return new Outcome.Removed(); // what is there was never ours: left alone, and forgotten
        }
        return new Outcome.Refused("it was changed on the calendar since the last publish, so it was not deleted");
    }

    /**
     * After a 412: the calendar's copy is not the one last seen. When it already is what this
     * publish would write (an earlier answer was lost, or another process published the same),
     * it is simply recorded; when it is what an earlier publish of this plan sent (its answer was
     * lost), it is ours to replace; otherwise it is a conflict, or overwritten when the student asked.
     */
    private static Outcome resolve(CalendarServer server, String href, Change change, boolean overwrite, String reason) throws IOException {
        Optional<RemoteCopy> now = server.fetch(href);
        if (now.isEmpty()) {
            return written(href, server.create(href, change.resource().ics())); // deleted in between: nothing to overwrite
        }
        String there = CalendarResource.fingerprint(now.get().ics());
        if (there.equals(change.resource().fingerprint())) {
            return new Outcome.Written(href, now.get().etag());
        }
        boolean ours = change.published() != null && change.published().wrote(there);
        if (!ours && !overwrite) {
            return new Outcome.Refused(reason);
        }
        return written(href, server.update(href, change.resource().ics(), now.get().etag()));
    }

    private static Outcome written(String href, Answer answer) {
        if (answer instanceof Answer.Done done) {
            return new Outcome.Written(href, done.etag());
        }
        return new Outcome.Refused(answer instanceof Answer.Missing ? "it was deleted from the calendar while being written"
                : "the calendar changed it again while it was being written");
    }

    private Map<String, CalendarResource> resources(Term term, SyncAccount account) {
        TermPlan plan = planner.plan(term.id());
        Map<String, CalendarResource> byUid = new LinkedHashMap<>();
        for (CalendarResource r : writer.resources(plan, planner.planUid(), planner.revisions(term.id()), account.exportOptions())) {
            byUid.put(r.uid(), r);
        }
        return byUid;
    }

    private static List<Change> changes(Map<String, CalendarResource> resources, Map<String, PublishedResource> published) {
        List<Change> changes = new ArrayList<>();
        resources.forEach((uid, r) -> {
            PublishedResource before = published.get(uid);
            if (before == null || !before.isConfirmed()) {
                changes.add(new Change(Kind.ADD, uid, r.summary(), r, before));
            } else if (!before.fingerprint().equals(r.fingerprint())) {
                changes.add(new Change(Kind.CHANGE, uid, r.summary(), r, before));
            }
        });
        published.forEach((uid, before) -> {
            if (!resources.containsKey(uid)) {
                changes.add(new Change(Kind.REMOVE, uid, summaryOf(before), null, before));
            }
        });
        return changes;
    }

    /** A removed item is no longer in the plan: it is named as it was when published. */
    private static String summaryOf(PublishedResource gone) {
        return gone.summary() == null || gone.summary().isBlank() ? gone.uid() : gone.summary();
    }

    private static String describe(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private record Change(Kind kind, String uid, String summary, CalendarResource resource, PublishedResource published) {
        PendingChange pending() {
            return new PendingChange(kind, uid, summary);
        }
    }

    /** What became of one change. */
    private sealed interface Outcome {
        record Written(String href, String etag) implements Outcome {
        }

        record Removed() implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    private final class Tally {
        final int unchanged;
        int added;
        int changed;
        int removed;
        final List<SyncConflict> conflicts = new ArrayList<>();

        Tally(int unchanged) {
            this.unchanged = unchanged;
        }

        SyncReport stopped(String why, List<Change> left) {
            return report(why, left.stream().map(Change::pending).toList());
        }

        SyncReport report(String why, List<PendingChange> notSent) {
            return new SyncReport(added, changed, removed, unchanged, conflicts, notSent, why);
        }
    }
}

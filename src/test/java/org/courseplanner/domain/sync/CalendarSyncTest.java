package org.courseplanner.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.sync.CalendarServer.RemoteCopy;
import org.courseplanner.domain.sync.PendingChange.Kind;
import org.courseplanner.ical.IcsResourceWriter;
import org.courseplanner.persistence.PlanDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing the sample term to a calendar and keeping it there, on a real plan file, through the
 * export's own resources, against a calendar with real conditional writes: what is sent, what is
 * never overwritten, and that a publish cut short loses nothing.
 */
class CalendarSyncTest {
    static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));
    static final SyncAccount ACCOUNT = new SyncAccount(SyncAccount.url("http://127.0.0.1:5232/ana/courses/"), "ana", false, false, null);

    @TempDir
    Path dir;
    Planner planner;
    CalendarSync sync;
    Term term;
    final InMemoryCalendarServer server = new InMemoryCalendarServer("/ana/courses/");

    @BeforeEach
    void samplePlanSetUpToPublish() {
        planner = PlanDatabase.planner(dir.resolve("plan.db"), NOV_24);
        term = SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        sync = new CalendarSync(planner, new IcsResourceWriter());
        sync.setUp(term.name(), ACCOUNT);
    }

    @AfterEach
    void close() {
        planner.close();
    }

    /** What the plan would publish now, by href: the calendar must hold exactly this. */
    Map<String, String> planResources() {
        return new IcsResourceWriter().resources(planner.plan(term.id()), planner.planUid(), planner.revisions(term.id()),
                ACCOUNT.exportOptions()).stream().collect(Collectors.toMap(r -> server.hrefFor(r.uid()), CalendarResource::fingerprint,
                        (a, b) -> a, TreeMap::new));
    }

    Map<String, String> calendar() {
        return server.resources().values().stream().collect(Collectors.toMap(RemoteCopy::href,
                r -> CalendarResource.fingerprint(r.ics()), (a, b) -> a, TreeMap::new));
    }

    SyncReport publish() {
        return sync.publish(term.name(), server, false, Progress.NONE);
    }

    SyncSession aSession() {
        return publishedSessions().get(0);
    }

    /** The sessions that are events on the calendar (placed ones). */
    java.util.List<SyncSession> publishedSessions() {
        return planner.plan(term.id()).sessions().stream().filter(s -> s.pattern().isPlaced()).toList();
    }

    @Test
    void theFirstPublishPutsEveryEventAndTheNextSendsNothing() {
        int events = planResources().size();
        assertThat(sync.pending(term.name())).hasSize(events).allMatch(c -> c.kind() == Kind.ADD);

        SyncReport first = publish();
        assertThat(first.added()).isEqualTo(events);
        assertThat(first.complete()).isTrue();
        assertThat(calendar()).isEqualTo(planResources());
        assertThat(server.requests()).allMatch(r -> r.startsWith("PUT "));

        server.clearRequests();
        SyncReport again = publish();
        assertThat(again.added() + again.changed() + again.removed()).isZero();
        assertThat(again.unchanged()).isEqualTo(events);
        assertThat(server.requests()).isEmpty();
        assertThat(sync.pending(term.name())).isEmpty();
    }

    @Test
    void anEditSendsOnlyTheEventItChangedAndADeletionDeletesItsEvent() {
        publish();
        SyncSession session = aSession();
        planner.changeSession(new SyncSession(session.id(), session.courseId(), session.kind(), session.pattern(), "Room 101",
                session.sectionFacts()));
        assertThat(sync.pending(term.name())).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.CHANGE));

        server.clearRequests();
        SyncReport edited = publish();
        assertThat(edited.changed()).isEqualTo(1);
        assertThat(server.requests()).hasSize(1);
        assertThat(calendar()).isEqualTo(planResources());
        assertThat(server.resources().values()).anyMatch(r -> r.ics().contains("LOCATION:Room 101"));

        planner.remove(session.id());
        server.clearRequests();
        SyncReport removed = publish();
        assertThat(removed.removed()).isEqualTo(1);
        assertThat(server.requests()).singleElement().asString().startsWith("DELETE ");
        assertThat(calendar()).isEqualTo(planResources());
    }

    @Test
    void whatAnotherAppChangedIsReportedNotOverwrittenUntilTheStudentSaysSo() {
        publish();
        SyncSession session = aSession();
        String href = hrefOf(session);
        String theirs = server.resources().get(href).ics().replace("SUMMARY:", "SUMMARY:Moved by my phone ");
        server.changedByAnotherApp(href, theirs);
        planner.changeSession(new SyncSession(session.id(), session.courseId(), session.kind(), session.pattern(), "Room 7",
                session.sectionFacts()));

        SyncReport report = publish();
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.change().kind()).isEqualTo(Kind.CHANGE);
            assertThat(c.describe()).contains("changed on the calendar");
        });
        assertThat(report.complete()).isFalse();
        assertThat(server.resources().get(href).ics()).isEqualTo(theirs);
        assertThat(sync.pending(term.name())).hasSize(1); // still to send

        SyncReport overwritten = sync.publish(term.name(), server, true, Progress.NONE);
        assertThat(overwritten.changed()).isEqualTo(1);
        assertThat(overwritten.complete()).isTrue();
        assertThat(calendar()).isEqualTo(planResources());
    }

    @Test
    void anEventDeletedOnTheCalendarIsNotPutBackSilentlyNorIsOneChangedThereDeleted() {
        publish();
        SyncSession first = aSession();
        SyncSession second = publishedSessions().get(1);
        String firstHref = hrefOf(first);
        String secondHref = hrefOf(second);
        server.deletedByAnotherApp(firstHref);
        planner.changeSession(new SyncSession(first.id(), first.courseId(), first.kind(), first.pattern(), "Room 8", first.sectionFacts()));
        String theirs = server.resources().get(secondHref).ics().replace("SUMMARY:", "SUMMARY:Edited ");
        server.changedByAnotherApp(secondHref, theirs);
        planner.remove(second.id());

        SyncReport report = publish();
        assertThat(report.conflicts()).extracting(c -> c.change().kind()).containsExactlyInAnyOrder(Kind.CHANGE, Kind.REMOVE);
        assertThat(server.resources()).doesNotContainKey(firstHref).containsKey(secondHref);

        assertThat(sync.publish(term.name(), server, true, Progress.NONE).complete()).isTrue();
        assertThat(calendar()).isEqualTo(planResources());
    }

    @Test
    void aServerThatGoesAwayMidPublishLosesNothingAndTheNextPublishGoesOn() {
        int events = planResources().size();
        server.goAwayAfter(5);
        SyncReport cut = publish();
        assertThat(cut.added()).isEqualTo(5);
        assertThat(cut.stoppedBecause()).contains("could not be reached");
        assertThat(cut.notSent()).hasSize(events - 5);
        assertThat(sync.pending(term.name())).hasSize(events - 5);

        server.comeBack();
        SyncReport rest = publish();
        assertThat(rest.added()).isEqualTo(events - 5);
        assertThat(rest.complete()).isTrue();
        assertThat(calendar()).isEqualTo(planResources());
    }

    @Test
    void aWriteWhoseAnswerWasLostIsRecognisedAndNotCalledAConflict() {
        server.loseNextAnswer();
        SyncReport cut = publish();
        assertThat(cut.added()).isZero();
        assertThat(server.resources()).hasSize(1); // the server did write it

        SyncReport next = publish();
        assertThat(next.conflicts()).isEmpty();
        assertThat(next.complete()).isTrue();
        assertThat(calendar()).isEqualTo(planResources());
    }

    /** The process dies after the server stored a change; the student edits again; the next publish replaces its own copy. */
    @Test
    void aChangeWhoseAnswerWasLostIsOursToReplaceAfterAnotherEdit() {
        publish();
        SyncSession session = aSession();
        String href = hrefOf(session);
        planner.changeSession(new SyncSession(session.id(), session.courseId(), session.kind(), session.pattern(), "Room 1",
                session.sectionFacts()));
        server.loseNextAnswer();
        assertThat(publish().stoppedBecause()).contains("could not be reached");
        assertThat(server.resources().get(href).ics()).contains("LOCATION:Room 1");

        planner.changeSession(new SyncSession(session.id(), session.courseId(), session.kind(), session.pattern(), "Room 2",
                session.sectionFacts()));
        SyncReport next = publish();
        assertThat(next.conflicts()).isEmpty();
        assertThat(next.changed()).isEqualTo(1);
        assertThat(server.resources().get(href).ics()).contains("LOCATION:Room 2");
        assertThat(calendar()).isEqualTo(planResources());
    }

    /** A create whose answer was lost, for an item removed before the next publish: that publish deletes its own copy. */
    @Test
    void aCreateWhoseAnswerWasLostIsDeletedWhenItsItemGoes() {
        server.goAwayAfter(0);
        publish(); // nothing reaches the server
        server.comeBack();
        server.loseNextAnswer();
        publish(); // the first event reaches it, unconfirmed
        assertThat(server.resources()).hasSize(1);
        String href = server.resources().keySet().iterator().next();
        long itemId = Long.parseLong(href.replaceAll(".*-(\\d+)(-w\\d+)?%40.*", "$1"));
        planner.remove(itemId);

        SyncReport next = publish();
        assertThat(next.conflicts()).isEmpty();
        assertThat(server.resources()).doesNotContainKey(href);
        assertThat(calendar()).isEqualTo(planResources());
    }

    @Test
    void undoingADeletionPutsTheSameEventBack() {
        publish();
        SyncSession session = aSession();
        String href = hrefOf(session);
        planner.remove(session.id());
        publish();
        assertThat(server.resources()).doesNotContainKey(href);

        planner.putBack(session);
        SyncReport back = publish();
        assertThat(back.added()).isEqualTo(1);
        assertThat(server.resources()).containsKey(href);
        assertThat(calendar()).isEqualTo(planResources());
    }

    @Test
    void nothingElseOnTheCalendarIsTouched() {
        server.changedByAnotherApp("/ana/courses/dentist.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        publish();
        planner.remove(aSession().id());
        publish();
        assertThat(server.resources()).containsKey("/ana/courses/dentist.ics");
        assertThat(server.requests()).noneMatch(r -> r.contains("dentist"));
    }

    @Test
    void anotherCalendarStartsFromNothingAndStoppingForgetsTheRecord() {
        publish();
        sync.setUp(term.name(), new SyncAccount(SyncAccount.url("http://localhost:5232/ana/other/"), "ana", false, false, 15));
        assertThat(sync.pending(term.name())).allMatch(c -> c.kind() == Kind.ADD).hasSize(planResources().size());

        sync.forget(term.name());
        assertThat(sync.account(term.name())).isEmpty();
        assertThat(sync.pending(term.name())).isEmpty();
        assertThatThrownBy(this::publish).isInstanceOf(Refusal.class).hasMessageContaining("--url");
    }

    @Test
    void theSameSettingsOnTheSameCalendarKeepWhatWasPublished() {
        publish();
        sync.setUp(term.name(), new SyncAccount(SyncAccount.url("http://127.0.0.1:5232/ana/courses"), "ana", false, false, null));
        assertThat(sync.pending(term.name())).isEmpty();
    }

    @Test
    void aCancelledPublishStopsBetweenWritesAndKeepsWhatItSent() {
        int[] seen = {0};
        Progress cancelAfterThree = new Progress() {
            @Override
            public void update(long done, long total) {
                seen[0] = (int) done;
            }

            @Override
            public boolean cancelled() {
                return seen[0] >= 3;
            }
        };
        SyncReport report = sync.publish(term.name(), server, false, cancelAfterThree);
        assertThat(report.added()).isEqualTo(3);
        assertThat(report.stoppedBecause()).contains("cancelled");
        assertThat(sync.pending(term.name())).hasSize(planResources().size() - 3);
    }

    private String hrefOf(SyncSession session) {
        return server.resources().keySet().stream().filter(h -> h.contains("-" + session.id() + "%40")).findFirst().orElseThrow();
    }
}

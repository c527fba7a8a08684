package org.courseplanner.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.sync.CalendarSync;
import org.courseplanner.domain.sync.InMemoryCredentials;
import org.courseplanner.domain.sync.SyncAccount;
import org.courseplanner.domain.sync.SyncConflict;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.ManualDelays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping the calendar in sync after edits, without JavaFX: a clock and background work the test moves by hand. */
class CalendarKeeperTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));
    private static final SyncAccount ACCOUNT = new SyncAccount(URI.create("https://cloud.example.org/cal/ana/courses/"), "ana",
            false, false, null);

    @TempDir
    Path dir;
    private Planner planner;
    private Term term;
    private CalendarSync sync;
    private final TestCalendar server = new TestCalendar();
    private final InMemoryCredentials credentials = new InMemoryCredentials();
    private final ManualDelays delays = new ManualDelays();
    private final List<SyncAccount> asked = new ArrayList<>();

    @BeforeEach
    void plan() {
        planner = SyncingPlans.planner(dir.resolve("plan.db"), NOV_24);
        term = SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        sync = new CalendarSync(planner, SyncingPlans.SERIES);
    }

    @AfterEach
    void close() throws Exception {
        planner.close();
    }

    private CalendarKeeper keeper(BackgroundTasks tasks) {
        CalendarKeeper keeper = new CalendarKeeper(sync, server.servers(), new Passwords(credentials), tasks, delays, SyncTiming.DEFAULT);
        keeper.setPasswordAsker(account -> {
            asked.add(account);
            return Optional.empty();
        });
        return keeper;
    }

    /** The sample term synced and fully published, the server's log of writes emptied. */
    private CalendarKeeper published(BackgroundTasks tasks) {
        sync.setUp(term.name(), ACCOUNT);
        credentials.save(ACCOUNT.calendar(), "ana", "secret".toCharArray());
        CalendarKeeper keeper = keeper(tasks);
        keeper.termShown(term);
        if (tasks instanceof QueuedTasks queued) {
            queued.runAll();
        }
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
        server.forgetWrites();
        return keeper;
    }

    private SyncSession session(String courseCode, String kind) {
        var plan = planner.plan(term.id());
        return plan.sessions().stream().filter(s -> plan.courseById(s.courseId()).code().equals(courseCode)
                && s.kind().title().equals(kind)).findFirst().orElseThrow();
    }

    /** Moves a class to another time, as a drag on the week does. */
    private String move(String courseCode, String kind, int hour) {
        SyncSession s = session(courseCode, kind);
        planner.changeSession(s.withPattern(WeeklyPattern.weekly(Set.of(DayOfWeek.FRIDAY), LocalTime.of(hour, 0), LocalTime.of(hour, 50))));
        return "PUT /cal/" + planner.planUid() + "-" + s.id() + ".ics";
    }

    @Test
    void aTermShownForTheFirstTimePublishesEverythingItsCalendarLacks() {
        sync.setUp(term.name(), ACCOUNT);
        credentials.save(ACCOUNT.calendar(), "ana", "secret".toCharArray());
        CalendarKeeper keeper = keeper(BackgroundTasks.direct());

        keeper.termShown(term);

        long series = planner.plan(term.id()).sessions().stream().filter(s -> s.pattern().isPlaced()).count();
        assertThat(server.held()).hasSize((int) series);
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
        assertThat(keeper.stateProperty().get()).isEqualTo(CalendarKeeper.State.UP_TO_DATE);
    }

    /** A class moved from the command line while the window is open reaches the calendar too, within the watch's period. */
    @Test
    void anEditByAnotherProcessIsPublishedOnceTheWatchSeesIt() {
        CalendarKeeper keeper = published(BackgroundTasks.direct());
        keeper.watchOtherProcesses(planner::dataVersion, Duration.ofSeconds(5));
        delays.advance(Duration.ofSeconds(5)); // the first look: the version as it is

        Planner terminal = SyncingPlans.planner(dir.resolve("plan.db"), NOV_24); // another process's connection
        String lecture;
        try {
            SyncSession s = session("CS 101", "Lecture");
            terminal.changeSession(s.withPattern(WeeklyPattern.weekly(Set.of(DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(8, 50))));
            lecture = "PUT /cal/" + planner.planUid() + "-" + s.id() + ".ics";
        } finally {
            terminal.close();
        }
        assertThat(server.writes()).isEmpty();
        delays.advance(Duration.ofSeconds(5)); // the watch sees the change: an edit, published after the quiet moment
        delays.advance(Duration.ofSeconds(2));
        assertThat(server.writes()).containsExactly(lecture);
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");

        server.forgetWrites();
        delays.advance(Duration.ofSeconds(30)); // nothing changed since: nothing is sent
        assertThat(server.writes()).isEmpty();
    }

    @Test
    void aBurstOfEditsIsOnePublishTwoSecondsAfterTheLastOne() {
        CalendarKeeper keeper = published(BackgroundTasks.direct());

        String lecture = move("CS 101", "Lecture", 8);
        keeper.edited();
        delays.advance(Duration.ofMillis(1500));
        String lab = move("CS 101", "Lab", 9);
        keeper.edited();
        delays.advance(Duration.ofMillis(1500));
        assertThat(server.writes()).as("1.5 s after the last edit").isEmpty();

        delays.advance(Duration.ofMillis(500));

        assertThat(server.writes()).containsExactlyInAnyOrder(lecture, lab);
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
    }

    @Test
    void neverTwoPublishesAtOnceAnEditDuringOneIsSentRightAfterIt() {
        QueuedTasks tasks = new QueuedTasks();
        CalendarKeeper keeper = published(tasks);

        String lecture = move("CS 101", "Lecture", 8);
        keeper.edited();
        delays.advance(Duration.ofSeconds(2));
        assertThat(tasks.waiting()).isEqualTo(1);
        assertThat(keeper.statusProperty().get()).isEqualTo("Sending changes to your calendar…");
        String lab = move("CS 101", "Lab", 9);
        keeper.edited();
        delays.advance(Duration.ofSeconds(2));
        assertThat(tasks.waiting()).as("the second publish waits for the first").isEqualTo(1);

        tasks.runOne();
        assertThat(server.writes()).contains(lecture);
        assertThat(tasks.waiting()).as("the edit made meanwhile goes right after").isEqualTo(1);
        tasks.runAll();

        assertThat(server.writes()).containsExactlyInAnyOrder(lecture, lab);
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
    }

    @Test
    void offlineTheChangesArePendingAndTriedAgainAfterLongerAndLongerWaits() {
        CalendarKeeper keeper = published(BackgroundTasks.direct());
        server.setOffline(true);

        move("CS 101", "Lecture", 8);
        move("CS 101", "Lab", 9);
        move("MATH 200", "Tutorial", 10);
        keeper.edited();
        delays.advance(Duration.ofSeconds(2));

        assertThat(keeper.statusProperty().get()).isEqualTo("3 changes not yet on your calendar");
        assertThat(keeper.stateProperty().get()).isEqualTo(CalendarKeeper.State.PENDING);
        assertThat(keeper.detailProperty().get()).contains("could not be reached", "Connection refused", "in 30 seconds");
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Duration wait = delays.nextIn();
            waits.add(wait);
            delays.advance(wait);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
                Duration.ofMinutes(5));
        assertThat(keeper.detailProperty().get()).contains("in 5 minutes");

        server.setOffline(false);
        delays.advance(delays.nextIn());

        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
        assertThat(server.writes()).hasSize(3);
        assertThat(delays.nextIn()).as("nothing more to try").isNull();
    }

    @Test
    void offlineTheNextEditTriesAgainWithoutWaitingForTheBackoff() {
        CalendarKeeper keeper = published(BackgroundTasks.direct());
        server.setOffline(true);
        String lecture = move("CS 101", "Lecture", 8);
        keeper.edited();
        delays.advance(Duration.ofSeconds(2));
        assertThat(keeper.statusProperty().get()).isEqualTo("1 change not yet on your calendar");

        server.setOffline(false);
        String lab = move("CS 101", "Lab", 9);
        keeper.edited();
        delays.advance(Duration.ofSeconds(2));

        assertThat(server.writes()).containsExactlyInAnyOrder(lecture, lab);
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
    }

    @Test
    void aClassChangedOnTheCalendarIsAConflictUntilTheStudentOverwritesIt() {
        CalendarKeeper keeper = published(BackgroundTasks.direct());
        String lectureWrite = move("CS 101", "Lecture", 8);
        String href = lectureWrite.substring("PUT ".length());
        server.changedByAnotherApp(href);

        keeper.edited();
        delays.advance(Duration.ofSeconds(2));

        assertThat(keeper.statusProperty().get()).isEqualTo("1 conflict on your calendar");
        assertThat(keeper.stateProperty().get()).isEqualTo(CalendarKeeper.State.CONFLICTS);
        assertThat(keeper.conflicts()).extracting(SyncConflict::describe)
                .containsExactly("CS 101 Lecture (change): it was changed on the calendar since the last publish");
        assertThat(server.held().get(href).ics()).contains("Edited elsewhere");

        keeper.overwriteConflicts();

        assertThat(server.held().get(href).ics()).doesNotContain("Edited elsewhere").contains("WHEN:FR 08:00-08:50");
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
        assertThat(keeper.conflicts()).isEmpty();
    }

    @Test
    void withNoSavedPasswordTheStudentIsAskedOncePerSessionAndItIsKeptInMemory() {
        sync.setUp(term.name(), ACCOUNT);
        CalendarKeeper keeper = keeper(BackgroundTasks.direct());
        keeper.setPasswordAsker(account -> {
            asked.add(account);
            return Optional.of("secret".toCharArray());
        });

        keeper.termShown(term);
        move("CS 101", "Lecture", 8);
        keeper.edited();
        delays.advance(Duration.ofSeconds(2));

        assertThat(asked).containsExactly(ACCOUNT);
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
        assertThat(credentials.saved()).as("never saved without being asked to").isEmpty();
    }

    @Test
    void aPasswordNotGivenIsNotAskedForAgainAtEachEditOnlyWhenTheStudentClicks() {
        sync.setUp(term.name(), ACCOUNT);
        CalendarKeeper keeper = keeper(BackgroundTasks.direct());

        keeper.termShown(term);
        move("CS 101", "Lecture", 8);
        keeper.edited();
        delays.advance(Duration.ofSeconds(2));

        assertThat(asked).hasSize(1);
        assertThat(keeper.statusProperty().get()).endsWith("changes not yet on your calendar");
        assertThat(keeper.detailProperty().get()).startsWith("No password was given for cloud.example.org");
        assertThat(server.writes()).isEmpty();

        keeper.retryNow();
        assertThat(asked).hasSize(2);
    }

    @Test
    void withNothingToSendThePasswordIsNotAskedFor() {
        sync.setUp(term.name(), ACCOUNT);
        credentials.save(ACCOUNT.calendar(), "ana", "secret".toCharArray());
        CalendarKeeper keeper = keeper(BackgroundTasks.direct());
        keeper.termShown(term);
        credentials.forget(ACCOUNT.calendar(), "ana");

        planner.updateTerm(planner.term(term.name())); // saved, but nothing the calendar shows changed
        keeper.edited();
        delays.advance(Duration.ofSeconds(2));

        assertThat(asked).isEmpty();
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
    }

    @Test
    void aWrongPasswordGivenInTheSessionIsDroppedAndTheRefusalSaid() {
        sync.setUp(term.name(), ACCOUNT);
        CalendarKeeper keeper = keeper(BackgroundTasks.direct());
        List<String> answers = new ArrayList<>(List.of("wrong", "secret"));
        keeper.setPasswordAsker(account -> Optional.of(answers.remove(0).toCharArray()));

        keeper.termShown(term);

        assertThat(keeper.stateProperty().get()).isEqualTo(CalendarKeeper.State.PENDING);
        assertThat(keeper.detailProperty().get()).contains("refused the changes", "the user name or password is wrong (401)");

        keeper.retryNow();

        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
    }

    @Test
    void aTermWithoutACalendarPublishesNothingAndSaysNothing() {
        CalendarKeeper keeper = keeper(BackgroundTasks.direct());
        keeper.termShown(term);

        move("CS 101", "Lecture", 8);
        keeper.edited();
        delays.advance(Duration.ofMinutes(10));

        assertThat(server.writes()).isEmpty();
        assertThat(keeper.statusProperty().get()).isEmpty();
        assertThat(keeper.stateProperty().get()).isEqualTo(CalendarKeeper.State.OFF);
    }

    @Test
    void afterTheWindowClosesNothingMoreIsPublished() {
        CalendarKeeper keeper = published(BackgroundTasks.direct());
        move("CS 101", "Lecture", 8);
        keeper.edited();

        keeper.stop();
        delays.advance(Duration.ofMinutes(10));

        assertThat(server.writes()).isEmpty();
    }

    @Test
    void waitsAreSaidInWords() {
        assertThat(CalendarKeeper.in(Duration.ofSeconds(30))).isEqualTo("in 30 seconds");
        assertThat(CalendarKeeper.in(Duration.ofMinutes(1))).isEqualTo("in 1 minute");
        assertThat(CalendarKeeper.in(Duration.ofMinutes(5))).isEqualTo("in 5 minutes");
        assertThat(SyncTiming.DEFAULT.retryAfter(9)).isEqualTo(Duration.ofMinutes(5));
    }
}

package org.courseplanner.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.sync.CalendarSync;
import org.courseplanner.domain.sync.InMemoryCredentials;
import org.courseplanner.domain.sync.SyncAccount;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.ManualDelays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Sync with a calendar" form's view model, without JavaFX. */
class SyncSetUpViewModelTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));

    @TempDir
    Path dir;
    private Planner planner;
    private Term term;
    private CalendarSync sync;
    private CalendarKeeper keeper;
    private final TestCalendar server = new TestCalendar();
    private final InMemoryCredentials credentials = new InMemoryCredentials();
    private final Passwords passwords = new Passwords(credentials);
    private final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void plan() {
        planner = SyncingPlans.planner(dir.resolve("plan.db"), NOV_24);
        term = SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        sync = new CalendarSync(planner, SyncingPlans.SERIES);
        keeper = new CalendarKeeper(sync, server.servers(), passwords, BackgroundTasks.direct(), new ManualDelays(), SyncTiming.DEFAULT);
        keeper.termShown(term);
    }

    @AfterEach
    void close() throws Exception {
        planner.close();
    }

    private SyncSetUpViewModel form() {
        return new SyncSetUpViewModel(sync, server.servers(), passwords, BackgroundTasks.direct(), keeper);
    }

    private SyncSetUpViewModel filled(String url, String user, String password) {
        SyncSetUpViewModel form = form();
        form.urlProperty().set(url);
        form.userProperty().set(user);
        form.passwordProperty().set(password);
        return form;
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedAtTheUrlAndNothingIsSaved() {
        SyncSetUpViewModel form = filled("http://cloud.example.org/cal/ana/", "ana", "secret");

        form.save(closed::incrementAndGet);

        assertThat(form.refusalProperty().get().field()).isEqualTo("url");
        assertThat(form.refusalProperty().get().getMessage()).contains("plain http", "https://");
        assertThat(closed).hasValue(0);
        assertThat(sync.account(term.name())).isEmpty();
        assertThat(credentials.saved()).isEmpty();
        assertThat(server.writes()).isEmpty();
    }

    @Test
    void anEmptyUserAndAReminderThatIsNoNumberAreNamedAtTheirFields() {
        SyncSetUpViewModel form = filled("https://cloud.example.org/cal/ana/", " ", "secret");
        form.save(closed::incrementAndGet);
        assertThat(form.refusalProperty().get().field()).isEqualTo("user");

        form.userProperty().set("ana");
        form.reminderProperty().set("ten");
        form.save(closed::incrementAndGet);
        assertThat(form.refusalProperty().get().field()).isEqualTo("alarm");
        assertThat(form.refusalProperty().get().getMessage()).contains("whole minutes");
        assertThat(sync.account(term.name())).isEmpty();
    }

    @Test
    void noPasswordTypedNorSavedIsRefusedAtThePassword() {
        SyncSetUpViewModel form = filled("https://cloud.example.org/cal/ana/", "ana", "");

        form.testConnection();

        assertThat(form.refusalProperty().get().field()).isEqualTo("password");
        assertThat(form.connectionProperty().get()).isEmpty();
    }

    @Test
    void testingTheConnectionNamesTheCalendarOrSaysWhyNotInPlainWords() {
        SyncSetUpViewModel form = filled("https://cloud.example.org/cal/ana/", "ana", "secret");

        form.testConnection();
        assertThat(form.connectionProperty().get()).isEqualTo("Connected to “Courses”.");
        assertThat(form.refusalProperty().get()).isNull();

        form.passwordProperty().set("wrong");
        form.testConnection();
        assertThat(form.refusalProperty().get().field()).isEqualTo("password");
        assertThat(form.refusalProperty().get().getMessage()).contains("the user name or password is wrong");

        server.setOffline(true);
        form.passwordProperty().set("secret");
        form.testConnection();
        assertThat(form.refusalProperty().get().getMessage()).contains("could not reach the server (Connection refused)",
                "check the address");
    }

    @Test
    void savingSetsTheCalendarRemembersThePasswordWhenAskedAndPublishesEverything() {
        SyncSetUpViewModel form = filled("https://cloud.example.org/cal/ana", "ana", "secret");
        form.rememberProperty().set(true);
        form.commitmentsProperty().set(true);
        form.reminderProperty().set("15");

        form.save(closed::incrementAndGet);

        assertThat(closed).hasValue(1);
        SyncAccount saved = sync.account(term.name()).orElseThrow();
        assertThat(saved).isEqualTo(new SyncAccount(URI.create("https://cloud.example.org/cal/ana/"), "ana", true, false, 15));
        assertThat(credentials.saved()).containsEntry("https://cloud.example.org/cal/ana/ ana", "secret");
        assertThat(form.rememberHintProperty().get()).startsWith("Kept in the test's keyring, never in the plan file.");
        assertThat(server.held()).isNotEmpty();
        assertThat(keeper.statusProperty().get()).isEqualTo("Calendar up to date");
    }

    @Test
    void aPasswordNotToBeRememberedIsKeptForTheSessionOnly() {
        SyncSetUpViewModel form = filled("https://cloud.example.org/cal/ana/", "ana", "secret");

        form.save(closed::incrementAndGet);

        assertThat(credentials.saved()).isEmpty();
        assertThat(passwords.find(sync.account(term.name()).orElseThrow())).map(String::new).contains("secret");
    }

    @Test
    void theFormShowsTheCalendarSetUpBeforeAndStopSyncingForgetsItAndItsPassword() {
        filled("https://cloud.example.org/cal/ana/", "ana", "secret").save(closed::incrementAndGet);
        SyncAccount account = sync.account(term.name()).orElseThrow();
        passwords.save(account, "secret".toCharArray());

        SyncSetUpViewModel again = form();
        assertThat(again.synced()).isTrue();
        assertThat(again.urlProperty().get()).isEqualTo("https://cloud.example.org/cal/ana/");
        assertThat(again.userProperty().get()).isEqualTo("ana");
        again.stopSyncing(closed::incrementAndGet);

        assertThat(sync.account(term.name())).isEmpty();
        assertThat(credentials.saved()).isEmpty();
        assertThat(passwords.find(account)).isEmpty();
        assertThat(keeper.statusProperty().get()).isEmpty();
        assertThat(form().synced()).isFalse();
    }
}

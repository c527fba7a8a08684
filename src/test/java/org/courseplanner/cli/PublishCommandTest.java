package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseplanner.domain.sync.CredentialStore;
import org.courseplanner.domain.sync.InMemoryCalendarServer;
import org.courseplanner.domain.sync.SyncAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publish} from the shell: set up once, then each publish sends what changed; passwords never in the plan. */
class PublishCommandTest {
    static final String URL = "http://127.0.0.1:5232/ana/courses/";
    @TempDir
    Path dir;
    CliRun cli;
    final InMemoryCalendarServer server = new InMemoryCalendarServer("/ana/courses/");
    final List<String> passwordsUsed = new ArrayList<>();
    final Map<String, String> saved = new HashMap<>();
    Path passwordFile;

    @BeforeEach
    void plan() throws Exception {
        cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        cli.calendars = (SyncAccount account, char[] password) -> {
            passwordsUsed.add(account.user() + ":" + new String(password));
            return server;
        };
        cli.savedPasswords = new CredentialStore() {
            @Override
            public Optional<char[]> password(URI server, String user) {
                return Optional.ofNullable(saved.get(server + " " + user)).map(String::toCharArray);
            }

            @Override
            public void save(URI server, String user, char[] password) {
                saved.put(server + " " + user, new String(password));
            }

            @Override
            public void forget(URI server, String user) {
                saved.remove(server + " " + user);
            }

            @Override
            public String where() {
                return "the test's keyring";
            }
        };
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming", "--credits", "4");
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204");
        cli.ok("course", "add", "HIST 210", "--title", "History", "--delivery", "async");
        cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "3");
        passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, "s3cret\n");
    }

    @Test
    void theFirstPublishNamesTheCalendarAndLaterOnesSendWhatChanged() throws Exception {
        assertThat(cli.ok("publish", "--url", URL, "--user", "ana", "--password-file", passwordFile.toString()))
                .isEqualTo("Published Fall 2026 to " + URL + ": 4 added, 0 changed, 0 removed, 0 unchanged." + System.lineSeparator());
        assertThat(server.resources()).hasSize(4);
        assertThat(passwordsUsed).containsExactly("ana:s3cret");

        cli.ok("session", "set", "3", "--location", "ENG 300");
        assertThat(cli.ok("publish", "--status")).contains("1 change not yet on it:", "change CS 101 Lecture");
        assertThat(cli.ok("publish", "--password-file", passwordFile.toString()))
                .contains("0 added, 1 changed, 0 removed, 3 unchanged.");
        assertThat(cli.ok("publish", "--status")).contains("the calendar is up to date.");

        cli.ok("remove", "3");
        assertThat(cli.ok("publish", "--password-file", passwordFile.toString())).contains("0 added, 0 changed, 1 removed, 3 unchanged.");
        assertThat(server.resources()).hasSize(3);
        assertThat(Files.readAllBytes(cli.db)).asString().doesNotContain("s3cret"); // the password never goes into the plan
    }

    @Test
    void aRememberedPasswordIsUsedNextTimeAndStopForgetsIt() {
        cli.ok("publish", "--url", URL, "--user", "ana", "--password-file", passwordFile.toString(), "--remember-password");
        assertThat(saved).containsEntry(URL + " ana", "s3cret");
        cli.ok("session", "set", "3", "--location", "ENG 300");
        assertThat(cli.ok("publish")).contains("1 changed");
        assertThat(passwordsUsed).containsExactly("ana:s3cret", "ana:s3cret");

        assertThat(cli.ok("publish", "--stop")).contains("Stopped publishing Fall 2026", "stay on that calendar");
        assertThat(saved).isEmpty();
        CliRun.Result again = cli.run("publish");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("not published to a calendar yet", "--url");
    }

    @Test
    void aConflictIsListedKeptAndReplacedOnlyWithOverwrite() {
        cli.ok("publish", "--url", URL, "--user", "ana", "--password-file", passwordFile.toString());
        String href = server.resources().keySet().stream().filter(h -> h.contains("-3%40")).findFirst().orElseThrow();
        server.changedByAnotherApp(href, server.resources().get(href).ics().replace("LOCATION:ENG 204", "LOCATION:Moved"));
        cli.ok("session", "set", "3", "--location", "ENG 300");

        CliRun.Result r = cli.run("publish", "--password-file", passwordFile.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("not sent: CS 101 Lecture (change): it was changed on the calendar since the last publish",
                "publish --overwrite");
        assertThat(server.resources().get(href).ics()).contains("LOCATION:Moved");

        assertThat(cli.ok("publish", "--password-file", passwordFile.toString(), "--overwrite")).contains("1 changed");
        assertThat(server.resources().get(href).ics()).contains("LOCATION:ENG 300");
    }

    @Test
    void aServerGoneMidPublishSaysWhatIsLeftAndTheNextPublishSendsIt() {
        server.goAwayAfter(2);
        CliRun.Result cut = cli.run("publish", "--url", URL, "--user", "ana", "--password-file", passwordFile.toString());
        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.out()).contains("2 added", "could not be reached", "2 changes not yet on your calendar");
        server.comeBack();
        assertThat(cli.ok("publish", "--password-file", passwordFile.toString())).contains("2 added, 0 changed, 0 removed, 2 unchanged.");
    }

    @Test
    void plainHttpToAnotherComputerAndAMissingPasswordAreRefusedWithWhatToDo() {
        CliRun.Result http = cli.run("publish", "--url", "http://cloud.example.org/dav/ana/", "--user", "ana",
                "--password-file", passwordFile.toString());
        assertThat(http.exitCode()).isEqualTo(1);
        assertThat(http.err()).contains("plain http", "use https://");

        CliRun.Result noPassword = cli.run("publish", "--url", URL, "--user", "ana");
        assertThat(noPassword.exitCode()).isEqualTo(1);
        assertThat(noPassword.err()).contains("no password for ana", "--password-file");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void testChecksTheLoginWithoutPublishingAndSavesTheCalendarOnlyWhenItAnswers() {
        server.goAwayAfter(0);
        CliRun.Result away = cli.run("publish", "--url", URL, "--user", "ana", "--password-file", passwordFile.toString(), "--test");
        assertThat(away.exitCode()).isEqualTo(1);
        assertThat(away.err()).contains("could not be reached");
        assertThat(cli.run("publish", "--status").err()).contains("not published to a calendar yet");

        server.comeBack();
        assertThat(cli.ok("publish", "--url", URL, "--user", "ana", "--password-file", passwordFile.toString(), "--test"))
                .contains("Connected to \"Courses\"", "VEVENT, VTODO", "will be published there");
        assertThat(server.resources()).isEmpty();
        assertThat(cli.ok("publish", "--status")).contains("4 changes not yet on it");
    }
}

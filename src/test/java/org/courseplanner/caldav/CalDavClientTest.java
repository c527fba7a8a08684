package org.courseplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.courseplanner.domain.sync.CalendarServer.Answer;
import org.courseplanner.domain.sync.CalendarServer.Check;
import org.courseplanner.domain.sync.CalendarServer.RemoteCopy;
import org.courseplanner.domain.sync.CalendarServer.ServerRefused;
import org.courseplanner.domain.sync.CalendarServers;
import org.courseplanner.domain.sync.SyncAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CalDAV client against a real Radicale: what it writes is what the server holds, and every refusal says why. */
class CalDavClientTest {
    private static final String UID = "0123456789abcdef0123456789abcdef-42-w3@course-planner";

    @TempDir
    Path folder;
    RadicaleServer radicale;
    CalDavClient client;

    @BeforeEach
    void start() throws Exception {
        radicale = RadicaleServer.start(folder);
        client = radicale.client();
    }

    @AfterEach
    void stop() throws Exception {
        radicale.close();
    }

    static String event(String uid, String summary) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Course Planner//test//EN", "BEGIN:VEVENT",
                "UID:" + uid, "DTSTAMP:20260901T120000Z", "DTSTART:20260907T130000Z", "DTEND:20260907T141500Z",
                "SUMMARY:" + summary, "END:VEVENT", "END:VCALENDAR", "");
    }

    @Test
    void theHrefIsTheCalendarsPathAndTheUidAsOneEncodedSegment() {
        assertThat(client.hrefFor(UID)).isEqualTo("/ana/courses/0123456789abcdef0123456789abcdef-42-w3%40course-planner.ics");
        assertThat(client.hrefFor("a/b c?é")).isEqualTo("/ana/courses/a%2Fb%20c%3F%C3%A9.ics");
    }

    @Test
    void aCreatedResourceIsOnTheServerAsWrittenWithItsEtag() throws IOException {
        String href = client.hrefFor(UID);
        Answer created = client.create(href, event(UID, "CS 101 Lecture"));

        assertThat(created).isInstanceOf(Answer.Done.class);
        String etag = ((Answer.Done) created).etag();
        assertThat(etag).startsWith("\"").endsWith("\"");
        RemoteCopy copy = client.fetch(href).orElseThrow();
        assertThat(copy.etag()).isEqualTo(etag);
        assertThat(copy.ics()).contains("SUMMARY:CS 101 Lecture", "UID:" + UID);
        assertThat(copy.href()).isEqualTo(href);
    }

    @Test
    void creatingWhereSomethingIsAlreadyIsAConflict() throws IOException {
        String href = client.hrefFor(UID);
        client.create(href, event(UID, "CS 101 Lecture"));

        assertThat(client.create(href, event(UID, "Someone else's"))).isInstanceOf(Answer.Changed.class);
        assertThat(client.fetch(href).orElseThrow().ics()).contains("SUMMARY:CS 101 Lecture");
    }

    @Test
    void anUpdateOnTheLastEtagIsWrittenAndOnAStaleOneIsRefused() throws IOException {
        String href = client.hrefFor(UID);
        String first = ((Answer.Done) client.create(href, event(UID, "CS 101 Lecture"))).etag();
        Answer second = client.update(href, event(UID, "CS 101 Lecture (moved)"), first);
        assertThat(second).isInstanceOf(Answer.Done.class);
        String secondEtag = ((Answer.Done) second).etag();
        assertThat(secondEtag).isNotEqualTo(first);

        assertThat(client.update(href, event(UID, "CS 101 from a stale copy"), first)).isInstanceOf(Answer.Changed.class);
        assertThat(client.fetch(href).orElseThrow().ics()).contains("SUMMARY:CS 101 Lecture (moved)");
        assertThat(client.delete(href, first)).isInstanceOf(Answer.Changed.class);
        assertThat(client.fetch(href)).isPresent();
    }

    @Test
    void aDeleteOnTheLastEtagRemovesTheResourceAndThenItIsMissing() throws IOException {
        String href = client.hrefFor(UID);
        String etag = ((Answer.Done) client.create(href, event(UID, "CS 101 Lecture"))).etag();

        assertThat(client.delete(href, etag)).isInstanceOf(Answer.Done.class);
        assertThat(client.fetch(href)).isEmpty();
        assertThat(client.list()).isEmpty();
        assertThat(client.delete(href, etag)).isInstanceOf(Answer.Missing.class);
        assertThat(client.delete(href, null)).isInstanceOf(Answer.Missing.class);
        // RFC 9110 13.1.1: If-Match fails on a resource that is gone, so Radicale answers a PUT with 412, not 404
        assertThat(client.update(href, event(UID, "CS 101 Lecture"), etag)).isInstanceOf(Answer.Changed.class);
        assertThat(client.fetch(href)).isEmpty();
    }

    @Test
    void creatingOnACalendarThatIsMissingIsRefusedWithWhatToDo() throws Exception {
        CalDavClient gone = radicale.client(new SyncAccount(radicale.url("/ana/deleted/"), RadicaleServer.USER, false, false, null),
                radicale.password());

        assertThatThrownBy(() -> gone.create(gone.hrefFor(UID), event(UID, "CS 101 Lecture")))
                .isInstanceOf(ServerRefused.class).hasMessageContaining("there is no calendar at " + radicale.url("/ana/deleted/"))
                .hasMessageContaining("check the address").hasMessageContaining("create the calendar on the server first");
    }

    @Test
    void theListingHasEveryResourceWithItsEtagAndText() throws IOException {
        String uid2 = "0123456789abcdef0123456789abcdef-43@course-planner";
        String etag1 = ((Answer.Done) client.create(client.hrefFor(UID), event(UID, "CS 101 Lecture"))).etag();
        String etag2 = ((Answer.Done) client.create(client.hrefFor(uid2), event(uid2, "HIST 210 Week 3 due"))).etag();

        List<RemoteCopy> listed = client.list();

        assertThat(listed).extracting(RemoteCopy::href).containsExactlyInAnyOrder(client.hrefFor(UID), client.hrefFor(uid2));
        assertThat(listed).extracting(RemoteCopy::etag).containsExactlyInAnyOrder(etag1, etag2);
        RemoteCopy first = listed.stream().filter(c -> c.href().equals(client.hrefFor(UID))).findFirst().orElseThrow();
        assertThat(first.ics()).contains("SUMMARY:CS 101 Lecture\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void checkingACalendarGivesItsNameAndComponents() throws IOException {
        Check check = client.check();

        assertThat(check.displayName()).isEqualTo("Courses");
        assertThat(check.components()).contains("VEVENT");
    }

    @Test
    void checkingAFolderThatIsNoCalendarListsTheUsersCalendars() throws Exception {
        radicale.makeCalendar("work", "Work shifts");
        CalDavClient home = radicale.client(new SyncAccount(radicale.url("/ana/"), RadicaleServer.USER, false, false, null),
                radicale.password());

        assertThatThrownBy(home::check).isInstanceOf(ServerRefused.class)
                .hasMessageContaining(radicale.url("/ana/") + " is not a calendar")
                .hasMessageContaining("Courses  " + radicale.calendar())
                .hasMessageContaining("Work shifts  " + radicale.url("/ana/work/"));
    }

    @Test
    void checkingAnAddressWithNothingThereListsTheUsersCalendars() {
        CalDavClient typo = radicale.client(new SyncAccount(radicale.url("/ana/cuorses/"), RadicaleServer.USER, false, false, null),
                radicale.password());

        assertThatThrownBy(typo::check).isInstanceOf(ServerRefused.class)
                .hasMessageContaining("there is nothing at " + radicale.url("/ana/cuorses/"))
                .hasMessageContaining("Courses  " + radicale.calendar());
    }

    @Test
    void theUsersCalendarsAreFoundFromTheirPrincipal() throws IOException {
        assertThat(client.calendars()).containsExactly(new CalDavClient.FoundCalendar("Courses", radicale.calendar(),
                client.check().components()));
    }

    @Test
    void aWrongPasswordIsRefusedWithWhatToDoAndNeverShown() {
        char[] wrong = "hunter2-wrong".toCharArray();
        CalDavClient badLogin = radicale.client(radicale.account(), wrong);

        for (var request : List.<ThrowingCall>of(badLogin::check, () -> badLogin.create(badLogin.hrefFor(UID), event(UID, "x")),
                () -> badLogin.fetch(badLogin.hrefFor(UID)), badLogin::list)) {
            assertThatThrownBy(request::call).isInstanceOf(ServerRefused.class)
                    .hasMessageContaining("refused user ana's password").hasMessageContaining("app password")
                    .hasMessageNotContaining("hunter2")
                    .satisfies(e -> assertThat(((ServerRefused) e).status()).isEqualTo(401));
        }
        assertThat(badLogin.toString()).doesNotContain("hunter2").doesNotContain(RadicaleServer.PASSWORD);
    }

    @Test
    void anotherUsersCalendarIsRefusedAsNotTheirs() {
        CalDavClient ben = radicale.client(new SyncAccount(radicale.calendar(), "ben", false, false, null), "ben's password".toCharArray());

        assertThatThrownBy(() -> ben.create(ben.hrefFor(UID), event(UID, "x"))).isInstanceOf(ServerRefused.class)
                .hasMessageContaining("does not let user ben add").hasMessageContaining("shared with you");
    }

    @Test
    void aStoppedServerIsAnIoErrorAndAfterARestartEverythingIsThere() throws Exception {
        String href = client.hrefFor(UID);
        String etag = ((Answer.Done) client.create(href, event(UID, "CS 101 Lecture"))).etag();
        radicale.stop();

        assertThatThrownBy(() -> client.update(href, event(UID, "CS 101 (moved)"), etag)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot connect to 127.0.0.1");
        assertThatThrownBy(client::check).isInstanceOf(IOException.class);

        radicale.restart();
        assertThat(client.fetch(href).orElseThrow().etag()).isEqualTo(etag);
        assertThat(client.update(href, event(UID, "CS 101 (moved)"), etag)).isInstanceOf(Answer.Done.class);
    }

    @Test
    void theClientIsACalendarServersOfTheDomain() throws IOException {
        CalendarServers servers = CalDavClient::new;

        assertThat(servers.connect(radicale.account(), radicale.password()).check().displayName()).isEqualTo("Courses");
    }

    @FunctionalInterface
    interface ThrowingCall {
        Object call() throws Exception;
    }
}

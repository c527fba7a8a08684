package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.courseplanner.caldav.RadicaleServer;
import org.courseplanner.domain.Planner;
import org.courseplanner.persistence.PlanDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code publish} as a student runs it, against a real CalDAV server (Radicale on loopback): after
 * publish, edit, delete, undo and publish again, the server's own REPORT answer holds exactly the
 * plan's events, and an event changed by another app or a server that goes away loses nothing.
 */
class PublishToRadicaleTest {
    private static final String DAV = "DAV:";
    private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    @TempDir
    Path dir;
    RadicaleServer radicale;
    CliRun cli;
    Path passwordFile;

    @BeforeEach
    void serverAndPlan() throws Exception {
        radicale = RadicaleServer.start(dir.resolve("radicale"));
        cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming", "--credits", "4");
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204");
        cli.ok("session", "add", "CS 101", "--days", "FR", "--start", "14:00", "--end", "15:50", "--kind", "lab");
        cli.ok("course", "add", "HIST 210", "--title", "Histoire de l'Europe", "--delivery", "async");
        cli.ok("module", "add", "HIST 210", "--title", "Semaine", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "4");
        cli.ok("commitment", "add", "Café shift", "--days", "TU", "--start", "17:00", "--end", "21:00");
        passwordFile = Files.writeString(dir.resolve("password"), RadicaleServer.PASSWORD + "\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws Exception {
        radicale.close();
    }

    String publish(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "publish";
        args[1] = "--password-file";
        args[2] = passwordFile.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return cli.ok(args);
    }

    @Test
    void theServerHoldsExactlyThePlansEventsAfterPublishEditDeleteUndoAndRepublish() throws Exception {
        assertThat(publish("--url", radicale.calendar().toString(), "--user", RadicaleServer.USER, "--with-commitments"))
                .contains("7 added, 0 changed, 0 removed, 0 unchanged.");
        assertThat(uidsOnServer()).isEqualTo(planEvents());

        cli.ok("session", "set", "3", "--location", "ENG 300");
        assertThat(publish()).contains("0 added, 1 changed, 0 removed, 6 unchanged.");
        assertThat(onServer().values()).anyMatch(ics -> ics.contains("LOCATION:ENG 300"));

        cli.ok("remove", "4"); // the lab
        assertThat(publish()).contains("1 removed");
        assertThat(uidsOnServer()).isEqualTo(planEvents()).hasSize(6);

        cli.ok("session", "add", "CS 101", "--days", "FR", "--start", "14:00", "--end", "15:50", "--kind", "lab");
        cli.ok("module", "set", "6", "--weeks", "2"); // two deadlines fewer
        assertThat(publish()).contains("1 added", "2 removed");
        assertThat(uidsOnServer()).isEqualTo(planEvents());
        assertThat(publish()).contains("0 added, 0 changed, 0 removed");
    }

    @Test
    void anEventChangedOnThePhoneIsKeptUntilOverwriteAndAServerGoneMidwayLosesNothing() throws Exception {
        publish("--url", radicale.calendar().toString(), "--user", RadicaleServer.USER);
        String lecture = onServer().entrySet().stream().filter(e -> e.getValue().contains("LOCATION:ENG 204")).findFirst().orElseThrow()
                .getKey();
        String theirs = onServer().get(lecture).replace("LOCATION:ENG 204", "LOCATION:Moved on my phone");
        assertThat(radicale.request("PUT", radicale.url(lecture), theirs)).isBetween(200, 299);

        cli.ok("session", "set", "3", "--location", "ENG 300");
        CliRun.Result kept = cli.run("publish", "--password-file", passwordFile.toString());
        assertThat(kept.exitCode()).isEqualTo(1);
        assertThat(kept.out()).contains("not sent: CS 101 Lecture (change): it was changed on the calendar");
        assertThat(onServer().get(lecture)).contains("Moved on my phone");
        assertThat(publish("--overwrite")).contains("1 changed");
        assertThat(onServer().get(lecture)).contains("LOCATION:ENG 300");

        radicale.stop();
        cli.ok("session", "set", "3", "--location", "ENG 301");
        cli.ok("remove", "4");
        CliRun.Result away = cli.run("publish", "--password-file", passwordFile.toString());
        assertThat(away.exitCode()).isEqualTo(1);
        assertThat(away.out()).contains("could not be reached", "2 changes not yet on your calendar");
        assertThat(cli.ok("publish", "--status")).contains("2 changes not yet on it");

        radicale.restart();
        assertThat(publish()).contains("1 changed, 1 removed");
        assertThat(uidsOnServer()).isEqualTo(planEvents());
    }

    /** Undo, as the window's Ctrl+Z does it (the removed class put back under its own id): the same event comes back. */
    @Test
    void anUndoneDeletionPutsTheSameEventBackOnTheServer() throws Exception {
        publish("--url", radicale.calendar().toString(), "--user", RadicaleServer.USER);
        Map<String, String> before = uidsOnServer();
        org.courseplanner.domain.SyncSession lab;
        Planner planner = PlanDatabase.planner(cli.db, CliRun.TODAY);
        try {
            lab = planner.plan(planner.term(null).id()).session(4).orElseThrow();
            planner.remove(lab.id());
        } finally {
            planner.close();
        }
        assertThat(publish()).contains("1 removed");
        assertThat(uidsOnServer()).hasSize(before.size() - 1);

        planner = PlanDatabase.planner(cli.db, CliRun.TODAY);
        try {
            planner.putBack(lab); // what undoing the deletion does
        } finally {
            planner.close();
        }
        assertThat(publish()).contains("1 added");
        Map<String, String> after = uidsOnServer();
        assertThat(after.keySet()).isEqualTo(before.keySet()); // the same UID as before
        assertThat(after).isEqualTo(planEvents());
    }

    /**
     * A publish killed after the server stored an event but before the plan recorded it (kill -9,
     * a lost answer): the next publish finds the same event there and records it, no conflict.
     */
    @Test
    void eventsTheServerStoredButThePlanNeverRecordedAreRecognised() throws Exception {
        publish("--url", radicale.calendar().toString(), "--user", RadicaleServer.USER);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db);
             java.sql.Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM sync_resource")).isEqualTo(6);
        }
        assertThat(publish()).contains("6 added, 0 changed, 0 removed, 0 unchanged.");
        assertThat(uidsOnServer()).isEqualTo(planEvents());
        assertThat(cli.ok("publish", "--status")).contains("up to date");
    }

    @Test
    void aWrongPasswordSaysSoAndChangesNothing() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "nope\n");
        CliRun.Result r = cli.run("publish", "--url", radicale.calendar().toString(), "--user", RadicaleServer.USER,
                "--password-file", wrong.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("password").doesNotContain("nope");
        assertThat(onServer()).isEmpty();
    }

    Map<String, String> planEvents() {
        return CalendarEvents.ofPlan(cli.db);
    }

    Map<String, String> uidsOnServer() throws Exception {
        Map<String, String> events = new TreeMap<>();
        for (String ics : onServer().values()) {
            events.put(CalendarEvents.uid(ics), CalendarEvents.sequence(ics));
        }
        return events;
    }

    /** The calendar's resources by href, from the server's own REPORT answer (not our client's). */
    Map<String, String> onServer() throws Exception {
        String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><C:calendar-query xmlns:D=\"DAV:\" xmlns:C=\"" + CALDAV + "\">"
                + "<D:prop><D:getetag/><C:calendar-data/></D:prop><C:filter><C:comp-filter name=\"VCALENDAR\"/></C:filter></C:calendar-query>";
        HttpRequest request = HttpRequest.newBuilder(radicale.calendar()).method("REPORT", HttpRequest.BodyPublishers.ofString(body))
                .header("Depth", "1").header("Content-Type", "application/xml; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (RadicaleServer.USER + ":" + RadicaleServer.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(207);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        Map<String, String> byHref = new TreeMap<>();
        NodeList responses = doc.getElementsByTagNameNS(DAV, "response");
        for (int i = 0; i < responses.getLength(); i++) {
            Element r = (Element) responses.item(i);
            NodeList data = r.getElementsByTagNameNS(CALDAV, "calendar-data");
            if (data.getLength() > 0) {
                byHref.put(r.getElementsByTagNameNS(DAV, "href").item(0).getTextContent().strip(), data.item(0).getTextContent());
            }
        }
        return byHref;
    }
}

package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.courseplanner.caldav.RadicaleServer;
import org.courseplanner.domain.sync.CalendarServer.RemoteCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes publish one plan to a real Radicale at once (a window and a timer, say), and
 * publishers are killed with kill -9 at random moments between edits: afterwards one publish
 * brings the calendar to exactly the plan's events, with no conflict reported and no duplicate.
 * The kill -9 loop is tagged "reliability" ({@code mvn verify -Preliability}, docs/reliability.md).
 */
class ConcurrentPublishTest {
    private static final long SEED = Long.getLong("reliability.seed", 20261206L);
    @TempDir
    Path dir;
    RadicaleServer radicale;
    CliRun cli;
    Path passwordFile;

    @BeforeEach
    void planWithManyEvents() throws Exception {
        radicale = RadicaleServer.start(dir.resolve("radicale"));
        cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        for (int c = 1; c <= 4; c++) {
            cli.ok("course", "add", "CS 10" + c, "--title", "Course " + c);
            cli.ok("session", "add", "CS 10" + c, "--days", c % 2 == 0 ? "MO,WE" : "TU,TH", "--start", (8 + c) + ":00",
                    "--end", (8 + c) + ":50");
            cli.ok("module", "add", "CS 10" + c, "--title", "Unit", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "12");
        }
        passwordFile = Files.writeString(dir.resolve("password"), RadicaleServer.PASSWORD + "\n", StandardCharsets.UTF_8);
        cli.ok("publish", "--url", radicale.calendar().toString(), "--user", RadicaleServer.USER, "--password-file",
                passwordFile.toString(), "--test"); // sets the calendar up, sends nothing
    }

    @AfterEach
    void stop() throws Exception {
        radicale.close();
    }

    @Test
    void twoPublishersAtOnceLeaveExactlyThePlanAndReportNoConflict() throws Exception {
        for (int round = 0; round < 2; round++) {
            if (round == 1) {
                cli.ok("session", "set", "3", "--location", "Room " + round);
                cli.ok("remove", "7"); // a course's module: its 12 deadlines go
                cli.ok("module", "set", "4", "--weeks", "10");
            }
            Path go = dir.resolve("go-" + round);
            List<Process> publishers = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                Path out = dir.resolve("publisher-" + round + "-" + p + ".out");
                outputs.add(out);
                publishers.add(start(go, out));
            }
            Thread.sleep(1500); // both have loaded their classes
            Files.createFile(go);
            for (Process p : publishers) {
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the publisher finished").isTrue();
            }
            for (Path out : outputs) {
                String printed = Files.readString(out, StandardCharsets.UTF_8);
                assertThat(printed).as(out.getFileName().toString()).startsWith("exit 0").doesNotContain("not sent");
            }
            assertThat(onServer()).isEqualTo(planEvents());
            assertThat(cli.ok("publish", "--status")).contains("up to date");
        }
    }

    @Test
    @Tag("reliability")
    void publishersKilledAtRandomMomentsLoseNothingAndLeaveNoConflict() throws Exception {
        Random random = new Random(SEED);
        int kills = Integer.getInteger("reliability.kills", 12);
        for (int k = 0; k < kills; k++) {
            cli.ok("session", "set", String.valueOf(3 + 3 * random.nextInt(4)), "--location", "Room " + k);
            cli.ok("module", "set", String.valueOf(4 + 3 * random.nextInt(4)), "--weeks", String.valueOf(6 + random.nextInt(7)));
            Process publisher = start(null, dir.resolve("killed-" + k + ".out"));
            Thread.sleep(300 + random.nextInt(2500));
            publisher.destroyForcibly();
            assertThat(publisher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        String last = cli.ok("publish", "--password-file", passwordFile.toString());
        assertThat(last).doesNotContain("not sent");
        assertThat(onServer()).isEqualTo(planEvents());
        System.out.printf("reliability: %d publishers killed 0.3-2.8 s after they started (seed %d); the next publish: %s", kills, SEED,
                last);
    }

    private Process start(Path go, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), PublisherProcess.class.getName(),
                cli.db.toString(), passwordFile.toString()));
        if (go != null) {
            command.add(go.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("xdg-config").toString());
        pb.redirectOutput(out.toFile()).redirectError(dir.resolve(out.getFileName() + ".err").toFile());
        return pb.start();
    }

    /** UID → SEQUENCE of every event on the server, from its REPORT. */
    private Map<String, String> onServer() throws Exception {
        Map<String, String> events = new TreeMap<>();
        for (RemoteCopy copy : radicale.client().list()) {
            String uid = CalendarEvents.uid(copy.ics());
            assertThat(events.put(uid, CalendarEvents.sequence(copy.ics()))).as("one resource per UID: " + uid).isNull();
        }
        return events;
    }

    private Map<String, String> planEvents() {
        return CalendarEvents.ofPlan(cli.db);
    }
}

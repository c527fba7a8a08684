package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --watch} as a student runs it: one shell watches, another edits the plan (or the window does). */
class ExportWatchTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void plan() {
        cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming", "--credits", "4");
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15");
    }

    /** The watch, running in a thread of its own on its own connection to the plan, as a second process would. */
    private final class Watch implements AutoCloseable {
        final Thread thread;
        final AtomicReference<CliRun.Result> result = new AtomicReference<>();

        Watch(Path out) {
            CliRun watcher = new CliRun(cli.db);
            thread = new Thread(() -> result.set(watcher.run("export", "--out", out.toString(), "--watch")), "export --watch");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(PATIENCE.toMillis());
            assertThat(thread.isAlive()).as("the watch stops when interrupted").isFalse();
        }
    }

    private static String waitFor(Path file, Predicate<String> wanted) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String text = null;
        while (Instant.now().isBefore(deadline)) {
            text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (text != null && wanted.test(text)) {
                return text;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("within " + PATIENCE.toSeconds() + " s, " + file + " never became as expected; it is:\n" + text);
    }

    @Test
    void anEditByAnotherCommandRewritesTheFileWithTheChange() throws Exception {
        Path out = dir.resolve("subscribed.ics");
        Watch watch = new Watch(out);
        try (watch) {
            waitFor(out, ics -> ics.contains("SUMMARY:CS 101"));

            String added = cli.ok("course", "add", "HIST 210", "--title", "History");
            cli.ok("session", "add", "HIST 210", "--days", "TU", "--start", "14:00", "--end", "15:15");
            String rewritten = waitFor(out, ics -> ics.contains("SUMMARY:HIST 210"));
            assertThat(rewritten).contains("SUMMARY:CS 101");

            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\b(\\d+)\\b").matcher(added);
            assertThat(id.find()).as("course add says the id: " + added).isTrue();
            cli.ok("remove", id.group(1));
            waitFor(out, ics -> !ics.contains("HIST 210"));
        }
        CliRun.Result result = watch.result.get();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Exported Fall 2026 to " + out + ": 1 class,")
                .contains("Rewrote " + out + " at 10:00: 2 classes, 0 deadlines, 0 study blocks")
                .contains("Rewrote " + out + " at 10:00: 1 class, 0 deadlines")
                .contains("Stopped watching; " + out + " holds the last export.");
        assertThat(result.err()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aRewriteThatFailsLeavesTheLastFileWholeAndTheNextOneGoesThrough() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "256k")) {
            Path out = disk.folder.resolve("subscribed.ics");
            Watch watch = new Watch(out);
            try (watch) {
                String before = waitFor(out, ics -> ics.contains("SUMMARY:CS 101"));
                Path filler = disk.folder.resolve("filler");
                fill(filler);

                cli.ok("course", "add", "HIST 210", "--title", "History");
                cli.ok("session", "add", "HIST 210", "--days", "TU", "--start", "14:00", "--end", "15:15");
                Thread.sleep(3000); // three tries, each refused by the full disk
                assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(before);

                Files.delete(filler); // space again: the next try writes the change, with no new edit
                waitFor(out, ics -> ics.contains("SUMMARY:HIST 210"));
            }
            CliRun.Result result = watch.result.get();
            assertThat(result.err()).containsOnlyOnce("Could not rewrite " + out).contains("it keeps the last export");
            assertThat(result.out()).contains("Rewrote " + out + " at 10:00: 2 classes");
            try (Stream<Path> files = Files.list(disk.folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("subscribed.ics"); // no temporary file left
            }
        }
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (var stream = Files.newOutputStream(filler)) {
            while (true) {
                stream.write(block);
            }
        } catch (IOException full) {
            // the disk is full, as wanted
        }
    }

    private Stream<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList().stream();
        }
    }
}

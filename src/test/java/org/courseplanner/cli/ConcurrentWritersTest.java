package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.persistence.PlanDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several command-line processes change one plan at once (each a JVM of its own, running
 * {@link WriterProcess}): every change a process reported done is in the plan afterwards, and no
 * command fails because another one holds the plan. The heavy versions (more processes, kill -9
 * at random moments) are tagged "reliability" and run with {@code mvn verify -Preliability}; see
 * docs/reliability.md.
 */
class ConcurrentWritersTest {
    /** The seed of the kill delays; {@code -Dreliability.seed=N} repeats a run. */
    private static final long SEED = Long.getLong("reliability.seed", 20261206L);

    @TempDir
    Path dir;

    @Test
    void twoWritersLoseNothing() throws Exception {
        writersLoseNothing(2, 10);
    }

    @Test
    @Tag("reliability")
    void fourWritersLoseNothing() throws Exception {
        writersLoseNothing(4, 100);
    }

    @Test
    @Tag("reliability")
    void aWriterKilledOnANewPlanLeavesAPlanThatOpens() throws Exception {
        Random random = new Random(SEED);
        int kills = Integer.getInteger("reliability.kills", 40);
        int reported = 0;
        for (int k = 0; k < kills; k++) {
            Path plan = dir.resolve("new-" + k + ".db");
            Process writer = start(plan, "1", 1000, dir.resolve("new-" + k + ".out"));
            long appeared = waitFor(() -> Files.exists(plan), writer);
            int delay = random.nextInt(31);
            kill(writer, appeared, delay);
            reported += checkEverySuccessIsThere(plan, List.of(dir.resolve("new-" + k + ".out")), "kill " + k + " after " + delay
                    + " ms on a new plan (seed " + SEED + ")");
        }
        System.out.printf("reliability: %d writers killed 0-30 ms after a new plan file appeared (seed %d): every plan opens,"
                + " all %d changes reported done are there%n", kills, SEED, reported);
    }

    @Test
    @Tag("reliability")
    void aWriterKilledOnAnExistingPlanLosesNothingItReported() throws Exception {
        Random random = new Random(SEED + 1);
        int kills = Integer.getInteger("reliability.kills", 40);
        int reported = 0;
        Path plan = dir.resolve("existing.db");
        List<Path> outputs = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            Path out = dir.resolve("existing-" + k + ".out");
            outputs.add(out);
            Process writer = start(plan, "k" + k, 1000, out);
            long started = waitFor(() -> lines(out).stream().anyMatch(l -> l.startsWith("ok W")), writer);
            int delay = random.nextInt(51);
            kill(writer, started, delay);
            reported = checkEverySuccessIsThere(plan, outputs, "kill " + k + " after " + delay + " ms on an existing plan (seed "
                    + SEED + ")");
        }
        System.out.printf("reliability: %d writers killed 0-50 ms into their changes of one existing plan (seed %d): the plan opens"
                + " after each kill, all %d changes reported done are there%n", kills, SEED + 1, reported);
    }

    private void writersLoseNothing(int processes, int commands) throws Exception {
        Path plan = dir.resolve("plan.db");
        new CliRun(plan).withFallTerm();
        Path go = dir.resolve("go");
        List<Process> writers = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int w = 0; w < processes; w++) {
            Path out = dir.resolve("writer-" + w + ".out");
            outputs.add(out);
            writers.add(start(plan, String.valueOf(w), commands, out, go.toString()));
        }
        Thread.sleep(3000); // let every writer load its classes and open the plan
        Files.createFile(go);
        for (Process p : writers) {
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("a writer finished within 5 minutes").isTrue();
        }
        List<String> failed = new ArrayList<>();
        for (Path out : outputs) {
            for (String line : lines(out)) {
                if (line.startsWith("failed")) {
                    failed.add(line);
                }
            }
            assertThat(lines(out).stream().filter(l -> l.startsWith("ok ") || l.startsWith("failed ")).count())
                    .as("commands reported by " + out.getFileName() + ": " + lines(out)).isGreaterThanOrEqualTo(commands);
        }
        assertThat(failed).as("commands that failed").isEmpty();
        int reported = checkEverySuccessIsThere(plan, outputs, processes + " writers");
        System.out.printf("reliability: %d writers x %d commands on one plan: %d reported done, all there; %d failed%n",
                processes, commands, reported, failed.size());
    }

    /** Opens the plan as the command line does and finds in it each break and course a writer reported added. */
    private int checkEverySuccessIsThere(Path plan, List<Path> outputs, String what) throws IOException {
        CliRun.Result list = new CliRun(plan).run("term", "list");
        assertThat(list.exitCode()).as(what + ": the plan opens: " + list.err()).isZero();
        Set<String> reported = new TreeSet<>();
        for (Path out : outputs) {
            for (String line : lines(out)) {
                if (line.startsWith("ok W") || line.startsWith("ok C")) {
                    reported.add(line.substring(3));
                }
            }
        }
        if (reported.isEmpty()) {
            return 0;
        }
        Set<String> stored = new TreeSet<>();
        Planner planner = PlanDatabase.planner(plan, CliRun.TODAY);
        try {
            TermPlan termPlan = planner.plan("Fall 2026");
            termPlan.term().breaks().stream().map(DateRange::name).forEach(stored::add);
            termPlan.courses().stream().map(Course::code).forEach(stored::add);
        } finally {
            planner.close();
        }
        assertThat(stored).as(what + ": every change reported done is in the plan").containsAll(reported);
        return reported.size();
    }

    private Process start(Path plan, String writer, int commands, Path out, String... go) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xss1m", "-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(),
                plan.toString(), writer, String.valueOf(commands)));
        command.addAll(List.of(go));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        pb.redirectOutput(out.toFile()).redirectError(dir.resolve(out.getFileName() + ".err").toFile());
        return pb.start();
    }

    /** Waits until {@code condition} holds (polling each millisecond) and returns that moment in nanoseconds. */
    private static long waitFor(java.util.function.BooleanSupplier condition, Process writer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the writer got going within 60 s").isLessThan(deadline);
            assertThat(writer.isAlive() || condition.getAsBoolean()).as("the writer is still running").isTrue();
            Thread.sleep(1);
        }
        return System.nanoTime();
    }

    /** kill -9, {@code delayMillis} after {@code from}. */
    private static void kill(Process writer, long from, int delayMillis) throws InterruptedException {
        long wait = from + TimeUnit.MILLISECONDS.toNanos(delayMillis) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        writer.destroyForcibly();
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static List<String> lines(Path out) {
        try {
            return Files.exists(out) ? Files.readAllLines(out, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

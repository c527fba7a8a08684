package org.courseplanner.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Startup benchmark (a main, not a test): how long from starting the process until its window is
 * mapped on an X display, for the planner's jar on a plan with a full semester (the sample term,
 * seeded into a new file by a first run) and for a bare JavaFX window (the reference), run
 * A B A B in the same call so that the machine's drift hits both. Needs Xvfb and xwininfo (the
 * screenshot tool installs them) and the built jar. Run:
 * {@code mvn -q -DskipTests package && mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.app.StartupBenchmark}.
 */
public final class StartupBenchmark {
    private static final int RUNS = 7;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/course-planner.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first: mvn -q -DskipTests package");
        }
        String display = ":" + (400 + (int) (Math.random() * 200));
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1000);
        Path dir = Files.createTempDirectory("startup-bench");
        Path plan = dir.resolve("planner.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // its own home: the window's settings and log go there, not into the user's data folder
        List<String> planner = List.of(java, "-Duser.home=" + dir, "-jar", jar.toString(), "--db=" + plan);
        List<String> bare = List.of(java, "-cp", System.getProperty("java.class.path"), BareWindow.class.getName());
        try {
            mapped(planner, "Course Planner", display); // the first run seeds the sample term
            List<Double> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int run = 0; run < RUNS + 1; run++) {
                double p = mapped(planner, "Course Planner", display);
                double r = mapped(bare, "Bare JavaFX window", display);
                if (run > 0) { // the first pair warms the disk cache
                    a.add(p);
                    b.add(r);
                    ratios.add(p / r);
                }
            }
            System.out.printf(Locale.ROOT, "window mapped, sample plan: median %.2f s (min %.2f, max %.2f)%n", median(a), Collections.min(a),
                    Collections.max(a));
            System.out.printf(Locale.ROOT, "bare JavaFX window:         median %.2f s (min %.2f, max %.2f)%n", median(b), Collections.min(b),
                    Collections.max(b));
            System.out.printf(Locale.ROOT, "ratio, pair by pair:        median %.2f (min %.2f, max %.2f), %d pairs%n", median(ratios),
                    Collections.min(ratios), Collections.max(ratios), RUNS);
        } finally {
            xvfb.destroy();
        }
    }

    /** Seconds from starting {@code command} until a window titled {@code title} is viewable; the process is then ended. */
    private static double mapped(List<String> command, String title, String display) throws IOException, InterruptedException {
        Path output = Files.createTempFile("startup-bench", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("DISPLAY", display);
        builder.environment().remove("XDG_DATA_HOME");
        long start = System.nanoTime();
        Process app = builder.start();
        try {
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
                if (viewable(title, display)) {
                    return (System.nanoTime() - start) / 1e9;
                }
                if (!app.isAlive()) {
                    throw new IllegalStateException(command + " ended with " + app.exitValue() + " before its window showed:\n"
                            + Files.readString(output));
                }
                Thread.sleep(15);
            }
            throw new IllegalStateException("no window \"" + title + "\" within 60 s");
        } finally {
            app.destroy();
            if (!app.waitFor(10, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            Files.deleteIfExists(output);
        }
    }

    private static boolean viewable(String title, String display) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("xwininfo", "-name", title).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process info = builder.start();
        String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        return out.contains("Map State: IsViewable");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

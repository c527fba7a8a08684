package org.courseplanner.ui.week;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * How the week-switch benchmarks time a switch, ours and the reference's alike: on JavaFX's
 * headless Monocle platform, the call that moves to the next week on the FX thread, and the time
 * until the next pulse has laid the scene out.
 */
public final class WeekSwitchTiming {
    public static final int WARM_UP = 15;
    public static final int RUNS = 21;

    /**
     * The calls' and the frames' milliseconds, of the counted runs, and the FX thread's CPU time in
     * each call: on a loaded machine the wall-clock times include waiting for a core, the CPU time
     * does not.
     */
    public record Times(List<Double> calls, List<Double> frames, List<Double> callCpus) {
        public String summary() {
            return String.format(Locale.ROOT, "call median %.1f ms (min %.1f), to the laid-out frame median %.1f ms (min %.1f), "
                    + "CPU in the call median %.1f ms (min %.1f), %d runs after %d warm-up", median(calls), Collections.min(calls),
                    median(frames), Collections.min(frames), median(callCpus), Collections.min(callCpus), RUNS, WARM_UP);
        }
    }

    private WeekSwitchTiming() {
    }

    /** Starts JavaFX headless (Monocle, software rendering). */
    public static void startHeadless() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
    }

    /** Runs {@code step} (a week switch, on the FX thread) {@link #WARM_UP} + {@link #RUNS} times, timing each. */
    public static Times time(Scene scene, Runnable step) throws Exception {
        List<Double> calls = new ArrayList<>();
        List<Double> frames = new ArrayList<>();
        List<Double> callCpus = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            CompletableFuture<Long> framed = new CompletableFuture<>();
            long start = System.nanoTime();
            long[] cpu = new long[1];
            long called = onFx(() -> {
                long cpuBefore = threads.getCurrentThreadCpuTime();
                step.run();
                long done = System.nanoTime();
                cpu[0] = threads.getCurrentThreadCpuTime() - cpuBefore;
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    framed.complete(System.nanoTime());
                };
                scene.addPostLayoutPulseListener(once[0]);
                return done;
            });
            long frame = framed.get(60, TimeUnit.SECONDS);
            if (run >= WARM_UP) {
                calls.add((called - start) / 1e6);
                frames.add((frame - start) / 1e6);
                callCpus.add(cpu[0] / 1e6);
            }
        }
        return new Times(calls, frames, callCpus);
    }

    /** The heap in use after a collection, in MB. */
    public static double heapMegabytes() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / 1e6;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    public static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}

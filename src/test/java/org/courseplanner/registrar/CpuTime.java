package org.courseplanner.registrar;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time a piece of work takes on this thread: unlike the wall clock, it does not grow
 * when other processes share the machine's cores, so a limit on it does not fail on a busy machine.
 */
final class CpuTime {
    /** Work that may throw, as a reader does. */
    interface Work {
        void run() throws Exception;
    }

    private CpuTime() {
    }

    /** The least of {@code runs} measurements, after one run that warms the JIT up. */
    static long leastMillis(int runs, Work work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        work.run();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            work.run();
            least = Math.min(least, threads.getCurrentThreadCpuTime() - start);
        }
        return least / 1_000_000;
    }
}

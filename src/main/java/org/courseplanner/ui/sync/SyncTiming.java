package org.courseplanner.ui.sync;

import java.time.Duration;
import java.util.List;

/**
 * When the window publishes: a quiet moment after the last edit (a burst of edits is one publish),
 * and, while the server cannot be reached, ever longer waits before the next try.
 *
 * @param quiet   how long after the last edit a publish starts
 * @param retries the waits after the first, second… failed try; the last one repeats
 * @param watch   how often the plan is looked at for changes made by other processes (the command line)
 */
public record SyncTiming(Duration quiet, List<Duration> retries, Duration watch) {
    /** Two seconds after the last edit; offline, again after 30 s, 1 min, 2 min, then every 5 min; others' edits seen within 5 s. */
    public static final SyncTiming DEFAULT = new SyncTiming(Duration.ofSeconds(2),
            List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5)), Duration.ofSeconds(5));

    /** With the default watch of other processes' edits. */
    public SyncTiming(Duration quiet, List<Duration> retries) {
        this(quiet, retries, DEFAULT_WATCH);
    }

    private static final Duration DEFAULT_WATCH = Duration.ofSeconds(5);

    public SyncTiming {
        if (quiet.isNegative() || retries.isEmpty() || watch == null || watch.isNegative() || watch.isZero()) {
            throw new IllegalArgumentException("a sync needs a quiet time of zero or more and at least one wait between tries");
        }
        retries = List.copyOf(retries);
    }

    /** The wait after {@code failures} tries in a row failed (1 for the first). */
    public Duration retryAfter(int failures) {
        return retries.get(Math.min(Math.max(failures, 1), retries.size()) - 1);
    }
}

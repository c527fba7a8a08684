package org.courseplanner.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Delays on a clock the test moves by hand: {@link #advance} runs what falls due, in order. */
public final class ManualDelays implements Delays {
    private Duration now = Duration.ZERO;
    private final List<Pending> pending = new ArrayList<>();
    private long made;

    private record Pending(Duration at, long order, Runnable then) {
    }

    @Override
    public Runnable after(Duration delay, Runnable then) {
        Pending p = new Pending(now.plus(delay), made++, then);
        pending.add(p);
        return () -> pending.remove(p);
    }

    /** Moves the clock on, running each delay that falls due at its own time. */
    public void advance(Duration by) {
        Duration end = now.plus(by);
        while (true) {
            Pending next = pending.stream().filter(p -> p.at().compareTo(end) <= 0)
                    .min(Comparator.comparing(Pending::at).thenComparing(Pending::order)).orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            now = next.at();
            next.then().run();
        }
        now = end;
    }

    /** How long until the next delay falls due; null when none waits. */
    public Duration nextIn() {
        return pending.stream().map(p -> p.at().minus(now)).min(Comparator.naturalOrder()).orElse(null);
    }
}

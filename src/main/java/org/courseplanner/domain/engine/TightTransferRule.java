package org.courseplanner.domain.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.SyncSession;

/**
 * Back-to-back sessions in two different rooms with too little time to get from one to the
 * other. Online sessions (a meeting link) need no travel.
 */
public final class TightTransferRule implements ConflictRule {
    @Override
    public String name() {
        return "tight-transfer";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        List<Occurrence> sessions = calendar.sessions();
        int n = sessions.size();
        Map<String, Optional<String>> roomByPlace = new HashMap<>(); // a place repeats every week: read it once
        long[] starts = new long[n];
        long[] ends = new long[n];
        String[] rooms = new String[n];
        for (int i = 0; i < n; i++) {
            Occurrence o = sessions.get(i);
            starts[i] = o.startSecond();
            ends[i] = o.endSecond();
            rooms[i] = o.place() == null ? null : roomByPlace.computeIfAbsent(o.place(), TightTransferRule::room).orElse(null);
        }
        FindingGroups groups = new FindingGroups();
        WallClock school = new WallClock(calendar.term().schoolZone());
        long least = settings.transferMinutes() * 60L;
        for (int i = 0; i < n; i++) {
            if (rooms[i] == null) {
                continue;
            }
            // sessions are sorted by start: skip the ones that start before this one ends (overlaps are
            // session-overlap's business), then look at those starting before we could arrive
            for (int j = firstStartingAtOrAfter(starts, i + 1, ends[i]); j < n && starts[j] < ends[i] + least; j++) {
                if (rooms[j] == null || rooms[j].equals(rooms[i])) {
                    continue; // the same room needs no walk
                }
                add(groups, sessions.get(i), sessions.get(j), school, settings);
            }
        }
        return groups.findings();
    }

    /**
     * The first index from {@code from} whose start is at or after {@code time} ({@code starts} is
     * sorted): galloping from {@code from}, since the answer is a few places on (the sessions that
     * start during one), then a binary search in the last step.
     */
    private static int firstStartingAtOrAfter(long[] starts, int from, long time) {
        int lo = from;
        int step = 1;
        int hi = from;
        while (hi < starts.length && starts[hi] < time) {
            lo = hi + 1;
            hi = from + step;
            step *= 2;
        }
        hi = Math.min(hi, starts.length);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The room to walk to, compared without case; none for a blank place or a meeting link. */
    private static Optional<String> room(String place) {
        return place.isBlank() || SyncSession.isMeetingLink(place) ? Optional.empty() : Optional.of(place.strip().toLowerCase(Locale.ROOT));
    }

    private void add(FindingGroups groups, Occurrence a, Occurrence b, WallClock school, ConflictSettings settings) {
        var zone = school.zone();
        groups.add(a.itemId(), b.itemId(), a.endSecond(), b.startSecond(), school, () -> {
            var end = a.end().withZoneSameInstant(zone);
            var start = b.start().withZoneSameInstant(zone);
            long gap = Duration.between(end, start).toMinutes();
            String sentence = a.title() + " (" + a.place() + ") ends " + gap + " minutes before " + b.title() + " (" + b.place()
                    + ") starts {when}: less than the " + settings.transferMinutes() + " minutes to change rooms";
            return new FindingGroups.Key(name(), Severity.WARNING, List.of(a.title(), b.title()), List.of(a.itemId(), b.itemId()),
                    end.getDayOfWeek(), end.toLocalTime(), start.toLocalTime(), null, sentence);
        });
    }
}

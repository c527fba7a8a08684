package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Back-to-back sessions in two different rooms with too little time to get from one to the
 * other. Online sessions need no travel.
 */
public final class TightTransferRule implements ConflictRule {
    @Override
    public String name() {
        return "tight-transfer";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        List<Occurrence> sessions = calendar.sessions();
        FindingGroups groups = new FindingGroups();
        Duration least = Duration.ofMinutes(settings.transferMinutes());
        for (int i = 0; i < sessions.size(); i++) {
            Occurrence a = sessions.get(i);
            if (!isRoom(a.place())) {
                continue;
            }
            var arriveBy = a.end().toInstant().plus(least);
            for (int j = i + 1; j < sessions.size() && sessions.get(j).start().toInstant().isBefore(arriveBy); j++) {
                Occurrence b = sessions.get(j);
                if (b.start().toInstant().isBefore(a.end().toInstant()) || !isRoom(b.place())
                        || b.place().strip().equalsIgnoreCase(a.place().strip())) {
                    continue; // overlaps are session-overlap's business; the same room needs no walk
                }
                var end = a.end().withZoneSameInstant(calendar.term().schoolZone());
                var start = b.start().withZoneSameInstant(calendar.term().schoolZone());
                long gap = Duration.between(end, start).toMinutes();
                String sentence = a.title() + " (" + a.place() + ") ends " + gap + " minutes before " + b.title() + " (" + b.place()
                        + ") starts {when}: less than the " + settings.transferMinutes() + " minutes to change rooms";
                groups.add(new FindingGroups.Key(name(), Severity.WARNING, List.of(a.title(), b.title()), List.of(a.itemId(), b.itemId()),
                        end.getDayOfWeek(), end.toLocalTime(), start.toLocalTime(), null, sentence), end.toLocalDate());
            }
        }
        return groups.findings();
    }

    /** A physical place: named, and not a meeting link. */
    static boolean isRoom(String place) {
        return place != null && !place.isBlank() && !place.toLowerCase(Locale.ROOT).matches("^(https?|zoommtg|msteams)://.*");
    }
}

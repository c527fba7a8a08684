package org.courseplanner.domain.engine;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.courseplanner.domain.ConflictSettings;

/**
 * A live session that falls in the student's quiet hours (22:00–07:00 by default) in their own
 * zone: the online student who lives far from the school. Study and homework blocks in the quiet
 * hours are flagged too: the study planner never puts them there, so one there was placed by hand.
 */
public final class QuietHoursRule implements ConflictRule {
    private static final int DAY = 24 * 60 * 60;

    @Override
    public String name() {
        return "quiet-hours";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        ZoneId mine = calendar.term().studentZone();
        WallClock clock = new WallClock(mine);
        FindingGroups groups = new FindingGroups();
        for (List<Occurrence> kind : List.of(calendar.sessions(), calendar.studyBlocks())) {
            find(kind, clock, groups, settings);
        }
        return groups.findings();
    }

    private void find(List<Occurrence> timed, WallClock clock, FindingGroups groups, ConflictSettings settings) {
        ZoneId mine = clock.zone();
        String quiet = settings.quietFrom() + "–" + settings.quietTo();
        for (Occurrence s : timed) {
            long local = clock.local(s.startSecond());
            int startOfDay = (int) Math.floorMod(local, (long) DAY);
            if (!inQuietHours(startOfDay, s.endSecond() - s.startSecond(), settings)) {
                continue;
            }
            long epochDay = Math.floorDiv(local, DAY);
            int endOfDay = (int) Math.floorMod(local + (s.endSecond() - s.startSecond()), (long) DAY);
            int weekday = (int) Math.floorMod(epochDay + 3, 7L) + 1; // 1970-01-01 was a Thursday
            groups.add(s.itemId(), 0, weekday, startOfDay, endOfDay, epochDay, () -> {
                ZonedDateTime start = s.start().withZoneSameInstant(mine);
                ZonedDateTime end = s.end().withZoneSameInstant(mine);
                return new FindingGroups.Key(name(), Severity.WARNING, List.of(s.title()), List.of(s.itemId()), start.getDayOfWeek(),
                        start.toLocalTime(), end.toLocalTime(), null,
                        s.title() + " falls in your quiet hours (" + quiet + " " + mine.getId() + "): it is {when} your time");
            });
        }
    }

    /**
     * True when a time starting {@code startOfDay} seconds after local midnight and lasting
     * {@code seconds} shares time with the quiet hours of its day or of the night before.
     */
    static boolean inQuietHours(int startOfDay, long seconds, ConflictSettings settings) {
        int from = settings.quietFrom().toSecondOfDay();
        long length = Math.floorMod((long) settings.quietTo().toSecondOfDay() - from, (long) DAY);
        for (long shift = -DAY; shift <= DAY; shift += DAY) {
            long quietStart = from + shift;
            if (startOfDay < quietStart + length && quietStart < startOfDay + seconds) {
                return true;
            }
        }
        return false;
    }
}

package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A live session that falls in the student's quiet hours (22:00–07:00 by default) in their own
 * zone: the online student who lives far from the school.
 */
public final class QuietHoursRule implements ConflictRule {
    @Override
    public String name() {
        return "quiet-hours";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        ZoneId mine = calendar.term().studentZone();
        FindingGroups groups = new FindingGroups();
        String quiet = settings.quietFrom() + "–" + settings.quietTo();
        for (Occurrence s : calendar.sessions()) {
            ZonedDateTime start = s.start().withZoneSameInstant(mine);
            ZonedDateTime end = s.end().withZoneSameInstant(mine);
            if (!inQuietHours(start, end, settings)) {
                continue;
            }
            String sentence = s.title() + " falls in your quiet hours (" + quiet + " " + mine.getId() + "): it is {when} your time";
            groups.add(new FindingGroups.Key(name(), Severity.WARNING, List.of(s.title()), List.of(s.itemId()), start.getDayOfWeek(),
                    start.toLocalTime(), end.toLocalTime(), null, sentence), start.toLocalDate());
        }
        return groups.findings();
    }

    /** True when [start, end) shares time with the quiet hours of its day or of the night before. */
    static boolean inQuietHours(ZonedDateTime start, ZonedDateTime end, ConflictSettings settings) {
        LocalDate day = start.toLocalDate();
        for (LocalDate d = day.minusDays(1); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
            ZonedDateTime from = ZonedDateTime.of(d, settings.quietFrom(), start.getZone());
            LocalDate toDay = settings.quietTo().isAfter(settings.quietFrom()) ? d : d.plusDays(1);
            ZonedDateTime to = ZonedDateTime.of(toDay, settings.quietTo(), start.getZone());
            if (start.isBefore(to) && from.isBefore(end)) {
                return true;
            }
        }
        return false;
    }
}

package org.courseplanner.domain.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.courseplanner.domain.Refusal;

/**
 * What a generated schedule must respect: no class on the days off, none before the earliest
 * start or after the latest end (the school's wall-clock times), enough minutes to walk between
 * classes in different buildings, and (when asked) no class in the student's quiet hours in the
 * student's own zone.
 *
 * @param earliest           no class starts before this, or {@code null}
 * @param latest             no class ends after this, or {@code null}
 * @param walkMinutes        minutes needed between classes in different buildings on one day; 0: none
 * @param outsideQuietHours  true: no class in the quiet hours of the term's conflict settings, in the student's zone
 */
public record ScheduleLimits(Set<DayOfWeek> daysOff, LocalTime earliest, LocalTime latest, int walkMinutes,
                             boolean outsideQuietHours) {

    public static final ScheduleLimits NONE = new ScheduleLimits(Set.of(), null, null, 0, false);

    public ScheduleLimits {
        daysOff = daysOff == null || daysOff.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(DayOfWeek.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(daysOff));
        Refusal.require(earliest == null || latest == null || earliest.isBefore(latest), "latest",
                "the latest end (" + latest + ") is not after the earliest start (" + earliest + "): give a later end");
        Refusal.require(walkMinutes >= 0 && walkMinutes <= 240, "walk",
                "minutes between buildings must be between 0 and 240, not " + walkMinutes);
    }
}

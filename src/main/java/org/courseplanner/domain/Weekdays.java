package org.courseplanner.domain;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Two-letter weekday codes as iCalendar writes them: MO, TU, WE, TH, FR, SA, SU. */
public final class Weekdays {
    private Weekdays() {
    }

    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    public static DayOfWeek parseDay(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.length() >= 2 && d.name().startsWith(t)) {
                return d;
            }
        }
        throw new Refusal("days", "\"" + text + "\" is not a day of the week: use MO, TU, WE, TH, FR, SA or SU");
    }

    /** Parses "MO,WE" (also "mo we" or "Monday,Wednesday"). */
    public static Set<DayOfWeek> parse(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String part : text.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                days.add(parseDay(part));
            }
        }
        return days;
    }

    /** "MO,WE", in week order. */
    public static String format(Set<DayOfWeek> days) {
        return days.stream().sorted().map(Weekdays::code).collect(Collectors.joining(","));
    }
}

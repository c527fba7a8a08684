package org.courseplanner.ical;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DATE or DATE-TIME value exactly as written: a day, a local time in a named zone (TZID), a
 * floating local time, or a UTC instant. Local times and instants are decided with java.time only.
 */
sealed interface TimeValue {
    Pattern FORM = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(Z)?)?");

    /** A whole day (VALUE=DATE); a TZID on it means nothing and is ignored. */
    record Day(LocalDate date) implements TimeValue {
    }

    /** A wall-clock time in the zone named by {@code tzid}, or floating when it is {@code null}. */
    record Local(LocalDateTime time, String tzid) implements TimeValue {
    }

    /** A time written in UTC (a trailing Z). */
    record Utc(Instant instant) implements TimeValue {
    }

    /** The property's first value. */
    static TimeValue of(IcsProperty p) {
        return all(p).get(0);
    }

    /** Every value of a property that may hold a list (EXDATE, RDATE); a PERIOD gives its start. */
    static List<TimeValue> all(IcsProperty p) {
        List<TimeValue> values = new ArrayList<>();
        boolean dateOnly = p.parameter("VALUE").map(v -> v.equalsIgnoreCase("DATE")).orElse(false);
        String tzid = p.parameter("TZID").orElse(null);
        for (String raw : p.value().split(",")) {
            String v = raw.strip();
            if (v.isEmpty()) {
                continue;
            }
            int slash = v.indexOf('/');
            values.add(parse(slash > 0 ? v.substring(0, slash) : v, tzid, dateOnly, p.name()));
        }
        if (values.isEmpty()) {
            throw new UnusableItem(p.name() + " has no value");
        }
        return values;
    }

    private static TimeValue parse(String v, String tzid, boolean dateOnly, String name) {
        Matcher m = FORM.matcher(v.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UnusableItem(name + " \"" + v + "\" is not a date or a time");
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) == null || dateOnly) {
                return new Day(date);
            }
            int second = m.group(6) == null ? 0 : Math.min(59, Integer.parseInt(m.group(6))); // a leap second is :59
            LocalDateTime time = date.atTime(LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second));
            if (m.group(7) != null) {
                return new Utc(time.toInstant(ZoneOffset.UTC));
            }
            return new Local(time, tzid);
        } catch (DateTimeException e) {
            throw new UnusableItem(name + " \"" + v + "\" is not a real date or time");
        }
    }

    /** The wall-clock time in {@code zone}; a floating time is taken as written, a day as its start. */
    default LocalDateTime localIn(ZoneId zone, ZoneResolver zones) {
        if (this instanceof Day d) {
            return d.date().atStartOfDay();
        }
        if (this instanceof Utc u) {
            return LocalDateTime.ofInstant(u.instant(), zone);
        }
        Local l = (Local) this;
        if (l.tzid() == null) {
            return l.time();
        }
        ZoneId own = zones.zone(l.tzid());
        return own.equals(zone) ? l.time() : LocalDateTime.ofInstant(l.time().atZone(own).toInstant(), zone);
    }

    /** The instant; a floating time or a day is read in {@code floatingZone}. */
    default Instant instant(ZoneId floatingZone, ZoneResolver zones) {
        if (this instanceof Day d) {
            return d.date().atStartOfDay(floatingZone).toInstant();
        }
        if (this instanceof Utc u) {
            return u.instant();
        }
        Local l = (Local) this;
        return l.time().atZone(l.tzid() == null ? floatingZone : zones.zone(l.tzid())).toInstant();
    }
}

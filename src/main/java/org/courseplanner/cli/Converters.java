package org.courseplanner.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Weekdays;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Turns command-line text into values, with messages that show the expected form. */
final class Converters {
    private Converters() {
    }

    static void registerAll(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, Converters::date);
        commandLine.registerConverter(LocalTime.class, Converters::time);
        commandLine.registerConverter(LocalDateTime.class, Converters::dateTime);
        commandLine.registerConverter(ZoneId.class, Converters::zone);
        commandLine.registerConverter(DateRange.class, Converters::dateRange);
        commandLine.registerConverter(DayTime.class, Converters::dayTime);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-08-31");
        }
    }

    static LocalTime time(String text) {
        String t = text.strip();
        if (t.matches("\\d:\\d\\d")) {
            t = "0" + t;
        }
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a time: write it as HH:MM on a 24-hour clock, e.g. 09:30 or 14:00");
        }
    }

    static LocalDateTime dateTime(String text) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date and time: write it as YYYY-MM-DDTHH:MM, e.g. 2026-10-16T23:59");
        }
    }

    /** A zone id in any case ("america/new_york"), or a city alone when it names one zone ("Berlin"). */
    static ZoneId zone(String text) {
        String t = text.strip().replace(' ', '_');
        Set<String> ids = ZoneId.getAvailableZoneIds();
        Optional<String> exact = ids.stream().filter(id -> id.equalsIgnoreCase(t)).findFirst();
        if (exact.isPresent()) {
            return ZoneId.of(exact.get());
        }
        var cities = ids.stream().filter(id -> id.toLowerCase(Locale.ROOT).endsWith("/" + t.toLowerCase(Locale.ROOT))
                && !id.startsWith("SystemV/") && !id.startsWith("Etc/")).sorted().toList();
        if (cities.size() == 1) {
            return ZoneId.of(cities.get(0));
        }
        if (t.equalsIgnoreCase("UTC") || t.equalsIgnoreCase("Z")) {
            return ZoneId.of("UTC");
        }
        throw new TypeConversionException("'" + text + "' is not a time zone: use a region id such as America/New_York, "
                + "Europe/Berlin or Asia/Tokyo" + (cities.isEmpty() ? "" : " (did you mean " + String.join(" or ", cities) + "?)"));
    }

    /** NAME=FROM..TO, e.g. "Thanksgiving=2026-11-25..2026-11-29"; a single date is a one-day break. */
    static DateRange dateRange(String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0) {
            throw new TypeConversionException("'" + text + "' is not a break: write NAME=FROM..TO, e.g. \"Fall break=2026-10-12..2026-10-13\"");
        }
        String name = text.substring(0, eq);
        String[] days = text.substring(eq + 1).split("\\.\\.", -1);
        if (days.length > 2) {
            throw new TypeConversionException("'" + text + "' is not a break: write NAME=FROM..TO, e.g. \"Fall break=2026-10-12..2026-10-13\"");
        }
        LocalDate first = date(days[0]);
        LocalDate last = days.length == 2 ? date(days[1]) : first;
        try {
            return new DateRange(name, first, last);
        } catch (Refusal r) {
            throw new TypeConversionException(r.getMessage());
        }
    }

    static DayTime dayTime(String text) {
        String[] parts = text.strip().split("@", -1);
        if (parts.length != 2) {
            throw new TypeConversionException("'" + text + "' is not a weekday and time: write DAY@HH:MM, e.g. MO@09:00 or SU@23:59");
        }
        try {
            return new DayTime(Weekdays.parseDay(parts[0]), time(parts[1]));
        } catch (Refusal r) {
            throw new TypeConversionException(r.getMessage());
        }
    }

    /** A weekday and a wall-clock time, as in "--due SU@23:59". */
    record DayTime(DayOfWeek day, LocalTime time) {
    }
}

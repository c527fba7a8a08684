package org.courseplanner.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Reads the ISO dates and times the plan file stores ("2026-08-31", "10:30", "2026-09-02T14:00")
 * by hand on the common shapes: every command reads thousands of them, often in a fresh JVM where
 * java.time's general parser is slow to warm up. Any other shape goes to that parser.
 */
final class IsoText {
    private IsoText() {
    }

    static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        }
        return LocalDate.parse(s);
    }

    static LocalTime time(String s) {
        if (s.length() == 5 && s.charAt(2) == ':') {
            return LocalTime.of(digits(s, 0, 2), digits(s, 3, 5));
        }
        if (s.length() == 8 && s.charAt(2) == ':' && s.charAt(5) == ':') {
            return LocalTime.of(digits(s, 0, 2), digits(s, 3, 5), digits(s, 6, 8));
        }
        return LocalTime.parse(s);
    }

    static LocalDateTime dateTime(String s) {
        if (s.length() > 11 && s.charAt(10) == 'T') {
            return LocalDateTime.of(date(s.substring(0, 10)), time(s.substring(11)));
        }
        return LocalDateTime.parse(s);
    }

    /** The number in {@code s[from, to)}; anything but digits fails as java.time's parser would. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new java.time.format.DateTimeParseException("not an ISO date or time", s, i);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}

package org.courseplanner.registrar;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wall-clock times as catalogs write them: "10:00", "1000", "930", "10:00 AM", "2:30pm", "14:30:00". */
final class ClockTimes {
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:[:.h]?(\\d{2}))?(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|a|p)?");

    private ClockTimes() {
    }

    /** The time, or empty when the text is not one. */
    static Optional<LocalTime> parse(String text) {
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        return of(hour, minute);
    }

    /** QuACS's HHMM number: 1400 is 14:00, 905 is 9:05. */
    static Optional<LocalTime> hhmm(int value) {
        return value < 0 ? Optional.empty() : of(value / 100, value % 100);
    }

    /** Why a meeting's start and end cannot be kept (one without the other, an end not after the start), or empty when they can. */
    static Optional<String> mismatch(LocalTime start, LocalTime end) {
        if ((start == null) != (end == null)) {
            return Optional.of("it has " + (start == null ? "an end" : "a start") + " but no " + (start == null ? "start" : "end"));
        }
        if (start != null && !end.isAfter(start)) {
            return Optional.of("it ends (" + end + ") before it starts (" + start + ")");
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> of(int hour, int minute) {
        return hour <= 23 && minute <= 59 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}

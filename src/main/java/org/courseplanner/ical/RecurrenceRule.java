package org.courseplanner.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;

/**
 * An RRULE expanded on wall-clock (floating) times, so that no zone rules take part: the
 * occurrences are the local times the rule names, and the caller decides their instants.
 */
final class RecurrenceRule {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final Pattern UNTIL = Pattern.compile("(?i)UNTIL=([0-9TZ]+)");
    private static final int MOST_OCCURRENCES = 5000;

    private final String text;
    private final Recur<LocalDateTime> recur;

    /**
     * @param untilInUtc turns a UTC UNTIL into the rule's own wall-clock time
     */
    RecurrenceRule(String rrule, Function<Instant, LocalDateTime> untilInUtc) {
        this.text = rrule.strip();
        try {
            this.recur = new Recur<>(localUntil(text, untilInUtc));
        } catch (RuntimeException e) {
            throw new UnusableItem("its repeat rule (RRULE:" + text + ") cannot be read");
        }
    }

    /** UNTIL as a floating value, so ical4j compares like with like. */
    private static String localUntil(String rrule, Function<Instant, LocalDateTime> untilInUtc) {
        Matcher m = UNTIL.matcher(rrule);
        if (!m.find()) {
            return rrule;
        }
        TimeValue until = TimeValue.of(new IcsProperty("UNTIL", java.util.Map.of(), m.group(1)));
        LocalDateTime local;
        if (until instanceof TimeValue.Day d) {
            local = d.date().atTime(23, 59, 59); // a date bound takes in that whole day
        } else if (until instanceof TimeValue.Utc u) {
            local = untilInUtc.apply(u.instant());
        } else {
            local = ((TimeValue.Local) until).time();
        }
        return rrule.substring(0, m.start()) + "UNTIL=" + LOCAL.format(local) + rrule.substring(m.end());
    }

    String text() {
        return text;
    }

    boolean isWeekly() {
        return recur.getFrequency() == net.fortuna.ical4j.transform.recurrence.Frequency.WEEKLY;
    }

    String frequency() {
        return recur.getFrequency() == null ? "?" : recur.getFrequency().name().toLowerCase(Locale.ROOT);
    }

    int interval() {
        return Math.max(1, recur.getInterval());
    }

    /** The occurrences from {@code seed} (the first, as DTSTART) up to {@code end}, exclusive. */
    List<LocalDateTime> occurrences(LocalDateTime seed, LocalDateTime end) {
        try {
            return recur.getDates(seed, seed, end, MOST_OCCURRENCES).stream().filter(t -> t.isBefore(end)).sorted().toList();
        } catch (RuntimeException e) {
            throw new UnusableItem("its repeat rule (RRULE:" + text + ") cannot be expanded");
        }
    }
}

package org.courseplanner.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** The most meetings one series may have within a term (a class every day of a year-long term is 366). */
    static final int MOST_MEETINGS = 1000;
    /** A VTIMEZONE's changes since 1601, twice a year. */
    private static final int MOST_ONSETS = 5000;

    private final String text;
    private final Recur<LocalDateTime> recur;
    /**
     * The meetings already expanded, by their span: a catalog's sections share a handful of rules
     * and start times, and expanding one cold in ical4j costs more than the rest of its reading.
     */
    private final Map<Span, List<LocalDateTime>> expanded = new HashMap<>();

    private record Span(LocalDateTime seed, LocalDateTime from, LocalDateTime end) {
    }

    /**
     * @param untilInUtc turns a UTC UNTIL into the rule's own wall-clock time
     */
    RecurrenceRule(String rrule, Function<Instant, LocalDateTime> untilInUtc) {
        this.text = rrule.strip();
        try {
            this.recur = new Recur<>(localUntil(text, untilInUtc));
        } catch (RuntimeException e) {
            throw new UnusableItem("its repeat rule (RRULE:" + (text.length() > 120 ? text.substring(0, 117) + "..." : text) + ") cannot be read");
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

    /** The occurrences from {@code seed} (the first, as DTSTART) up to {@code end}, exclusive: a VTIMEZONE's onsets. */
    List<LocalDateTime> occurrences(LocalDateTime seed, LocalDateTime end) {
        if (perPeriod() > MOST_MEETINGS) {
            throw new UnusableItem("its repeat rule (RRULE:" + shortText() + ") gives too many dates");
        }
        try {
            return recur.getDates(seed, seed, end, MOST_ONSETS).stream().filter(t -> t.isBefore(end)).sorted().toList();
        } catch (RuntimeException e) {
            throw new UnusableItem("its repeat rule (RRULE:" + shortText() + ") cannot be expanded");
        }
    }

    /**
     * The occurrences from {@code seed} (the first, as DTSTART) up to {@code end}, exclusive; those
     * before {@code from} may be left out. Refused, before anything is expanded, when the rule
     * could give more than {@link #MOST_MEETINGS} meetings there ("every second of every day").
     */
    List<LocalDateTime> occurrences(LocalDateTime seed, LocalDateTime from, LocalDateTime end) {
        Span span = new Span(seed, from, end);
        List<LocalDateTime> known = expanded.get(span);
        if (known == null) {
            known = expand(seed, from, end); // a refusal is not kept: the next series with this span is refused the same way
            expanded.put(span, known);
        }
        return known;
    }

    private List<LocalDateTime> expand(LocalDateTime seed, LocalDateTime from, LocalDateTime end) {
        LocalDateTime first = seed;
        int weeksApart = interval();
        if (recur.getCount() <= 0 && from.isAfter(seed)) {
            // a weekly rule repeats whole weeks: start a period before {@code from}, not decades earlier
            long periods = ChronoUnit.WEEKS.between(seed, from) / weeksApart - 1;
            if (periods > 0) {
                first = seed.plusWeeks(periods * weeksApart);
            }
        }
        long most = most(first, end);
        if (most > MOST_MEETINGS) {
            throw new UnusableItem("its repeat rule (RRULE:" + shortText() + ") would give up to " + most + " meetings between "
                    + first.toLocalDate() + " and " + end.toLocalDate() + "; Course Planner imports at most " + MOST_MEETINGS
                    + " meetings of one series, so this event was left out (the rest of the file is imported)");
        }
        try {
            LocalDateTime start = first;
            return recur.getDates(start, start, end, MOST_MEETINGS + 1).stream()
                    .filter(t -> t.isBefore(end) && !t.isBefore(start)).sorted().toList();
        } catch (RuntimeException e) {
            throw new UnusableItem("its repeat rule (RRULE:" + shortText() + ") cannot be expanded");
        }
    }

    /** How many meetings a weekly rule can give from {@code first} to {@code end} at most: its BY parts multiplied, per week. */
    private long most(LocalDateTime first, LocalDateTime end) {
        long perWeek = perPeriod();
        long weeks = Math.max(0, ChronoUnit.DAYS.between(first, end)) / 7 / interval() + 2;
        long most = perWeek * weeks;
        return recur.getCount() > 0 ? Math.min(most, recur.getCount()) : most;
    }

    /** How many dates one period (a week of a weekly rule) can give at most: its BY parts multiplied. */
    private long perPeriod() {
        long most = Math.max(1, recur.getDayList().size()) * (long) Math.max(1, recur.getHourList().size())
                * Math.max(1, recur.getMinuteList().size()) * Math.max(1, recur.getSecondList().size())
                * Math.max(1, recur.getMonthDayList().size()) * Math.max(1, recur.getYearDayList().size());
        return recur.getSetPosList().isEmpty() ? most : Math.min(most, recur.getSetPosList().size());
    }

    /** The rule as written, cut short for a message. */
    private String shortText() {
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}

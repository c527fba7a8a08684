package org.courseplanner.ical;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
    /** UNTIL as a wall-clock time, or null when the rule has none. */
    private final LocalDateTime until;
    /**
     * The rule without its UNTIL, when its meetings are at the start's time of day (no BYHOUR,
     * BYMINUTE or BYSECOND): then the meetings of a start at 09:00 are those of a start at
     * midnight that day, moved by nine hours, and every section that begins on a given day shares
     * one expansion (a catalog's 559 sections: 142 starts, 6 days). Null for any other rule.
     */
    private final Recur<LocalDateTime> fromMidnight;
    /**
     * The meetings already expanded, by their span: a catalog's sections share a handful of rules
     * and start times, and expanding one cold in ical4j costs more than the rest of its reading.
     * With {@link #fromMidnight}, the spans' seeds are midnights and their meetings that day's.
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
            Matcher m = UNTIL.matcher(text);
            if (m.find()) {
                this.until = localUntil(m.group(1), untilInUtc);
                this.recur = new Recur<>(text.substring(0, m.start()) + "UNTIL=" + LOCAL.format(until) + text.substring(m.end()));
            } else {
                this.until = null;
                this.recur = new Recur<>(text);
            }
            boolean atStartTime = recur.getHourList().isEmpty() && recur.getMinuteList().isEmpty() && recur.getSecondList().isEmpty();
            this.fromMidnight = !atStartTime || recur.getFrequency() != net.fortuna.ical4j.transform.recurrence.Frequency.WEEKLY ? null
                    : until == null ? recur : new Recur<>(withoutUntil(text));
        } catch (RuntimeException e) {
            throw new UnusableItem("its repeat rule (RRULE:" + (text.length() > 120 ? text.substring(0, 117) + "..." : text) + ") cannot be read");
        }
    }

    /** UNTIL as a floating value, so ical4j compares like with like. */
    private static LocalDateTime localUntil(String value, Function<Instant, LocalDateTime> untilInUtc) {
        TimeValue until = TimeValue.of(new IcsProperty("UNTIL", java.util.Map.of(), value));
        if (until instanceof TimeValue.Day d) {
            return d.date().atTime(23, 59, 59); // a date bound takes in that whole day
        } else if (until instanceof TimeValue.Utc u) {
            return untilInUtc.apply(u.instant());
        }
        return ((TimeValue.Local) until).time();
    }

    /** The rule's parts but UNTIL, in their order. */
    private static String withoutUntil(String rrule) {
        StringBuilder kept = new StringBuilder();
        for (String part : rrule.split(";")) {
            if (!part.isEmpty() && !part.regionMatches(true, 0, "UNTIL=", 0, 6)) {
                kept.append(kept.isEmpty() ? "" : ";").append(part);
            }
        }
        return kept.toString();
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
        if (fromMidnight != null) {
            return occurrencesFromMidnight(seed, from, end);
        }
        Span span = new Span(seed, from, end);
        List<LocalDateTime> known = expanded.get(span);
        if (known == null) {
            known = expand(seed, from, end); // a refusal is not kept: the next series with this span is refused the same way
            expanded.put(span, known);
        }
        return known;
    }

    /**
     * As {@link #occurrences(LocalDateTime, LocalDateTime, LocalDateTime)}, from the expansion of
     * the start's day at midnight (shared by every start that day), each meeting moved to the
     * start's time and held to the span and to UNTIL here.
     */
    private List<LocalDateTime> occurrencesFromMidnight(LocalDateTime seed, LocalDateTime from, LocalDateTime end) {
        LocalDateTime first = firstPeriod(seed, from, 1);
        refuseTooMany(first, end);
        LocalDateTime midnight = seed.toLocalDate().atStartOfDay();
        Span span = new Span(midnight, from, end);
        List<LocalDateTime> days = expanded.get(span);
        if (days == null) {
            // two periods before {@code from}: a start later in its day may be a week nearer to it, so its first period is never earlier
            LocalDateTime start = firstPeriod(midnight, from, 2);
            days = dates(fromMidnight, start, end, (int) Math.min(Integer.MAX_VALUE, most(start, end) + 1));
            expanded.put(span, days);
        }
        Duration time = Duration.between(midnight, seed);
        List<LocalDateTime> meetings = new ArrayList<>(days.size());
        for (LocalDateTime day : days) {
            LocalDateTime t = day.plus(time);
            if (!t.isBefore(first) && t.isBefore(end) && (until == null || !t.isAfter(until))) {
                meetings.add(t);
            }
        }
        return List.copyOf(meetings);
    }

    /**
     * Where an expansion from {@code seed} may start: a weekly rule repeats whole weeks, so
     * {@code periodsBefore} periods before {@code from}, not decades earlier; a counted rule from its start.
     */
    private LocalDateTime firstPeriod(LocalDateTime seed, LocalDateTime from, int periodsBefore) {
        int weeksApart = interval();
        if (recur.getCount() <= 0 && from.isAfter(seed)) {
            long periods = ChronoUnit.WEEKS.between(seed, from) / weeksApart - periodsBefore;
            if (periods > 0) {
                return seed.plusWeeks(periods * weeksApart);
            }
        }
        return seed;
    }

    private void refuseTooMany(LocalDateTime first, LocalDateTime end) {
        long most = most(first, end);
        if (most > MOST_MEETINGS) {
            throw new UnusableItem("its repeat rule (RRULE:" + shortText() + ") would give up to " + most + " meetings between "
                    + first.toLocalDate() + " and " + end.toLocalDate() + "; Course Planner imports at most " + MOST_MEETINGS
                    + " meetings of one series, so this event was left out (the rest of the file is imported)");
        }
    }

    /** The rule's dates from {@code start} (its first) up to {@code end}, exclusive, sorted. */
    private List<LocalDateTime> dates(Recur<LocalDateTime> rule, LocalDateTime start, LocalDateTime end, int most) {
        try {
            return rule.getDates(start, start, end, most).stream()
                    .filter(t -> t.isBefore(end) && !t.isBefore(start)).sorted().toList();
        } catch (RuntimeException e) {
            throw new UnusableItem("its repeat rule (RRULE:" + shortText() + ") cannot be expanded");
        }
    }

    private List<LocalDateTime> expand(LocalDateTime seed, LocalDateTime from, LocalDateTime end) {
        LocalDateTime first = firstPeriod(seed, from, 1);
        refuseTooMany(first, end);
        return dates(recur, first, end, MOST_MEETINGS + 1);
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

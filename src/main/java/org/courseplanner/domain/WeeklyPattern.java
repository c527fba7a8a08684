package org.courseplanner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * When something recurs each week: on some days, from a wall-clock start to an end, every N weeks
 * (counted from the week, starting Monday, of its first meeting), between optional first and last
 * dates, minus skipped dates. Without days or times it is not placed yet (TBA).
 * An end at or before the start means the time runs past midnight (a night shift).
 */
public record WeeklyPattern(Set<DayOfWeek> days, LocalTime start, LocalTime end, int everyWeeks,
                            LocalDate firstDate, LocalDate lastDate, Set<LocalDate> skippedDates) {

    public static final int MAX_EVERY_WEEKS = 26;

    public WeeklyPattern {
        days = days == null || days.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(DayOfWeek.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(days));
        Refusal.require((start == null) == (end == null), start == null ? "start" : "end",
                "give both a start and an end time (e.g. --start 10:00 --end 11:15), or neither for a time still TBA");
        if (start != null && end != null) {
            start = start.truncatedTo(ChronoUnit.MINUTES);
            end = end.truncatedTo(ChronoUnit.MINUTES);
        }
        Refusal.require(start == null || !start.equals(end), "end",
                "the time ends when it starts (" + start + "): give an end after the start");
        Refusal.require(everyWeeks >= 1 && everyWeeks <= MAX_EVERY_WEEKS, "every",
                "\"every\" counts weeks between meetings and must be 1 to " + MAX_EVERY_WEEKS + ", not " + everyWeeks);
        Refusal.require(firstDate == null || lastDate == null || !lastDate.isBefore(firstDate), "until",
                "the last date (" + lastDate + ") is before the first date (" + firstDate + "): swap them");
        skippedDates = Collections.unmodifiableSortedSet(new TreeSet<>(skippedDates == null ? Set.of() : skippedDates));
    }

    /** Every week on these days, with no date bounds. */
    public static WeeklyPattern weekly(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        return new WeeklyPattern(days, start, end, 1, null, null, null);
    }

    /** Once, on one date. */
    public static WeeklyPattern once(LocalDate date, LocalTime start, LocalTime end) {
        return new WeeklyPattern(EnumSet.of(date.getDayOfWeek()), start, end, 1, date, date, null);
    }

    /** Not on the calendar yet: no days, no time. */
    public static WeeklyPattern unplaced() {
        return new WeeklyPattern(null, null, null, 1, null, null, null);
    }

    /** True when it has days and a time, so it can meet. */
    public boolean isPlaced() {
        return !days.isEmpty() && start != null;
    }

    public boolean isOneOff() {
        return firstDate != null && firstDate.equals(lastDate);
    }

    /** True when the time runs past midnight into the next day. */
    public boolean crossesMidnight() {
        return start != null && !end.isAfter(start);
    }

    /** Length of one meeting in minutes. */
    public long minutes() {
        if (start == null) {
            return 0;
        }
        long m = ChronoUnit.MINUTES.between(start, end);
        return m > 0 ? m : m + 24 * 60;
    }

    /**
     * The dates it meets on between {@code from} and {@code to} (both included, further bounded by
     * its own first and last dates), every N weeks counted from the week of its first meeting,
     * without skipped dates. Breaks are the caller's business: they cancel classes, not shifts.
     */
    public SortedSet<LocalDate> meetingDates(LocalDate from, LocalDate to) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        forEachMeetingDate(from, to, dates::add);
        return dates;
    }

    /** Calls {@code meeting} with each of {@link #meetingDates}, in order, without collecting them. */
    public void forEachMeetingDate(LocalDate from, LocalDate to, Consumer<LocalDate> meeting) {
        forEachMeetingDay(from, to, day -> meeting.accept(LocalDate.ofEpochDay(day)));
    }

    /**
     * Calls {@code meeting} with each of {@link #meetingDates} as days since 1970-01-01, in order:
     * the engine expands a registrar's year (100k meetings) after every edit, without a date object each.
     */
    public void forEachMeetingDay(LocalDate from, LocalDate to, LongConsumer meeting) {
        if (!isPlaced()) {
            return;
        }
        LocalDate begin = firstDate != null && firstDate.isAfter(from) ? firstDate : from;
        LocalDate finish = lastDate != null && lastDate.isBefore(to) ? lastDate : to;
        if (finish.isBefore(begin)) {
            return;
        }
        // Every N weeks counts from the week (Monday to Sunday) of its own first meeting, even when
        // that is before the range asked for: moving a term's start must not flip a series' weeks.
        LocalDate anchor = firstDate != null ? firstDate : from;
        LocalDate firstMeeting = null;
        for (DayOfWeek day : days) {
            LocalDate d = anchor.with(TemporalAdjusters.nextOrSame(day));
            if (firstMeeting == null || d.isBefore(firstMeeting)) {
                firstMeeting = d;
            }
        }
        LocalDate monday = firstMeeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long weeksToSkip = ChronoUnit.WEEKS.between(monday, begin) / everyWeeks * everyWeeks;
        if (weeksToSkip > 0) {
            monday = monday.plusWeeks(weeksToSkip);
        }
        long first = begin.toEpochDay();
        long last = finish.toEpochDay();
        int[] fromMonday = days.stream().mapToInt(day -> day.getValue() - 1).toArray(); // an EnumSet iterates Monday to Sunday
        boolean skips = !skippedDates.isEmpty();
        for (long week = monday.toEpochDay(); week <= last; week += 7L * everyWeeks) {
            for (int offset : fromMonday) {
                long d = week + offset;
                if (d >= first && d <= last && !(skips && skippedDates.contains(LocalDate.ofEpochDay(d)))) {
                    meeting.accept(d);
                }
            }
        }
    }

    public WeeklyPattern withDays(Set<DayOfWeek> newDays) {
        return new WeeklyPattern(newDays, start, end, everyWeeks, firstDate, lastDate, skippedDates);
    }

    public WeeklyPattern withTimes(LocalTime newStart, LocalTime newEnd) {
        return new WeeklyPattern(days, newStart, newEnd, everyWeeks, firstDate, lastDate, skippedDates);
    }

    public WeeklyPattern withSkipped(LocalDate date) {
        Set<LocalDate> more = new TreeSet<>(skippedDates);
        more.add(date);
        return new WeeklyPattern(days, start, end, everyWeeks, firstDate, lastDate, more);
    }

    /** "MO,WE 10:00-11:15", "every 2 weeks", "2026-12-14 09:00-12:00" or "TBA". */
    public String describe() {
        if (!isPlaced()) {
            return start == null ? (days.isEmpty() ? "TBA" : Weekdays.format(days) + ", time TBA")
                    : "day TBA, " + start + "-" + end;
        }
        String when = isOneOff() ? firstDate.toString() : Weekdays.format(days);
        StringBuilder s = new StringBuilder(when).append(' ').append(start).append('-').append(end);
        if (crossesMidnight()) {
            s.append(" (+1 day)");
        }
        if (everyWeeks > 1) {
            s.append(", every ").append(everyWeeks).append(" weeks");
        }
        if (!isOneOff() && (firstDate != null || lastDate != null)) {
            s.append(", ").append(firstDate == null ? "start of term" : firstDate)
                    .append(" to ").append(lastDate == null ? "end of term" : lastDate);
        }
        if (!skippedDates.isEmpty()) {
            s.append(", skipping ").append(skippedDates.size()).append(skippedDates.size() == 1 ? " date" : " dates");
        }
        return s.toString();
    }
}

package org.courseplanner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A module posted each week: it opens on a weekday at a time and is due at the first given
 * weekday and time after that (so a window may run over a weekend or into the next month).
 * The first window opens on the first opening day on or after {@code firstWeek}.
 */
public record WeeklyWindow(DayOfWeek opensDay, LocalTime opensAt, DayOfWeek dueDay, LocalTime dueAt,
                           int weeks, LocalDate firstWeek) implements ModuleSchedule {

    public static final int MAX_WEEKS = 53;

    public WeeklyWindow {
        Refusal.require(opensDay != null && opensAt != null, "opens", "give when each week opens, e.g. --opens MO@09:00");
        Refusal.require(dueDay != null && dueAt != null, "due", "give when each week is due, e.g. --due SU@23:59");
        Refusal.require(weeks >= 1 && weeks <= MAX_WEEKS, "weeks",
                "a weekly module runs for 1 to " + MAX_WEEKS + " weeks, not " + weeks);
        Refusal.require(firstWeek != null, "from", "give the first week, e.g. --from 2026-08-31");
    }

    /**
     * The window a new module gets: opening each week on {@code opensDay} at {@code opensAt} from
     * {@code from}, due at 23:59 the day before the next opening, every week until the term ends.
     */
    public static WeeklyWindow untilTermEnds(Term term, LocalDate from, DayOfWeek opensDay, LocalTime opensAt) {
        return new WeeklyWindow(opensDay, opensAt, opensDay.minus(1), LocalTime.of(23, 59), weeksLeft(term, from), from);
    }

    /** How many weekly windows opening from {@code from} on fit before the term ends (at least 1, at most MAX_WEEKS). */
    public static int weeksLeft(Term term, LocalDate from) {
        return (int) Math.max(1, Math.min(MAX_WEEKS, java.time.temporal.ChronoUnit.WEEKS.between(from, term.lastDay()) + 1));
    }

    @Override
    public int windows() {
        return weeks;
    }

    /** When window {@code number} (1-based) opens, in the school's wall-clock time. */
    public LocalDateTime opens(int number) {
        LocalDate first = firstWeek.with(TemporalAdjusters.nextOrSame(opensDay));
        return first.plusWeeks(number - 1L).atTime(opensAt);
    }

    /** When window {@code number} is due: the first due weekday and time after it opens. */
    public LocalDateTime due(int number) {
        LocalDateTime opens = opens(number);
        LocalDateTime due = opens.toLocalDate().with(TemporalAdjusters.nextOrSame(dueDay)).atTime(dueAt);
        return due.isAfter(opens) ? due : due.plusWeeks(1);
    }
}

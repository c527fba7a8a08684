package org.courseplanner.domain;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Online material of a course, open for a window with a deadline at its end; the student
 * chooses when to work on it. Weekly modules are numbered ("Module 1", "Module 2"…); a week can
 * be skipped or marked done. Breaks do not cancel module windows.
 *
 * @param effortHours estimated hours of work per window
 * @param skippedWeeks week numbers without a window (sorted, read-only)
 * @param doneWeeks week numbers the student has finished (sorted, read-only)
 */
public record AsyncModule(long id, long courseId, String title, double effortHours, ModuleSchedule schedule,
                          Set<Integer> skippedWeeks, Set<Integer> doneWeeks) {

    public AsyncModule {
        title = Refusal.requireText(title, "title", "--title \"Module\"");
        Refusal.require(effortHours >= 0 && effortHours <= 100, "effort",
                "effort is hours of work per window and must be between 0 and 100, not " + effortHours);
        Refusal.require(schedule != null, "due", "give a weekly window (--opens MO@09:00 --due SU@23:59 --weeks 14) or a due date-time (--due 2026-10-16T23:59)");
        skippedWeeks = checkedWeeks(skippedWeeks, schedule, "skip-week");
        doneWeeks = checkedWeeks(doneWeeks, schedule, "week");
    }

    private static Set<Integer> checkedWeeks(Set<Integer> weeks, ModuleSchedule schedule, String field) {
        SortedSet<Integer> copy = new TreeSet<>(weeks == null ? Set.of() : weeks);
        for (int w : copy) {
            Refusal.require(w >= 1 && w <= schedule.windows(), field,
                    "week " + w + " does not exist: this module has week" + (schedule.windows() == 1 ? " 1 only" : "s 1 to " + schedule.windows()));
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    public AsyncModule withId(long newId) {
        return new AsyncModule(newId, courseId, title, effortHours, schedule, skippedWeeks, doneWeeks);
    }

    /** This module with week {@code number} marked done (or not). */
    public AsyncModule withDone(int number, boolean done) {
        Set<Integer> d = new TreeSet<>(doneWeeks);
        if (done) {
            d.add(number);
        } else {
            d.remove(number);
        }
        return new AsyncModule(id, courseId, title, effortHours, schedule, skippedWeeks, d);
    }

    public boolean isWeekly() {
        return schedule instanceof WeeklyWindow;
    }

    /** "Module 3" for a weekly module, the title alone for a single window. */
    public String windowTitle(int number) {
        return isWeekly() ? title + " " + number : title;
    }

    public LocalDateTime opens(int number) {
        checkNumber(number);
        return schedule instanceof WeeklyWindow w ? w.opens(number) : ((SingleWindow) schedule).opens();
    }

    public LocalDateTime due(int number) {
        checkNumber(number);
        return schedule instanceof WeeklyWindow w ? w.due(number) : ((SingleWindow) schedule).due();
    }

    /**
     * The week whose window holds {@code at}: the first week not skipped that is not yet due then
     * (open, or opening next), else the last week. Study time planned at {@code at} is for it.
     */
    public int weekHolding(LocalDateTime at) {
        int week = 1;
        for (int n = 1; n <= schedule.windows(); n++) {
            week = n;
            if (!skippedWeeks.contains(n) && !due(n).isBefore(at)) {
                break;
            }
        }
        return week;
    }

    public void checkNumber(int number) {
        if (number < 1 || number > schedule.windows()) { // the sentence only when it is needed: this runs for every window of a plan
            throw new Refusal("week", "\"" + title + "\" has no week " + number + ": give 1"
                    + (schedule.windows() > 1 ? " to " + schedule.windows() : ""));
        }
    }

    /** A one-line description of when it is open. */
    public String describe() {
        if (schedule instanceof WeeklyWindow w) {
            return "weekly, opens " + Weekdays.code(w.opensDay()) + "@" + w.opensAt() + ", due "
                    + Weekdays.code(w.dueDay()) + "@" + w.dueAt() + ", " + w.weeks() + " weeks from " + w.opens(1).toLocalDate();
        }
        SingleWindow s = (SingleWindow) schedule;
        return "opens " + s.opens() + ", due " + s.due();
    }
}

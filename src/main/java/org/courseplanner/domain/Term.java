package org.courseplanner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A semester: its days, the school's time zone (in which classes are published), its breaks, the
 * student's own zone and how many hours a day and a week the student can carry.
 *
 * @param weeklyCapHours the weekly workload cap, or {@code null} for the default of 3 h per credit
 * @param conflictSettings the thresholds of the conflict rules (quiet hours, deadline clusters, room changes)
 * @param studySettings how study time is cut into blocks when the planner places it
 */
public record Term(long id, String name, LocalDate firstDay, LocalDate lastDay, ZoneId schoolZone,
                   ZoneId studentZone, List<DateRange> breaks, Double weeklyCapHours,
                   double dailyCapHours, ConflictSettings conflictSettings,
                   StudySettings studySettings) {

    public static final double DEFAULT_DAILY_CAP_HOURS = 10;
    public static final double WEEKLY_HOURS_PER_CREDIT = 3;
    static final int LONGEST_TERM_DAYS = 366;

    public Term {
        name = Refusal.requireText(name, "term name", "\"Fall 2026\"");
        Refusal.require(firstDay != null, "start", "the term \"" + name + "\" needs a first day, e.g. --start 2026-08-31");
        Refusal.require(lastDay != null, "end", "the term \"" + name + "\" needs a last day, e.g. --end 2026-12-18");
        Refusal.require(!lastDay.isBefore(firstDay), "end", "the term \"" + name + "\" ends (" + lastDay
                + ") before it starts (" + firstDay + "): give an end on or after the start");
        Refusal.require(ChronoUnit.DAYS.between(firstDay, lastDay) < LONGEST_TERM_DAYS, "end",
                "the term \"" + name + "\" lasts more than a year (" + firstDay + " to " + lastDay
                        + "): split it into terms");
        Refusal.require(schoolZone != null, "zone", "the term needs the school's time zone, e.g. --zone America/New_York");
        if (studentZone == null) {
            studentZone = ZoneId.systemDefault();
        }
        if (conflictSettings == null) {
            conflictSettings = ConflictSettings.DEFAULTS;
        }
        if (studySettings == null) {
            studySettings = StudySettings.DEFAULTS;
        }
        // In date order, so that a term reads back equal to the one stored, whatever order it was given in.
        breaks = (breaks == null ? List.<DateRange>of() : breaks).stream()
                .sorted(Comparator.comparing(DateRange::first).thenComparing(DateRange::last)).toList();
        for (DateRange b : breaks) {
            Refusal.require(!b.first().isBefore(firstDay) && !b.last().isAfter(lastDay), "break",
                    "the break " + b + " is not inside the term (" + firstDay + " to " + lastDay
                            + "): give dates within the term");
        }
        java.util.Map<String, DateRange> named = new java.util.HashMap<>(); // not pair by pair: a term may have thousands
        for (DateRange b : breaks) {
            DateRange same = named.putIfAbsent(b.nameKey(), b);
            Refusal.require(same == null, "break", "two breaks are named \"" + (same == null ? "" : same.name())
                    + "\": give each a name of its own");
        }
        Refusal.require(weeklyCapHours == null || (weeklyCapHours > 0 && weeklyCapHours <= 168), "weekly-cap",
                "the weekly cap must be between 0 and 168 hours, not " + weeklyCapHours);
        Refusal.require(dailyCapHours > 0 && dailyCapHours <= 24, "daily-cap",
                "the daily cap must be between 0 and 24 hours, not " + dailyCapHours);
    }

    /** A term with the default study settings. */
    public Term(long id, String name, LocalDate firstDay, LocalDate lastDay, ZoneId schoolZone, ZoneId studentZone,
                List<DateRange> breaks, Double weeklyCapHours, double dailyCapHours, ConflictSettings conflictSettings) {
        this(id, name, firstDay, lastDay, schoolZone, studentZone, breaks, weeklyCapHours, dailyCapHours, conflictSettings, null);
    }

    /** A term with the default conflict and study settings. */
    public Term(long id, String name, LocalDate firstDay, LocalDate lastDay, ZoneId schoolZone, ZoneId studentZone,
                List<DateRange> breaks, Double weeklyCapHours, double dailyCapHours) {
        this(id, name, firstDay, lastDay, schoolZone, studentZone, breaks, weeklyCapHours, dailyCapHours, null);
    }

    /** A new, not yet stored term with the default caps. */
    public static Term of(String name, LocalDate firstDay, LocalDate lastDay, ZoneId schoolZone) {
        return new Term(0, name, firstDay, lastDay, schoolZone, null, List.of(), null, DEFAULT_DAILY_CAP_HOURS);
    }

    public Term withId(long newId) {
        return new Term(newId, name, firstDay, lastDay, schoolZone, studentZone, breaks, weeklyCapHours, dailyCapHours,
                conflictSettings, studySettings);
    }

    /** The same term with other study settings. */
    public Term withStudySettings(StudySettings settings) {
        return new Term(id, name, firstDay, lastDay, schoolZone, studentZone, breaks, weeklyCapHours, dailyCapHours,
                conflictSettings, settings);
    }

    /**
     * The term week that holds the day: 1 for the Monday-to-Sunday week of the first day, 2 for the
     * next; a day before that week gives 0 or less.
     */
    public int weekNumber(LocalDate day) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(weekMonday(1), day), 7) + 1;
    }

    /** The Monday that starts a term week (week 1 holds the first day). */
    public LocalDate weekMonday(int week) {
        return firstDay.minusDays(firstDay.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()).plusWeeks(week - 1L);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /**
     * The pattern within the term's days, or {@code null} when it never meets in the term. A
     * series of every N weeks that starts before the term starts on its first meeting inside it,
     * so that it keeps its weeks.
     */
    public WeeklyPattern clip(WeeklyPattern p) {
        LocalDate first = p.firstDate() == null || p.firstDate().isBefore(firstDay) ? firstDay : p.firstDate();
        LocalDate last = p.lastDate() == null || p.lastDate().isAfter(lastDay) ? lastDay : p.lastDate();
        if (last.isBefore(first)) {
            return null;
        }
        if (p.everyWeeks() > 1 && p.firstDate() != null && p.firstDate().isBefore(firstDay)) {
            java.util.SortedSet<LocalDate> inTerm = p.meetingDates(firstDay, lastDay);
            if (inTerm.isEmpty()) {
                return null;
            }
            first = inTerm.first();
        }
        java.util.Set<LocalDate> skipped = new java.util.TreeSet<>(p.skippedDates().stream().filter(this::contains).toList());
        boolean unbounded = p.firstDate() == null && p.lastDate() == null;
        WeeklyPattern clipped = new WeeklyPattern(p.days(), p.start(), p.end(), p.everyWeeks(), unbounded ? null : first,
                unbounded ? null : last, skipped);
        return clipped.meetingDates(firstDay, lastDay).isEmpty() ? null : clipped;
    }

    /** The break that cancels classes on this day, if any. */
    public boolean isBreak(LocalDate day) {
        return breaks.stream().anyMatch(b -> b.contains(day));
    }

    /** The weekly cap in hours: the one set, or 3 h per credit of the given courses. */
    public double weeklyCap(Collection<Course> courses) {
        if (weeklyCapHours != null) {
            return weeklyCapHours;
        }
        return WEEKLY_HOURS_PER_CREDIT * courses.stream().mapToDouble(Course::credits).sum();
    }
}

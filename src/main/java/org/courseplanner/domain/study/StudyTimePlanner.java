package org.courseplanner.domain.study;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.StudySettings;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.TermCalendar;

/**
 * Plans a term's study time (issue 17, ADR 0020): every module week that still needs hours and every
 * live course's weekly homework get blocks in the student's free time, as flat as the weeks allow.
 *
 * <p>Free time is the term minus classes (padded by the buffer, or by the time to change rooms when
 * that is longer), commitments and study blocks already placed (padded by the buffer), the quiet hours
 * in the student's zone, and the hour a fall-back change repeats (a block there could not be written
 * down in wall-clock time). Blocks start on a 15-minute grid. A module's time goes first into its window
 * up to the set time before its deadline and within the study hours, then without the study hours,
 * then up to the deadline, each step only for what cannot fit before it.
 *
 * <p>Blocks the planner placed earlier stay where they are while they still fit; those that a change has
 * put in the way go, and their time is placed again ("re-plan"). Blocks the student placed never move.
 */
public final class StudyTimePlanner {
    private static final long GRID = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final TermPlan plan;
    private final Term term;
    private final StudySettings settings;
    private final ZoneId school;
    private final TermCalendar calendar;
    private final long rangeStart;
    private final long rangeEnd;
    /** True when the student gave a last day: then only windows due by it are planned. */
    private final boolean toGiven;

    private StudyTimePlanner(TermPlan plan, LocalDate from, LocalDate to, Instant notBefore) {
        this.plan = plan;
        this.term = plan.term();
        this.settings = term.studySettings();
        this.school = term.schoolZone();
        this.calendar = TermCalendar.of(plan);
        LocalDate first = from == null || from.isBefore(term.firstDay()) ? term.firstDay() : from;
        LocalDate last = to == null || to.isAfter(term.lastDay()) ? term.lastDay() : to;
        long start = minute(first.atStartOfDay(school));
        if (notBefore != null) { // no block in the past: from the next quarter hour on
            start = Math.max(start, Math.floorDiv(notBefore.getEpochSecond() / 60 + GRID - 1, GRID) * GRID);
        }
        this.rangeStart = start;
        this.rangeEnd = Math.max(rangeStart, minute(last.plusDays(1).atStartOfDay(school)));
        this.toGiven = to != null;
    }

    /**
     * What planning the study time due between {@code from} and {@code to} (either may be null: the term's
     * first or last day) would do. Changes nothing; {@code cancelled} is asked between steps.
     */
    public static StudyPlan plan(TermPlan plan, LocalDate from, LocalDate to, BooleanSupplier cancelled) {
        return new StudyTimePlanner(plan, from, to, null).solve(cancelled);
    }

    /** {@link #plan(TermPlan, LocalDate, LocalDate, BooleanSupplier)} placing nothing before {@code notBefore}. */
    public static StudyPlan plan(TermPlan plan, LocalDate from, LocalDate to, Instant notBefore, BooleanSupplier cancelled) {
        return new StudyTimePlanner(plan, from, to, notBefore).solve(cancelled);
    }

    /** A piece of study time to place: a module's week or a course's weekly homework. */
    private record Target(AsyncModule module, Course course, int week, long opens, long due, String name) {
        boolean isHomework() {
            return module == null;
        }
    }

    private StudyPlan solve(BooleanSupplier cancelled) {
        // blocks the student placed are pinned; the planner's own stay while they still fit
        List<StudyBlock> pinned = new ArrayList<>();
        List<StudyBlock> auto = new ArrayList<>();
        for (StudyBlock b : plan.studyBlocks()) {
            (b.auto() ? auto : pinned).add(b);
        }
        Spans quiet = dailySpans(term.conflictSettings().quietFrom(), term.conflictSettings().quietTo());
        Spans fixedBusy = busy(pinned);
        Spans repeated = repeatedHours();
        Spans freeOfFixed = termSpan().minus(fixedBusy).minus(quiet).minus(repeated).snapInward(GRID);
        List<StudyBlock> kept = new ArrayList<>();
        List<StudyBlock> removed = new ArrayList<>();
        for (StudyBlock b : auto) {
            Target t = targetOf(b);
            long start = minute(ZonedDateTime.of(b.start(), school));
            long end = start + b.minutes();
            boolean outsideRange = start < rangeStart || start >= rangeEnd; // the past, or weeks not being planned: left alone
            boolean fits = outsideRange || t != null && freeOfFixed.covers(start, end) && start >= t.opens() && end <= t.due();
            (fits ? kept : removed).add(b);
        }
        List<StudyBlock> staying = new ArrayList<>(pinned);
        staying.addAll(kept);
        Spans free = termSpan().minus(busy(staying)).minus(quiet).minus(repeated)
                .intersect(Spans.of(rangeStart, rangeEnd)).snapInward(GRID);
        Spans studyHours = settings.hasStudyHours() ? dailySpans(settings.studyFrom(), settings.studyTo()) : null;

        Map<String, Long> placed = new HashMap<>();
        for (StudyBlock b : staying) {
            // a homework week's share counts only its days not yet over (minutesOf), so only its blocks on those days count
            boolean before = b.isHomework() && minute(ZonedDateTime.of(b.start().toLocalDate().plusDays(1).atStartOfDay(), school)) <= rangeStart;
            if (!before) {
                placed.merge(key(b), (long) b.minutes(), Long::sum);
            }
        }
        List<Target> needTargets = new ArrayList<>();
        List<StudyProblem.Need> needs = new ArrayList<>();
        for (Target t : targets()) {
            long minutes = roundUpTo5(minutesOf(t) - placed.getOrDefault(key(t), 0L));
            boolean inRange = t.isHomework() ? t.opens() < rangeEnd && t.due() > rangeStart // a week that meets the range
                    : t.due() > rangeStart && (toGiven ? t.due() <= rangeEnd : t.opens() < rangeEnd); // due within it, or open in the term
            if (minutes <= 0 || !inRange) {
                continue;
            }
            List<Spans> levels = levels(t, free, studyHours);
            needTargets.add(t);
            needs.add(new StudyProblem.Need(t.name(), (int) minutes, levels));
        }
        long neededMinutes = needs.stream().mapToLong(StudyProblem.Need::minutes).sum();
        if (needs.isEmpty() && removed.isEmpty()) {
            return new StudyPlan(List.of(), List.of(), List.of(), List.of(), 0, 0);
        }
        Days days = new Days();
        StudyProblem problem = new StudyProblem(settings.minBlockMinutes(), settings.maxBlockMinutes() / settings.minBlockMinutes(),
                days.starts, days.weeks, days.fixedLoads(staying), needs);
        Placement placement = StudyPlacer.place(problem, cancelled);

        List<StudyBlock> added = new ArrayList<>();
        long placedMinutes = 0;
        for (Placement.Block b : placement.blocks()) {
            Target t = needTargets.get(b.need());
            LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochSecond(b.start() * 60), school);
            added.add(t.isHomework() ? StudyBlock.homework(0, t.course().id(), t.week(), start, b.minutes(), true)
                    : new StudyBlock(0, t.module().id(), 0, t.week(), start, b.minutes(), true));
            placedMinutes += b.minutes();
        }
        List<String> shortages = new ArrayList<>();
        for (Placement.Shortage s : placement.shortages()) {
            shortages.add(shortage(s, needTargets, !quiet.isEmpty()));
        }
        List<String> notes = new ArrayList<>(notes(placement, needTargets, days, problem, studyHours));
        return new StudyPlan(added, removed, shortages, notes, neededMinutes, placedMinutes);
    }

    // ---- what there is to place ----

    private List<Target> targets() {
        List<Target> out = new ArrayList<>();
        for (AsyncModule m : plan.modules()) {
            Course c = plan.courseById(m.courseId());
            int windows = m.schedule().windows();
            for (int n = 1; n <= windows; n++) {
                if (m.skippedWeeks().contains(n) || m.doneWeeks().contains(n) || m.effortHours() <= 0) {
                    continue;
                }
                out.add(new Target(m, c, n, minute(ZonedDateTime.of(m.opens(n), school)), minute(ZonedDateTime.of(m.due(n), school)),
                        c.code() + " " + m.windowTitle(n)));
            }
        }
        int weeks = term.weekNumber(term.lastDay());
        for (Course c : plan.courses()) {
            if (c.weeklyHomeworkHours() <= 0) {
                continue;
            }
            for (int w = 1; w <= weeks; w++) {
                LocalDate monday = term.weekMonday(w);
                out.add(new Target(null, c, w, minute(monday.atStartOfDay(school)), minute(monday.plusDays(7).atStartOfDay(school)),
                        c.code() + " homework (week " + w + ")"));
            }
        }
        return out;
    }

    private Target targetOf(StudyBlock b) {
        if (b.isHomework()) {
            Course c = plan.courses().stream().filter(x -> x.id() == b.courseId()).findFirst().orElse(null);
            if (c == null) {
                return null;
            }
            LocalDate monday = term.weekMonday(b.week());
            return new Target(null, c, b.week(), minute(monday.atStartOfDay(school)), minute(monday.plusDays(7).atStartOfDay(school)), c.code());
        }
        AsyncModule m = plan.module(b.moduleId()).orElse(null);
        if (m == null || b.week() > m.schedule().windows()) {
            return null;
        }
        return new Target(m, plan.courseById(m.courseId()), b.week(), minute(ZonedDateTime.of(m.opens(b.week()), school)),
                minute(ZonedDateTime.of(m.due(b.week()), school)), m.title());
    }

    private static String key(StudyBlock b) {
        return b.isHomework() ? "c" + b.courseId() + "/" + b.week() : "m" + b.moduleId() + "/" + b.week();
    }

    private static String key(Target t) {
        return t.isHomework() ? "c" + t.course().id() + "/" + t.week() : "m" + t.module().id() + "/" + t.week();
    }

    /**
     * A module week's effort, or a homework week's share of the weekly hours: its term days that are not breaks, of 7,
     * counting only the days not yet over when the plan starts (the days gone had their homework time).
     */
    private long minutesOf(Target t) {
        if (!t.isHomework()) {
            // a window that runs past the term gets all its effort inside the term: the workload spreads what is not
            // placed over the whole window, term days included, so anything left out would still weigh on them
            return Math.round(t.module().effortHours() * 60);
        }
        int days = 0;
        LocalDate monday = term.weekMonday(t.week());
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            boolean over = minute(day.plusDays(1).atStartOfDay(school)) <= rangeStart;
            if (term.contains(day) && !term.isBreak(day) && !over) {
                days++;
            }
        }
        return Math.round(t.course().weeklyHomeworkHours() * 60 * days / 7);
    }

    private static long roundUpTo5(long minutes) {
        return minutes <= 0 ? 0 : (minutes + 4) / 5 * 5;
    }

    /** Where a target may go, from the most preferred time to the widest, each a superset of the one before. */
    private List<Spans> levels(Target t, Spans free, Spans studyHours) {
        Spans window;
        Spans early;
        if (t.isHomework()) {
            List<long[]> days = new ArrayList<>();
            LocalDate monday = term.weekMonday(t.week());
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                if (term.contains(day) && !term.isBreak(day)) {
                    days.add(new long[] {minute(day.atStartOfDay(school)), minute(day.plusDays(1).atStartOfDay(school))});
                }
            }
            window = free.intersect(Spans.union(days));
            early = window;
        } else {
            window = free.intersect(Spans.of(t.opens(), t.due()));
            early = free.intersect(Spans.of(t.opens(), t.due() - settings.finishBeforeDueMinutes()));
        }
        List<Spans> levels = new ArrayList<>();
        if (studyHours != null) {
            levels.add(early.intersect(studyHours));
        }
        levels.add(early);
        levels.add(window);
        List<Spans> distinct = new ArrayList<>();
        for (Spans level : levels) {
            Spans s = level.snapInward(GRID); // a deadline at 23:59 ends the time at 23:45
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(s)) {
                distinct.add(s);
            }
        }
        return distinct;
    }

    // ---- free time ----

    private Spans termSpan() {
        return Spans.of(minute(term.firstDay().atStartOfDay(school)), minute(term.lastDay().plusDays(1).atStartOfDay(school)));
    }

    /** Classes, commitments and the given study blocks, each padded by the buffer (classes in a room by the time to change rooms when longer). */
    private Spans busy(List<StudyBlock> blocks) {
        int buffer = settings.bufferMinutes();
        int transfer = term.conflictSettings().transferMinutes();
        List<long[]> spans = new ArrayList<>();
        for (Occurrence o : calendar.sessions()) {
            int pad = o.place() != null && !o.place().isBlank() ? Math.max(buffer, transfer) : buffer;
            spans.add(new long[] {Math.floorDiv(o.startSecond(), 60) - pad, Math.floorDiv(o.endSecond() + 59, 60) + pad});
        }
        for (Occurrence o : calendar.commitments()) {
            spans.add(new long[] {Math.floorDiv(o.startSecond(), 60) - buffer, Math.floorDiv(o.endSecond() + 59, 60) + buffer});
        }
        for (StudyBlock b : blocks) {
            long start = minute(ZonedDateTime.of(b.start(), school));
            spans.add(new long[] {start - buffer, start + b.minutes() + buffer});
        }
        return Spans.union(spans);
    }

    /** A daily stretch in the student's zone (from one day into the next when {@code to} is not after {@code from}), over the term. */
    private Spans dailySpans(LocalTime from, LocalTime to) {
        if (from == null || to == null) {
            return Spans.NONE;
        }
        ZoneId zone = term.studentZone();
        List<long[]> spans = new ArrayList<>();
        for (LocalDate d = term.firstDay().minusDays(2); !d.isAfter(term.lastDay().plusDays(1)); d = d.plusDays(1)) {
            LocalDate endDay = to.isAfter(from) ? d : d.plusDays(1);
            spans.add(new long[] {minute(ZonedDateTime.of(d, from, zone)), minute(ZonedDateTime.of(endDay, to, zone))});
        }
        return Spans.union(spans);
    }

    /**
     * Each hour a fall-back change repeats in the school's zone, both passes. A block is kept as its wall-clock start
     * and length, and the plan reads its end on the wall clock too (as it reads a class's): a block that reached into
     * the repeated hour would last an hour longer than planned, and one in its second pass could not be named at all.
     */
    private Spans repeatedHours() {
        List<long[]> spans = new ArrayList<>();
        var rules = school.getRules();
        Instant at = term.firstDay().minusDays(1).atStartOfDay(school).toInstant();
        Instant end = term.lastDay().plusDays(2).atStartOfDay(school).toInstant();
        for (ZoneOffsetTransition t = rules.nextTransition(at); t != null && t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
            if (t.isOverlap()) {
                long change = t.getInstant().getEpochSecond() / 60;
                long repeated = t.getDuration().abs().toMinutes();
                spans.add(new long[] {change - repeated, change + repeated});
            }
        }
        return Spans.union(spans);
    }

    private static long minute(ZonedDateTime at) {
        return Math.floorDiv(at.toEpochSecond(), 60);
    }

    // ---- days and their fixed loads ----

    /** The term's days in the school's zone, their weeks, and the load the planner does not move. */
    private final class Days {
        final long[] starts;
        final int[] weeks;

        Days() {
            int count = (int) (term.lastDay().toEpochDay() - term.firstDay().toEpochDay()) + 1;
            starts = new long[count + 1];
            weeks = new int[count];
            for (int d = 0; d <= count; d++) {
                LocalDate day = term.firstDay().plusDays(d);
                starts[d] = minute(day.atStartOfDay(school));
                if (d < count) {
                    weeks[d] = term.weekNumber(day) - 1;
                }
            }
        }

        LocalDate date(int d) {
            return term.firstDay().plusDays(d);
        }

        /** Minutes of classes, commitments and the staying study blocks on each day (what the workload view counts there). */
        long[] fixedLoads(List<StudyBlock> staying) {
            long[] load = new long[weeks.length];
            for (Occurrence o : calendar.sessions()) {
                spread(load, o.startSecond(), o.endSecond());
            }
            for (Occurrence o : calendar.commitments()) {
                spread(load, o.startSecond(), o.endSecond());
            }
            for (StudyBlock b : staying) {
                long start = ZonedDateTime.of(b.start(), school).toEpochSecond();
                spread(load, start, start + 60L * b.minutes());
            }
            return load;
        }

        private void spread(long[] load, long startSecond, long endSecond) {
            for (int d = 0; d < load.length; d++) {
                long s = Math.max(startSecond, starts[d] * 60);
                long e = Math.min(endSecond, starts[d + 1] * 60);
                if (e > s) {
                    load[d] += (e - s) / 60;
                }
            }
        }

        int dayOf(long minute) {
            int d = java.util.Arrays.binarySearch(starts, minute);
            return d >= 0 ? d : -d - 2;
        }
    }

    // ---- words ----

    private String shortage(Placement.Shortage s, List<Target> targets, boolean quietHours) {
        List<Target> group = s.needs().stream().map(targets::get).toList();
        Target latest = group.stream().max(java.util.Comparator.comparingLong(Target::due)).orElseThrow();
        ZonedDateTime due = ZonedDateTime.ofInstant(Instant.ofEpochSecond(latest.due() * 60), school);
        LocalDate dueDay = latest.isHomework() ? due.toLocalDate().minusDays(1) : due.toLocalDate();
        int week = term.weekNumber(dueDay);
        LocalDate monday = dueDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String names = names(group.stream().map(Target::name).toList());
        String before = latest.isHomework() ? "by the end of the week"
                : "before " + due.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " "
                + due.toLocalTime();
        List<String> busy = new ArrayList<>();
        if (!calendar.sessions().isEmpty()) {
            busy.add("classes");
        }
        if (!calendar.commitments().isEmpty()) {
            busy.add("commitments");
        }
        if (quietHours) {
            busy.add("quiet hours");
        }
        String outside = busy.isEmpty() ? "" : " outside " + names(busy);
        List<String> fixes = new ArrayList<>();
        if (!calendar.commitments().isEmpty()) {
            fixes.add("move or shorten a commitment");
        }
        if (quietHours) {
            fixes.add("allow study in quiet hours");
        }
        fixes.add(group.stream().allMatch(Target::isHomework) ? "lower the weekly homework hours" : "lower the effort");
        String fix = String.join(", ", fixes.subList(0, fixes.size() - 1)) + (fixes.size() > 1 ? ", or " : "") + fixes.get(fixes.size() - 1);
        return "Week " + week + " (" + range(monday) + "): " + names + (group.size() == 1 ? " needs " : " need ")
                + hours(s.neededMinutes()) + " " + before + "; only " + hours(s.placeableMinutes()) + " can be placed in the free time"
                + outside + ": " + hours(s.shortMinutes()) + " short. " + Character.toUpperCase(fix.charAt(0)) + fix.substring(1) + ".";
    }

    private List<String> notes(Placement placement, List<Target> targets, Days days, StudyProblem problem, Spans studyHours) {
        List<String> out = new ArrayList<>();
        long[] load = problem.fixedDayMinutes().clone();
        boolean[] studied = new boolean[load.length];
        for (Placement.Block b : placement.blocks()) {
            int d = days.dayOf(b.start());
            load[d] += b.minutes();
            studied[d] = true;
        }
        int peak = -1;
        for (int d = 0; d < load.length; d++) {
            if (studied[d] && load[d] > term.dailyCapHours() * 60 + 1e-9 && (peak < 0 || load[d] > load[peak])) {
                peak = d;
            }
        }
        if (peak >= 0) {
            out.add(DAY.format(days.date(peak)) + " has " + hours(load[peak]) + ", over your daily cap of "
                    + hours(Math.round(term.dailyCapHours() * 60)) + ": no placement of this study time has a lower busiest day.");
        }
        // what the blocks themselves say: time after the set time before the deadline, or outside the study hours
        java.util.Set<String> late = new java.util.LinkedHashSet<>();
        java.util.Set<String> outOfHours = new java.util.LinkedHashSet<>();
        for (Placement.Block b : placement.blocks()) {
            Target t = targets.get(b.need());
            if (!t.isHomework() && settings.finishBeforeDueMinutes() > 0 && b.end() > t.due() - settings.finishBeforeDueMinutes()) {
                late.add(t.name());
            }
            if (studyHours != null && !studyHours.covers(b.start(), b.end())) {
                outOfHours.add(t.name());
            }
        }
        if (!outOfHours.isEmpty()) {
            out.add(names(List.copyOf(outOfHours)) + " did not fit in your study hours: some of " + (outOfHours.size() == 1 ? "its" : "their")
                    + " time is outside them.");
        }
        if (!late.isEmpty()) {
            out.add(names(List.copyOf(late)) + " did not fit " + hours(settings.finishBeforeDueMinutes()) + " before the deadline: some of "
                    + (late.size() == 1 ? "its" : "their") + " time is closer to it.");
        }
        return out;
    }

    private static String range(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        return SHORT.format(monday) + "–" + (sunday.getMonth() == monday.getMonth() ? String.valueOf(sunday.getDayOfMonth()) : SHORT.format(sunday));
    }

    /** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
    static String names(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() <= 3) {
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    /** "45 min", "2 h", "2.5 h", "1 h 20 min". */
    public static String hours(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes % 30 == 0) {
            double h = minutes / 60.0;
            return (h == Math.floor(h) ? String.valueOf((long) h) : String.valueOf(h)) + " h";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }
}

package org.courseplanner.domain.catalog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.TermCalendar;
import org.courseplanner.domain.engine.Workload;
import org.courseplanner.domain.engine.WorkloadWeek;

/**
 * Everything the generator knows of a request before it searches: the requested courses with
 * every way to take each (a section of each component), their meeting times in the term, the
 * constraints of the request (each a bit), which constraints each option breaks, and which meeting
 * patterns of different courses cannot go together (they overlap, or leave too little time to walk
 * to another building).
 */
final class ScheduleModel {
    /** A course ways to take it are capped at, so a catalog with huge components still answers. */
    static final int MAX_OPTIONS_PER_COURSE = 20_000;
    static final int MAX_CONSTRAINTS = 63;
    private static final long DAY_COST = 120;
    private static final long UNPREFERRED_COST = 200;

    final Term term;
    final ScheduleRequest request;
    final List<Constraint> constraints = new ArrayList<>();
    final List<Entry> courses = new ArrayList<>();
    final List<Pattern> patterns = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final int[] baseWeekMinutes;
    /** The weekly timetable of the plan's other courses: a schedule's days and gaps are the student's whole week. */
    final long[] baseWeek = new long[7 * SectionTimes.WORDS_PER_DAY];
    int baseCampusDays;
    final long dayWeight;
    final long gapWeight;
    final long peakWeight;
    Constraint optionalGroup;
    Constraint walk;

    /** A requested course and its ways. */
    static final class Entry {
        final int index;
        final CatalogCourse course;
        final boolean optional;
        final Constraint constraint;
        final List<SectionOption> options = new ArrayList<>();
        int linkMismatches;
        int selfOverlaps;

        Entry(int index, CatalogCourse course, boolean optional, Constraint constraint) {
            this.index = index;
            this.course = course;
            this.optional = optional;
            this.constraint = constraint;
        }
    }

    /** Meetings that several options of one course share: they conflict with the same things. */
    static final class Pattern {
        final int index;
        final int course;
        final SectionOption first;
        long violates;
        long[] overlaps;
        long[] tooClose;

        Pattern(int index, int course, SectionOption first) {
            this.index = index;
            this.course = course;
            this.first = first;
        }
    }

    final Map<SectionOption, Pattern> patternOf = new HashMap<>();
    private final java.util.function.ToLongFunction<CatalogSection> sectionCheck;

    /** The constraints (by bit) a section breaks on its own. */
    long sectionViolations(CatalogSection s) {
        return sectionCheck.applyAsLong(s);
    }

    ScheduleModel(Catalog catalog, TermPlan plan, ScheduleRequest request) {
        this.term = plan.term();
        this.request = request;
        SchedulePreferences prefs = request.preferences();
        this.dayWeight = prefs.fewerDays() * DAY_COST;
        this.gapWeight = prefs.fewerGaps();
        this.peakWeight = prefs.balanceWeeks() ? 2 : 0;
        Set<LocalDate> breakDays = new HashSet<>();
        for (var b : term.breaks()) {
            b.first().datesUntil(b.last().plusDays(1)).forEach(breakDays::add);
        }
        int weeks = term.weekNumber(term.lastDay()) + 1;
        TermCalendar calendar = TermCalendar.of(plan);
        this.baseWeekMinutes = baseLoad(plan, calendar, weeks);

        List<String> required = new ArrayList<>(request.required());
        Map<String, CatalogSection> locks = new LinkedHashMap<>();
        for (String crn : request.locked()) {
            CatalogSection s = catalog.requireSection(crn);
            locks.put(s.crn(), s);
            boolean asked = required.stream().anyMatch(c -> Course.keyOf(c).equals(s.courseKey()))
                    || request.optional().stream().anyMatch(c -> Course.keyOf(c).equals(s.courseKey()));
            if (!asked) {
                required.add(s.courseCode());
                notes.add(s.courseCode() + " is scheduled because its section " + s.section() + " (CRN " + s.crn() + ") is locked");
            }
        }
        Set<String> excluded = new HashSet<>();
        for (String crn : request.excluded()) {
            CatalogSection s = catalog.requireSection(crn);
            Refusal.require(!locks.containsKey(s.crn()), "exclude", "CRN " + s.crn() + " is both locked and excluded: give it to one of them");
            excluded.add(s.crn());
        }
        Set<String> seen = new HashSet<>();
        for (String code : required) {
            addCourse(catalog, code, false, seen);
        }
        if (!request.optional().isEmpty()) {
            optionalGroup = constraint(Constraint.Kind.OPTIONAL, request.pick() + " of " + String.join(", ",
                    request.optional().stream().map(c -> catalog.requireCourse(c).code()).toList()));
            for (String code : request.optional()) {
                addCourse(catalog, code, true, seen);
            }
        }
        Map<String, Constraint> lockConstraints = new HashMap<>();
        for (CatalogSection s : locks.values()) {
            lockConstraints.put(s.crn(), constraint(Constraint.Kind.LOCK, "CRN " + s.crn() + " (" + s.courseCode() + " "
                    + s.component().toLowerCase(Locale.ROOT) + " " + s.section() + ") locked"));
        }
        Map<String, Constraint> excludeConstraints = new HashMap<>();
        for (String crn : excluded) {
            CatalogSection s = catalog.requireSection(crn);
            excludeConstraints.put(crn, constraint(Constraint.Kind.EXCLUDE, "CRN " + crn + " (" + s.courseCode() + " "
                    + s.component().toLowerCase(Locale.ROOT) + " " + s.section() + ") excluded"));
        }
        ScheduleLimits limits = request.limits();
        Map<DayOfWeek, Constraint> daysOff = new LinkedHashMap<>();
        for (DayOfWeek d : limits.daysOff()) {
            daysOff.put(d, constraint(Constraint.Kind.DAY_OFF, d.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s off"));
        }
        Constraint earliest = limits.earliest() == null ? null : constraint(Constraint.Kind.EARLIEST, "no class before " + limits.earliest());
        Constraint latest = limits.latest() == null ? null : constraint(Constraint.Kind.LATEST, "no class after " + limits.latest());
        walk = limits.walkMinutes() == 0 ? null : constraint(Constraint.Kind.WALK, limits.walkMinutes() + " minutes between buildings");
        var settings = term.conflictSettings();
        Constraint quiet = !limits.outsideQuietHours() ? null : constraint(Constraint.Kind.QUIET, "no class in your quiet hours ("
                + settings.quietFrom() + "-" + settings.quietTo() + " " + term.studentZone() + ")");
        Set<String> asked = new HashSet<>();
        courses.forEach(e -> asked.add(Course.keyOf(e.course.code())));
        List<Obstacle> obstacles = obstacles(plan, calendar, asked);
        otherCourses(plan, asked);
        this.sectionCheck = section -> {
            SectionOption alone = option(courses.get(0), List.of(section),
                    Map.of(section, SectionTimes.intervals(section.meetings(), term, breakDays)), weeks);
            long bits = alone == null ? 0 : limitViolations(alone, daysOff, earliest, latest) | meetingViolations(alone, quiet, obstacles);
            Constraint lock = lockForComponent(locks, lockConstraints, section);
            if (lock != null && !locks.containsKey(section.crn())) {
                bits |= lock.bit();
            }
            Constraint ex = excludeConstraints.get(section.crn());
            return ex == null ? bits : bits | ex.bit();
        };

        for (Entry e : courses) {
            buildOptions(e, breakDays, weeks);
        }
        for (Entry e : courses) {
            for (SectionOption o : e.options) {
                for (CatalogSection s : o.sections) {
                    Constraint lock = lockForComponent(locks, lockConstraints, s);
                    if (lock != null && !locks.containsKey(s.crn())) {
                        o.violates |= lock.bit();
                    }
                    Constraint ex = excludeConstraints.get(s.crn());
                    if (ex != null) {
                        o.violates |= ex.bit();
                    }
                }
                // days and hours by what the catalog says; quiet hours and obstacles by when it really meets,
                // which is the same for every option of a pattern
                o.violates |= limitViolations(o, daysOff, earliest, latest);
                Pattern p = patternOf.get(o);
                if (p.first == o) {
                    p.violates = meetingViolations(o, quiet, obstacles);
                }
            }
        }
        conflicts();
    }

    private Constraint lockForComponent(Map<String, CatalogSection> locks, Map<String, Constraint> lockConstraints, CatalogSection s) {
        for (CatalogSection locked : locks.values()) {
            if (locked.courseKey().equals(s.courseKey()) && locked.component().equalsIgnoreCase(s.component())) {
                return lockConstraints.get(locked.crn());
            }
        }
        return null;
    }

    private void addCourse(Catalog catalog, String code, boolean optional, Set<String> seen) {
        CatalogCourse course = catalog.requireCourse(code);
        Refusal.require(seen.add(Course.keyOf(course.code())), "courses", course.code()
                + " is asked for twice: name each course once (required or optional)");
        Constraint c = optional ? optionalGroup : constraint(Constraint.Kind.COURSE, course.code());
        courses.add(new Entry(courses.size(), course, optional, c));
    }

    private Constraint constraint(Constraint.Kind kind, String label) {
        if (constraints.size() >= MAX_CONSTRAINTS) {
            throw new Refusal("courses", "the request has more than " + MAX_CONSTRAINTS
                    + " courses, sections and limits: ask for fewer at a time");
        }
        Constraint c = new Constraint(constraints.size(), kind, label);
        constraints.add(c);
        return c;
    }

    /** The plan's modules' hours, week by week: what the balance preference adds the classes to. */
    private int[] baseLoad(TermPlan plan, TermCalendar calendar, int weeks) {
        int[] load = new int[weeks + 1];
        Workload workload = Workload.of(plan, calendar);
        for (WorkloadWeek w : workload.weeks()) {
            int n = term.weekNumber(w.start());
            if (n >= 0 && n < load.length) {
                load[n] += (int) Math.round(w.async() * 60);
            }
        }
        return load;
    }

    /** Something of the plan that a class cannot overlap, with its occurrences in epoch minutes. */
    private record Obstacle(Constraint constraint, long[] intervals) {
    }

    /** The plan's commitments and the sessions of the courses not asked for, each a constraint. */
    private List<Obstacle> obstacles(TermPlan plan, TermCalendar calendar, Set<String> asked) {
        Map<String, List<Occurrence>> byCourse = new LinkedHashMap<>();
        for (Occurrence o : calendar.sessions()) {
            if (!asked.contains(Course.keyOf(o.courseCode()))) {
                byCourse.computeIfAbsent(o.courseCode(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<Long, List<Occurrence>> byCommitment = new LinkedHashMap<>();
        for (Occurrence o : calendar.commitments()) {
            byCommitment.computeIfAbsent(o.itemId(), k -> new ArrayList<>()).add(o);
        }
        List<Obstacle> found = new ArrayList<>();
        int room = MAX_CONSTRAINTS - constraints.size();
        boolean each = byCourse.size() + byCommitment.size() <= Math.min(room, 24);
        if (each) {
            byCourse.forEach((code, list) -> found.add(new Obstacle(constraint(Constraint.Kind.OBSTACLE, "your " + code + " sessions"),
                    minutes(list))));
            for (Commitment m : plan.commitments()) {
                List<Occurrence> list = byCommitment.get(m.id());
                if (list != null) {
                    ZoneId zone = m.effectiveZone(term.studentZone());
                    String where = zone.equals(term.schoolZone()) ? "" : " " + zone.getId();
                    found.add(new Obstacle(constraint(Constraint.Kind.OBSTACLE, "your commitment \"" + m.title() + "\" ("
                            + m.pattern().describe() + where + ")"), minutes(list)));
                }
            }
        } else {
            List<Occurrence> sessions = byCourse.values().stream().flatMap(List::stream).toList();
            List<Occurrence> busy = byCommitment.values().stream().flatMap(List::stream).toList();
            if (!sessions.isEmpty()) {
                found.add(new Obstacle(constraint(Constraint.Kind.OBSTACLE, "your other courses' sessions"), minutes(sessions)));
            }
            if (!busy.isEmpty()) {
                found.add(new Obstacle(constraint(Constraint.Kind.OBSTACLE, "your commitments"), minutes(busy)));
            }
        }
        return found;
    }

    /** Marks the weekly timetable of the courses not asked for (the student's week the results are scored on). */
    private void otherCourses(TermPlan plan, Set<String> asked) {
        for (var session : plan.sessions()) {
            Course course = plan.courseById(session.courseId());
            if (asked.contains(course.codeKey()) || !session.pattern().isPlaced() || session.pattern().crossesMidnight()
                    || session.pattern().meetingDates(term.firstDay(), term.lastDay()).isEmpty()) {
                continue;
            }
            CatalogMeeting as = new CatalogMeeting(session.kind(), session.pattern(), session.location());
            SectionTimes.mark(baseWeek, session.pattern());
            if (SectionTimes.onCampus(as)) {
                for (DayOfWeek d : session.pattern().days()) {
                    baseCampusDays |= 1 << (d.getValue() - 1);
                }
            }
        }
    }

    private static long[] minutes(List<Occurrence> list) {
        long[] pairs = new long[list.size() * 2];
        int n = 0;
        for (Occurrence o : list) {
            pairs[n++] = Math.floorDiv(o.startSecond(), 60);
            pairs[n++] = Math.max(pairs[n - 2] + 1, -Math.floorDiv(-o.endSecond(), 60));
        }
        SectionTimes.sortPairs(pairs);
        return pairs;
    }

    private void buildOptions(Entry e, Set<LocalDate> breakDays, int weeks) {
        List<List<CatalogSection>> parts = new ArrayList<>(e.course.components().values());
        Map<Object, Pattern> byKey = new HashMap<>();
        int[] choice = new int[parts.size()];
        long total = 1;
        for (List<CatalogSection> part : parts) {
            total *= part.size();
        }
        if (total > MAX_OPTIONS_PER_COURSE) {
            throw new Refusal("courses", e.course.code() + " has " + total + " ways to combine its "
                    + String.join(", ", e.course.components().keySet()) + " sections, more than " + MAX_OPTIONS_PER_COURSE
                    + ": lock one of its sections with --lock CRN");
        }
        Map<CatalogSection, long[]> sectionIntervals = new HashMap<>();
        for (List<CatalogSection> part : parts) {
            for (CatalogSection s : part) {
                sectionIntervals.put(s, SectionTimes.intervals(s.meetings(), term, breakDays));
            }
        }
        for (long k = 0; k < total; k++) {
            long rest = k;
            List<CatalogSection> sections = new ArrayList<>(parts.size());
            for (int p = parts.size() - 1; p >= 0; p--) {
                choice[p] = (int) (rest % parts.get(p).size());
                rest /= parts.get(p).size();
            }
            String link = null;
            boolean linked = true;
            for (int p = 0; p < parts.size(); p++) {
                CatalogSection s = parts.get(p).get(choice[p]);
                sections.add(s);
                if (s.link() != null) {
                    if (link != null && !link.equalsIgnoreCase(s.link())) {
                        linked = false;
                    }
                    link = s.link();
                }
            }
            if (!linked) {
                e.linkMismatches++;
                continue;
            }
            SectionOption o = option(e, sections, sectionIntervals, weeks);
            if (o == null) {
                e.selfOverlaps++;
                continue;
            }
            e.options.add(o);
            Pattern p = byKey.computeIfAbsent(o.sameTimesKey(), key -> {
                Pattern made = new Pattern(patterns.size(), e.index, o);
                patterns.add(made);
                return made;
            });
            patternOf.put(o, p);
        }
    }

    private SectionOption option(Entry e, List<CatalogSection> sections, Map<CatalogSection, long[]> sectionIntervals, int weeks) {
        int size = 0;
        for (CatalogSection s : sections) {
            size += sectionIntervals.get(s).length;
        }
        long[] intervals = new long[size];
        List<String> buildingList = new ArrayList<>();
        int n = 0;
        long[] week = new long[7 * SectionTimes.WORDS_PER_DAY];
        int campus = 0;
        int[] dayMinutes = new int[7];
        long timeCost = 0;
        int unpreferred = 0;
        int[] weekMinutes = new int[weeks + 1];
        Map<Long, String> buildingAt = new HashMap<>();
        for (CatalogSection s : sections) {
            long[] own = sectionIntervals.get(s);
            System.arraycopy(own, 0, intervals, n, own.length);
            n += own.length;
            if (!request.preferences().instructors().isEmpty() && !preferred(s)) {
                unpreferred++;
            }
            for (CatalogMeeting m : s.meetings()) {
                if (!m.isPlaced()) {
                    continue;
                }
                SectionTimes.mark(week, m.pattern());
                int startMinute = SectionTimes.minuteOfDay(m.pattern().start());
                for (DayOfWeek d : m.pattern().days()) {
                    dayMinutes[d.getValue() - 1] += (int) m.pattern().minutes();
                    if (SectionTimes.onCampus(m)) {
                        campus |= 1 << (d.getValue() - 1);
                    }
                    timeCost += timeOfDayCost(startMinute, (int) m.pattern().minutes());
                }
                String building = SectionTimes.building(m);
                if (building != null) {
                    for (LocalDate day : m.pattern().meetingDates(term.firstDay(), term.lastDay())) {
                        buildingAt.put(ZonedDateTime.of(day, m.pattern().start(), term.schoolZone()).toEpochSecond() / 60, building);
                    }
                }
            }
        }
        SectionTimes.sortPairs(intervals);
        if (SectionTimes.selfOverlap(intervals)) {
            return null;
        }
        ZoneId zone = term.schoolZone();
        String[] buildings = new String[intervals.length / 2];
        for (int i = 0; i < intervals.length; i += 2) {
            buildings[i / 2] = walkMinutes() > 0 ? buildingAt.get(intervals[i]) : null;
            LocalDate day = Instant.ofEpochSecond(intervals[i] * 60).atZone(zone).toLocalDate();
            int w = term.weekNumber(day);
            if (w >= 0 && w < weekMinutes.length) {
                weekMinutes[w] += (int) (intervals[i + 1] - intervals[i]);
            }
        }
        return new SectionOption(e.index, e.options.size(), sections, intervals, buildings, week, campus, dayMinutes,
                timeCost * request.preferences().timeWeight(), unpreferred, weekMinutes);
    }

    private boolean preferred(CatalogSection s) {
        if (s.instructor() == null) {
            return false;
        }
        String who = s.instructor().toLowerCase(Locale.ROOT);
        return request.preferences().instructors().stream().anyMatch(p -> who.contains(p.toLowerCase(Locale.ROOT)));
    }

    /** Earlier: each class-day costs by how late it ends after 08:00; later: by how early it starts before 22:00. */
    private long timeOfDayCost(int startMinute, int minutes) {
        return switch (request.preferences().timeOfDay()) {
            case EITHER -> 0;
            case EARLIER -> Math.max(0, startMinute + minutes - 8 * 60) / 4;
            case LATER -> Math.max(0, 22 * 60 - startMinute) / 4;
        };
    }

    int walkMinutes() {
        return request.limits().walkMinutes();
    }

    /** The cost an option adds whatever else is chosen: its time of day and its instructors. */
    long additiveCost(SectionOption o) {
        return o.timeCost + UNPREFERRED_COST * o.unpreferred;
    }

    private long limitViolations(SectionOption o, Map<DayOfWeek, Constraint> daysOff, Constraint earliest, Constraint latest) {
        long bits = 0;
        ScheduleLimits limits = request.limits();
        for (CatalogSection s : o.sections) {
            for (CatalogMeeting m : s.meetings()) {
                if (!m.isPlaced()) {
                    continue;
                }
                for (DayOfWeek d : m.pattern().days()) {
                    Constraint off = daysOff.get(d);
                    if (off != null) {
                        bits |= off.bit();
                    }
                }
                if (earliest != null && m.pattern().start().isBefore(limits.earliest())) {
                    bits |= earliest.bit();
                }
                if (latest != null && m.pattern().end().isAfter(limits.latest())) {
                    bits |= latest.bit();
                }
            }
        }
        return bits;
    }

    private long meetingViolations(SectionOption o, Constraint quiet, List<Obstacle> obstacles) {
        long bits = 0;
        if (quiet != null && inQuietHours(o.intervals)) {
            bits |= quiet.bit();
        }
        for (Obstacle ob : obstacles) {
            if (SectionTimes.overlap(o.intervals, ob.intervals())) {
                bits |= ob.constraint().bit();
            }
        }
        return bits;
    }

    private boolean inQuietHours(long[] intervals) {
        var settings = term.conflictSettings();
        int from = SectionTimes.minuteOfDay(settings.quietFrom());
        int to = SectionTimes.minuteOfDay(settings.quietTo());
        int[][] quiet = from < to ? new int[][] {{from, to}, {from + 1440, to + 1440}}
                : new int[][] {{from - 1440, to}, {from, to + 1440}};
        ZoneId student = term.studentZone();
        for (int i = 0; i < intervals.length; i += 2) {
            LocalTime start = Instant.ofEpochSecond(intervals[i] * 60).atZone(student).toLocalTime();
            int s = SectionTimes.minuteOfDay(start);
            int e = s + (int) (intervals[i + 1] - intervals[i]);
            for (int[] q : quiet) {
                if (s < q[1] && q[0] < e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Which patterns of different courses cannot go together. */
    private void conflicts() {
        int n = patterns.size();
        int words = (n + 63) / 64;
        for (Pattern p : patterns) {
            p.overlaps = new long[words];
            p.tooClose = new long[words];
        }
        int walkMinutes = walkMinutes();
        for (int i = 0; i < n; i++) {
            Pattern a = patterns.get(i);
            for (int j = i + 1; j < n; j++) {
                Pattern b = patterns.get(j);
                if (a.course == b.course) {
                    continue;
                }
                if (SectionTimes.overlap(a.first.intervals, b.first.intervals)) {
                    set(a.overlaps, j);
                    set(b.overlaps, i);
                } else if (walkMinutes > 0 && tooClose(a.first, b.first, walkMinutes)) {
                    set(a.tooClose, j);
                    set(b.tooClose, i);
                }
            }
        }
    }

    static void set(long[] bits, int i) {
        bits[i >> 6] |= 1L << (i & 63);
    }

    /** True when one ends less than {@code walk} minutes before the other starts, in another building. */
    static boolean tooClose(SectionOption a, SectionOption b, int walk) {
        return closeAfter(a, b, walk) || closeAfter(b, a, walk);
    }

    private static boolean closeAfter(SectionOption a, SectionOption b, int walk) {
        long[] x = a.intervals;
        long[] y = b.intervals;
        for (int i = 0; i < x.length; i += 2) {
            String from = a.buildings[i / 2];
            if (from == null) {
                continue;
            }
            long end = x[i + 1];
            int k = firstStartAtOrAfter(y, end);
            for (int j = k; j < y.length && y[j] < end + walk; j += 2) {
                String to = b.buildings[j / 2];
                if (to != null && !to.equals(from)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int firstStartAtOrAfter(long[] pairs, long t) {
        int lo = 0;
        int hi = pairs.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[2 * mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return 2 * lo;
    }

    /** A label for the constraints set in {@code mask}, in their order. */
    List<Constraint> constraintsIn(long mask) {
        return constraints.stream().filter(c -> (mask & c.bit()) != 0).toList();
    }

    long allConstraints() {
        return constraints.size() == 64 ? -1L : (1L << constraints.size()) - 1;
    }
}

package org.courseplanner.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.engine.SessionOverlapRule;
import org.courseplanner.domain.engine.TermCalendar;
import org.junit.jupiter.api.Test;

/**
 * The generator against an exhaustive search written without its model: random small catalogs
 * (components, links, half-term and fortnightly sections, untimed ones, a break, the spring DST
 * change), random limits, locks, exclusions and optional courses. Both must count the same
 * time-distinct schedules and find the same best costs; every result must pass the engine's own
 * overlap rule; a "none" must name a set that cannot fit while any smaller part of it can.
 */
class ScheduleGeneratorBruteForceTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final String[] ROOMS = {"DCC 308", "DCC 330", "AE 214", "ONLINE", null};
    private static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY};
    private static final ZoneId[] STUDENT_ZONES = {ZONE, ZoneId.of("Asia/Kolkata"), ZoneId.of("Europe/Berlin"),
        ZoneId.of("Australia/Sydney")};
    private static final int RUNS = Integer.getInteger("bruteforce.runs", 600);

    @Test
    void agreesWithAnExhaustiveSearch() {
        int nones = 0;
        for (int seed = 0; seed < RUNS; seed++) {
            nones += check(seed) ? 1 : 0;
        }
        // both kinds of answer are exercised
        assertThat(nones).isBetween(RUNS / 20, RUNS - RUNS / 20);
    }

    /** True when nothing fit. */
    private boolean check(int seed) {
        Random random = new Random(seed);
        boolean withBreak = random.nextBoolean();
        ZoneId student = STUDENT_ZONES[random.nextInt(STUDENT_ZONES.length)];
        Term term = new Term(0, "T", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 28), ZONE, student,
                withBreak ? List.of(new DateRange("Spring break", LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 19))) : List.of(),
                null, 10, new ConflictSettings(3, 10, LocalTime.of(22, 0), LocalTime.of(7, 0)));
        List<Commitment> commitments = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            // a shift in the student's own zone: the DST changes of the two zones differ in March
            Set<DayOfWeek> days = EnumSet.of(WEEKDAYS[random.nextInt(5)]);
            LocalTime from = LocalTime.of(6 + random.nextInt(14), 0);
            commitments.add(new Commitment(900, 0, "Shift", WeeklyPattern.weekly(days, from, from.plusHours(2)), null));
        }
        List<CatalogSection> sections = new ArrayList<>();
        int courses = 2 + random.nextInt(3);
        int crn = 100;
        List<String> codes = new ArrayList<>();
        for (int c = 0; c < courses; c++) {
            String code = "C " + c;
            codes.add(code);
            int components = random.nextInt(4) == 0 ? 2 : 1;
            for (int p = 0; p < components; p++) {
                String component = p == 0 ? "Lecture" : "Lab";
                int count = 1 + random.nextInt(3);
                for (int s = 0; s < count; s++) {
                    List<CatalogMeeting> meetings = new ArrayList<>();
                    int meetingCount = random.nextInt(8) == 0 ? 0 : 1 + (random.nextInt(4) == 0 ? 1 : 0);
                    for (int m = 0; m < meetingCount; m++) {
                        meetings.add(meeting(random, p == 0 ? SessionKind.LECTURE : SessionKind.LAB));
                    }
                    String link = components > 1 && random.nextInt(3) == 0 ? (random.nextBoolean() ? "A" : "B") : null;
                    String instructor = random.nextBoolean() ? "Ada Lopez" : "Bo Chen";
                    sections.add(new CatalogSection(String.valueOf(crn++), code, code, 3, component.charAt(0) + "" + s, component, link,
                            instructor, meetings));
                }
            }
        }
        Catalog catalog = new Catalog(sections);
        ScheduleRequest request = request(random, codes, sections);
        List<Course> planCourses = new ArrayList<>();
        List<SyncSession> planSessions = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            // a course already in the plan: in the way, and part of the week the days and gaps are counted on
            planCourses.add(new Course(800, 0, "FIX 1", "Fixed", 3, null, Delivery.SYNC, null));
            planSessions.add(new SyncSession(801, 800, SessionKind.LECTURE, meeting(random, SessionKind.LECTURE).pattern(),
                    ROOMS[random.nextInt(ROOMS.length)]));
        }
        TermPlan plan = new TermPlan(term, planCourses, planSessions, List.of(), commitments, List.of());
        ScheduleResults results = new ScheduleGenerator(catalog, plan).generate(request, Progress.NONE);

        Brute brute = new Brute(term, catalog, request, commitments, planSessions);
        String where = "seed " + seed;
        if (Integer.getInteger("bruteforce.show", -1) == seed) {
            show(catalog, plan, request, brute, results);
        }
        assertThat(results.exact()).as(where).isTrue();
        assertThat(results.count()).as(where).isEqualTo(brute.signatures.size());
        List<Long> expectedCosts = brute.signatures.values().stream().sorted().limit(request.top()).toList();
        assertThat(results.best().stream().map(s -> s.score().cost()).toList()).as(where).isEqualTo(expectedCosts);
        for (Schedule s : results.best()) {
            assertThat(overlapFindings(term, s)).as(where + " rank " + s.rank()).isZero();
            assertThat(brute.valid(s.sections())).as(where + " rank " + s.rank()).isTrue();
        }
        if (results.count() == 0) {
            ScheduleModel model = new ScheduleModel(catalog, plan, request);
            NoScheduleExplainer explainer = new NoScheduleExplainer(model);
            long core = 0;
            for (Constraint c : model.constraints) {
                if (results.none().constraints().contains(c.label())) {
                    core |= c.bit();
                }
            }
            assertThat(Long.bitCount(core)).as(where).isEqualTo(results.none().constraints().size());
            assertThat(explainer.fits(core)).as(where + " " + results.none()).isFalse();
            for (Constraint c : model.constraintsIn(core)) {
                assertThat(explainer.fits(core & ~c.bit())).as(where + " without " + c.label() + ": " + results.none()).isTrue();
            }
            assertThat(results.none().reason()).as(where).isNotBlank();
            return true;
        }
        return false;
    }

    /** {@code -Dbruteforce.show=SEED} prints a failing case: the catalog, both answers, the model's options and constraints. */
    private static void show(Catalog catalog, TermPlan plan, ScheduleRequest request, Brute brute, ScheduleResults results) {
        catalog.sections().forEach(x -> System.out.println("section " + x));
        System.out.println("request " + request + "\nexhaustive " + brute.signatures + "\ngenerator " + results);
        ScheduleModel m = new ScheduleModel(catalog, plan, request);
        for (ScheduleModel.Entry e : m.courses) {
            for (SectionOption o : e.options) {
                System.out.println("option " + o.sections.stream().map(CatalogSection::crn).toList() + " breaks " + o.violates
                        + " pattern " + m.patternOf.get(o).index + " (breaks " + m.patternOf.get(o).violates + ") "
                        + java.util.Arrays.toString(o.intervals));
            }
        }
        m.constraints.forEach(c -> System.out.println("constraint " + c));
    }

    private static CatalogMeeting meeting(Random random, SessionKind kind) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int dayCount = 1 + random.nextInt(2);
        while (days.size() < dayCount) {
            days.add(WEEKDAYS[random.nextInt(5)]);
        }
        LocalTime start = LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(12));
        LocalTime end = start.plusMinutes(new int[] {50, 75, 110}[random.nextInt(3)]);
        int every = random.nextInt(6) == 0 ? 2 : 1;
        LocalDate first = null;
        LocalDate last = null;
        if (random.nextInt(5) == 0) {
            boolean firstHalf = random.nextBoolean();
            first = firstHalf ? null : LocalDate.of(2027, 3, 15);
            last = firstHalf ? LocalDate.of(2027, 3, 14) : null;
        }
        if (random.nextInt(8) == 0) {
            return new CatalogMeeting(kind, WeeklyPattern.unplaced(), ROOMS[random.nextInt(ROOMS.length)]);
        }
        return new CatalogMeeting(kind, new WeeklyPattern(days, start, end, every, first, last, null), ROOMS[random.nextInt(ROOMS.length)]);
    }

    private static ScheduleRequest request(Random random, List<String> codes, List<CatalogSection> sections) {
        List<String> required = new ArrayList<>(codes);
        List<String> optional = new ArrayList<>();
        int pick = 0;
        if (codes.size() >= 3 && random.nextInt(3) == 0) {
            optional.add(required.remove(required.size() - 1));
            optional.add(required.remove(required.size() - 1));
            pick = 1 + random.nextInt(2);
        }
        Set<String> locked = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        if (random.nextInt(4) == 0) {
            locked.add(sections.get(random.nextInt(sections.size())).crn());
        }
        if (random.nextInt(4) == 0) {
            String crn = sections.get(random.nextInt(sections.size())).crn();
            if (!locked.contains(crn)) {
                excluded.add(crn);
            }
        }
        Set<DayOfWeek> off = EnumSet.noneOf(DayOfWeek.class);
        if (random.nextInt(3) == 0) {
            off.add(WEEKDAYS[random.nextInt(5)]);
        }
        LocalTime earliest = random.nextInt(4) == 0 ? LocalTime.of(9, 0) : null;
        LocalTime latest = random.nextInt(4) == 0 ? LocalTime.of(13, 0) : null;
        int walk = random.nextInt(3) == 0 ? 20 : 0;
        var time = SchedulePreferences.TimeOfDay.values()[random.nextInt(3)];
        List<String> instructors = random.nextInt(3) == 0 ? List.of("lopez") : List.of();
        var prefs = new SchedulePreferences(random.nextInt(6), random.nextInt(6), time, random.nextInt(6), instructors, random.nextBoolean());
        boolean quiet = random.nextInt(3) == 0;
        return new ScheduleRequest(required, optional, pick, locked, excluded, new ScheduleLimits(off, earliest, latest, walk, quiet),
                prefs, 1 + random.nextInt(6));
    }

    private static int overlapFindings(Term term, Schedule schedule) {
        List<Course> courses = new ArrayList<>();
        List<SyncSession> sessions = new ArrayList<>();
        long id = 1;
        for (CourseChoice choice : schedule.choices()) {
            Course course = new Course(id++, 0, choice.courseCode(), choice.courseTitle(), 3, null, Delivery.SYNC, null);
            courses.add(course);
            for (CatalogSection s : choice.sections()) {
                for (CatalogMeeting m : s.meetings()) {
                    sessions.add(new SyncSession(id++, course.id(), m.kind(), m.pattern(), m.location()));
                }
            }
        }
        TermPlan plan = new TermPlan(term, courses, sessions, List.of(), List.of(), List.of());
        return new SessionOverlapRule().find(TermCalendar.of(plan), term.conflictSettings()).size();
    }

    /** Every combination of sections tried, with the rules of the issue written out plainly. */
    private static final class Brute {
        final Term term;
        final ScheduleRequest request;
        final Set<LocalDate> breakDays = new HashSet<>();
        /** Each time-distinct schedule (a list of per-course signatures) with its lowest cost. */
        final Map<List<String>, Long> signatures = new HashMap<>();
        /** The locked CRN of a course's component, by "COURSEKEY|component". */
        final Map<String, String> lockedSlots = new HashMap<>();

        final List<long[]> busy = new ArrayList<>();

        final List<CatalogSection> fixed = new ArrayList<>();

        Brute(Term term, Catalog catalog, ScheduleRequest request, List<Commitment> commitments, List<SyncSession> planSessions) {
            this.term = term;
            this.request = request;
            for (SyncSession s : planSessions) {
                if (!s.pattern().isPlaced() || s.pattern().meetingDates(term.firstDay(), term.lastDay()).isEmpty()) {
                    continue; // never in the term: neither in the way nor part of the week
                }
                fixed.add(new CatalogSection("fixed" + s.id(), "FIX 1", "Fixed", 3, "01", "Lecture", null, null,
                        List.of(new CatalogMeeting(s.kind(), s.pattern(), s.location()))));
            }
            for (Commitment c : commitments) {
                for (LocalDate d : c.pattern().meetingDates(term.firstDay(), term.lastDay())) {
                    long from = java.time.ZonedDateTime.of(d, c.pattern().start(), term.studentZone()).toEpochSecond();
                    busy.add(new long[] {from, from + c.pattern().minutes() * 60});
                }
            }
            term.breaks().forEach(b -> b.first().datesUntil(b.last().plusDays(1)).forEach(breakDays::add));
            List<String> courses = new ArrayList<>(request.required());
            for (String crn : request.locked()) {
                CatalogSection s = catalog.requireSection(crn);
                lockedSlots.put(s.courseKey() + "|" + s.component().toLowerCase(Locale.ROOT), crn);
            }
            for (String crn : request.locked()) {
                String code = catalog.requireSection(crn).courseCode();
                if (!courses.contains(code) && !request.optional().contains(code)) {
                    courses.add(code);
                }
            }
            List<List<List<CatalogSection>>> ways = new ArrayList<>();
            for (String code : courses) {
                ways.add(ways(catalog.requireCourse(code)));
            }
            List<List<List<CatalogSection>>> optionalWays = new ArrayList<>();
            for (String code : request.optional()) {
                optionalWays.add(ways(catalog.requireCourse(code)));
            }
            for (int mask = 0; mask < 1 << optionalWays.size(); mask++) {
                if (Integer.bitCount(mask) != request.pick()) {
                    continue;
                }
                List<List<List<CatalogSection>>> all = new ArrayList<>(ways);
                for (int i = 0; i < optionalWays.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        all.add(optionalWays.get(i));
                    }
                }
                combine(all, 0, new ArrayList<>());
            }
        }

        private List<List<CatalogSection>> ways(CatalogCourse course) {
            List<List<CatalogSection>> ways = new ArrayList<>();
            ways.add(List.of());
            for (List<CatalogSection> part : course.components().values()) {
                List<List<CatalogSection>> more = new ArrayList<>();
                for (List<CatalogSection> w : ways) {
                    for (CatalogSection s : part) {
                        List<CatalogSection> next = new ArrayList<>(w);
                        next.add(s);
                        more.add(next);
                    }
                }
                ways = more;
            }
            return ways.stream().filter(this::valid).toList();
        }

        /** A course's way, or a whole schedule: links agree per course, limits hold, nothing overlaps or is too close. */
        boolean valid(List<CatalogSection> sections) {
            Map<String, String> links = new HashMap<>();
            for (CatalogSection s : sections) {
                if (request.excluded().contains(s.crn())) {
                    return false;
                }
                String locked = lockedSlots.get(s.courseKey() + "|" + s.component().toLowerCase(Locale.ROOT));
                if (locked != null && !locked.equals(s.crn())) {
                    return false;
                }
                if (s.link() != null) {
                    String before = links.putIfAbsent(s.courseKey(), s.link());
                    if (before != null && !before.equals(s.link())) {
                        return false;
                    }
                }
                for (CatalogMeeting m : s.meetings()) {
                    if (!m.isPlaced()) {
                        continue;
                    }
                    ScheduleLimits limits = request.limits();
                    if (m.pattern().days().stream().anyMatch(limits.daysOff()::contains)
                            || limits.earliest() != null && m.pattern().start().isBefore(limits.earliest())
                            || limits.latest() != null && m.pattern().end().isAfter(limits.latest())) {
                        return false;
                    }
                }
            }
            List<Meeting> all = meetings(sections);
            for (Meeting m : all) {
                java.time.ZonedDateTime start = java.time.ZonedDateTime.of(m.day, m.start, term.schoolZone());
                long from = start.toEpochSecond();
                long to = from + ChronoUnit.SECONDS.between(m.start, m.end);
                for (long[] b : busy) {
                    if (from < b[1] && b[0] < to) {
                        return false;
                    }
                }
                if (request.limits().outsideQuietHours()) {
                    // quiet 22:00-07:00 in the student's zone, on the evening before and of the meeting's local day
                    LocalDate local = start.withZoneSameInstant(term.studentZone()).toLocalDate();
                    for (LocalDate night = local.minusDays(1); !night.isAfter(local); night = night.plusDays(1)) {
                        long quietFrom = night.atTime(22, 0).atZone(term.studentZone()).toEpochSecond();
                        long quietTo = night.plusDays(1).atTime(7, 0).atZone(term.studentZone()).toEpochSecond();
                        if (from < quietTo && quietFrom < to) {
                            return false;
                        }
                    }
                }
            }
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    Meeting a = all.get(i);
                    Meeting b = all.get(j);
                    if (!a.day.equals(b.day)) {
                        continue;
                    }
                    if (a.start.isBefore(b.end) && b.start.isBefore(a.end)) {
                        return false;
                    }
                    int walk = request.limits().walkMinutes();
                    boolean differentCourses = !a.course.equals(b.course);
                    if (walk > 0 && differentCourses && a.building != null && b.building != null && !a.building.equals(b.building)
                            && (gap(a, b) >= 0 && gap(a, b) < walk || gap(b, a) >= 0 && gap(b, a) < walk)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static long gap(Meeting first, Meeting then) {
            return ChronoUnit.MINUTES.between(first.end, then.start);
        }

        record Meeting(String course, LocalDate day, LocalTime start, LocalTime end, String building, boolean campus, DayOfWeek weekday) {
        }

        private List<Meeting> meetings(List<CatalogSection> sections) {
            List<Meeting> out = new ArrayList<>();
            for (CatalogSection s : sections) {
                for (CatalogMeeting m : s.meetings()) {
                    if (!m.isPlaced()) {
                        continue;
                    }
                    for (LocalDate d : m.pattern().meetingDates(term.firstDay(), term.lastDay())) {
                        if (!breakDays.contains(d)) {
                            out.add(new Meeting(s.courseKey(), d, m.pattern().start(), m.pattern().end(), building(m.location()),
                                    campus(m.location()), d.getDayOfWeek()));
                        }
                    }
                }
            }
            return out;
        }

        private static boolean campus(String room) {
            return room == null || !room.equalsIgnoreCase("ONLINE");
        }

        private static String building(String room) {
            return room == null || !campus(room) ? null : room.split(" ")[0].toUpperCase(Locale.ROOT);
        }

        private void combine(List<List<List<CatalogSection>>> ways, int i, List<List<CatalogSection>> chosen) {
            if (i == ways.size()) {
                List<CatalogSection> all = chosen.stream().flatMap(List::stream).toList();
                if (!valid(all) || clashesWithFixed(all)) {
                    return;
                }
                List<String> signature = new ArrayList<>();
                long cost = 0;
                for (List<CatalogSection> way : chosen) {
                    signature.add(signature(way));
                }
                signature.sort(null);
                List<CatalogSection> week = new ArrayList<>(all);
                week.addAll(fixed);
                cost = cost(week, all);
                signatures.merge(signature, cost, Math::min);
                return;
            }
            for (List<CatalogSection> way : ways.get(i)) {
                chosen.add(way);
                combine(ways, i + 1, chosen);
                chosen.remove(chosen.size() - 1);
            }
        }

        private String signature(List<CatalogSection> way) {
            StringBuilder s = new StringBuilder(way.isEmpty() ? "" : way.get(0).courseKey()).append(':');
            List<String> items = new ArrayList<>();
            for (Meeting m : meetings(way)) {
                items.add(m.day + "T" + m.start + "-" + m.end + (request.limits().walkMinutes() > 0 ? "@" + m.building : ""));
            }
            items.sort(null);
            s.append(items);
            List<String> timetable = new ArrayList<>();
            for (CatalogSection c : way) {
                for (CatalogMeeting m : c.meetings()) {
                    if (m.isPlaced()) {
                        for (DayOfWeek d : m.pattern().days()) {
                            timetable.add(d + " " + m.pattern().start() + "-" + m.pattern().end() + (campus(m.location()) ? " room" : " online"));
                        }
                    }
                }
            }
            timetable.sort(null);
            return s.append(timetable).toString();
        }

        /** The ranking's cost, from its definition in SchedulePreferences and ADR 21. */
        private boolean clashesWithFixed(List<CatalogSection> chosen) {
            if (fixed.isEmpty() || chosen.isEmpty()) {
                return false;
            }
            for (Meeting a : meetings(chosen)) {
                for (Meeting b : meetings(fixed)) {
                    if (a.day.equals(b.day) && a.start.isBefore(b.end) && b.start.isBefore(a.end)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Days and gaps over the whole week ({@code all}, the plan's fixed course included); the rest over the chosen sections. */
        private long cost(List<CatalogSection> all, List<CatalogSection> chosenOnly) {
            SchedulePreferences p = request.preferences();
            Set<DayOfWeek> campusDays = EnumSet.noneOf(DayOfWeek.class);
            Map<DayOfWeek, boolean[]> busy = new TreeMap<>();
            long timeCost = 0;
            int unpreferred = 0;
            for (CatalogSection s : all) {
                boolean isChosen = chosenOnly.contains(s);
                if (isChosen && !p.instructors().isEmpty() && (s.instructor() == null
                        || p.instructors().stream().noneMatch(i -> s.instructor().toLowerCase(Locale.ROOT).contains(i)))) {
                    unpreferred++;
                }
                for (CatalogMeeting m : s.meetings()) {
                    if (!m.isPlaced()) {
                        continue;
                    }
                    int from = m.pattern().start().toSecondOfDay() / 60;
                    int to = m.pattern().end().toSecondOfDay() / 60;
                    for (DayOfWeek d : m.pattern().days()) {
                        if (campus(m.location())) {
                            campusDays.add(d);
                        }
                        boolean[] minutes = busy.computeIfAbsent(d, k -> new boolean[1440]);
                        for (int t = from; t < to; t++) {
                            minutes[t] = true;
                        }
                        timeCost += !isChosen ? 0 : switch (p.timeOfDay()) {
                            case EITHER -> 0;
                            case EARLIER -> Math.max(0, to - 480) / 4;
                            case LATER -> Math.max(0, 1320 - from) / 4;
                        };
                    }
                }
            }
            int gaps = 0;
            for (boolean[] minutes : busy.values()) {
                int first = -1;
                int last = -1;
                int count = 0;
                for (int t = 0; t < 1440; t++) {
                    if (minutes[t]) {
                        first = first < 0 ? t : first;
                        last = t;
                        count++;
                    }
                }
                gaps += last - first + 1 - count;
            }
            int[] weeks = new int[10];
            for (Meeting m : meetings(chosenOnly)) {
                weeks[term.weekNumber(m.day)] += (int) ChronoUnit.MINUTES.between(m.start, m.end);
            }
            int peak = java.util.Arrays.stream(weeks).max().orElse(0);
            return p.fewerDays() * 120L * campusDays.size() + (long) p.fewerGaps() * gaps + timeCost * p.timeWeight()
                    + 200L * unpreferred + (p.balanceWeeks() ? 2L * peak : 0);
        }
    }
}

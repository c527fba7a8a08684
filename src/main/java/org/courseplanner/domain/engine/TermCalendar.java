package org.courseplanner.domain.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;

/**
 * Every concrete occurrence of a term: sessions on their days minus breaks and skipped dates,
 * commitments in their own zone (breaks do not cancel them), module windows and their deadlines
 * (breaks do not cancel them either), and study blocks (a module's, or a course's homework).
 *
 * <p>Wall-clock times are turned into instants with {@link ZonedDateTime#of}: a time that does
 * not exist (in a spring-forward gap) moves later by the length of the gap, and a time that
 * happens twice (fall back) takes the earlier of its two offsets.
 *
 * @param studyModules     the module of each module's study block, by the block's id
 * @param homeworkCourses the course of each homework block, by the block's id; its occurrence's number is the term week
 */
public record TermCalendar(Term term, List<Occurrence> sessions, List<Occurrence> commitments, List<Occurrence> studyBlocks,
                           List<Occurrence> deadlines, List<ModuleWindowOccurrence> windows, Map<Long, Long> studyModules,
                           Map<Long, Long> homeworkCourses) {

    /** By start, then end, then item: one comparison, not a chain of three (a year's plan sorts 100k occurrences). */
    static final Comparator<Occurrence> BY_START = (a, b) -> {
        int c = Long.compare(a.startSecond(), b.startSecond());
        if (c == 0) {
            c = Long.compare(a.endSecond(), b.endSecond());
        }
        return c != 0 ? c : Long.compare(a.itemId(), b.itemId());
    };

    /** Expands everything in the plan. */
    public static TermCalendar of(TermPlan plan) {
        Term term = plan.term();
        Set<LocalDate> breakDays = new HashSet<>();
        for (var b : term.breaks()) {
            b.first().datesUntil(b.last().plusDays(1)).forEach(breakDays::add);
        }
        Map<Long, Course> courses = new HashMap<>();
        plan.courses().forEach(c -> courses.put(c.id(), c));
        List<SeriesExpansion.Series> sessionSeries = new ArrayList<>();
        for (SyncSession s : plan.sessions()) {
            Course c = courses.get(s.courseId());
            sessionSeries.add(new SeriesExpansion.Series(OccurrenceType.SESSION, s.id(), c.code(), c.code() + " " + s.kind().title(),
                    s.pattern(), term.schoolZone(), s.location()));
        }
        List<SeriesExpansion.Series> commitmentSeries = new ArrayList<>();
        for (Commitment m : plan.commitments()) {
            commitmentSeries.add(new SeriesExpansion.Series(OccurrenceType.COMMITMENT, m.id(), null, m.title(), m.pattern(),
                    m.effectiveZone(term.studentZone()), null));
        }
        List<Occurrence> sessions = SeriesExpansion.expand(sessionSeries, term.firstDay(), term.lastDay(), breakDays);
        List<Occurrence> commitments = SeriesExpansion.expand(commitmentSeries, term.firstDay(), term.lastDay(), Set.of());
        List<Occurrence> deadlines = new ArrayList<>();
        List<ModuleWindowOccurrence> windows = new ArrayList<>();
        for (AsyncModule m : plan.modules()) {
            Course c = plan.courseById(m.courseId());
            for (int n = 1; n <= m.schedule().windows(); n++) {
                if (m.skippedWeeks().contains(n)) {
                    continue;
                }
                ZonedDateTime opens = at(m.opens(n), term.schoolZone());
                ZonedDateTime due = at(m.due(n), term.schoolZone());
                String title = c.code() + " " + m.windowTitle(n);
                windows.add(new ModuleWindowOccurrence(m.id(), c.id(), c.code(), title, n, opens, due, m.effortHours(),
                        m.doneWeeks().contains(n)));
                deadlines.add(new Occurrence(OccurrenceType.DEADLINE, m.id(), c.code(), title + " due", due, due, n, null));
            }
        }
        List<Occurrence> study = new ArrayList<>();
        WallClock school = new WallClock(term.schoolZone());
        Map<Long, Long> studyModules = new HashMap<>();
        Map<Long, Long> homeworkCourses = new HashMap<>();
        Map<Long, AsyncModule> modulesById = new HashMap<>();
        plan.modules().forEach(m -> modulesById.put(m.id(), m));
        for (StudyBlock b : plan.studyBlocks()) {
            AsyncModule m = b.isHomework() ? null : modulesById.get(b.moduleId());
            Course c = courses.get(b.isHomework() ? b.courseId() : m == null ? -1 : m.courseId());
            if (c == null) {
                throw new IllegalStateException("study block " + b.id() + " belongs to no module or course of term " + term.name());
            }
            if (b.isHomework()) {
                homeworkCourses.put(b.id(), c.id());
            } else {
                studyModules.put(b.id(), m.id());
            }
            long start = school.epochSecond(b.start().toLocalDate().toEpochDay(), b.start().toLocalTime().toSecondOfDay());
            long end = school.epochSecond(b.end().toLocalDate().toEpochDay(), b.end().toLocalTime().toSecondOfDay());
            String title = c.code() + (b.isHomework() ? " homework" : " " + m.windowTitle(b.week()) + " study");
            study.add(new Occurrence(OccurrenceType.STUDY, b.id(), c.code(), title, start,
                    end > start ? end : start + b.minutes() * 60L, school.zone(), b.week(), null));
        }
        sortByStart(study);
        sortByStart(deadlines);
        windows.sort(Comparator.comparingLong((ModuleWindowOccurrence w) -> w.due().toEpochSecond())
                .thenComparingLong(ModuleWindowOccurrence::moduleId));
        return new TermCalendar(term, List.copyOf(sessions), List.copyOf(commitments), List.copyOf(study), List.copyOf(deadlines),
                List.copyOf(windows), Map.copyOf(studyModules), Map.copyOf(homeworkCourses));
    }

    /**
     * Sorts as {@link #BY_START} does, faster: by start as primitive longs (start and position
     * packed in one long, as {@link SeriesExpansion} sorts a chunk of meetings), then each run of
     * equal starts by end and item. A year's plan sorts 100k occurrences after every edit.
     */
    static void sortByStart(List<Occurrence> list) {
        int n = list.size();
        if (n < 64) {
            list.sort(BY_START);
            return;
        }
        long min = Long.MAX_VALUE;
        for (Occurrence o : list) {
            min = Math.min(min, o.startSecond());
        }
        List<Occurrence> sorted = SeriesExpansion.sortedByStart(list.toArray(new Occurrence[0]), min);
        for (int i = 0; i < n; i++) {
            list.set(i, sorted.get(i));
        }
    }

    private static ZonedDateTime at(LocalDateTime wallClock, ZoneId zone) {
        return ZonedDateTime.of(wallClock, zone);
    }

    /** True for the occurrence of a course's homework block (its number is the term week). */
    public boolean isHomework(Occurrence o) {
        return o.type() == OccurrenceType.STUDY && homeworkCourses.containsKey(o.itemId());
    }

    /** All occurrences of every type, by start. */
    public List<Occurrence> all() {
        List<Occurrence> all = new ArrayList<>(sessions);
        all.addAll(commitments);
        all.addAll(studyBlocks);
        all.addAll(deadlines);
        all.sort(BY_START);
        return all;
    }

    /** Occurrences that touch the days {@code from}..{@code to} (both included) in {@code zone}. */
    public List<Occurrence> between(LocalDate from, LocalDate to, ZoneId zone) {
        long start = from.atStartOfDay(zone).toEpochSecond();
        long end = to.plusDays(1).atStartOfDay(zone).toEpochSecond();
        List<Occurrence> found = new ArrayList<>();
        for (List<Occurrence> kind : List.of(sessions, commitments, studyBlocks, deadlines)) {
            addBetween(kind, start, end, found);
        }
        found.sort(BY_START);
        return found;
    }

    /**
     * Adds the occurrences of {@code sorted} (by start) that run into [start, end), or start at
     * {@code start}: a binary search to the first start that could reach {@code start} (by the
     * longest occurrence of the list), then a scan to {@code end}. A week of a term is found
     * without looking at the rest of it.
     */
    private static void addBetween(List<Occurrence> sorted, long start, long end, List<Occurrence> found) {
        long longest = 0;
        for (Occurrence o : sorted) {
            longest = Math.max(longest, o.endSecond() - o.startSecond());
        }
        long reach = start - longest;
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).startSecond() < reach) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sorted.size() && sorted.get(i).startSecond() < end; i++) {
            Occurrence o = sorted.get(i);
            if (o.endSecond() > start || o.startSecond() == start) {
                found.add(o);
            }
        }
    }
}

package org.courseplanner.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;

/**
 * The calendar's fast expansion (primitive days, remembered offsets, chunks side by side, merged
 * keys) gives exactly what a plain one gives: every date of the term tested against the pattern,
 * each time a {@link ZonedDateTime}, one stable sort. Random plans in zones with different DST
 * rules (New York, London, Sydney in the southern hemisphere), times near the changes, night
 * shifts, breaks, skipped dates and plans big enough to be cut into chunks.
 */
class TermCalendarReferenceTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/London"),
            ZoneId.of("Australia/Sydney"));
    private static final Comparator<Occurrence> START_END_ITEM = Comparator.comparingLong(Occurrence::startSecond)
            .thenComparingLong(Occurrence::endSecond).thenComparingLong(Occurrence::itemId);

    @Property(tries = 40)
    void expandsAsAPlainExpansionDoes(@ForAll @IntRange(min = 0, max = 3 * SeriesExpansion.SERIES_PER_CHUNK) int series,
                                      @ForAll long seed) {
        TermPlan plan = randomPlan(new Random(seed), series);

        TermCalendar calendar = TermCalendar.of(plan);

        assertThat(calendar.sessions()).containsExactlyElementsOf(referenceSessions(plan));
        assertThat(calendar.commitments()).containsExactlyElementsOf(referenceCommitments(plan));
        assertThat(calendar.studyBlocks()).containsExactlyElementsOf(referenceStudy(plan));
    }

    @Property(tries = 10)
    void aBigPlanCutIntoChunksKeepsTiesInSeriesOrder(@ForAll long seed) {
        // many series on few times: long runs of equal starts, ends and items across chunk borders
        Random random = new Random(seed);
        TermPlan plan = randomPlan(random, 4 * SeriesExpansion.SERIES_PER_CHUNK + random.nextInt(100));

        assertThat(TermCalendar.of(plan).sessions()).containsExactlyElementsOf(referenceSessions(plan));
    }

    private static TermPlan randomPlan(Random random, int series) {
        ZoneId school = ZONES.get(random.nextInt(ZONES.size()));
        ZoneId student = ZONES.get(random.nextInt(ZONES.size()));
        LocalDate first = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
        LocalDate last = first.plusDays(random.nextInt(365)); // a term lasts at most a year
        List<DateRange> breaks = new ArrayList<>();
        int days = (int) ChronoUnit.DAYS.between(first, last);
        for (int b = random.nextInt(3); b > 0; b--) {
            LocalDate from = first.plusDays(random.nextInt(days + 1));
            LocalDate to = from.plusDays(random.nextInt(10));
            breaks.add(new DateRange("Break " + b, from, to.isAfter(last) ? last : to));
        }
        Term term = new Term(1, "Random", first, last, school, student, breaks, null, 10, null);
        List<Course> courses = List.of(new Course(10, 1, "CS 1", "One", 3, "#4E79A7", Delivery.HYBRID, null),
                new Course(11, 1, "CS 2", "Two", 3, "#4E79A7", Delivery.HYBRID, null));
        List<SyncSession> sessions = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            // few distinct ids: equal items meet at equal times, so ties must keep series order
            long id = 100 + random.nextInt(Math.max(1, series / 3));
            if (random.nextInt(6) == 0) {
                ZoneId zone = random.nextBoolean() ? null : ZONES.get(random.nextInt(ZONES.size()));
                commitments.add(new Commitment(id, 1, "Shift", randomPattern(random, first, true), zone));
            } else {
                sessions.add(new SyncSession(id, 10 + random.nextInt(2), SessionKind.LECTURE, randomPattern(random, first, false),
                        random.nextBoolean() ? null : "Room " + random.nextInt(3)));
            }
        }
        List<AsyncModule> modules = List.of(new AsyncModule(300, 10, "Module", 3,
                new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.SUNDAY, LocalTime.of(23, 59), 8, first), Set.of(), Set.of()));
        List<StudyBlock> study = new ArrayList<>();
        for (int b = random.nextInt(40); b > 0; b--) {
            LocalDateTime at = first.plusDays(random.nextInt(400)).atTime(randomTime(random));
            study.add(new StudyBlock(400 + b, 300, 1 + random.nextInt(8), at, 5 * (1 + random.nextInt(40))));
        }
        return new TermPlan(term, courses, sessions, modules, commitments, study);
    }

    /** A class ends on the day it starts; a shift may run past midnight. */
    private static WeeklyPattern randomPattern(Random random, LocalDate termStart, boolean nights) {
        if (!nights && random.nextInt(30) == 0) {
            return WeeklyPattern.unplaced(); // a class still TBA
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int d = 1 + random.nextInt(3); d > 0; d--) {
            days.add(DayOfWeek.of(1 + random.nextInt(7)));
        }
        LocalTime start = randomTime(random);
        LocalTime end = start.plusMinutes(15L * (1 + random.nextInt(40)));
        if (!nights && !end.isAfter(start)) {
            end = LocalTime.of(23, 59);
        }
        LocalDate firstDate = random.nextInt(3) == 0 ? termStart.plusDays(random.nextInt(200) - 30) : null;
        LocalDate lastDate = random.nextInt(3) == 0 ? termStart.plusDays(200 + random.nextInt(200)) : null;
        Set<LocalDate> skipped = new TreeSet<>();
        for (int k = random.nextInt(4) == 0 ? random.nextInt(5) : 0; k > 0; k--) {
            skipped.add(termStart.plusDays(random.nextInt(400)));
        }
        return new WeeklyPattern(days, start, end, 1 + random.nextInt(3), firstDate, lastDate, skipped);
    }

    /** Often in the hours the clocks change (01:00 to 03:59), else any quarter hour. */
    private static LocalTime randomTime(Random random) {
        return random.nextBoolean() ? LocalTime.of(1 + random.nextInt(3), 5 * random.nextInt(12))
                : LocalTime.of(0, 0).plusMinutes(15L * random.nextInt(96));
    }

    private static List<Occurrence> referenceSessions(TermPlan plan) {
        Term term = plan.term();
        List<Occurrence> all = new ArrayList<>();
        for (SyncSession s : plan.sessions()) {
            String code = plan.courseById(s.courseId()).code();
            for (LocalDate day : referenceDates(s.pattern(), term.firstDay(), term.lastDay())) {
                if (term.breaks().stream().noneMatch(b -> !day.isBefore(b.first()) && !day.isAfter(b.last()))) {
                    all.add(referenceMeeting(OccurrenceType.SESSION, s.id(), code, code + " " + s.kind().title(), day, s.pattern(),
                            term.schoolZone(), s.location()));
                }
            }
        }
        all.sort(START_END_ITEM);
        return all;
    }

    private static List<Occurrence> referenceCommitments(TermPlan plan) {
        Term term = plan.term();
        List<Occurrence> all = new ArrayList<>();
        for (Commitment m : plan.commitments()) {
            for (LocalDate day : referenceDates(m.pattern(), term.firstDay(), term.lastDay())) {
                all.add(referenceMeeting(OccurrenceType.COMMITMENT, m.id(), null, m.title(), day, m.pattern(),
                        m.effectiveZone(term.studentZone()), null));
            }
        }
        all.sort(START_END_ITEM);
        return all;
    }

    private static List<Occurrence> referenceStudy(TermPlan plan) {
        ZoneId zone = plan.term().schoolZone();
        AsyncModule module = plan.modules().get(0);
        String code = plan.courseById(module.courseId()).code();
        List<Occurrence> all = new ArrayList<>();
        for (StudyBlock b : plan.studyBlocks()) {
            ZonedDateTime start = ZonedDateTime.of(b.start(), zone);
            ZonedDateTime end = ZonedDateTime.of(b.end(), zone);
            all.add(new Occurrence(OccurrenceType.STUDY, b.id(), code, code + " " + module.windowTitle(b.week()) + " study", start,
                    end.isAfter(start) ? end : start.plusMinutes(b.minutes()), b.week(), null));
        }
        all.sort(START_END_ITEM);
        return all;
    }

    /** Each day of the term tested on its own: its weekday, its week counted from the series' first, its bounds, its skips. */
    private static List<LocalDate> referenceDates(WeeklyPattern p, LocalDate first, LocalDate last) {
        List<LocalDate> dates = new ArrayList<>();
        if (!p.isPlaced()) {
            return dates;
        }
        LocalDate anchor = p.firstDate() != null ? p.firstDate() : first;
        LocalDate firstMeeting = p.days().stream().map(d -> anchor.with(TemporalAdjusters.nextOrSame(d))).min(LocalDate::compareTo).orElseThrow();
        LocalDate firstMonday = firstMeeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            long weeks = ChronoUnit.WEEKS.between(firstMonday, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (p.days().contains(day.getDayOfWeek()) && weeks >= 0 && weeks % p.everyWeeks() == 0
                    && (p.firstDate() == null || !day.isBefore(p.firstDate())) && (p.lastDate() == null || !day.isAfter(p.lastDate()))
                    && !p.skippedDates().contains(day)) {
                dates.add(day);
            }
        }
        return dates;
    }

    private static Occurrence referenceMeeting(OccurrenceType type, long id, String code, String title, LocalDate day, WeeklyPattern p,
                                               ZoneId zone, String place) {
        ZonedDateTime start = ZonedDateTime.of(day, p.start(), zone);
        ZonedDateTime end = ZonedDateTime.of(p.crossesMidnight() ? day.plusDays(1) : day, p.end(), zone);
        if (!end.isAfter(start)) {
            end = start.plusMinutes(p.minutes());
        }
        return new Occurrence(type, id, code, title, start, end, 0, place);
    }
}

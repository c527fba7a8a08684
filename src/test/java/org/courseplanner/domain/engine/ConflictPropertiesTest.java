package org.courseplanner.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;

/**
 * On random plans, the overlap rules report exactly what comparing every pair of occurrences finds:
 * the overlapping pairs (commitment-overlap, study-overlap) and the groups of sessions joined by
 * overlaps (session-overlap).
 */
class ConflictPropertiesTest {
    /** Five weeks over the end of DST in Europe (Oct 25) and in the US (Nov 1). */
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 12);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 15);
    private static final int TERM_DAYS = 35;
    private static final List<String> ZONES = List.of("America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata");

    record SessionSpec(Set<DayOfWeek> days, int start, int minutes, int every, Integer firstOffset, int span, Integer skipOffset) {
    }

    record CommitmentSpec(Set<DayOfWeek> days, int start, int minutes, int every, String zone) {
    }

    record StudySpec(int dayOffset, int start, int minutes, int week) {
    }

    @Property(tries = 200)
    void overlapRulesFindExactlyThePairsThatOverlap(@ForAll("plans") TermPlan plan) {
        TermCalendar calendar = TermCalendar.of(plan);
        var settings = plan.term().conflictSettings();

        Map<String, Integer> found = new TreeMap<>();
        assertThat(ClashReference.counted(new SessionOverlapRule().find(calendar, settings)))
                .isEqualTo(ClashReference.clashes(calendar.sessions()));
        for (ConflictRule rule : List.of(new CommitmentOverlapRule(), new StudyOverlapRule())) {
            for (Finding f : rule.find(calendar, settings)) {
                assertThat(f.itemIds()).hasSize(2);
                assertThat(f.count()).isPositive();
                assertThat(f.overlapMinutes()).isPositive();
                assertThat(f.first()).isBeforeOrEqualTo(f.last());
                found.merge(key(f.rule(), f.itemIds().get(0), f.itemIds().get(1)), f.count(), Integer::sum);
            }
        }

        assertThat(found).isEqualTo(bruteForce(calendar));
        Statistics.collect(found.isEmpty() ? "no overlaps" : "overlaps");
        Statistics.coverage(coverage -> coverage.check("overlaps").percentage(p -> p > 30));
    }

    @Property(tries = 100)
    void everyRuleRunsOnRandomPlans(@ForAll("plans") TermPlan plan) {
        assertThatCode(() -> ConflictFinder.find(TermCalendar.of(plan), plan.term().conflictSettings())).doesNotThrowAnyException();
    }

    /** Every pair of occurrences, compared with {@link Occurrence#overlaps}. */
    private static Map<String, Integer> bruteForce(TermCalendar calendar) {
        Map<String, Integer> pairs = new TreeMap<>();
        List<Occurrence> sessions = calendar.sessions();
        List<Occurrence> commitments = calendar.commitments();
        List<Occurrence> study = calendar.studyBlocks();
        for (int i = 0; i < sessions.size(); i++) {
            for (Occurrence c : commitments) {
                count(pairs, "commitment-overlap", sessions.get(i), c);
            }
        }
        List<Occurrence> busy = new ArrayList<>(sessions);
        busy.addAll(commitments);
        for (int i = 0; i < study.size(); i++) {
            for (Occurrence b : busy) {
                count(pairs, "study-overlap", study.get(i), b);
            }
            for (int j = i + 1; j < study.size(); j++) {
                count(pairs, "study-overlap", study.get(i), study.get(j));
            }
        }
        return pairs;
    }

    private static void count(Map<String, Integer> pairs, String rule, Occurrence a, Occurrence b) {
        if (a.overlaps(b)) {
            pairs.merge(key(rule, a.itemId(), b.itemId()), 1, Integer::sum);
        }
    }

    private static String key(String rule, long a, long b) {
        return rule + " " + Math.min(a, b) + "/" + Math.max(a, b);
    }

    // ---- generators

    @Provide
    Arbitrary<TermPlan> plans() {
        return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.of(ZONES).injectNull(0.2), sessions().list().ofMinSize(1).ofMaxSize(6),
                commitments().list().ofMaxSize(3), studyBlocks().list().ofMaxSize(5), Arbitraries.of(true, false))
                .as(ConflictPropertiesTest::plan);
    }

    /** Mostly daytime quarter hours, so that things collide; now and then any five minutes of the day. */
    private static Arbitrary<Integer> startMinute(int fromQuarter, int toQuarter) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(fromQuarter, toQuarter).map(q -> q * 15)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 287).map(f -> f * 5)));
    }

    private static Arbitrary<Set<DayOfWeek>> days() {
        return Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(4);
    }

    private static Arbitrary<SessionSpec> sessions() {
        return Combinators.combine(days(), startMinute(28, 80), Arbitraries.integers().between(1, 16).map(q -> q * 15),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, TERM_DAYS - 1).injectNull(0.7),
                Arbitraries.integers().between(0, TERM_DAYS), Arbitraries.integers().between(0, TERM_DAYS - 1).injectNull(0.7))
                .as(SessionSpec::new);
    }

    private static Arbitrary<CommitmentSpec> commitments() {
        return Combinators.combine(days(), startMinute(24, 92), Arbitraries.integers().between(1, 48).map(q -> q * 15),
                Arbitraries.integers().between(1, 2), Arbitraries.of(ZONES).injectNull(0.5))
                .as(CommitmentSpec::new);
    }

    private static Arbitrary<StudySpec> studyBlocks() {
        return Combinators.combine(Arbitraries.integers().between(0, TERM_DAYS - 1), startMinute(28, 88),
                Arbitraries.integers().between(1, 12).map(q -> q * 15), Arbitraries.integers().between(1, 5))
                .as(StudySpec::new);
    }

    private static TermPlan plan(String school, String student, List<SessionSpec> sessions, List<CommitmentSpec> commitments,
                                 List<StudySpec> study, boolean withBreak) {
        PlanBuilder plan = PlanBuilder.term(FIRST.toString(), LAST.toString(), school).student(student == null ? school : student)
                .course(10, "CS 101", "Intro to Programming", 4, Delivery.SYNC)
                .course(11, "MATH 200", "Linear Algebra", 3, Delivery.HYBRID)
                .module(30, 11, "Unit", 3, new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.SUNDAY,
                        LocalTime.of(23, 59), 5, FIRST));
        if (withBreak) {
            plan.breakOf("Fall break", "2026-10-19", "2026-10-20");
        }
        for (int i = 0; i < sessions.size(); i++) {
            SessionSpec s = sessions.get(i);
            LocalTime start = LocalTime.MIN.plusMinutes(s.start());
            LocalTime end = LocalTime.MIN.plusMinutes(Math.min(s.start() + s.minutes(), 23 * 60 + 59));
            LocalDate first = s.firstOffset() == null ? null : FIRST.plusDays(s.firstOffset());
            LocalDate last = first == null ? null : first.plusDays(s.span());
            Set<LocalDate> skipped = s.skipOffset() == null ? Set.of() : Set.of(FIRST.plusDays(s.skipOffset()));
            plan.session(100 + i, 10 + i % 2, SessionKind.LECTURE, new WeeklyPattern(s.days(), start, end, s.every(), first, last, skipped),
                    i % 3 == 0 ? null : "Room " + i);
        }
        for (int i = 0; i < commitments.size(); i++) {
            CommitmentSpec c = commitments.get(i);
            LocalTime start = LocalTime.MIN.plusMinutes(c.start());
            WeeklyPattern pattern = new WeeklyPattern(c.days(), start, start.plusMinutes(c.minutes()), c.every(), null, null, null);
            plan.commitment(200 + i, "Shift " + i, pattern, c.zone());
        }
        for (int i = 0; i < study.size(); i++) {
            StudySpec b = study.get(i);
            plan.study(300 + i, 30, b.week(), FIRST.plusDays(b.dayOffset()).atStartOfDay().plusMinutes(b.start()).toString(), b.minutes());
        }
        return plan.plan();
    }
}

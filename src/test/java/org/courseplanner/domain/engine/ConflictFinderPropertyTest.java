package org.courseplanner.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;

/**
 * The overlap rules find exactly what comparing every pair finds, on random plans: the overlapping
 * pairs (commitments, study), and the groups of sessions joined by overlaps (sessions).
 */
class ConflictFinderPropertyTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 12); // spans both the EU and the US end of DST
    private static final LocalDate LAST = LocalDate.of(2026, 11, 20);

    record Slot(Set<DayOfWeek> days, int startQuarter, int quarters, int every, String zone) {
        WeeklyPattern pattern() {
            LocalTime start = LocalTime.of(0, 0).plusMinutes(15L * startQuarter);
            return new WeeklyPattern(days, start, start.plusMinutes(15L * quarters), every, null, null, null);
        }
    }

    @Provide
    Arbitrary<List<Slot>> sessions() {
        return slots(Arbitraries.of("school"), 28, 80).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Slot>> commitments() {
        return slots(Arbitraries.of("mine", "Europe/Berlin", "Asia/Tokyo", "America/New_York"), 0, 96).list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Integer>> studyStarts() {
        return Arbitraries.integers().between(0, 39 * 24 * 4).list().ofMaxSize(5);
    }

    private static Arbitrary<Slot> slots(Arbitrary<String> zones, int fromQuarter, int toQuarter) {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(days, Arbitraries.integers().between(fromQuarter, toQuarter - 1), Arbitraries.integers().between(2, 16),
                Arbitraries.integers().between(1, 2), zones).as(Slot::new)
                .filter(s -> s.startQuarter() + s.quarters() < 96 || !s.zone().equals("school")); // a class ends the day it starts
    }

    @Property(tries = 150)
    void overlapRulesEqualBruteForce(@ForAll("sessions") List<Slot> sessionSlots, @ForAll("commitments") List<Slot> commitmentSlots,
                                     @ForAll("studentZones") String studentZone,
                                     @ForAll("studyStarts") List<Integer> studyStarts) {
        Plans p = Plans.term(FIRST, LAST, "America/New_York", studentZone, Plans.breakOf("Break", "2026-11-02", "2026-11-04"));
        p.course("CS 1", 3, Delivery.SYNC);
        for (Slot s : sessionSlots.subList(0, Math.min(6, sessionSlots.size()))) {
            p.session("CS 1", SessionKind.LECTURE, s.pattern(), null);
        }
        for (Slot s : commitmentSlots.subList(0, Math.min(3, commitmentSlots.size()))) {
            p.commitment("Shift", s.pattern(), s.zone().equals("mine") ? null : s.zone());
        }
        long module = p.module("CS 1", "Module", 3, new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.SUNDAY,
                LocalTime.of(23, 59), 5, FIRST), Set.of());
        for (int quarter : studyStarts.subList(0, Math.min(5, studyStarts.size()))) {
            p.study(module, 1 + quarter / (7 * 96) % 5, FIRST.atStartOfDay().plusMinutes(15L * quarter).toString(), 90);
        }
        TermCalendar calendar = p.calendar();
        var settings = p.plan().term().conflictSettings();

        assertThat(ClashReference.counted(new SessionOverlapRule().find(calendar, settings)))
                .isEqualTo(ClashReference.clashes(calendar.sessions()));
        assertThat(counted(new CommitmentOverlapRule().find(calendar, settings)))
                .isEqualTo(bruteForce(calendar.sessions(), calendar.commitments(), false));
        Map<String, Integer> study = bruteForce(calendar.studyBlocks(), calendar.sessions(), false);
        bruteForce(calendar.studyBlocks(), calendar.commitments(), false).forEach((k, v) -> study.merge(k, v, Integer::sum));
        bruteForce(calendar.studyBlocks(), calendar.studyBlocks(), true).forEach((k, v) -> study.merge(k, v, Integer::sum));
        assertThat(counted(new StudyOverlapRule().find(calendar, settings))).isEqualTo(study);
    }

    @Provide
    Arbitrary<String> studentZones() {
        return Arbitraries.of("America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata");
    }

    /** Overlapping occurrences per pair of items, as the findings count them. */
    private static Map<String, Integer> counted(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.merge(key(f.itemIds().get(0), f.itemIds().get(1)), f.count(), Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> bruteForce(List<Occurrence> left, List<Occurrence> right, boolean same) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < left.size(); i++) {
            for (int j = same ? i + 1 : 0; j < right.size(); j++) {
                Occurrence a = left.get(i);
                Occurrence b = right.get(j);
                if (a.overlaps(b)) {
                    counts.merge(key(a.itemId(), b.itemId()), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static String key(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }
}

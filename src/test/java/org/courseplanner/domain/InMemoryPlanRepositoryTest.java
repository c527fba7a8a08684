package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory fake against the SQLite store, on the same calls: tests that use the fake may
 * trust it to behave like the real plan.
 */
class InMemoryPlanRepositoryTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate FIRST = LocalDate.of(2026, 8, 24);

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private PlanRepository repository(String kind) {
        if (kind.equals("memory")) {
            return new InMemoryPlanRepository();
        }
        SqlitePlanRepository sqlite = SqlitePlanRepository.open(dir.resolve("plan.db"));
        open.add(sqlite);
        return sqlite;
    }

    private static Term term(String name, LocalDate first) {
        return new Term(0, name, first, first.plusWeeks(15).plusDays(4), NEW_YORK, NEW_YORK,
                List.of(new DateRange("Z break", first.plusWeeks(10), first.plusWeeks(10).plusDays(2)),
                        new DateRange("A break", first.plusWeeks(5), first.plusWeeks(5).plusDays(2))), null, 10);
    }

    private static Course course(long termId, String code) {
        return new Course(0, termId, code, "Title of " + code, 3, "#4E79A7", Delivery.HYBRID, null);
    }

    private static WeeklyPattern mondays() {
        return WeeklyPattern.weekly(EnumSet.of(java.time.DayOfWeek.MONDAY), LocalTime.of(10, 0), LocalTime.of(11, 0));
    }

    private static AsyncModule module(long courseId) {
        return new AsyncModule(0, courseId, "Module", 3, SingleWindow.due(FIRST.plusWeeks(2).atTime(23, 59)), Set.of(), Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void idsAreUniqueAcrossKindsAndReadBackInTheStoresOrder(String kind) {
        PlanRepository r = repository(kind);
        Term spring = r.add(term("Spring 2027", FIRST.plusWeeks(21)));
        Term fall = r.add(term("Fall 2026", FIRST));
        Course math = r.add(course(fall.id(), "MATH 200"));
        Course cs = r.add(course(fall.id(), "CS 101"));
        SyncSession lecture = r.add(new SyncSession(0, cs.id(), SessionKind.LECTURE, mondays(), "ENG 204"));
        AsyncModule module = r.add(module(math.id()));
        Commitment shift = r.add(new Commitment(0, fall.id(), "Café shift", mondays(), null));
        StudyBlock late = r.add(new StudyBlock(0, module.id(), 1, FIRST.plusDays(3).atTime(19, 0), 60));
        StudyBlock early = r.add(new StudyBlock(0, module.id(), 1, FIRST.plusDays(2).atTime(19, 0), 60));

        assertThat(Stream.of(spring.id(), fall.id(), math.id(), cs.id(), lecture.id(), module.id(), shift.id(), late.id(), early.id())
                .distinct()).hasSize(9);
        assertThat(r.terms()).extracting(Term::name).containsExactly("Fall 2026", "Spring 2027");
        assertThat(r.terms().get(0).breaks()).extracting(DateRange::name).containsExactly("A break", "Z break");
        TermPlan plan = r.load(fall.id());
        assertThat(plan.courses()).extracting(Course::code).containsExactly("CS 101", "MATH 200");
        assertThat(plan.studyBlocks()).containsExactly(early, late);
        assertThat(plan.sessions()).containsExactly(lecture);
        assertThat(plan.commitments()).containsExactly(shift);
        assertThat(r.find(lecture.id())).get().satisfies(ref -> {
            assertThat(ref.kind()).isEqualTo(ItemKind.SESSION);
            assertThat(ref.termId()).isEqualTo(fall.id());
            assertThat(ref.description()).isEqualTo("CS 101 lecture");
        });
        assertThat(r.find(early.id()).orElseThrow().description()).isEqualTo("MATH 200 Module week 1 study block");
        assertThat(r.load(spring.id()).courses()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void removingACourseTakesItsSessionsModulesAndStudyBlocksAlong(String kind) {
        PlanRepository r = repository(kind);
        Term fall = r.add(term("Fall 2026", FIRST));
        Course cs = r.add(course(fall.id(), "CS 101"));
        Course math = r.add(course(fall.id(), "MATH 200"));
        SyncSession lecture = r.add(new SyncSession(0, cs.id(), SessionKind.LECTURE, mondays(), null));
        AsyncModule module = r.add(module(cs.id()));
        StudyBlock block = r.add(new StudyBlock(0, module.id(), 1, FIRST.plusDays(2).atTime(19, 0), 60));
        r.add(new SyncSession(0, math.id(), SessionKind.LECTURE, mondays(), null));

        r.remove(cs.id());

        TermPlan plan = r.load(fall.id());
        assertThat(plan.courses()).extracting(Course::code).containsExactly("MATH 200");
        assertThat(plan.sessions()).hasSize(1);
        assertThat(plan.modules()).isEmpty();
        assertThat(plan.studyBlocks()).isEmpty();
        assertThat(Stream.of(cs.id(), lecture.id(), module.id(), block.id()).map(r::find)).allMatch(java.util.Optional::isEmpty);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void removingATermTakesEverythingAlongAndItsIdsAreNotReused(String kind) {
        PlanRepository r = repository(kind);
        Term fall = r.add(term("Fall 2026", FIRST));
        Course cs = r.add(course(fall.id(), "CS 101"));
        Commitment shift = r.add(new Commitment(0, fall.id(), "Café shift", mondays(), null));

        r.remove(fall.id());

        assertThat(r.terms()).isEmpty();
        assertThat(r.find(cs.id())).isEmpty();
        assertThat(r.find(shift.id())).isEmpty();
        assertThat(r.add(term("Fall 2026", FIRST)).id()).isGreaterThan(shift.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void staleIdsMissingTermsAndBrokenReferencesAreRefused(String kind) {
        PlanRepository r = repository(kind);
        Term fall = r.add(term("Fall 2026", FIRST));
        Course cs = r.add(course(fall.id(), "CS 101"));
        SyncSession lecture = r.add(new SyncSession(0, cs.id(), SessionKind.LECTURE, mondays(), null));
        r.remove(lecture.id());

        assertRefused(() -> r.update(lecture), "id");
        assertRefused(() -> r.remove(lecture.id()), "id");
        assertRefused(() -> r.load(cs.id()), "term");
        assertRefused(() -> r.add(new SyncSession(0, 999, SessionKind.LAB, mondays(), null)), "plan");
        assertRefused(() -> r.add(course(fall.id(), "cs-101")), "plan");
        assertRefused(() -> r.add(term("FALL 2026", FIRST)), "plan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void aFailureInsideAtomicallyLeavesThePlanAsItWas(String kind) {
        PlanRepository r = repository(kind);
        Term fall = r.add(term("Fall 2026", FIRST));

        assertThatThrownBy(() -> r.atomically(() -> {
            r.add(course(fall.id(), "CS 101"));
            return r.add(course(fall.id(), "CS 101"));
        })).isInstanceOf(Refusal.class);

        assertThat(r.load(fall.id()).courses()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void updatesCountAsRevisionsAndCalendarUidsFindTheirItem(String kind) {
        PlanRepository r = repository(kind);
        Term fall = r.add(term("Fall 2026", FIRST));
        Course cs = r.add(course(fall.id(), "CS 101"));
        SyncSession lecture = r.add(new SyncSession(0, cs.id(), SessionKind.LECTURE, mondays(), null));
        r.update(lecture.withPattern(mondays().withTimes(LocalTime.of(9, 0), LocalTime.of(10, 0))));
        r.update(lecture);
        r.linkUid("abc@lms", lecture.id());

        assertThat(r.revisions(fall.id())).containsExactlyEntriesOf(java.util.Map.of(lecture.id(), 2));
        assertThat(r.itemForUid("abc@lms")).contains(lecture.id());
        assertThat(r.planUid()).isNotBlank();
        r.remove(cs.id());
        assertThat(r.itemForUid("abc@lms")).isEmpty();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
    }
}

package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Planner#changeAsSeen}: a change made on an item as a window showed it is saved only while
 * the plan still holds it so; a change made elsewhere in between is kept and the student told.
 */
class ChangeAsSeenTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));

    private Planner planner;
    private TermPlan shown;

    @BeforeEach
    void sample() {
        planner = new Planner(new InMemoryPlanRepository(), NOV_24);
        SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24));
        shown = planner.plan((String) null);
    }

    @Test
    void aChangeOnTheItemAsShownIsSavedAndTheItemAsStoredComesBack() {
        Course cs = shown.requireCourse("CS 101");
        Course renamed = withTitle(cs, "Programming I");

        Optional<Course> stored = planner.changeAsSeen(cs, () -> planner.changeCourse(renamed));

        assertThat(stored).contains(renamed);
        assertThat(planner.plan((String) null).requireCourse("CS 101").title()).isEqualTo("Programming I");
    }

    @Test
    void everyKindOfItemChangedElsewhereIsRefusedAndTheOtherChangeKept() {
        // for each kind: the item as shown, a change made elsewhere, and the item as it is read again
        record Case(Object seen, Runnable elsewhere, Function<TermPlan, Object> reread, String named) {
        }
        Term term = shown.term();
        Course course = shown.requireCourse("CS 101");
        SyncSession session = shown.sessionsOf(course).get(0);
        AsyncModule module = shown.modules().get(0);
        Commitment commitment = shown.commitments().get(0);
        StudyBlock block = shown.studyBlocks().get(0);
        List<Case> cases = List.of(
                new Case(term, () -> planner.updateTerm(withDailyCap(term, 7)), p -> p.term(), "the term " + term.name()),
                new Case(course, () -> planner.changeCourse(withTitle(course, "Elsewhere")), p -> p.courseById(course.id()),
                        "the course CS 101"),
                new Case(session, () -> planner.changeSession(new SyncSession(session.id(), session.courseId(), session.kind(),
                        session.pattern(), "Room elsewhere", session.sectionFacts())), p -> p.session(session.id()).orElseThrow(),
                        "CS 101 " + session.kind().label()),
                new Case(module, () -> planner.changeModule(new AsyncModule(module.id(), module.courseId(), "Elsewhere",
                        module.effortHours(), module.schedule(), module.skippedWeeks(), module.doneWeeks())),
                        p -> p.module(module.id()).orElseThrow(), "the module “" + module.title() + "”"),
                new Case(commitment, () -> planner.changeCommitment(new Commitment(commitment.id(), commitment.termId(), "Elsewhere",
                        commitment.pattern(), commitment.zone())), p -> p.commitment(commitment.id()).orElseThrow(),
                        "the commitment “" + commitment.title() + "”"),
                new Case(block, () -> planner.changeStudyBlock(new StudyBlock(block.id(), block.moduleId(), block.courseId(), block.week(),
                        block.start(), block.minutes() + 15, false)), p -> p.studyBlock(block.id()).orElseThrow(), "study block"));
        for (Case c : cases) {
            c.elsewhere().run();
            Object afterElsewhere = c.reread().apply(planner.plan(term.id()));
            AtomicBoolean ran = new AtomicBoolean();

            assertThatThrownBy(() -> planner.changeAsSeen(c.seen(), () -> ran.set(true))).as("%s", c.seen())
                    .isInstanceOf(Refusal.class)
                    .hasMessageContaining(c.named())
                    .hasMessageContaining("was changed in another window or by a command since it was shown here: nothing was changed");
            assertThat(ran).as("the change of %s did not run", c.seen()).isFalse();
            assertThat(c.reread().apply(planner.plan(term.id()))).as("the other change kept").isEqualTo(afterElsewhere);
        }
    }

    @Test
    void anItemRemovedElsewhereIsRefusedWithoutRunningTheChange() {
        Commitment gone = shown.commitments().get(0);
        planner.remove(gone.id());
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> planner.changeAsSeen(gone, () -> ran.set(true))).isInstanceOf(Refusal.class)
                .hasMessage("the commitment “" + gone.title() + "” was removed in another window or by a command since it was shown"
                        + " here: nothing was changed");
        assertThat(ran).isFalse();
    }

    @Test
    void aChangeThatFailsHalfWayLeavesNothingChanged() {
        Course cs = shown.requireCourse("CS 101");

        assertThatThrownBy(() -> planner.changeAsSeen(cs, () -> {
            planner.changeCourse(withTitle(cs, "Half way"));
            throw new Refusal("credits", "refused after the first write");
        })).hasMessage("refused after the first write");

        assertThat(planner.plan((String) null).requireCourse("CS 101")).isEqualTo(cs);
    }

    @Test
    void aChangeAnotherOneUndidInBetweenIsSavedOnTheItemAsItIsAgain() {
        Course cs = shown.requireCourse("CS 101");
        planner.changeCourse(withTitle(cs, "Elsewhere"));
        planner.restore(cs); // and back: the item is as shown again

        assertThat(planner.changeAsSeen(cs, () -> planner.changeCourse(withTitle(cs, "Mine")))).map(Course::title).contains("Mine");
    }

    @Test
    void undoingAnAddRemovesTheItemOnlyWhileItIsAsAddedAndHoldsNothing() {
        Course added = planner.addCourse("Fall 2026", "ECON 101", "Microeconomics", 3, null, Delivery.SYNC, null);
        planner.removeAsAdded(planner.stored(added).orElseThrow());
        assertThat(planner.plan((String) null).course("ECON 101")).as("untouched: taken back").isEmpty();

        Course again = planner.stored(planner.addCourse("Fall 2026", "ECON 101", "Microeconomics", 3, null, Delivery.SYNC, null))
                .orElseThrow();
        SyncSession theirs = planner.addSession("Fall 2026", "ECON 101", SessionKind.LECTURE,
                new WeeklyPattern(java.util.Set.of(java.time.DayOfWeek.MONDAY), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0),
                        1, null, null, null), "Room 1");
        assertThatThrownBy(() -> planner.removeAsAdded(again)).isInstanceOf(Refusal.class).hasMessage("the course ECON 101 now holds 1"
                + " item added in another window or by a command, so it is kept: delete it yourself if you want it gone");
        assertThat(planner.plan((String) null).session(theirs.id())).as("the session added elsewhere").isPresent();

        planner.remove(theirs.id());
        planner.changeCourse(withTitle(again, "Macro, in fact"));
        assertThatThrownBy(() -> planner.removeAsAdded(again)).hasMessageContaining("the course ECON 101 was changed in another window"
                + " or by a command since it was added here, so it is kept");
        assertThat(planner.plan((String) null).course("ECON 101")).isPresent();

        planner.remove(again.id());
        planner.removeAsAdded(again); // removed elsewhere already: nothing left to take back
    }

    @Test
    void undoingAnAddedTermIntoWhichACommandPutACourseKeepsIt() {
        Term added = planner.stored(planner.addTerm(new Term(0, "Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7),
                ZoneId.of("America/New_York"), ZoneId.of("America/New_York"), List.of(), null, 10, ConflictSettings.DEFAULTS,
                StudySettings.DEFAULTS))).orElseThrow();
        planner.addCourse("Spring 2027", "ECON 102", "Macroeconomics", 3, null, Delivery.SYNC, null);

        assertThatThrownBy(() -> planner.removeAsAdded(added)).hasMessage("the term Spring 2027 now holds 1 item added in another window or"
                + " by a command, so it is kept: delete it yourself if you want it gone");
        assertThat(planner.plan("Spring 2027").courses()).hasSize(1);
    }

    private static Course withTitle(Course c, String title) {
        return new Course(c.id(), c.termId(), c.code(), title, c.credits(), c.colour(), c.delivery(), c.homeworkHours());
    }

    private static Term withDailyCap(Term t, double hours) {
        UnaryOperator<Term> change = x -> new Term(x.id(), x.name(), x.firstDay(), x.lastDay(), x.schoolZone(), x.studentZone(),
                x.breaks(), x.weeklyCapHours(), hours, x.conflictSettings(), x.studySettings());
        return change.apply(t);
    }
}

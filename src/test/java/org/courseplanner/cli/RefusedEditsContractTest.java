package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.courseplanner.domain.engine.OccurrenceType;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Sentences;
import org.courseplanner.ui.main.MainViewModel;
import org.courseplanner.ui.main.Windows;
import org.courseplanner.domain.week.WeekBlock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One door: the same table of refused edits, made once from the command line and once through the
 * view models the window's forms and drags call (no JavaFX), gets the same planner sentence from
 * both, and nothing is stored.
 */
class RefusedEditsContractTest {
    @TempDir
    Path dir;

    /** What the plan holds before each edit, by id, for the rows to name. */
    record Plan(TermPlan fall, Term spring, long moduleId, StudyBlock block, Commitment job) {
        long sessionId() {
            return fall.sessions().get(0).id();
        }

        org.courseplanner.domain.Course math() {
            return fall.requireCourse("MATH 200");
        }

        AsyncModule module() {
            return fall.module(moduleId).orElseThrow();
        }
    }

    /** One refused edit: its command line, what the window does, and the planner's sentence both must give. */
    record Row(String edit, Function<Plan, List<String>> commandLine, BiConsumer<MainViewModel, Plan> window, String sentence) {
        @Override
        public String toString() {
            return edit;
        }
    }

    static Stream<Arguments> refusedEdits() {
        return Stream.of(
                new Row("a new study block for week 99",
                        p -> List.of("study", "add", String.valueOf(p.moduleId()), "--week", "99", "--at", "2026-09-02T10:00",
                                "--minutes", "60"),
                        (m, p) -> m.updateStudyBlock(p.block(), new StudyBlock(p.block().id(), p.moduleId(), 99, p.block().start(),
                                p.block().minutes())),
                        "\"Reading\" has no week 99: give 1 to 10"),
                new Row("a study block moved to week 99",
                        p -> List.of("study", "set", String.valueOf(p.block().id()), "--week", "99"),
                        (m, p) -> m.updateStudyBlock(p.block(), new StudyBlock(p.block().id(), p.moduleId(), 99, p.block().start(),
                                p.block().minutes())),
                        "\"Reading\" has no week 99: give 1 to 10"),
                new Row("a study block on a day outside the term",
                        p -> List.of("study", "set", String.valueOf(p.block().id()), "--at", "2027-01-12T10:00"),
                        (m, p) -> m.updateStudyBlock(p.block(), new StudyBlock(p.block().id(), p.moduleId(), 1,
                                LocalDate.of(2027, 1, 12).atTime(10, 0), 60)),
                        "the date 2027-01-12 is outside Fall 2026"),
                new Row("a module moved past the term's end",
                        p -> List.of("module", "set", String.valueOf(p.moduleId()), "--weeks", "20", "--from", "2026-11-02"),
                        (m, p) -> m.updateModule(p.module(), new AsyncModule(p.moduleId(), p.module().courseId(), "Reading", 3,
                                new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.SUNDAY, LocalTime.of(23, 59), 20,
                                        LocalDate.of(2026, 11, 2)), p.module().skippedWeeks(), p.module().doneWeeks())),
                        "week 20 of \"Reading\" would open on 2027-03-15, after Fall 2026 ends (2026-12-18)"),
                new Row("a module shortened below its study time",
                        p -> List.of("module", "set", String.valueOf(p.moduleId()), "--weeks", "2"),
                        (m, p) -> m.updateModule(p.module(), new AsyncModule(p.moduleId(), p.module().courseId(), "Reading", 3,
                                new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.SUNDAY, LocalTime.of(23, 59), 2,
                                        LocalDate.of(2026, 8, 31)), p.module().skippedWeeks(), p.module().doneWeeks())),
                        "\"Reading\" would have 2 weeks but has study time planned for week 3"),
                new Row("a course renamed to a code the term has",
                        p -> List.of("course", "set", "MATH 200", "--code", "cs-101"),
                        (m, p) -> m.updateCourse(p.math(), new org.courseplanner.domain.Course(p.math().id(), p.math().termId(), "cs-101",
                                p.math().title(), p.math().credits(), p.math().colour(), p.math().delivery(), p.math().homeworkHours())),
                        "there is already a course \"CS 101\" in Fall 2026: give this one another code"),
                new Row("a course with a code the term has",
                        p -> List.of("course", "add", "cs-101", "--title", "Again"),
                        (m, p) -> m.addCourse("cs-101", "Again", 3, Delivery.SYNC),
                        "there is already a course \"CS 101\" in Fall 2026: give the new one another code"),
                new Row("a class ending before it starts",
                        p -> List.of("session", "set", String.valueOf(p.sessionId()), "--start", "11:00", "--end", "10:00"),
                        (m, p) -> {
                            WeekBlock lecture = Windows.week(m).blocksProperty().get().stream()
                                    .filter(b -> b.occurrence().type() == OccurrenceType.SESSION).findFirst().orElseThrow();
                            Windows.week(m).move(lecture, lecture.day(), 11 * 60, 10 * 60, true);
                        },
                        "11:00"),
                new Row("a commitment from a date outside the term",
                        p -> List.of("commitment", "set", String.valueOf(p.job().id()), "--from", "2027-01-12"),
                        (m, p) -> m.updateCommitment(p.job(), new Commitment(p.job().id(), p.job().termId(), "Job",
                                new WeeklyPattern(p.job().pattern().days(), p.job().pattern().start(), p.job().pattern().end(), 1,
                                        LocalDate.of(2027, 1, 12), null, java.util.Set.of()), p.job().zone())),
                        "the from date 2027-01-12 is outside Fall 2026 (2026-08-31 to 2026-12-18): give a date within the term"),
                new Row("a term renamed to a name another term has",
                        p -> List.of("term", "set", "Spring 2027", "--name", "fall 2026"),
                        (m, p) -> m.updateTerm(p.spring(), new Term(p.spring().id(), "fall 2026", p.spring().firstDay(),
                                p.spring().lastDay(), p.spring().schoolZone(), p.spring().studentZone(), p.spring().breaks(),
                                p.spring().weeklyCapHours(), p.spring().dailyCapHours(), p.spring().conflictSettings())),
                        "there is already a term named \"Fall 2026\": choose another name"),
                new Row("a new term with a name the plan has",
                        p -> List.of("term", "add", "FALL 2026", "--start", "2027-08-30", "--end", "2027-12-17", "--zone",
                                "America/New_York"),
                        (m, p) -> m.addTerm(Term.of("FALL 2026", LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 17),
                                java.time.ZoneId.of("America/New_York"))),
                        "there is already a term named \"Fall 2026\": choose another name"),
                new Row("a course title with a terminal escape sequence",
                        p -> List.of("course", "add", "CS 102", "--title", "Intro \u001B[31mred"),
                        (m, p) -> m.addCourse("CS 102", "Intro \u001B[31mred", 3, Delivery.SYNC),
                        "the title contains an escape character (U+001B, as in terminal colour codes) at character 7"),
                new Row("a commitment title of zero-width characters only",
                        p -> List.of("commitment", "add", "\u200B\u200C", "--days", "TU", "--start", "17:00", "--end", "21:00"),
                        (m, p) -> m.updateCommitment(p.job(), new Commitment(p.job().id(), p.job().termId(), "\u200B\u200C",
                                p.job().pattern(), p.job().zone())),
                        "the title has no visible character: give one, e.g. letters or digits"),
                new Row("a module title of 201 characters",
                        p -> List.of("module", "add", "CS 101", "--title", "M".repeat(201), "--due", "2026-10-01T23:59"),
                        (m, p) -> m.updateModule(p.module(), new AsyncModule(p.moduleId(), p.module().courseId(), "M".repeat(201),
                                p.module().effortHours(), p.module().schedule(), p.module().skippedWeeks(), p.module().doneWeeks())),
                        "the title is 201 characters long; it may have at most 200: shorten it"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEdits")
    void theCommandLineAndTheWindowRefuseWithTheSameSentenceAndStoreNothing(Row row) throws Exception {
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        cli.ok("term", "add", "Spring 2027", "--start", "2027-01-19", "--end", "2027-05-07", "--zone", "America/New_York");
        cli.ok("course", "add", "CS 101", "--title", "Intro", "--term", "Fall 2026");
        cli.ok("course", "add", "MATH 200", "--title", "Calculus", "--term", "Fall 2026");
        cli.ok("session", "add", "CS 101", "--days", "MO", "--start", "10:00", "--end", "11:15", "--term", "Fall 2026");
        cli.ok("module", "add", "CS 101", "--title", "Reading", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "10",
                "--from", "2026-08-31", "--term", "Fall 2026");
        cli.ok("commitment", "add", "Job", "--days", "TU", "--start", "17:00", "--end", "21:00", "--term", "Fall 2026");
        Plan plan;
        List<TermPlan> before;
        try (var repository = SqlitePlanRepository.open(cli.db)) {
            Planner planner = new Planner(repository, CliRun.TODAY);
            TermPlan fall = planner.plan("Fall 2026");
            long moduleId = fall.modules().get(0).id();
            planner.addStudyBlock(moduleId, 1, LocalDate.of(2026, 9, 2).atTime(10, 0), 60);
            planner.addStudyBlock(moduleId, 3, LocalDate.of(2026, 9, 16).atTime(10, 0), 60);
            fall = planner.plan("Fall 2026");
            plan = new Plan(fall, planner.term("Spring 2027"), moduleId, fall.studyBlocks().get(0), fall.commitments().get(0));
            before = everything(planner);
        }

        CliRun.Result refused = cli.run(row.commandLine().apply(plan).toArray(String[]::new));

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(CoursePlannerCommand.REFUSED);
        String cliSentence = refused.err().strip();
        assertThat(cliSentence).startsWith("refused: ").contains(row.sentence());
        cliSentence = cliSentence.substring("refused: ".length());

        try (var repository = SqlitePlanRepository.open(cli.db)) {
            Planner planner = new Planner(repository, CliRun.TODAY);
            assertThat(everything(planner)).as("the command line stored nothing").isEqualTo(before);
            MainViewModel window = Windows.open(planner, BackgroundTasks.direct(), CliRun.TODAY, new CalendarFiles(planner,
                    (p, uid, revisions, options, out) -> {
                        throw new UnsupportedOperationException();
                    }, (in, term) -> {
                        throw new UnsupportedOperationException();
                    }));
            window.load();

            row.window().accept(window, plan);

            assertThat(window.messageProperty().get()).as("the window's sentence is the command line's")
                    .isEqualTo(Sentences.of(new RuntimeException(cliSentence)));
            assertThat(window.undo().canUndoProperty().get()).as("nothing to undo").isFalse();
            assertThat(everything(planner)).as("the window stored nothing").isEqualTo(before);
        }
    }

    private static List<TermPlan> everything(Planner planner) {
        return planner.terms().stream().map(t -> planner.plan(t.id())).toList();
    }
}

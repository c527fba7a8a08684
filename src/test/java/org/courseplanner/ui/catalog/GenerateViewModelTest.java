package org.courseplanner.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.NoSchedule;
import org.courseplanner.domain.catalog.SchedulePreferences;
import org.courseplanner.domain.catalog.ScheduleRequest;
import org.courseplanner.domain.catalog.ScheduleResults;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.UndoStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate panel without JavaFX: the request from the form, the results (a fixed answer), the preview, one undo step. */
class GenerateViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-12T16:00:00Z"), ZoneId.of("America/New_York"));

    @TempDir
    Path dir;
    private SqlitePlanRepository repository;
    private Planner planner;
    private final Catalog catalog = CatalogSamples.catalog();
    private final ScheduleWish wish = new ScheduleWish();
    private final List<ScheduleRequest> asked = new ArrayList<>();
    private ScheduleResults answer;
    private final AtomicReference<SchedulePreview> previewed = new AtomicReference<>();
    private int previewsEnded;
    private String notice = "";
    private String message = "";
    private UndoStack undo;
    private GenerateViewModel model;

    @BeforeEach
    void open() {
        repository = SqlitePlanRepository.open(dir.resolve("plan.db"));
        planner = new Planner(repository, CLOCK);
        CatalogSamples.term(planner);
        BackgroundTasks tasks = BackgroundTasks.direct();
        undo = new UndoStack(tasks, e -> message = e.getMessage());
        model = new GenerateViewModel(wish, tasks, undo, (c, plan, request, progress) -> {
            asked.add(request);
            return answer;
        }, planner, new GenerateViewModel.Window(this::plan, () -> catalog, new PreviewShown() {
            @Override
            public void show(SchedulePreview preview, PlanFindings findings) {
                assertThat(findings.calendar()).isNotNull();
                previewed.set(preview);
            }

            @Override
            public void end() {
                previewed.set(null);
                previewsEnded++;
            }
        }, s -> notice = s, s -> message = s));
    }

    private TermPlan plan() {
        return planner.plan(CatalogSamples.TERM);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    private ScheduleResults found(long count, boolean exact) {
        return new ScheduleResults(count, exact, 12, List.of(CatalogSamples.schedule(catalog, 1, "40001", "40003", "41002"),
                CatalogSamples.schedule(catalog, 2, "40002", "40003", "41001")), exact, null, List.of("MATH 200 02 has no time: it never conflicts"));
    }

    @Test
    void theFormBecomesTheRequest() {
        wish.require("CS 101");
        wish.makeOptional("MATH 200");
        wish.makeOptional("HIST 110");
        wish.lock("40003");
        wish.exclude("40002");
        model.pickProperty().set(1);
        model.dayOffProperty(DayOfWeek.FRIDAY).set(true);
        model.earliestProperty().set("9:00");
        model.latestProperty().set("17");
        model.walkMinutesProperty().set(15);
        model.outsideQuietHoursProperty().set(true);
        model.fewerDaysProperty().set(5);
        model.fewerGapsProperty().set(0);
        model.timeOfDayProperty().set(SchedulePreferences.TimeOfDay.LATER);
        model.instructorsProperty().set("Lopez, Chen;");
        model.balanceWeeksProperty().set(true);

        ScheduleRequest r = model.request();

        assertThat(r.required()).containsExactly("CS 101");
        assertThat(r.optional()).containsExactly("MATH 200", "HIST 110");
        assertThat(r.pick()).isEqualTo(1);
        assertThat(r.locked()).containsExactly("40003");
        assertThat(r.excluded()).containsExactly("40002");
        assertThat(r.limits().daysOff()).containsExactly(DayOfWeek.FRIDAY);
        assertThat(r.limits().earliest()).isEqualTo(LocalTime.of(9, 0));
        assertThat(r.limits().latest()).isEqualTo(LocalTime.of(17, 0));
        assertThat(r.limits().walkMinutes()).isEqualTo(15);
        assertThat(r.limits().outsideQuietHours()).isTrue();
        assertThat(r.preferences().fewerDays()).isEqualTo(5);
        assertThat(r.preferences().fewerGaps()).isZero();
        assertThat(r.preferences().timeOfDay()).isEqualTo(SchedulePreferences.TimeOfDay.LATER);
        assertThat(r.preferences().timeWeight()).isPositive();
        assertThat(r.preferences().instructors()).containsExactly("Lopez", "Chen");
        assertThat(r.preferences().balanceWeeks()).isTrue();
    }

    @Test
    void aTimeThatIsNotOneIsRefusedNamingTheFieldAndNothingRuns() {
        wish.require("CS 101");
        model.earliestProperty().set("nine");
        model.generate();
        assertThat(message).contains("earliest start").contains("09:00").contains("\"nine\"");
        assertThat(asked).isEmpty();
    }

    @Test
    void withoutCoursesChosenItSaysWhereToChooseThem() {
        model.generate();
        assertThat(message).contains("Catalog tab");
        assertThat(asked).isEmpty();
    }

    @Test
    void theResultsAreCountedAndListedBestFirst() {
        wish.require("CS 101");
        wish.require("MATH 200");
        answer = found(1234, true);
        model.generate();

        assertThat(asked).hasSize(1);
        assertThat(model.results()).extracting(s -> s.rank()).containsExactly(1, 2);
        assertThat(model.countProperty().get()).isEqualTo("1,234 schedules fit; the 2 best are shown");
        assertThat(model.notes()).containsExactly("MATH 200 02 has no time: it never conflicts");
        assertThat(model.noneReasonProperty().get()).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aStoppedSearchSaysAtLeast() {
        wish.require("CS 101");
        answer = found(40, false);
        model.generate();
        assertThat(model.countProperty().get()).startsWith("At least 40 schedules fit");
    }

    @Test
    void whenNothingFitsTheReasonAndTheConstraintsAreShown() {
        wish.require("CS 101");
        wish.require("MATH 200");
        model.dayOffProperty(DayOfWeek.FRIDAY).set(true);
        answer = new ScheduleResults(0, true, 6, List.of(), true, new NoSchedule(List.of("CS 101", "Fridays off"),
                "every CS 101 lab meets on Friday"), List.of());
        model.generate();
        assertThat(model.results()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("No schedule fits");
        assertThat(model.noneReasonProperty().get()).isEqualTo("every CS 101 lab meets on Friday");
        assertThat(model.noneConstraintsProperty().get()).isEqualTo("These cannot all hold together: CS 101 · Fridays off");
    }

    @Test
    void choosingAResultPreviewsItOnThePlanAndSavesNothing() {
        wish.require("CS 101");
        wish.require("MATH 200");
        answer = found(2, true);
        model.generate();

        model.selectedProperty().set(model.results().get(0));

        assertThat(previewed.get()).isNotNull();
        assertThat(previewed.get().plan().courses()).extracting(c -> c.code()).containsExactly("CS 101", "MATH 200");
        assertThat(previewed.get().plan().courses().get(0).colour()).as("the colour the planner will give it").isEqualTo("#4E79A7");
        assertThat(plan().courses()).as("nothing saved").isEmpty();
        model.selectedProperty().set(null);
        assertThat(previewed.get()).isNull();
        assertThat(previewsEnded).isPositive();
    }

    @Test
    void usingAResultAddsItsSectionsAsOneUndoableStep() {
        wish.require("CS 101");
        wish.require("MATH 200");
        answer = found(2, true);
        model.generate();
        model.selectedProperty().set(model.results().get(0));

        model.useChosen();

        TermPlan after = plan();
        assertThat(after.courses()).extracting(c -> c.code()).containsExactly("CS 101", "MATH 200");
        assertThat(after.sessions()).extracting(s -> s.sectionFacts().crn()).containsExactlyInAnyOrder("40001", "40003", "41002");
        assertThat(after.sessions()).filteredOn(s -> "41002".equals(s.sectionFacts().crn())).singleElement()
                .satisfies(s -> assertThat(s.pattern().isPlaced()).as("the online section is kept as a TBA session").isFalse());
        assertThat(notice).isEqualTo("Added CS 101 (Lecture 01, Lab L1), MATH 200 (Lecture 02) to Fall 2026: 3 sessions."
                + " Edit ▸ Undo takes them back.");
        assertThat(model.selectedProperty().get()).as("the week shows the plan itself again").isNull();
        assertThat(undo.undoDescriptionProperty().get()).startsWith("Use schedule 1");

        undo.undo();
        assertThat(plan().sessions()).isEmpty();
        assertThat(plan().courses()).isEmpty();
        undo.redo();
        assertThat(plan().sessions()).extracting(SyncSession::id).hasSize(3);
    }

    @Test
    void resultsOfAnotherTermAreDropped() {
        wish.require("CS 101");
        answer = found(2, true);
        model.generate();
        planner.addTerm(new org.courseplanner.domain.Term(0, "Spring 2027", java.time.LocalDate.of(2027, 1, 11),
                java.time.LocalDate.of(2027, 5, 7), ZoneId.of("America/New_York"), ZoneId.of("America/New_York"), List.of(), null,
                org.courseplanner.domain.Term.DEFAULT_DAILY_CAP_HOURS));
        model.planChanged(planner.plan("Spring 2027"));
        assertThat(model.results()).isEmpty();
        assertThat(model.countProperty().get()).isEmpty();
    }
}

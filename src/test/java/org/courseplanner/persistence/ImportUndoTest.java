package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.CalendarImportService;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import is one step of the history: undo takes all of it back, redo does it again with the same ids and links. */
class ImportUndoTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path dir;
    private SqlitePlanRepository repository;

    @AfterEach
    void close() {
        repository.close();
    }

    private static CalendarImport feed(String room, LocalTime end) {
        var lecture = new CalendarImport.Session("s1@school", "CS 101", "Intro", SessionKind.LECTURE,
                WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(10, 0), end), room);
        var essay = new CalendarImport.Deadline("d1@lms", "HIST 210", "Modern History", "Essay 1", null,
                LocalDateTime.of(2026, 10, 9, 23, 59));
        return new CalendarImport(List.of(lecture), List.of(essay), List.of(), List.of());
    }

    @Test
    void undoTakesAnImportBackAndRedoDoesItAgainUnderTheSameIds() {
        repository = SqlitePlanRepository.open(dir.resolve("plan.db"));
        Planner planner = new Planner(repository, Clock.fixed(Instant.parse("2026-09-01T12:00:00Z"), NEW_YORK));
        planner.addTerm(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), NEW_YORK));
        var service = new CalendarImportService(planner);
        service.apply("Fall 2026", feed("ENG 204", LocalTime.of(11, 15)), false);
        TermPlan first = planner.plan(null);

        // a second import of a newer feed changes the lecture and adds nothing
        var second = service.apply("Fall 2026", feed("ENG 101", LocalTime.of(11, 30)), false);
        assertThat(second.created()).isZero();
        TermPlan changed = planner.plan(null);
        long lecture = changed.sessions().get(0).id();
        int revision = repository.revisions(changed.term().id()).get(lecture);

        planner.undo(second.changes());
        assertThat(planner.plan(null)).isEqualTo(first);
        planner.redo(second.changes());
        assertThat(planner.plan(null)).isEqualTo(changed);
        assertThat(repository.revisions(changed.term().id()).get(lecture)).isGreaterThan(revision); // SEQUENCE only grows

        // a first import into a new plan: undo removes its courses, session and module; redo brings them back with their links
        Path other = dir.resolve("other.db");
        repository.close();
        repository = SqlitePlanRepository.open(other);
        Planner fresh = new Planner(repository, Clock.fixed(Instant.parse("2026-09-01T12:00:00Z"), NEW_YORK));
        fresh.addTerm(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), NEW_YORK));
        TermPlan nothing = fresh.plan(null);
        var report = new CalendarImportService(fresh).apply("Fall 2026", feed("ENG 204", LocalTime.of(11, 15)), false);
        TermPlan imported = fresh.plan(null);
        fresh.undo(report.changes());
        assertThat(fresh.plan(null)).isEqualTo(nothing);
        assertThat(repository.itemForUid("s1@school").flatMap(repository::find)).isEmpty();
        fresh.redo(report.changes());
        assertThat(fresh.plan(null)).isEqualTo(imported);
        assertThat(repository.itemForUid("s1@school")).contains(imported.sessions().get(0).id());
        assertThat(new CalendarImportService(fresh).apply("Fall 2026", feed("ENG 204", LocalTime.of(11, 15)), false).created()).isZero();
    }

    @Test
    void undoingAnImportThatMovedAnItemIntoACourseItCreatedPutsTheItemBack() {
        repository = SqlitePlanRepository.open(dir.resolve("plan.db"));
        Planner planner = new Planner(repository, Clock.fixed(Instant.parse("2026-09-01T12:00:00Z"), NEW_YORK));
        planner.addTerm(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), NEW_YORK));
        var service = new CalendarImportService(planner);
        LocalDateTime due = LocalDateTime.of(2026, 10, 9, 23, 59);
        service.apply("Fall 2026", new CalendarImport(List.of(), List.of(new CalendarImport.Deadline("d1@lms", "HIST 210", "History",
                "Essay 1", null, due)), List.of(), List.of()), false);
        TermPlan before = planner.plan(null);
        long essay = repository.itemForUid("d1@lms").orElseThrow();

        // the feed now puts the same deadline under a course the plan does not have: the import creates it and moves the essay there
        var moved = service.apply("Fall 2026", new CalendarImport(List.of(), List.of(new CalendarImport.Deadline("d1@lms", "ECON 101",
                "Economics", "Essay 1", null, due)), List.of(), List.of()), false);
        assertThat(moved.created()).isEqualTo(1);
        TermPlan after = planner.plan(null);
        assertThat(after.modulesOf(after.requireCourse("ECON 101"))).extracting(m -> m.id()).containsExactly(essay);

        planner.undo(moved.changes()); // was refused: removing ECON 101 took the essay along, then putting it back found no essay

        assertThat(planner.plan(null)).isEqualTo(before);
        assertThat(repository.itemForUid("d1@lms")).contains(essay);
        planner.redo(moved.changes());
        assertThat(planner.plan(null)).isEqualTo(after);
    }

    @Test
    void redoingAnImportWhoseFeedNamesAUidTwiceGivesTheSecondEventsValues() {
        repository = SqlitePlanRepository.open(dir.resolve("plan.db"));
        Planner planner = new Planner(repository, Clock.fixed(Instant.parse("2026-09-01T12:00:00Z"), NEW_YORK));
        planner.addTerm(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), NEW_YORK));
        var monday = new CalendarImport.Session("s1@school", "CS 101", "Intro", SessionKind.LECTURE,
                WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(10, 0), LocalTime.of(11, 0)), "ENG 204");
        var tuesday = new CalendarImport.Session("s1@school", "CS 101", "Intro", SessionKind.LECTURE,
                WeeklyPattern.weekly(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(11, 0)), "ENG 101");
        var gym = new CalendarImport.Busy("b1@me", "Gym", WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(7, 0),
                LocalTime.of(8, 0)), null);
        var gymLater = new CalendarImport.Busy("b1@me", "Gym", WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0),
                LocalTime.of(19, 0)), null);
        TermPlan nothing = planner.plan(null);
        // the second event with the same UID updates what the first created
        var report = new CalendarImportService(planner).apply("Fall 2026", new CalendarImport(List.of(monday, tuesday), List.of(),
                List.of(gym, gymLater), List.of()), false);
        TermPlan imported = planner.plan(null);
        assertThat(imported.sessions()).extracting(s -> s.location()).containsExactly("ENG 101");

        planner.undo(report.changes());
        assertThat(planner.plan(null)).isEqualTo(nothing);
        planner.redo(report.changes()); // gave back the first event's Monday class and morning gym: the second's change was not kept

        assertThat(planner.plan(null)).isEqualTo(imported);
    }

    /** The study planner's steps are undone and redone like an import: its blocks come back under their ids, revisions only grow. */
    @Test
    void placedStudyBlocksAndTheirClearingAreUndoneAndRedoneUnderTheSameIds() {
        repository = SqlitePlanRepository.open(dir.resolve("plan.db"));
        Planner planner = new Planner(repository, Clock.fixed(Instant.parse("2026-09-01T12:00:00Z"), NEW_YORK));
        Term fall = planner.addTerm(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), NEW_YORK));
        var cs = planner.addCourse("Fall 2026", "CS 101", "Intro", 3, null, org.courseplanner.domain.Delivery.SYNC, null);
        var module = planner.addModule("Fall 2026", "CS 101", "Reading", 3, new org.courseplanner.domain.WeeklyWindow(DayOfWeek.MONDAY,
                LocalTime.of(9, 0), DayOfWeek.SUNDAY, LocalTime.of(23, 59), 10, LocalDate.of(2026, 8, 31)), java.util.Set.of());
        StudyBlock pinned = planner.addHomeworkBlock(cs.id(), 1, LocalDateTime.of(2026, 9, 1, 7, 0), 30);
        TermPlan before = planner.plan(null);

        var placed = planner.addStudyBlocks(fall.id(), List.of(
                StudyBlock.homework(0, cs.id(), 1, LocalDateTime.of(2026, 9, 2, 18, 0), 60, true),
                new StudyBlock(0, module.id(), 0, 1, LocalDateTime.of(2026, 9, 3, 18, 0), 90, true)));
        TermPlan after = planner.plan(null);
        assertThat(after.studyBlocks()).hasSize(3).filteredOn(StudyBlock::auto).hasSize(2);
        planner.undo(placed);
        assertThat(planner.plan(null)).isEqualTo(before);
        planner.redo(placed);
        assertThat(planner.plan(null)).isEqualTo(after);

        var cleared = planner.clearAutoStudy("Fall 2026", null, null);
        assertThat(cleared.removedCount()).isEqualTo(2);
        assertThat(planner.plan(null).studyBlocks()).containsExactly(pinned);
        long homework = after.studyBlocks().stream().filter(b -> b.auto() && b.isHomework()).findFirst().orElseThrow().id();
        planner.undo(cleared);
        assertThat(planner.plan(null)).isEqualTo(after);
        int revision = repository.revisions(fall.id()).getOrDefault(homework, 0);
        assertThat(revision).as("the block came back with a higher SEQUENCE").isPositive();
        planner.redo(cleared);
        assertThat(planner.plan(null).studyBlocks()).containsExactly(pinned);
    }
}

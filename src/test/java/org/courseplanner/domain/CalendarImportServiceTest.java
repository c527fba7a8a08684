package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An import reports its progress, and a cancelled one leaves the plan as it was. */
class CalendarImportServiceTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final InMemoryPlanRepository repository = new InMemoryPlanRepository();
    private final Planner planner = new Planner(repository, Clock.fixed(Instant.parse("2026-09-01T12:00:00Z"), NEW_YORK));

    private CalendarImport feed() {
        planner.addTerm(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), NEW_YORK));
        List<CalendarImport.Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDateTime due = LocalDate.of(2026, 9, 4).plusWeeks(i).atTime(23, 59);
            deadlines.add(new CalendarImport.Deadline("d" + i + "@lms", "HIST 210", "Modern History", "Essay " + (i + 1),
                    due.minusDays(7), due));
        }
        var lecture = new CalendarImport.Session("s1@school", "CS 101", "Intro", SessionKind.LECTURE,
                WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(10, 0), LocalTime.of(11, 15)), "ENG 204");
        return new CalendarImport(List.of(lecture), deadlines, List.of(), List.of());
    }

    /** A student who presses Cancel once the import has reached event {@code step}. */
    private static Progress cancelledFrom(long step) {
        long[] reached = {0};
        return new Progress() {
            @Override
            public void update(long done, long total) {
                reached[0] = done;
            }

            @Override
            public boolean cancelled() {
                return reached[0] >= step;
            }
        };
    }

    @Test
    void everyEventIsAStepOfTheProgress() {
        CalendarImport data = feed();
        List<Long> seen = new ArrayList<>();
        var report = new CalendarImportService(planner).apply("Fall 2026", data, false, new Progress() {
            @Override
            public void update(long done, long total) {
                assertThat(total).isEqualTo(11);
                seen.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });

        assertThat(seen).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(report.created()).isGreaterThanOrEqualTo(11);
        assertThat(planner.plan("Fall 2026").modules()).hasSize(10);
    }

    @Test
    void aCancelledImportChangesNothing() {
        CalendarImport data = feed();
        Progress cancelAfterFive = cancelledFrom(5);

        assertThatThrownBy(() -> new CalendarImportService(planner).apply("Fall 2026", data, false, cancelAfterFive))
                .isInstanceOf(Progress.Cancelled.class).hasMessageContaining("nothing was changed");

        TermPlan plan = planner.plan("Fall 2026");
        assertThat(plan.courses()).isEmpty();
        assertThat(plan.sessions()).isEmpty();
        assertThat(plan.modules()).isEmpty();
    }

    @Test
    void aCancelDuringTheLastEventStillChangesNothing() {
        CalendarImport data = feed();
        Progress cancelDuringTheLast = cancelledFrom(10); // true only once the last of the 11 events has begun

        assertThatThrownBy(() -> new CalendarImportService(planner).apply("Fall 2026", data, false, cancelDuringTheLast))
                .isInstanceOf(Progress.Cancelled.class);
        assertThat(planner.plan("Fall 2026").modules()).isEmpty();
    }

    /** A calendar knows nothing of the catalog: importing it again updates the session and keeps the section it was taken from. */
    @Test
    void anUpdatedSessionKeepsItsSectionFacts() {
        CalendarImport data = feed();
        new CalendarImportService(planner).apply("Fall 2026", data, false);
        SyncSession imported = planner.plan("Fall 2026").sessions().get(0);
        SectionFacts facts = new SectionFacts("01", "Ada Lopez", "40068");
        planner.changeSession(new SyncSession(imported.id(), imported.courseId(), imported.kind(), imported.pattern(), imported.location(),
                facts));
        var moved = new CalendarImport.Session("s1@school", "CS 101", "Intro", SessionKind.LECTURE,
                WeeklyPattern.weekly(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(11, 15)), "ENG 205");

        var report = new CalendarImportService(planner).apply("Fall 2026", new CalendarImport(List.of(moved), List.of(), List.of(), List.of()),
                false);

        assertThat(report.updated()).isEqualTo(1);
        SyncSession updated = planner.plan("Fall 2026").session(imported.id()).orElseThrow();
        assertThat(updated.location()).isEqualTo("ENG 205");
        assertThat(updated.sectionFacts()).isEqualTo(facts);
    }
}

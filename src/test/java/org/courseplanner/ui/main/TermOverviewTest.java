package org.courseplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.courseplanner.domain.engine.WorkloadDriver;
import org.courseplanner.domain.engine.WorkloadWeek;
import org.junit.jupiter.api.Test;

/** The overview's note names why a week is marked, with one unit, short enough for its column. */
class TermOverviewTest {
    @Test
    void aWeekOverTheCapNamesTheCourseThatWeighsMost() {
        WorkloadWeek week = week(54.4, true, List.of(new WorkloadDriver("HIST 210", 17.0), new WorkloadDriver("CS 101", 8.33)));
        assertThat(TermOverview.note(week)).isEqualTo("over the cap: HIST 210 17.0 h");
    }

    @Test
    void anOrdinaryWeekHasNoNote() {
        assertThat(TermOverview.note(week(40, false, List.of()))).isEmpty();
    }

    private static WorkloadWeek week(double hours, boolean peak, List<WorkloadDriver> drivers) {
        return new WorkloadWeek("2026-W46", LocalDate.of(2026, 11, 9), 11.4, 5, 33, 5, hours, 50, peak, drivers);
    }
}

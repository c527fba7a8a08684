package org.courseplanner.domain;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsyncModuleTest {
    private static final WeeklyWindow FOURTEEN_WEEKS =
            new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 14, LocalDate.of(2026, 8, 31));
    private static final SingleWindow TERM_PAPER = SingleWindow.due(LocalDateTime.of(2026, 10, 16, 23, 59));

    private static AsyncModule module(ModuleSchedule schedule, Set<Integer> skipped, Set<Integer> done) {
        return new AsyncModule(0, 1, "Module", 3, schedule, skipped, done);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15})
    void skippedWeekOutsideTheWindowsIsRefused(int week) {
        assertRefused(() -> module(FOURTEEN_WEEKS, Set.of(week), Set.of()), "skip-week",
                "week " + week + " does not exist", "weeks 1 to 14");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15})
    void doneWeekOutsideTheWindowsIsRefused(int week) {
        assertRefused(() -> module(FOURTEEN_WEEKS, Set.of(), Set.of(week)), "week",
                "week " + week + " does not exist", "weeks 1 to 14");
    }

    @Test
    void aSingleWindowHasWeekOneOnly() {
        assertRefused(() -> module(TERM_PAPER, Set.of(), Set.of(2)), "week", "week 2 does not exist", "week 1 only");
    }

    @Test
    void weeksAreKeptSortedAndReadOnly() {
        AsyncModule m = module(FOURTEEN_WEEKS, Set.of(9, 1, 14), Set.of(3, 2));

        assertThat(m.skippedWeeks()).containsExactly(1, 9, 14);
        assertThat(m.doneWeeks()).containsExactly(2, 3);
        assertThat(module(FOURTEEN_WEEKS, null, null).skippedWeeks()).isEmpty();
    }

    @Test
    void withDoneMarksAndUnmarksAWeek() {
        AsyncModule m = module(FOURTEEN_WEEKS, Set.of(), Set.of(2)).withDone(5, true);

        assertThat(m.doneWeeks()).containsExactly(2, 5);
        assertThat(m.withDone(2, false).doneWeeks()).containsExactly(5);
    }

    @Test
    void weeklyWindowsAreNumberedInTheirTitle() {
        AsyncModule m = module(FOURTEEN_WEEKS, Set.of(), Set.of());

        assertThat(m.isWeekly()).isTrue();
        assertThat(m.windowTitle(1)).isEqualTo("Module 1");
        assertThat(m.windowTitle(14)).isEqualTo("Module 14");
    }

    @Test
    void aSingleWindowKeepsItsTitleAlone() {
        AsyncModule m = new AsyncModule(0, 1, "Term paper", 10, TERM_PAPER, Set.of(), Set.of());

        assertThat(m.isWeekly()).isFalse();
        assertThat(m.windowTitle(1)).isEqualTo("Term paper");
    }

    @Test
    void opensAndDueFollowTheSchedule() {
        AsyncModule weekly = module(FOURTEEN_WEEKS, Set.of(), Set.of());
        AsyncModule single = module(TERM_PAPER, Set.of(), Set.of());

        assertThat(weekly.opens(2)).isEqualTo(LocalDateTime.of(2026, 9, 7, 9, 0));
        assertThat(weekly.due(2)).isEqualTo(LocalDateTime.of(2026, 9, 13, 23, 59));
        assertThat(single.opens(1)).isEqualTo(LocalDateTime.of(2026, 10, 9, 23, 59));
        assertThat(single.due(1)).isEqualTo(LocalDateTime.of(2026, 10, 16, 23, 59));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15})
    void askingForAWeekThatDoesNotExistIsRefused(int week) {
        AsyncModule m = module(FOURTEEN_WEEKS, Set.of(), Set.of());

        assertRefused(() -> m.due(week), "week", "no week " + week, "1 to 14");
    }

    @Test
    void blankTitleIsRefused() {
        assertRefused(() -> new AsyncModule(0, 1, "  ", 3, FOURTEEN_WEEKS, null, null), "title", "title is empty");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 100.5})
    void effortOutOfRangeIsRefused(double effort) {
        assertRefused(() -> new AsyncModule(0, 1, "Module", effort, FOURTEEN_WEEKS, null, null), "effort",
                "between 0 and 100", "not " + effort);
    }

    @Test
    void missingScheduleIsRefused() {
        assertRefused(() -> new AsyncModule(0, 1, "Module", 3, null, null, null), "due", "weekly window");
    }

    @Test
    void describeSaysWhenItIsOpen() {
        assertThat(module(FOURTEEN_WEEKS, null, null).describe())
                .isEqualTo("weekly, opens MO@09:00, due SU@23:59, 14 weeks from 2026-08-31");
        assertThat(module(TERM_PAPER, null, null).describe()).isEqualTo("opens 2026-10-09T23:59, due 2026-10-16T23:59");
    }
}

package org.courseplanner.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyWindowTest {
    private static final LocalDate MONDAY_31_AUG = LocalDate.of(2026, 8, 31);

    private static WeeklyWindow window(DayOfWeek opensDay, String opensAt, DayOfWeek dueDay, String dueAt, LocalDate from) {
        return new WeeklyWindow(opensDay, LocalTime.parse(opensAt), dueDay, LocalTime.parse(dueAt), 14, from);
    }

    @ParameterizedTest
    @CsvSource({
        "1, 2026-08-31T09:00, 2026-09-06T23:59",
        "2, 2026-09-07T09:00, 2026-09-13T23:59",
        "14, 2026-11-30T09:00, 2026-12-06T23:59",
    })
    void windowsAreNumberedWeekByWeekFromTheFirst(int number, LocalDateTime opens, LocalDateTime due) {
        WeeklyWindow w = window(MONDAY, "09:00", SUNDAY, "23:59", MONDAY_31_AUG);

        assertThat(w.windows()).isEqualTo(14);
        assertThat(w.opens(number)).isEqualTo(opens);
        assertThat(w.due(number)).isEqualTo(due);
    }

    @Test
    void theFirstWindowOpensOnTheFirstOpeningDayOnOrAfterTheFirstWeek() {
        WeeklyWindow w = window(MONDAY, "09:00", SUNDAY, "23:59", LocalDate.of(2026, 9, 2));

        assertThat(w.opens(1)).isEqualTo(LocalDateTime.of(2026, 9, 7, 9, 0));
    }

    @Test
    void aFridayWindowDueOnMondayRunsOverTheWeekend() {
        WeeklyWindow w = window(FRIDAY, "09:00", MONDAY, "23:59", MONDAY_31_AUG);

        assertThat(w.opens(1)).isEqualTo(LocalDateTime.of(2026, 9, 4, 9, 0));
        assertThat(w.due(1)).isEqualTo(LocalDateTime.of(2026, 9, 7, 23, 59));
    }

    @ParameterizedTest
    @CsvSource({
        "09:00, 08:00, 2026-09-09T08:00", // due earlier in the day than it opens: a week later
        "09:00, 09:00, 2026-09-09T09:00", // due exactly when it opens: not strictly after, so a week later
        "09:00, 17:00, 2026-09-02T17:00", // due later the same day
    })
    void openingAndDueOnTheSameWeekday(LocalTime opensAt, LocalTime dueAt, LocalDateTime due) {
        WeeklyWindow w = new WeeklyWindow(WEDNESDAY, opensAt, WEDNESDAY, dueAt, 14, MONDAY_31_AUG);

        assertThat(w.opens(1)).isEqualTo(LocalDateTime.of(2026, 9, 2, 9, 0));
        assertThat(w.due(1)).isEqualTo(due);
    }

    @Test
    void aWindowCanCrossAMonthEnd() {
        WeeklyWindow w = window(FRIDAY, "12:00", WEDNESDAY, "23:59", LocalDate.of(2026, 10, 26));

        assertThat(w.opens(1)).isEqualTo(LocalDateTime.of(2026, 10, 30, 12, 0));
        assertThat(w.due(1)).isEqualTo(LocalDateTime.of(2026, 11, 4, 23, 59));
    }

    @Test
    void aWindowCanCrossAYearEnd() {
        WeeklyWindow w = window(MONDAY, "09:00", SUNDAY, "23:59", LocalDate.of(2026, 12, 28));

        assertThat(w.due(1)).isEqualTo(LocalDateTime.of(2027, 1, 3, 23, 59));
        assertThat(w.opens(2)).isEqualTo(LocalDateTime.of(2027, 1, 4, 9, 0));
    }

    @Test
    void missingOpeningIsRefused() {
        assertRefused(() -> new WeeklyWindow(null, LocalTime.NOON, SUNDAY, LocalTime.NOON, 14, MONDAY_31_AUG),
                "opens", "when each week opens");
    }

    @Test
    void missingDueIsRefused() {
        assertRefused(() -> new WeeklyWindow(MONDAY, LocalTime.NOON, SUNDAY, null, 14, MONDAY_31_AUG),
                "due", "when each week is due");
    }

    @ParameterizedTest
    @CsvSource({"0", "54"})
    void weeksOutOfRangeAreRefused(int weeks) {
        assertRefused(() -> new WeeklyWindow(MONDAY, LocalTime.NOON, SUNDAY, LocalTime.NOON, weeks, MONDAY_31_AUG),
                "weeks", "1 to 53", "not " + weeks);
    }

    @Test
    void missingFirstWeekIsRefused() {
        assertRefused(() -> new WeeklyWindow(MONDAY, LocalTime.NOON, SUNDAY, LocalTime.NOON, 14, null),
                "from", "the first week");
    }
}

package org.courseplanner.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.courseplanner.domain.week.WeekBlock;
import org.junit.jupiter.api.Test;

/** The hours a printed week shows: what is planned, in whole hours, ten at least. */
class WeekPageTest {
    private static WeekBlock at(int startMinute, int endMinute) {
        return new WeekBlock(null, 0, startMinute, endMinute, 0, 1, "#4E79A7", false);
    }

    @Test
    void anEmptyWeekShowsEightToSix() {
        assertThat(WeekPage.hoursShown(List.of())).containsExactly(8 * 60, 18 * 60);
    }

    @Test
    void aLongDayIsShownWholeInWholeHours() {
        assertThat(WeekPage.hoursShown(List.of(at(7 * 60 + 30, 9 * 60), at(20 * 60, 21 * 60 + 15)))).containsExactly(7 * 60, 22 * 60);
    }

    @Test
    void aShortDayWidensToTenHoursAroundWhatIsPlanned() {
        // classes in the student's evening (New York mornings seen from Berlin): not 08:00 to 22:00
        assertThat(WeekPage.hoursShown(List.of(at(16 * 60, 17 * 60 + 15), at(20 * 60, 21 * 60 + 50)))).containsExactly(14 * 60, 24 * 60);
        // a night shift: the grid starts at midnight
        assertThat(WeekPage.hoursShown(List.of(at(0, 6 * 60)))).containsExactly(0, 10 * 60);
    }
}

package org.courseplanner.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogSection;
import org.junit.jupiter.api.Test;

class WeekSketchTest {
    private final Catalog catalog = CatalogSamples.catalog();

    @Test
    void aScheduleIsDrawnMondayToFridayFromItsFirstHourToItsLastWithABoxPerMeetingDay() {
        var schedule = CatalogSamples.schedule(catalog, 1, "40001", "40003", "41002");
        WeekSketch sketch = WeekSketch.of(schedule, code -> code.startsWith("CS") ? "#4E79A7" : "#F28E2B");

        assertThat(sketch.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        assertThat(sketch.firstHour()).isEqualTo(9);
        assertThat(sketch.lastHour()).as("the lab ends at 10:50, the lectures at 11:15").isEqualTo(12);
        assertThat(sketch.boxes()).extracting(WeekSketch.Box::column).containsExactlyInAnyOrder(0, 2, 4);
        assertThat(sketch.boxes()).allSatisfy(b -> assertThat(b.colour()).isEqualTo("#4E79A7"));
        assertThat(sketch.boxes()).filteredOn(b -> b.column() == 4).singleElement()
                .satisfies(b -> assertThat(b.startMinute()).isEqualTo(9 * 60));
        assertThat(sketch.untimed()).as("the online section has no box but is named").containsExactly("MATH 200");
    }

    @Test
    void aWeekendDayIsAColumnOnlyWhenAClassMeetsOnIt() {
        var saturday = new CatalogSection("50001", "ART 120", "Drawing", 2, "01", "Studio", null, null, List.of(new CatalogMeeting(
                SessionKind.LAB, WeeklyPattern.weekly(java.util.EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(13, 0), LocalTime.of(16, 0)), null)));
        var withArt = new Catalog(List.of(catalog.requireSection("40001"), saturday));
        WeekSketch sketch = WeekSketch.of(CatalogSamples.schedule(withArt, 1, "40001", "50001"), code -> "#59A14F");

        assertThat(sketch.days()).hasSize(6).endsWith(DayOfWeek.SATURDAY);
        assertThat(sketch.boxes()).filteredOn(b -> b.courseCode().equals("ART 120")).singleElement()
                .satisfies(b -> assertThat(b.column()).isEqualTo(5));
        assertThat(sketch.firstHour()).isEqualTo(10);
        assertThat(sketch.lastHour()).isEqualTo(16);
    }

    @Test
    void aScheduleWithNoTimeAtAllShowsAnOrdinaryEmptyDay() {
        WeekSketch sketch = WeekSketch.of(CatalogSamples.schedule(catalog, 1, "41002"), code -> "#59A14F");
        assertThat(sketch.boxes()).isEmpty();
        assertThat(sketch.hours()).isPositive();
        assertThat(sketch.untimed()).containsExactly("MATH 200");
    }
}

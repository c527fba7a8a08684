package org.courseplanner.domain.week;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.OccurrenceType;
import org.junit.jupiter.api.Test;

/** Blocks in day columns and lanes, without JavaFX. */
class WeekLayoutTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static Occurrence at(long id, OccurrenceType type, String code, String start, String end) {
        return new Occurrence(type, id, code, (code == null ? "Shift" : code) + " " + id, ZonedDateTime.parse(start + "-05:00[America/New_York]"),
                ZonedDateTime.parse(end + "-05:00[America/New_York]"), 0, null);
    }

    @Test
    void overlappingBlocksSitSideBySideAndOthersTakeTheWholeColumn() {
        List<WeekBlock> blocks = WeekLayout.blocks(List.of(
                at(1, OccurrenceType.SESSION, "CS 101", "2026-11-23T10:00", "2026-11-23T11:15"),
                at(2, OccurrenceType.SESSION, "MATH 200", "2026-11-23T11:00", "2026-11-23T11:50"),
                at(3, OccurrenceType.STUDY, "HIST 210", "2026-11-23T11:30", "2026-11-23T12:30"),
                at(4, OccurrenceType.SESSION, "PHYS 150", "2026-11-23T13:00", "2026-11-23T13:50")),
                MONDAY, NY, Map.of("CS 101", "#4E79A7"), o -> o.itemId() == 2);
        assertThat(blocks).extracting(b -> b.occurrence().itemId() + ":" + b.lane() + "/" + b.lanes())
                .containsExactly("1:0/2", "2:1/2", "3:0/2", "4:0/1");
        assertThat(blocks.get(0).startMinute()).isEqualTo(600);
        assertThat(blocks.get(0).endMinute()).isEqualTo(675);
        assertThat(blocks.get(0).colour()).isEqualTo("#4E79A7");
        assertThat(blocks).filteredOn(WeekBlock::conflict).extracting(b -> b.occurrence().itemId()).containsExactly(2L);
    }

    @Test
    void anOvernightShiftIsTwoBlocksAndTheStudentsZoneMovesBlocks() {
        Occurrence shift = at(9, OccurrenceType.COMMITMENT, null, "2026-11-24T22:00", "2026-11-25T06:00");
        List<WeekBlock> blocks = WeekLayout.blocks(List.of(shift), MONDAY, NY, Map.of(), o -> false);
        assertThat(blocks).extracting(b -> b.day() + " " + b.startMinute() + "-" + b.endMinute()).containsExactly("1 1320-1440", "2 0-360");

        Occurrence lecture = at(1, OccurrenceType.SESSION, "CS 101", "2026-11-23T10:00", "2026-11-23T11:15");
        List<WeekBlock> inTokyo = WeekLayout.blocks(List.of(lecture), MONDAY, ZoneId.of("Asia/Tokyo"), Map.of(), o -> false);
        assertThat(inTokyo).extracting(b -> b.day() + " " + b.startMinute()).containsExactly("1 0"); // Tuesday 00:00 in Tokyo
    }

    @Test
    void deadlinesAreNotBlocks() {
        Occurrence due = at(5, OccurrenceType.DEADLINE, "HIST 210", "2026-11-29T23:59", "2026-11-29T23:59");
        assertThat(WeekLayout.blocks(List.of(due), MONDAY, NY, Map.of(), o -> false)).isEmpty();
    }

    @Test
    void aCrowdedDayIsWidenedAndTheOthersShareWhatIsLeft() {
        List<WeekBlock> blocks = WeekLayout.blocks(List.of(
                at(1, OccurrenceType.SESSION, "CS 101", "2026-11-23T10:00", "2026-11-23T11:15"),
                at(2, OccurrenceType.SESSION, "MATH 200", "2026-11-23T10:30", "2026-11-23T11:50"),
                at(3, OccurrenceType.SESSION, "PHYS 150", "2026-11-23T10:45", "2026-11-23T12:30"),
                at(4, OccurrenceType.SESSION, "PHYS 150", "2026-11-25T13:00", "2026-11-25T13:50")),
                MONDAY, NY, Map.of(), o -> false);
        // lanes at least 60 wide: Monday's three need 3 × 60 + 6
        double[] widths = WeekLayout.columnWidths(blocks, b -> 60, 6, 40, 700);
        assertThat(widths[0]).isEqualTo(186);
        assertThat(widths).containsOnly(186, (700 - 186) / 6.0);
        assertThat(java.util.Arrays.stream(widths).sum()).isCloseTo(700, org.assertj.core.data.Offset.offset(1e-9));

        double[] roomy = WeekLayout.columnWidths(blocks, b -> 20, 6, 40, 700);
        assertThat(roomy).as("no day needs more than its seventh: all equal").containsOnly(100);

        double[] tight = WeekLayout.columnWidths(blocks, b -> 60, 6, 40, 300);
        assertThat(tight).as("more than there is: each day what it needs, the week scrolls").containsExactly(186, 40, 66, 40, 40, 40, 40);
    }

    @Test
    void onADayTheClocksChangeBlocksSitAtTheirWallClockTimes() {
        // New York puts its clocks back on Sunday 2026-11-01 (a 25-hour day) and forward on Sunday 2027-03-14 (23 hours)
        LocalDate beforeFallBack = LocalDate.of(2026, 10, 26);
        Occurrence lecture = new Occurrence(OccurrenceType.SESSION, 1, "CS 101", "CS 101 Lecture",
                ZonedDateTime.of(LocalDateTime.of(2026, 11, 1, 10, 0), NY), ZonedDateTime.of(LocalDateTime.of(2026, 11, 1, 11, 15), NY), 0, null);
        // 01:30 EDT to 01:10 EST: forty minutes that end before they start on the wall clock
        Occurrence repeated = new Occurrence(OccurrenceType.COMMITMENT, 2, null, "Shift",
                ZonedDateTime.of(LocalDateTime.of(2026, 11, 1, 1, 30), NY).withEarlierOffsetAtOverlap(),
                ZonedDateTime.of(LocalDateTime.of(2026, 11, 1, 1, 10), NY).withLaterOffsetAtOverlap(), 0, null);
        assertThat(WeekLayout.blocks(List.of(lecture, repeated), beforeFallBack, NY, Map.of(), o -> false))
                .extracting(b -> b.occurrence().itemId() + ": " + b.day() + " " + b.startMinute() + "-" + b.endMinute())
                .containsExactly("2: 6 90-130", "1: 6 600-675");

        LocalDate beforeSpringForward = LocalDate.of(2027, 3, 8);
        Occurrence spring = new Occurrence(OccurrenceType.SESSION, 3, "CS 101", "CS 101 Lecture",
                ZonedDateTime.of(LocalDateTime.of(2027, 3, 14, 10, 0), NY), ZonedDateTime.of(LocalDateTime.of(2027, 3, 14, 11, 15), NY), 0, null);
        Occurrence overnight = new Occurrence(OccurrenceType.COMMITMENT, 4, null, "Night shift",
                ZonedDateTime.of(LocalDateTime.of(2027, 3, 13, 22, 0), NY), ZonedDateTime.of(LocalDateTime.of(2027, 3, 14, 6, 0), NY), 0, null);
        assertThat(WeekLayout.blocks(List.of(spring, overnight), beforeSpringForward, NY, Map.of(), o -> false))
                .extracting(b -> b.occurrence().itemId() + ": " + b.day() + " " + b.startMinute() + "-" + b.endMinute())
                .containsExactly("4: 5 1320-1440", "4: 6 0-360", "3: 6 600-675");
    }
}

package org.courseplanner.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WeeklyPatternTest {
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime QUARTER_PAST_ELEVEN = LocalTime.of(11, 15);
    private static final Set<DayOfWeek> MO_WE = EnumSet.of(MONDAY, WEDNESDAY);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> dates(String... iso) {
        return Stream.of(iso).map(LocalDate::parse).toList();
    }

    private static WeeklyPattern pattern(Set<DayOfWeek> days, int everyWeeks, String first, String last, Set<LocalDate> skipped) {
        return new WeeklyPattern(days, TEN, QUARTER_PAST_ELEVEN, everyWeeks, first == null ? null : date(first),
                last == null ? null : date(last), skipped);
    }

    @Test
    void weeklyMeetsOnEachDayOfEachWeekInOrder() {
        WeeklyPattern p = WeeklyPattern.weekly(MO_WE, TEN, QUARTER_PAST_ELEVEN);

        assertThat(p.meetingDates(date("2026-09-02"), date("2026-09-16")))
                .containsExactlyElementsOf(dates("2026-09-02", "2026-09-07", "2026-09-09", "2026-09-14", "2026-09-16"));
    }

    @Test
    void everyTwoWeeksCountsFromTheMondayWeekOfTheFirstMeeting() {
        // first meeting is Wednesday 9 Sep: its week starts Monday 7 Sep, which is out of range, so the
        // Monday of that week is not a meeting; the next meetings are in the week of 21 Sep
        WeeklyPattern p = pattern(MO_WE, 2, "2026-09-09", null, null);

        assertThat(p.meetingDates(date("2026-08-31"), date("2026-10-11")))
                .containsExactlyElementsOf(dates("2026-09-09", "2026-09-21", "2026-09-23", "2026-10-05", "2026-10-07"));
    }

    @Test
    void everyThreeWeeksWithoutFirstDateCountsFromTheQueriedStart() {
        WeeklyPattern p = pattern(EnumSet.of(FRIDAY), 3, null, null, null);

        assertThat(p.meetingDates(date("2026-08-31"), date("2026-10-31")))
                .containsExactlyElementsOf(dates("2026-09-04", "2026-09-25", "2026-10-16"));
    }

    @Test
    void everyTwoWeeksKeepsItsRhythmWhenAskedFromALaterDate() {
        // meets 7 Sep, 21 Sep, 5 Oct, 19 Oct; asking from 14 Sep (an off week) must not shift the rhythm
        WeeklyPattern p = pattern(EnumSet.of(MONDAY), 2, "2026-09-07", null, null);

        assertThat(p.meetingDates(date("2026-09-14"), date("2026-10-25")))
                .containsExactlyElementsOf(dates("2026-09-21", "2026-10-05", "2026-10-19"));
    }

    @Test
    void firstAndLastDatesBoundTheMeetingsInsideTheRange() {
        WeeklyPattern p = pattern(MO_WE, 1, "2026-09-09", "2026-09-21", null);

        assertThat(p.meetingDates(date("2026-08-31"), date("2026-12-18")))
                .containsExactlyElementsOf(dates("2026-09-09", "2026-09-14", "2026-09-16", "2026-09-21"));
    }

    @Test
    void theRangeBoundsTheMeetingsInsideFirstAndLastDates() {
        WeeklyPattern p = pattern(MO_WE, 1, "2026-09-01", "2026-12-01", null);

        assertThat(p.meetingDates(date("2026-09-14"), date("2026-09-16")))
                .containsExactlyElementsOf(dates("2026-09-14", "2026-09-16"));
    }

    @Test
    void nothingWhenTheRangeEndsBeforeTheFirstDate() {
        WeeklyPattern p = pattern(MO_WE, 1, "2026-10-01", null, null);

        assertThat(p.meetingDates(date("2026-09-01"), date("2026-09-30"))).isEmpty();
    }

    @Test
    void skippedDatesAreLeftOutWithoutShiftingTheRhythm() {
        WeeklyPattern p = pattern(EnumSet.of(MONDAY), 2, null, null, Set.of(date("2026-08-31"), date("2026-09-28")));

        assertThat(p.meetingDates(date("2026-08-31"), date("2026-10-31")))
                .containsExactlyElementsOf(dates("2026-09-14", "2026-10-12", "2026-10-26"));
    }

    @Test
    void withSkippedAddsOneDate() {
        WeeklyPattern p = WeeklyPattern.weekly(EnumSet.of(MONDAY), TEN, QUARTER_PAST_ELEVEN).withSkipped(date("2026-09-14"));

        assertThat(p.meetingDates(date("2026-09-07"), date("2026-09-21")))
                .containsExactlyElementsOf(dates("2026-09-07", "2026-09-21"));
    }

    @Test
    void onceMeetsOnlyOnItsDate() {
        WeeklyPattern p = WeeklyPattern.once(date("2026-12-14"), LocalTime.of(9, 0), LocalTime.of(12, 0));

        assertThat(p.isOneOff()).isTrue();
        assertThat(p.days()).containsExactly(MONDAY);
        assertThat(p.meetingDates(date("2026-08-31"), date("2026-12-31"))).containsExactly(date("2026-12-14"));
        assertThat(p.meetingDates(date("2026-12-15"), date("2026-12-31"))).isEmpty();
    }

    @Test
    void unplacedMeetsOnNoDate() {
        WeeklyPattern p = WeeklyPattern.unplaced();

        assertThat(p.isPlaced()).isFalse();
        assertThat(p.meetingDates(date("2026-08-31"), date("2026-12-18"))).isEmpty();
    }

    @Test
    void daysWithoutTimeMeetOnNoDate() {
        WeeklyPattern p = new WeeklyPattern(MO_WE, null, null, 1, null, null, null);

        assertThat(p.isPlaced()).isFalse();
        assertThat(p.meetingDates(date("2026-08-31"), date("2026-12-18"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2026-10-12, 2026-11-08", // Europe leaves summer time on 25 Oct, the US on 1 Nov
        "2026-03-16, 2026-04-12", // Europe enters summer time on 29 Mar
        "2026-03-02, 2026-03-29", // the US enters summer time on 8 Mar
    })
    void aPeriodCrossingADstChangeMeetsEverySevenDays(LocalDate from, LocalDate to) {
        // 01:30-03:00 on Sundays: a time that does not exist or happens twice on a DST night
        WeeklyPattern p = WeeklyPattern.weekly(EnumSet.of(SUNDAY), LocalTime.of(1, 30), LocalTime.of(3, 0));

        List<LocalDate> meetings = new ArrayList<>(p.meetingDates(from, to));

        assertThat(meetings).hasSize(4).allMatch(d -> d.getDayOfWeek() == SUNDAY);
        for (int i = 1; i < meetings.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(meetings.get(i - 1), meetings.get(i))).isEqualTo(7);
        }
    }

    @Test
    void forEachMeetingDateVisitsTheSameDatesAsMeetingDates() {
        WeeklyPattern p = pattern(MO_WE, 2, "2026-09-09", "2026-11-30", Set.of(date("2026-10-05")));
        List<LocalDate> visited = new ArrayList<>();

        p.forEachMeetingDate(date("2026-08-31"), date("2026-12-18"), visited::add);

        assertThat(visited).containsExactlyElementsOf(p.meetingDates(date("2026-08-31"), date("2026-12-18")));
    }

    @ParameterizedTest
    @CsvSource({
        "10:00, 11:15, false, 75",
        "22:00, 06:00, true, 480",
        "23:30, 00:00, true, 30",
        "00:00, 23:59, false, 1439",
    })
    void crossesMidnightAndMinutes(LocalTime start, LocalTime end, boolean crossesMidnight, long minutes) {
        WeeklyPattern p = WeeklyPattern.weekly(MO_WE, start, end);

        assertThat(p.crossesMidnight()).isEqualTo(crossesMidnight);
        assertThat(p.minutes()).isEqualTo(minutes);
    }

    @Test
    void unplacedLastsNoMinutesAndDoesNotCrossMidnight() {
        assertThat(WeeklyPattern.unplaced().minutes()).isZero();
        assertThat(WeeklyPattern.unplaced().crossesMidnight()).isFalse();
    }

    @Test
    void timesAreKeptToTheMinute() {
        WeeklyPattern p = WeeklyPattern.weekly(MO_WE, LocalTime.of(10, 0, 30), LocalTime.of(11, 15, 59));

        assertThat(p.start()).isEqualTo(TEN);
        assertThat(p.end()).isEqualTo(QUARTER_PAST_ELEVEN);
    }

    @Test
    void timesThatAreEqualToTheMinuteAreRefused() {
        assertRefused(() -> WeeklyPattern.weekly(MO_WE, LocalTime.of(10, 0, 10), LocalTime.of(10, 0, 50)), "end", "10:00");
    }

    static Stream<Arguments> descriptions() {
        return Stream.of(
                Arguments.of(WeeklyPattern.weekly(MO_WE, TEN, QUARTER_PAST_ELEVEN), "MO,WE 10:00-11:15"),
                Arguments.of(pattern(MO_WE, 2, null, null, null), "MO,WE 10:00-11:15, every 2 weeks"),
                Arguments.of(WeeklyPattern.once(date("2026-12-14"), LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        "2026-12-14 09:00-12:00"),
                Arguments.of(WeeklyPattern.weekly(EnumSet.of(FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0)),
                        "FR 22:00-06:00 (+1 day)"),
                Arguments.of(pattern(MO_WE, 1, "2026-09-09", null, null), "MO,WE 10:00-11:15, 2026-09-09 to end of term"),
                Arguments.of(pattern(MO_WE, 1, null, "2026-11-30", null), "MO,WE 10:00-11:15, start of term to 2026-11-30"),
                Arguments.of(pattern(MO_WE, 1, null, null, Set.of(date("2026-10-05"))), "MO,WE 10:00-11:15, skipping 1 date"),
                Arguments.of(pattern(MO_WE, 1, null, null, Set.of(date("2026-10-05"), date("2026-10-07"))),
                        "MO,WE 10:00-11:15, skipping 2 dates"),
                Arguments.of(WeeklyPattern.unplaced(), "TBA"),
                Arguments.of(new WeeklyPattern(MO_WE, null, null, 1, null, null, null), "MO,WE, time TBA"),
                Arguments.of(new WeeklyPattern(null, TEN, QUARTER_PAST_ELEVEN, 1, null, null, null), "day TBA, 10:00-11:15"));
    }

    @ParameterizedTest
    @MethodSource("descriptions")
    void describe(WeeklyPattern pattern, String expected) {
        assertThat(pattern.describe()).isEqualTo(expected);
    }

    @Test
    void startWithoutEndIsRefused() {
        assertRefused(() -> WeeklyPattern.weekly(MO_WE, TEN, null), "end", "give both a start and an end");
    }

    @Test
    void endWithoutStartIsRefused() {
        assertRefused(() -> WeeklyPattern.weekly(MO_WE, null, TEN), "start", "give both a start and an end");
    }

    @Test
    void endingWhenItStartsIsRefused() {
        assertRefused(() -> WeeklyPattern.weekly(MO_WE, TEN, TEN), "end", "ends when it starts", "10:00");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "27"})
    void everyWeeksOutOfRangeIsRefused(int everyWeeks) {
        assertRefused(() -> pattern(MO_WE, everyWeeks, null, null, null), "every", "1 to 26", "not " + everyWeeks);
    }

    @Test
    void lastDateBeforeFirstDateIsRefused() {
        assertRefused(() -> pattern(MO_WE, 1, "2026-10-01", "2026-09-30", null), "until", "2026-09-30", "2026-10-01");
    }

    @Test
    void daysAndSkippedDatesCannotBeChangedFromOutside() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY);
        WeeklyPattern p = WeeklyPattern.weekly(days, TEN, QUARTER_PAST_ELEVEN);
        days.add(FRIDAY);

        assertThat(p.days()).containsExactly(MONDAY);
        assertThat(p.skippedDates()).isEmpty();
        assertThatThrownBy(() -> p.days().add(SUNDAY))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

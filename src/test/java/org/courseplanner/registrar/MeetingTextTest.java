package org.courseplanner.registrar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Days and times as registrars write them. */
class MeetingTextTest {

    static Stream<Arguments> days() {
        return Stream.of(
                Arguments.of("MWF", EnumSet.of(MONDAY, WEDNESDAY, FRIDAY)),
                Arguments.of("TR", EnumSet.of(TUESDAY, THURSDAY)),
                Arguments.of("tr", EnumSet.of(TUESDAY, THURSDAY)),
                Arguments.of("MO,WE", EnumSet.of(MONDAY, WEDNESDAY)),
                Arguments.of("Mon Wed", EnumSet.of(MONDAY, WEDNESDAY)),
                Arguments.of("Tuesday/Thursday", EnumSet.of(TUESDAY, THURSDAY)),
                Arguments.of("TTh", EnumSet.of(TUESDAY, THURSDAY)),
                Arguments.of("MoWeFr", EnumSet.of(MONDAY, WEDNESDAY, FRIDAY)),
                Arguments.of("MTWRF", EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)),
                Arguments.of("SU", EnumSet.of(SUNDAY)),
                Arguments.of("S U", EnumSet.of(SATURDAY, SUNDAY)),
                Arguments.of("SaSu", EnumSet.of(SATURDAY, SUNDAY)),
                Arguments.of("", EnumSet.noneOf(DayOfWeek.class)));
    }

    @ParameterizedTest
    @MethodSource("days")
    void daysAreReadInEveryCommonSpelling(String text, Set<DayOfWeek> expected) {
        assertThat(MeetingDays.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XY", "Mon Xyz", "M-W", "7"})
    void textThatIsNotDaysIsSaidToBeNone(String text) {
        assertThat(MeetingDays.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10:00,10:00", "1000,10:00", "930,09:30", "9,09:00", "10:00 AM,10:00", "2:30pm,14:30", "2:30 p.m.,14:30",
            "12:00 pm,12:00", "12:15am,00:15", "14:30:00,14:30", "8.45,08:45"})
    void timesAreReadInEveryCommonSpelling(String text, LocalTime expected) {
        assertThat(ClockTimes.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "10:75", "13pm", "0am", "noon", "10:00 XM", ""})
    void textThatIsNotATimeIsSaidToBeNone(String text) {
        assertThat(ClockTimes.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1400,14:00", "905,09:05", "0,00:00", "2359,23:59"})
    void quacsNumbersAreHoursAndMinutes(int hhmm, LocalTime expected) {
        assertThat(ClockTimes.hhmm(hhmm)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1260, 2400})
    void quacsNumbersThatAreNoTimeAreNone(int hhmm) {
        assertThat(ClockTimes.hhmm(hhmm)).isEmpty();
    }
}

package org.courseplanner.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WeekdaysTest {

    static Stream<Arguments> dayLists() {
        return Stream.of(
                Arguments.of("MO,WE", EnumSet.of(MONDAY, WEDNESDAY)),
                Arguments.of("mo we", EnumSet.of(MONDAY, WEDNESDAY)),
                Arguments.of("Monday", EnumSet.of(MONDAY)),
                Arguments.of("Monday,Wednesday", EnumSet.of(MONDAY, WEDNESDAY)),
                Arguments.of(" tu, th ", EnumSet.of(TUESDAY, THURSDAY)),
                Arguments.of("FR,FR", EnumSet.of(FRIDAY)),
                Arguments.of("sat sun", EnumSet.of(SATURDAY, SUNDAY)),
                Arguments.of("SU,MO", EnumSet.of(SUNDAY, MONDAY)));
    }

    @ParameterizedTest
    @MethodSource("dayLists")
    void parse(String text, Set<DayOfWeek> days) {
        assertThat(Weekdays.parse(text)).isEqualTo(days);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void parseOfNothingIsNoDays(String text) {
        assertThat(Weekdays.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "M", "T", "Funday", "Mondays", "1"})
    void parseRefusesWhatIsNotADay(String bad) {
        assertRefused(() -> Weekdays.parse("MO," + bad), "days", "\"" + bad + "\" is not a day of the week");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void parseDayRefusesNothing(String text) {
        assertRefused(() -> Weekdays.parseDay(text), "days", "not a day of the week");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MO", "mon", "Monday", " monday "})
    void parseDay(String text) {
        assertThat(Weekdays.parseDay(text)).isEqualTo(MONDAY);
    }

    @Test
    void formatWritesCodesInWeekOrder() {
        assertThat(Weekdays.format(Set.of(FRIDAY, MONDAY, WEDNESDAY))).isEqualTo("MO,WE,FR");
        assertThat(Weekdays.format(Set.of())).isEmpty();
        assertThat(Weekdays.code(THURSDAY)).isEqualTo("TH");
    }
}

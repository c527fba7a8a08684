package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-made reader agrees with java.time on everything the plan file stores, and refuses what java.time refuses. */
class IsoTextTest {
    @Property(tries = 500)
    void readsWhatJavaTimeWrites(@ForAll @IntRange(min = -200_000, max = 200_000) int day, @ForAll @IntRange(min = 0, max = 86_399) int second) {
        LocalDate date = LocalDate.of(2000, 1, 1).plusDays(day);
        LocalTime time = LocalTime.ofSecondOfDay(second);
        assertThat(IsoText.date(date.toString())).isEqualTo(date);
        assertThat(IsoText.time(time.toString())).isEqualTo(time);
        assertThat(IsoText.dateTime(LocalDateTime.of(date, time).toString())).isEqualTo(LocalDateTime.of(date, time));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "2026-0a-01", "20260901", "25:00", "10:6x", "2026-09-01T", "tomorrow"})
    void refusesWhatJavaTimeRefuses(String text) {
        assertThatThrownBy(() -> {
            if (text.contains("-")) {
                IsoText.date(text);
            } else {
                IsoText.time(text);
            }
        }).isInstanceOf(DateTimeException.class);
    }
}

package org.courseplanner.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine's cached wall clock agrees with java.time everywhere, DST gaps and overlaps included. */
class WallClockTest {

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo",
        "Pacific/Chatham", "Australia/Lord_Howe", "UTC"})
    void wallClockTimesResolveLikeZonedDateTimeOf(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        WallClock clock = new WallClock(zone);
        // every 15 minutes for two years, in order, then a few jumps backwards
        for (LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0); t.getYear() < 2028; t = t.plusMinutes(15)) {
            check(clock, zone, t);
        }
        for (LocalDateTime t = LocalDateTime.of(2027, 12, 31, 23, 0); t.getYear() >= 2026; t = t.minusHours(37)) {
            check(clock, zone, t);
        }
    }

    private static void check(WallClock clock, ZoneId zone, LocalDateTime t) {
        ZonedDateTime expected = ZonedDateTime.of(t, zone);
        long epoch = clock.epochSecond(t.toLocalDate().toEpochDay(), t.toLocalTime().toSecondOfDay());
        assertThat(epoch).as("%s in %s", t, zone).isEqualTo(expected.toEpochSecond());
        assertThat(clock.local(epoch)).as("%s read back in %s", t, zone)
                .isEqualTo(expected.toLocalDateTime().toEpochSecond(java.time.ZoneOffset.UTC));
        assertThat(clock.epochDay(epoch)).isEqualTo(expected.toLocalDate().toEpochDay());
        assertThat(clock.dayOfWeek(epoch)).isEqualTo(expected.getDayOfWeek().getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-14T02:30", "2026-11-01T01:30"})
    void gapsMoveLaterAndOverlapsTakeTheEarlierOffset(String wallClock) {
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDateTime t = LocalDateTime.parse(wallClock);
        long epoch = new WallClock(newYork).epochSecond(t.toLocalDate().toEpochDay(), t.toLocalTime().toSecondOfDay());
        ZonedDateTime resolved = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(epoch), newYork);
        if (t.getMonthValue() == 3) {
            assertThat(resolved.toLocalTime()).hasToString("03:30"); // 02:30 does not exist that night
        } else {
            assertThat(resolved.getOffset().getTotalSeconds()).isEqualTo(-4 * 3600); // the first 01:30, still EDT
        }
        assertThat(resolved.toLocalDate()).isEqualTo(LocalDate.from(t));
    }
}

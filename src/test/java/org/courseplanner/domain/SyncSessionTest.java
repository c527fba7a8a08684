package org.courseplanner.domain;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncSessionTest {
    private static final WeeklyPattern MO_WE_MORNING =
            WeeklyPattern.weekly(EnumSet.of(MONDAY, WEDNESDAY), LocalTime.of(10, 0), LocalTime.of(11, 15));

    private static SyncSession at(String location) {
        return new SyncSession(0, 1, SessionKind.LECTURE, MO_WE_MORNING, location);
    }

    @Test
    void endBeforeStartIsRefused() {
        WeeklyPattern backwards = WeeklyPattern.weekly(EnumSet.of(MONDAY), LocalTime.of(12, 0), LocalTime.of(11, 15));

        assertRefused(() -> new SyncSession(0, 1, SessionKind.LECTURE, backwards, null), "end", "11:15", "12:00");
    }

    @Test
    void anUnplacedSessionIsAccepted() {
        SyncSession s = new SyncSession(0, 1, SessionKind.LAB, WeeklyPattern.unplaced(), null);

        assertThat(s.pattern().isPlaced()).isFalse();
    }

    @Test
    void missingKindIsRefused() {
        assertRefused(() -> new SyncSession(0, 1, null, MO_WE_MORNING, null), "kind", "kind");
    }

    @Test
    void missingPatternIsRefused() {
        assertRefused(() -> new SyncSession(0, 1, SessionKind.LECTURE, null, null), "days", "--tba");
    }

    @ParameterizedTest
    @CsvSource({
        "https://zoom.us/j/123, true",
        "HTTPS://meet.example.edu/cs101, true",
        "http://example.edu/room, true",
        "' https://zoom.us/j/123 ', true",
        "zoommtg://zoom.us/join?confno=123, true",
        "msteams://teams.microsoft.com/l/meetup-join, true",
        "ENG 204, false",
        "online at https://zoom.us, false",
    })
    void isOnlineForMeetingLinks(String location, boolean online) {
        assertThat(at(location).isOnline()).isEqualTo(online);
    }

    @Test
    void noLocationIsNotOnline() {
        assertThat(at(null).isOnline()).isFalse();
        assertThat(at("   ").location()).isNull();
    }

    @Test
    void theLocationIsStripped() {
        assertThat(at("  ENG 204 ").location()).isEqualTo("ENG 204");
    }
}

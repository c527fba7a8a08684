package org.courseplanner.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ical4j's zones are registered once, whether its service file started them or the exporter does. */
class Ical4jZoneRulesTest {
    @Test
    void theProviderIsMissingUntilOneOfItsZonesIsThere() {
        assertThat(Ical4jZoneRules.missing(Set.of("Europe/Berlin", "America/New_York"))).isTrue();
        assertThat(Ical4jZoneRules.missing(Set.of("Europe/Berlin", "ical4j~0a1b2c3d-0000-4000-8000-000000000000"))).isFalse();
    }

    @Test
    void registeringWhereTheServiceFileDidAddsNoSecondSetOfZones() {
        long before = ical4jZones();

        Ical4jZoneRules.register();
        Ical4jZoneRules.register();

        assertThat(before).isPositive(); // the tests' class path keeps ical4j's service file
        assertThat(ical4jZones()).isEqualTo(before);
    }

    private static long ical4jZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.startsWith(Ical4jZoneRules.PREFIX)).count();
    }
}

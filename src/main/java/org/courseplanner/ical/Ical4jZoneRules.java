package org.courseplanner.ical;

import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.Set;
import net.fortuna.ical4j.model.DefaultZoneRulesProvider;

/**
 * ical4j's zone rules provider ({@code ical4j~<id>} zones), registered when the exporter first runs.
 * ical4j names it in a service file, so java.time would start it the first time any zone is looked
 * up: reading its zone list and making a random id for each of ~600 zones, a third of a second of
 * every command, the window's start and every import included, none of which use those zones. The
 * packaged jar leaves the service file out (pom.xml); where it is still there (the tests, the
 * module path) the provider is already registered and this does nothing.
 */
final class Ical4jZoneRules {
    static final String PREFIX = "ical4j~";
    private static boolean registered;

    private Ical4jZoneRules() {
    }

    /** Before ical4j builds a property with a TZID in this process. */
    static synchronized void register() {
        if (registered) {
            return;
        }
        registered = true;
        if (missing(ZoneId.getAvailableZoneIds())) {
            ZoneRulesProvider.registerProvider(new DefaultZoneRulesProvider());
        }
    }

    /** Whether no ical4j provider has registered its zones yet. */
    static boolean missing(Set<String> zoneIds) {
        return zoneIds.stream().noneMatch(id -> id.startsWith(PREFIX));
    }
}

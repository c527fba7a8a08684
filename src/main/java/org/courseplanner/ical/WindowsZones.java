package org.courseplanner.ical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Outlook's Windows zone names ("W. Europe Standard Time") and their IANA zones, from CLDR's windowsZones. */
final class WindowsZones {
    private static final Map<String, ZoneId> ZONES = load();

    private WindowsZones() {
    }

    static Optional<ZoneId> zone(String windowsName) {
        return Optional.ofNullable(ZONES.get(windowsName.strip().toLowerCase(Locale.ROOT)));
    }

    /** Every zone the mapping names, in its order (west to east): the likeliest candidates for a school. */
    static Iterable<ZoneId> all() {
        return Collections.unmodifiableCollection(ZONES.values());
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        try (InputStream in = WindowsZones.class.getResourceAsStream("windows-zones.txt")) {
            if (in == null) {
                return zones;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split("\t");
                if (line.startsWith("#") || parts.length != 2) {
                    continue;
                }
                try {
                    zones.put(parts[0].strip().toLowerCase(Locale.ROOT), ZoneId.of(parts[1].strip()));
                } catch (RuntimeException e) {
                    // a zone this JDK does not know: leave that name out
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zones;
    }
}

package org.courseplanner.ical;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.courseplanner.domain.Term;

/**
 * Turns a TZID into the IANA zone java.time knows. A VTIMEZONE in the file that defines the TZID
 * wins: the zone chosen is one whose offsets agree with it over the term (the zone the name says,
 * or CLDR's zone for a Windows name, first). Without one, the name decides: an IANA id (also with
 * a leading "/" or a "/mozilla.org/…/" prefix) or a Windows name ("W. Europe Standard Time").
 */
final class ZoneResolver {
    private final Map<String, IcsComponent> definitions = new HashMap<>();
    private final Map<String, Object> resolved = new HashMap<>(); // a ZoneId, or the UnusableItem to throw
    private final Term term;
    private final Instant from;
    private final Instant to;

    ZoneResolver(IcsComponent calendar, Term term) {
        for (IcsComponent vtimezone : calendar.children("VTIMEZONE")) {
            vtimezone.property("TZID").map(p -> p.value().strip()).ifPresent(id -> definitions.putIfAbsent(id, vtimezone));
        }
        this.term = term;
        this.from = term.firstDay().minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.to = term.lastDay().plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The zone; throws {@link UnusableItem} with a sentence saying what is wrong and how to fix it. */
    ZoneId zone(String tzid) {
        String id = tzid.strip();
        Object r = resolved.computeIfAbsent(id, this::resolve);
        if (r instanceof UnusableItem problem) {
            throw problem;
        }
        return (ZoneId) r;
    }

    private Object resolve(String id) {
        Optional<ZoneId> named = byName(id);
        IcsComponent definition = definitions.get(id);
        if (definition == null) {
            return named.isPresent() ? named.get()
                    : new UnusableItem("its time zone \"" + id + "\" is not one Course Planner knows, and the file does not define it "
                    + "(no VTIMEZONE). Export the calendar again with an IANA zone name such as Europe/Berlin, or with its VTIMEZONE");
        }
        Optional<VTimeZoneOffsets> offsets = VTimeZoneOffsets.of(definition, from, to);
        if (offsets.isEmpty()) {
            return named.isPresent() ? named.get()
                    : new UnusableItem("its time zone \"" + id + "\" is defined in the file without readable offsets, and the name is not "
                    + "one Course Planner knows. Export the calendar again with an IANA zone name such as Europe/Berlin");
        }
        for (ZoneId candidate : candidates(named, term)) {
            if (offsets.get().agreesWith(candidate, from, to)) {
                return candidate;
            }
        }
        return new UnusableItem("its time zone \"" + id + "\" is defined in the file with UTC offsets that no time zone Course Planner "
                + "knows has during " + term.name() + " (" + term.firstDay() + " to " + term.lastDay() + "). Export the calendar again "
                + "with an IANA zone name such as Europe/Berlin");
    }

    /**
     * The zone the name says, the term's own two zones, CLDR's Windows zones, then every zone the
     * JDK knows by an IANA name (not the ids ical4j registers for the files it parses, which mean
     * nothing in the next run).
     */
    private static Iterable<ZoneId> candidates(Optional<ZoneId> named, Term term) {
        Set<ZoneId> all = new LinkedHashSet<>();
        named.ifPresent(all::add);
        all.add(term.schoolZone());
        all.add(term.studentZone());
        WindowsZones.all().forEach(all::add);
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            if (id.contains("/") && !id.startsWith("ical4j") && !id.startsWith("SystemV/")) {
                all.add(ZoneId.of(id));
            }
        }
        return all;
    }

    /** An IANA id as written, without a leading '/', after a "/mozilla.org/20050126_1/" prefix, or a Windows name. */
    static Optional<ZoneId> byName(String id) {
        List<String> tries = new ArrayList<>();
        tries.add(id);
        String[] parts = id.replaceFirst("^/+", "").split("/");
        for (int i = 0; i < parts.length; i++) {
            tries.add(String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length)));
        }
        for (String t : tries) {
            if (t.isBlank() || (!t.contains("/") && !t.equals(id.replaceFirst("^/+", "")))) {
                continue; // "Berlin" alone is not a zone, "UTC" as the whole name is
            }
            try {
                return Optional.of(ZoneId.of(t));
            } catch (RuntimeException e) {
                // not this spelling
            }
        }
        return WindowsZones.zone(id);
    }
}

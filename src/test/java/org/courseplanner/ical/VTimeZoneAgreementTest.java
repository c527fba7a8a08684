package org.courseplanner.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every VTIMEZONE the exporter can write, read by Mozilla's ical.js, names the same instants as
 * java.time: for every zone the JDK knows, over ten years, around every change and once a month.
 */
class VTimeZoneAgreementTest {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2035, 12, 31);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Test
    void icalJsReadsEveryZoneAsJavaTimeDoes(@TempDir Path dir) throws Exception {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Course Planner//tests//EN\r\n");
        List<String> queries = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int zones = 0;
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            if (id.startsWith("ical4j")) {
                continue; // ical4j registers its own parsed zones with java.time
            }
            ZoneId zone = ZoneId.of(id);
            ics.append(CompactTimeZone.of(zone, FROM, TO));
            zones++;
            ZoneRules rules = zone.getRules();
            List<LocalDateTime> wallClocks = new ArrayList<>();
            for (LocalDate d = FROM; d.isBefore(TO); d = d.plusMonths(1)) {
                Instant noon = d.atTime(12, 0).toInstant(ZoneOffset.UTC);
                // ical.js converts an instant to a wall clock wrongly in the hour after a change, so only far from changes
                queries.add("U " + id + " " + noon.getEpochSecond());
                expected.add(SECONDS.format(LocalDateTime.ofInstant(noon, zone)));
                wallClocks.add(d.atTime(12, 0));
            }
            Instant end = TO.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (ZoneOffsetTransition t = rules.nextTransition(FROM.atStartOfDay(ZoneOffset.UTC).toInstant());
                 t != null && t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
                LocalDateTime before = t.isGap() ? t.getDateTimeBefore() : t.getDateTimeAfter();
                LocalDateTime after = t.isGap() ? t.getDateTimeAfter() : t.getDateTimeBefore();
                wallClocks.addAll(List.of(before.minusHours(1), before.minusSeconds(1), after, after.plusSeconds(1), after.plusHours(1)));
            }
            for (LocalDateTime wallClock : wallClocks) {
                if (rules.getValidOffsets(wallClock).size() == 1) {
                    queries.add("L " + id + " " + SECONDS.format(wallClock));
                    expected.add(String.valueOf(wallClock.atZone(zone).toEpochSecond()));
                }
            }
        }
        ics.append("END:VCALENDAR\r\n");
        Path file = Files.writeString(dir.resolve("zones.ics"), ics);
        Path questions = Files.write(dir.resolve("queries.txt"), queries);

        List<String> answers = IndependentReaders.node("icaljs-zone-offsets.mjs", file.toString(), questions.toString()).lines().toList();

        List<String> differences = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            if (i >= answers.size() || !answers.get(i).equals(expected.get(i))) {
                differences.add(queries.get(i) + ": java.time " + expected.get(i) + ", ical.js " + (i < answers.size() ? answers.get(i) : "nothing"));
            }
        }
        assertThat(zones).isGreaterThan(500);
        assertThat(queries).hasSizeGreaterThan(100_000);
        assertThat(differences).as("%d of %d answers differ", differences.size(), queries.size()).isEmpty();
    }
}

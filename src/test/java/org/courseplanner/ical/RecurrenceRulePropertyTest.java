package org.courseplanner.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Weekly rules are expanded once per starting day and moved to each start's time: the meetings
 * must be exactly those of ical4j expanding the rule from the start itself, for any days,
 * interval, COUNT or UNTIL (a wall-clock time, a UTC time, a date), any time of day and any span.
 */
class RecurrenceRulePropertyTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    record Case(String rule, List<LocalDateTime> starts, LocalDateTime from, LocalDateTime end) {
    }

    @Property(tries = 400)
    void meetingsAreThoseOfTheRuleExpandedFromEachStart(@ForAll("cases") Case c) {
        RecurrenceRule shared = new RecurrenceRule(c.rule(), i -> LocalDateTime.ofInstant(i, NEW_YORK));
        for (LocalDateTime start : c.starts()) {
            List<LocalDateTime> got;
            try {
                got = shared.occurrences(start, c.from(), c.end());
            } catch (UnusableItem tooMany) {
                continue; // refused before anything is expanded; RecurrenceRuleTest covers the refusal
            }
            List<LocalDateTime> expected = reference(c.rule(), start, c.end());
            // meetings before {@code from} may be left out; from there on, every meeting and nothing else
            assertThat(got.stream().filter(t -> !t.isBefore(c.from())).toList())
                    .as("%s from %s", c.rule(), start)
                    .isEqualTo(expected.stream().filter(t -> !t.isBefore(c.from())).toList());
            assertThat(expected).as("%s from %s: an earlier meeting that is not the rule's", c.rule(), start).containsAll(got);
        }
    }

    /** ical4j on its own: the whole rule from the start, UNTIL as the wall-clock time the importer reads it as. */
    private static List<LocalDateTime> reference(String rule, LocalDateTime start, LocalDateTime end) {
        String local = rule;
        int at = rule.indexOf("UNTIL=");
        if (at >= 0) {
            int stop = rule.indexOf(';', at);
            String value = rule.substring(at + 6, stop < 0 ? rule.length() : stop);
            LocalDateTime until = value.length() == 8 ? LocalDate.parse(value, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).atTime(23, 59, 59)
                    : value.endsWith("Z") ? LocalDateTime.ofInstant(LocalDateTime.parse(value.substring(0, 15), RecurrenceRule.LOCAL)
                            .toInstant(ZoneOffset.UTC), NEW_YORK)
                    : LocalDateTime.parse(value, RecurrenceRule.LOCAL);
            local = rule.substring(0, at) + "UNTIL=" + RecurrenceRule.LOCAL.format(until) + (stop < 0 ? "" : rule.substring(stop));
        }
        List<LocalDateTime> dates = new ArrayList<>(new Recur<LocalDateTime>(local).getDates(start, start, end, 100_000));
        dates.removeIf(t -> !t.isBefore(end) || t.isBefore(start));
        dates.sort(null);
        return dates;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.values()).set().ofMinSize(1).ofMaxSize(7);
        Arbitrary<Integer> interval = Arbitraries.integers().between(1, 3);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 3 * 365).map(n -> LocalDate.of(2025, 1, 1).plusDays(n));
        Arbitrary<LocalDateTime> time = Combinators.combine(day, Arbitraries.integers().between(0, 24 * 4 - 1),
                Arbitraries.of(0, 0, 0, 30)).as((d, quarter, second) -> d.atTime(quarter / 4, quarter % 4 * 15, second));
        Arbitrary<String> ending = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.integers().between(1, 40).map(n -> ";COUNT=" + n),
                time.map(t -> ";UNTIL=" + RecurrenceRule.LOCAL.format(t)),
                time.map(t -> ";UNTIL=" + RecurrenceRule.LOCAL.format(t) + "Z"),
                day.map(d -> ";UNTIL=" + d.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
        Arbitrary<String> rule = Combinators.combine(days, interval, ending, Arbitraries.of("", ";WKST=SU", ";WKST=MO"))
                .as((ds, n, end, wkst) -> "FREQ=WEEKLY" + (n > 1 ? ";INTERVAL=" + n : "") + ";BYDAY=" + String.join(",", ds.stream()
                        .sorted().map(d -> d.name().substring(0, 2)).toList()) + end + wkst);
        // several starts share the rule, some on the same day at other times (they share one expansion)
        Arbitrary<List<LocalDateTime>> starts = time.flatMap(first -> Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(m -> first.toLocalDate().atStartOfDay().plusMinutes(m)).list().ofMinSize(0).ofMaxSize(3)
                .map(same -> {
                    List<LocalDateTime> all = new ArrayList<>(same);
                    all.add(0, first);
                    return all;
                }));
        Arbitrary<LocalDateTime> from = day.map(LocalDate::atStartOfDay);
        return Combinators.combine(rule, starts, from, Arbitraries.integers().between(1, 400))
                .as((r, s, f, length) -> new Case(r.toUpperCase(Locale.ROOT), s, f, f.plusDays(length)));
    }
}

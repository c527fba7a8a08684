package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.cli.RandomPlans.PlanBuilder;
import org.courseplanner.domain.WeeklyWindow;
import org.courseplanner.ical.IndependentReaders;
import org.courseplanner.ical.IndependentReaders.ReadOccurrence;
import org.courseplanner.ical.IndependentReaders.Reader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calendar truth (issue 12): random plans built through the command line, exported, and read
 * back by two independent readers (ical.js, recurring-ical-events) must show every occurrence
 * at the instants the planner's own agenda shows. See docs/calendar-truth.md.
 *
 * <p>Seeded: {@code -DcalendarTruth.seed=N} and {@code -DcalendarTruth.plans=N} change the run;
 * the .ics of every plan with a difference is kept under {@code target/calendar-truth/}.
 */
class ExportReadersPropertyTest {
    static final long SEED = Long.getLong("calendarTruth.seed", 20_261_205L);
    static final int PLANS = Integer.getInteger("calendarTruth.plans", 64);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXPORT_UID = Pattern.compile("^[^@]+?-(\\d+)(?:-w(\\d+))?(-task)?@course-planner$");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm xxx", Locale.ENGLISH);
    private static final Path KEPT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/calendar-truth");

    @TempDir
    Path dir;

    @BeforeAll
    static void readersInstalled() {
        IndependentReaders.requireAvailable(Reader.ICAL_JS);
        IndependentReaders.requireAvailable(Reader.RFC5545);
    }

    @Test
    void randomPlansReadTheSameInBothIndependentReadersAsInTheAgenda() throws IOException {
        Random seeds = new Random(SEED);
        Map<Reader, Integer> compared = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        List<String> all = new ArrayList<>();
        int plansWithDifferences = 0;
        int differences = 0;
        int refused = 0;
        for (int n = 1; n <= PLANS; n++) {
            long planSeed = seeds.nextLong();
            PlanBuilder plan = new PlanBuilder(new CliRun(dir.resolve("plan-" + n + ".db")), new Random(planSeed), "Term " + n);
            plan.build();
            refused += plan.refused;
            Check check = check(plan.cli, plan.termName, dir.resolve("plan-" + n + ".ics"));
            check.compared.forEach((reader, count) -> compared.merge(reader, count, Integer::sum));
            if (!check.differences.isEmpty()) {
                plansWithDifferences++;
                differences += check.differences.size();
                Path kept = keep(check.ics, "plan-" + n + ".ics");
                for (String d : check.differences) {
                    all.add(n + "\t" + plan.school + "\t" + plan.mine + "\t" + d.replace('\n', ' '));
                }
                report.add("plan " + n + " (seed " + planSeed + "), school " + plan.school + ", mine " + plan.mine + ", "
                        + check.differences.size() + " differences, kept " + kept + "\n  built with:\n    "
                        + String.join("\n    ", plan.commands) + "\n  " + String.join("\n  ",
                        check.differences.subList(0, Math.min(40, check.differences.size())))
                        + (check.differences.size() > 40 ? "\n  … and " + (check.differences.size() - 40) + " more" : ""));
            }
        }
        String figures = "seed " + SEED + ": " + PLANS + " plans, occurrences compared " + compared + ", " + differences
                + " differences in " + plansWithDifferences + " plans, " + refused + " commands refused by the planner"
                + ", tzdata java " + javaTzdata();
        System.out.println("calendar truth: " + figures);
        Files.createDirectories(KEPT);
        Files.writeString(KEPT.resolve("summary.txt"), figures + "\n\n" + String.join("\n\n", report) + "\n");
        Files.write(KEPT.resolve("differences.tsv"), all); // plan, school zone, my zone, difference: one a line
        assertThat(compared.values()).as("occurrences compared per reader").allMatch(c -> c > PLANS);
        assertThat(report).as("differences between the agenda and the readers of the export (" + figures
                + "); every report is also in " + KEPT.resolve("summary.txt")).isEmpty();
    }

    /** Issue 12's own reproduction: a spring break in New York the week before DST starts in 2027. */
    @Test
    void springBreakCancelsClassesAndTheDeadlineStaysAt2359InNewYork() throws IOException {
        CliRun cli = new CliRun(dir.resolve("repro.db"));
        cli.ok("term", "add", "Spring 2027", "--start", "2027-01-25", "--end", "2027-05-14", "--zone", "America/New_York",
                "--my-zone", "America/New_York", "--break", "Spring break=2027-03-08..2027-03-12");
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming");
        long lecture = id(cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15"));
        cli.ok("course", "add", "ENG 110", "--title", "Writing", "--delivery", "async");
        long essay = id(cli.ok("module", "add", "ENG 110", "--title", "Essay", "--due", "2027-03-10T23:59"));
        Path ics = dir.resolve("repro.ics");
        cli.ok("export", "--out", ics.toString(), "--term", "Spring 2027");
        ZoneId ny = ZoneId.of("America/New_York");
        Instant due = ZonedDateTime.of(2027, 3, 10, 23, 59, 0, 0, ny).toInstant();
        List<String> problems = new ArrayList<>();
        for (Reader reader : Reader.values()) {
            List<ReadOccurrence> read = IndependentReaders.read(reader, ics, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20));
            for (ReadOccurrence o : read) {
                Key key = Key.of(o);
                if (key != null && key.itemId == lecture && o.start() != null) {
                    LocalDate day = o.start().atZone(ny).toLocalDate();
                    if (!day.isBefore(LocalDate.of(2027, 3, 8)) && !day.isAfter(LocalDate.of(2027, 3, 12))) {
                        problems.add(reader.label() + ": a lecture in the spring break, " + SHOWN.format(o.start().atZone(ny)));
                    }
                }
            }
            List<Instant> deadlines = read.stream().filter(o -> {
                Key key = Key.of(o);
                return key != null && key.itemId == essay && "VEVENT".equals(o.component());
            }).map(ReadOccurrence::start).toList();
            if (!deadlines.equals(List.of(due))) {
                problems.add(reader.label() + ": the essay is due at " + deadlines.stream().map(i -> i == null ? "a floating time"
                        : SHOWN.format(i.atZone(ny))).toList() + ", not " + SHOWN.format(due.atZone(ny)));
            }
            long lecturesInMarch = read.stream().filter(o -> {
                Key key = Key.of(o);
                return key != null && key.itemId == lecture;
            }).count();
            // Mar 1, 3, 15, 17 meet (Mar 8 and 10 are in the break)
            if (lecturesInMarch != 4) {
                problems.add(reader.label() + ": " + lecturesInMarch + " lectures from Mar 1 to Mar 20, not 4");
            }
        }
        Check check = check(cli, "Spring 2027", dir.resolve("repro-all.ics"));
        problems.addAll(check.differences);
        if (!problems.isEmpty()) {
            keep(ics, "repro.ics");
        }
        assertThat(problems).as("the export of issue 12's reproduction, kept in " + KEPT.resolve("repro.ics")).isEmpty();
    }

    // ---------------------------------------------------------------- comparison

    /** What an occurrence is: the item it comes from, the module week (deadlines, to-dos), a to-do or not. */
    record Key(long itemId, int week, boolean task) {
        static Key of(ReadOccurrence o) {
            Matcher m = o.uid() == null ? null : EXPORT_UID.matcher(o.uid());
            if (m == null || !m.matches()) {
                return null;
            }
            return new Key(Long.parseLong(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3) != null);
        }
    }

    /** One occurrence with its instants (end may be null for a to-do without DUE) and how to show it. */
    record Seen(Key key, String what, Instant start, Instant end, ZoneId zone) {
        /** What decides whether it is in the compared span: a to-do's due time (the agenda knows it by its deadline), else its start. */
        Instant anchor() {
            return key.task && end != null ? end : start != null ? start : end;
        }
    }

    record Check(Path ics, Map<Reader, Integer> compared, List<String> differences) {
    }

    /** Exports the term, reads the agenda and both readers, and lists every difference. */
    static Check check(CliRun cli, String termName, Path ics) throws IOException {
        JsonNode list = JSON.readTree(cli.ok("list", "--json", "--term", termName));
        JsonNode term = list.get(0);
        ZoneId school = ZoneId.of(term.get("zone").asText());
        LocalDate first = LocalDate.parse(term.get("start").asText());
        LocalDate last = LocalDate.parse(term.get("end").asText());
        Map<Long, ZoneId> zones = new HashMap<>();
        Map<Long, JsonNode> modules = new HashMap<>();
        for (JsonNode item : list) {
            if ("commitment".equals(item.path("type").asText())) {
                zones.put(item.get("id").asLong(), ZoneId.of(item.get("zone").asText()));
            }
            if ("module".equals(item.path("type").asText())) {
                modules.put(item.get("id").asLong(), item);
            }
        }
        cli.ok("export", "--out", ics.toString(), "--tasks", "--with-commitments", "--term", termName);

        // everything starting in [from, to) is compared; the agenda and the readers are asked for more
        Instant from = first.minusDays(6).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant to = last.plusDays(20).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        JsonNode agenda = JSON.readTree(cli.ok("agenda", "--json", "--term", termName, "--from", first.minusDays(8).toString(),
                "--to", last.plusDays(22).toString()));
        List<Seen> expected = new ArrayList<>();
        for (JsonNode row : agenda) {
            long id = row.get("id").asLong();
            String type = row.get("type").asText();
            Instant start = OffsetDateTime.parse(row.get("start").asText()).toInstant();
            Instant end = OffsetDateTime.parse(row.get("end").asText()).toInstant();
            ZoneId zone = zones.getOrDefault(id, school);
            String what = type + " " + id + " \"" + row.get("title").asText() + "\"";
            int week = "deadline".equals(type) ? row.get("week").asInt() : 0;
            expected.add(new Seen(new Key(id, week, false), what, start, end, zone));
            if ("deadline".equals(type)) {
                // the to-do of the same window: from when it opens until it is due
                LocalDateTime opens = opens(modules.get(id), week);
                expected.add(new Seen(new Key(id, week, true), "to-do of " + what, opens.atZone(school).toInstant(), end, school));
            }
        }
        expected.removeIf(s -> s.anchor().isBefore(from) || !s.anchor().isBefore(to));

        Map<Reader, Integer> compared = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        for (Reader reader : Reader.values()) {
            List<ReadOccurrence> read;
            try {
                // a reader keeps what STARTS in its range: a to-do may open weeks before its due time
                read = IndependentReaders.read(reader, ics, first.minusDays(60), last.plusDays(60));
            } catch (AssertionError refused) {
                // the reader refused the whole file: that is a difference too, for every occurrence of the plan
                differences.add(refused.getMessage());
                compared.put(reader, 0);
                continue;
            }
            List<Seen> got = new ArrayList<>();
            for (ReadOccurrence o : read) {
                Key key = Key.of(o);
                if (key == null) {
                    differences.add(reader.label() + ": an occurrence with a UID the planner does not write: " + o);
                    continue;
                }
                if (o.floating()) {
                    differences.add(reader.label() + ": " + o.component() + " " + o.uid() + " has floating or date-only times ("
                            + o.localStart() + " - " + o.localEnd() + ")");
                    continue;
                }
                Seen seen = new Seen(key, o.component() + " \"" + o.summary() + "\"", o.start(), o.end(), null);
                if (seen.anchor() == null || seen.anchor().isBefore(from) || !seen.anchor().isBefore(to)) {
                    continue;
                }
                got.add(seen);
            }
            compared.put(reader, got.size());
            differences.addAll(compare(reader, school, expected, got));
        }
        return new Check(ics, compared, differences);
    }

    /** Pairs expected and read occurrences by key and start; what is left over is missing or extra. */
    static List<String> compare(Reader reader, ZoneId school, List<Seen> expected, List<Seen> got) {
        List<String> out = new ArrayList<>();
        List<Seen> extra = new ArrayList<>(got);
        List<Seen> missing = new ArrayList<>();
        for (Seen e : expected) {
            Seen match = extra.stream().filter(g -> g.key.equals(e.key) && e.start.equals(g.start)).findFirst().orElse(null);
            if (match == null) {
                missing.add(e);
                continue;
            }
            extra.remove(match);
            if (!e.end.equals(match.end)) {
                out.add(reader.label() + ": " + e.what + " starting " + show(e.start, e.zone) + ": expected end " + show(e.end, e.zone)
                        + ", got " + show(match.end, e.zone) + " (" + delta(e.end, match.end) + ")");
            }
        }
        // a missing and an extra occurrence of the same item less than a day apart: one moved occurrence
        for (Iterator<Seen> it = missing.iterator(); it.hasNext(); ) {
            Seen e = it.next();
            Seen near = extra.stream().filter(g -> g.key.equals(e.key) && g.start != null
                            && Duration.between(e.start, g.start).abs().compareTo(Duration.ofHours(26)) < 0)
                    .min(Comparator.comparing(g -> Duration.between(e.start, g.start).abs())).orElse(null);
            if (near != null) {
                extra.remove(near);
                it.remove();
                out.add(reader.label() + ": " + e.what + ": expected " + show(e.start, e.zone) + " – " + show(e.end, e.zone)
                        + ", got " + show(near.start, e.zone) + " – " + show(near.end, e.zone) + " (start " + delta(e.start, near.start)
                        + ")");
            }
        }
        for (Seen e : missing) {
            out.add(reader.label() + ": " + e.what + " " + show(e.start, e.zone) + " – " + show(e.end, e.zone) + " is missing");
        }
        for (Seen g : extra) {
            out.add(reader.label() + ": extra " + g.what + " (" + g.key + ") " + show(g.start, school) + " – " + show(g.end, school)
                    + ", which the agenda does not have");
        }
        return out;
    }

    static LocalDateTime opens(JsonNode module, int week) {
        if ("weekly".equals(module.get("schedule").asText())) {
            String[] opens = module.get("opens").asText().split("@");
            String[] due = module.get("due").asText().split("@");
            return new WeeklyWindow(day(opens[0]), LocalTime.parse(opens[1]), day(due[0]), LocalTime.parse(due[1]),
                    module.get("weeks").asInt(), LocalDate.parse(module.get("from").asText())).opens(week);
        }
        return new SingleWindow(LocalDateTime.parse(module.get("opens").asText()), LocalDateTime.parse(module.get("due").asText()))
                .opens();
    }

    private static DayOfWeek day(String code) {
        return List.of(DayOfWeek.values()).stream().filter(d -> d.name().startsWith(code)).findFirst().orElseThrow();
    }

    static String show(Instant instant, ZoneId zone) {
        return instant == null ? "(none)" : SHOWN.format(instant.atZone(zone)) + " " + zone.getId();
    }

    static String delta(Instant expected, Instant got) {
        if (got == null || expected == null) {
            return "one side has none";
        }
        long minutes = Duration.between(expected, got).toMinutes();
        return (minutes >= 0 ? "+" : "") + minutes + " min";
    }

    static long id(String added) {
        return RandomPlans.id(added);
    }

    static Path keep(Path ics, String name) throws IOException {
        Files.createDirectories(KEPT);
        return Files.copy(ics, KEPT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static String javaTzdata() {
        return ZoneRulesProvider.getVersions("UTC").lastKey();
    }
}

package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.courseplanner.cli.RandomPlans.PlanBuilder;
import org.courseplanner.ical.IndependentReaders;
import org.courseplanner.ical.IndependentReaders.ReadOccurrence;
import org.courseplanner.ical.IndependentReaders.Reader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: export → import → export gives the same occurrences and the same items. Plan A is
 * exported to a.ics, imported into plan B (a new plan file with the same {@code term add}), and B
 * is exported to b.ics. a.ics and b.ics must read the same in ical.js (occurrences by SUMMARY,
 * start and end; per VEVENT LOCATION, CATEGORIES and X-COURSE-PLANNER-KIND), and A's and B's
 * agendas must list the same meetings (start, end, title, type, location).
 *
 * <p>The random plans are {@link RandomPlans}' with the seed of {@link ExportReadersPropertyTest}
 * ({@code -DcalendarTruth.seed=N}); {@code -DroundTrip.plans=N} changes how many. The files of every
 * plan with a difference are kept under {@code target/round-trip/}. See docs/calendar-truth.md.
 */
class ExportImportRoundTripTest {
    static final long SEED = Long.getLong("calendarTruth.seed", 20_261_205L);
    static final int PLANS = Integer.getInteger("roundTrip.plans", 24);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm xxx", Locale.ENGLISH);
    private static final Path KEPT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/round-trip");
    private static final int SHOWN_PER_PLAN = 30;

    @TempDir
    Path dir;

    @BeforeAll
    static void readerInstalled() {
        IndependentReaders.requireAvailable(Reader.ICAL_JS);
    }

    @Test
    void randomPlansComeBackTheSameAfterExportImportExport() throws IOException {
        Random seeds = new Random(SEED);
        List<String> report = new ArrayList<>();
        List<String> all = new ArrayList<>();
        Figures total = new Figures();
        int plansWithDifferences = 0;
        int refused = 0;
        for (int n = 1; n <= PLANS; n++) {
            long planSeed = seeds.nextLong();
            Path planDir = Files.createDirectories(dir.resolve("plan-" + n));
            PlanBuilder plan = new PlanBuilder(new CliRun(planDir.resolve("a.db")), new Random(planSeed), "Term " + n);
            // half the plans with codes such as "CS 101", half with the generator's "C1" (any text is a code for `course add`)
            plan.codePrefix = n % 2 == 0 ? "CS 10" : "C";
            plan.build();
            refused += plan.refused;
            boolean tasks = n % 3 == 0; // a third of the plans with to-dos as well
            RoundTrip trip = roundTrip(plan.cli, plan.termCommand, plan.termName, planDir, tasks);
            total.add(trip.figures);
            if (!trip.differences.isEmpty()) {
                plansWithDifferences++;
                Path kept = keep(trip, "plan-" + n, plan.commands);
                trip.differences.forEach(d -> all.add(plan.school + "\t" + d.replace('\n', ' ')));
                report.add("plan " + n + " (seed " + planSeed + "), school " + plan.school + ", mine " + plan.mine
                        + (tasks ? ", with --tasks" : "") + ": " + trip.differences.size() + " differences, files in " + kept
                        + "\n  built with:\n    " + String.join("\n    ", plan.commands) + "\n  "
                        + String.join("\n  ", trip.differences.subList(0, Math.min(SHOWN_PER_PLAN, trip.differences.size())))
                        + (trip.differences.size() > SHOWN_PER_PLAN ? "\n  … and " + (trip.differences.size() - SHOWN_PER_PLAN) + " more" : ""));
            }
        }
        String figures = "seed " + SEED + ": " + PLANS + " plans, " + total + ", " + all.size() + " differences in "
                + plansWithDifferences + " plans, " + refused + " commands refused by the planner";
        System.out.println("round trip: " + figures);
        Files.createDirectories(KEPT);
        Files.writeString(KEPT.resolve("summary.txt"), figures + "\n\n" + String.join("\n\n", report) + "\n");
        Files.write(KEPT.resolve("differences.tsv"), all); // school zone, difference: one a line
        assertThat(total.occurrences).as("occurrences compared").isGreaterThan(PLANS);
        assertThat(report).as("differences after export → import → export (" + figures + "); the report is also in "
                + KEPT.resolve("summary.txt")).isEmpty();
    }

    /** A hand-made plan with every kind of item, DST nights in both zones, a link as a place. */
    @Test
    void aRichPlanComesBackTheSame() throws IOException {
        List<String> term = List.of("term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone",
                "America/New_York", "--my-zone", "Europe/Berlin", "--break", "Thanksgiving=2026-11-25..2026-11-29");
        CliRun a = new CliRun(dir.resolve("rich-a.db"));
        a.ok(term.toArray(String[]::new));
        a.ok("course", "add", "CS 101", "--title", "Intro to Programming", "--credits", "4");
        a.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204, Room 3");
        a.ok("session", "add", "CS 101", "--days", "FR", "--start", "14:00", "--end", "15:30", "--every", "2", "--kind", "lab",
                "--location", "https://meet.example.edu/cs101-lab?room=4");
        // SU 01:30-02:30 in New York: on 2026-11-01 01:30 happens twice
        a.ok("session", "add", "CS 101", "--days", "SU", "--start", "01:30", "--end", "02:30", "--kind", "other",
                "--location", "Night lab");
        a.ok("session", "add", "CS 101", "--date", "2026-12-14", "--start", "09:00", "--end", "12:00", "--kind", "exam",
                "--location", "Gym");
        a.ok("course", "add", "HIST 210", "--title", "World History", "--delivery", "async");
        long module = RandomPlans.id(a.ok("module", "add", "HIST 210", "--title", "Unit", "--opens", "MO@09:00", "--due", "SU@23:59",
                "--weeks", "15", "--effort", "4"));
        a.ok("study", "add", String.valueOf(module), "--week", "3", "--at", "2026-09-16T19:00", "--minutes", "90");
        // a night shift in Berlin (my zone) SA 22:00-06:00: crosses the fall-back nights of Berlin (Oct 25) and New York (Nov 1)
        a.ok("commitment", "add", "Night shift", "--days", "SA", "--start", "22:00", "--end", "06:00", "--term", "Fall 2026");
        RoundTrip trip = roundTrip(a, term, "Fall 2026", dir.resolve("rich"), true);
        if (!trip.differences.isEmpty()) {
            keep(trip, "rich", List.of());
        }
        System.out.println("round trip, rich plan: " + trip.figures + ", " + trip.differences.size() + " differences");
        assertThat(trip.figures.occurrences).as("occurrences compared").isGreaterThan(80);
        assertThat(trip.differences).as("differences after export → import → export of the rich plan, files in "
                + KEPT.resolve("rich")).isEmpty();
    }

    // ---------------------------------------------------------------- the round trip

    /** What was compared in one or more plans. */
    static final class Figures {
        int occurrences;
        int events;
        int agendaRows;
        int courses;

        void add(Figures other) {
            courses += other.courses;
            occurrences += other.occurrences;
            events += other.events;
            agendaRows += other.agendaRows;
        }

        @Override
        public String toString() {
            return "occurrences compared (ical.js, a.ics) " + occurrences + ", VEVENTs of a.ics " + events + ", agenda rows of A "
                    + agendaRows + ", courses of A " + courses;
        }
    }

    record RoundTrip(Path a, Path b, Path dir, Figures figures, List<String> differences) {
    }

    /** Exports plan A, imports it into a new plan B with the same term, exports B, and lists every difference. */
    static RoundTrip roundTrip(CliRun planA, List<String> termCommand, String termName, Path dir, boolean tasks) throws IOException {
        Files.createDirectories(dir);
        Path a = dir.resolve("a.ics");
        Path b = dir.resolve("b.ics");
        List<String> differences = new ArrayList<>();
        Figures figures = new Figures();
        planA.ok(export(a, termName, tasks));

        CliRun planB = new CliRun(dir.resolve("b.db"));
        planB.ok(termCommand.toArray(String[]::new));
        CliRun.Result imported = planB.run("import", a.toString(), "--term", termName);
        Files.writeString(dir.resolve("import.txt"), imported.out() + imported.err());
        if (imported.exitCode() != 0) {
            differences.add("import refused a.ics (exit " + imported.exitCode() + "): " + imported.err().strip());
            return new RoundTrip(a, b, dir, figures, differences);
        }
        planB.ok(export(b, termName, tasks));

        JsonNode termJson = JSON.readTree(planA.ok("list", "--json", "--term", termName)).get(0);
        ZoneId school = ZoneId.of(termJson.get("zone").asText());
        LocalDate first = LocalDate.parse(termJson.get("start").asText());
        LocalDate last = LocalDate.parse(termJson.get("end").asText());

        // 1. occurrences as ical.js reads them, by component, SUMMARY, start and end
        Map<String, Integer> occA = occurrences(a, first, last, school);
        Map<String, Integer> occB = occurrences(b, first, last, school);
        figures.occurrences = occA.values().stream().mapToInt(Integer::intValue).sum();
        differences.addAll(multisetDifferences("ical.js occurrence", occA, occB, "a.ics", "b.ics"));

        // 2. per VEVENT: LOCATION, CATEGORIES, X-COURSE-PLANNER-KIND of the events with the same SUMMARY
        List<Map<String, String>> eventsA = events(a);
        List<Map<String, String>> eventsB = events(b);
        figures.events = eventsA.size();
        Map<String, TreeSet<String>> propsA = propertiesBySummary(eventsA);
        Map<String, TreeSet<String>> propsB = propertiesBySummary(eventsB);
        TreeSet<String> summaries = new TreeSet<>(propsA.keySet());
        summaries.addAll(propsB.keySet());
        for (String summary : summaries) {
            TreeSet<String> pa = propsA.get(summary);
            TreeSet<String> pb = propsB.get(summary);
            if (pa == null || pb == null) {
                continue; // a whole item missing or extra: its occurrences say so already
            }
            if (!pa.equals(pb)) {
                differences.add("VEVENT \"" + summary + "\": a.ics has " + pa + ", b.ics has " + pb);
            }
        }

        // 3. the planner's own agenda of plan A and plan B
        Map<String, Integer> agendaA = agenda(planA, termName, first, last);
        Map<String, Integer> agendaB = agenda(planB, termName, first, last);
        figures.agendaRows = agendaA.values().stream().mapToInt(Integer::intValue).sum();
        differences.addAll(multisetDifferences("agenda row", agendaA, agendaB, "plan A", "plan B"));

        // 4. the courses of plan A and plan B: code, title, delivery
        Map<String, Integer> coursesA = courses(planA, termName, first, last);
        Map<String, Integer> coursesB = courses(planB, termName, first, last);
        figures.courses = coursesA.values().stream().mapToInt(Integer::intValue).sum();
        differences.addAll(multisetDifferences("list --json course", coursesA, coursesB, "plan A", "plan B"));
        return new RoundTrip(a, b, dir, figures, differences);
    }

    private static String[] export(Path ics, String termName, boolean tasks) {
        List<String> args = new ArrayList<>(List.of("export", "--out", ics.toString(), "--with-commitments", "--term", termName));
        if (tasks) {
            args.add("--tasks");
        }
        return args.toArray(String[]::new);
    }

    /** The multiset of "component "SUMMARY" start – end" (shown in the school's zone) over the term ± a month. */
    static Map<String, Integer> occurrences(Path ics, LocalDate first, LocalDate last, ZoneId school) {
        Map<String, Integer> out = new TreeMap<>();
        for (ReadOccurrence o : IndependentReaders.icalJs(ics, first.minusMonths(1), last.plusMonths(1))) {
            String when = o.floating() ? "floating " + o.localStart() + " – " + o.localEnd()
                    : show(o.start(), school) + " – " + show(o.end(), school);
            out.merge(o.component() + " \"" + o.summary() + "\" " + when, 1, Integer::sum);
        }
        return out;
    }

    /** The multiset of agenda rows "type "title" start – end @ location" from 8 days before the term to 22 after. */
    static Map<String, Integer> agenda(CliRun cli, String termName, LocalDate first, LocalDate last) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        JsonNode rows = JSON.readTree(cli.ok("agenda", "--json", "--term", termName, "--from", first.minusDays(8).toString(), "--to",
                last.plusDays(22).toString()));
        for (JsonNode row : rows) {
            String location = row.path("location").isNull() || row.path("location").isMissingNode() ? "(none)"
                    : row.get("location").asText();
            out.merge(row.get("type").asText() + " \"" + row.get("title").asText() + "\" " + row.get("start").asText() + " – "
                    + row.get("end").asText() + " @ " + location, 1, Integer::sum);
        }
        return out;
    }

    /**
     * The multiset of "course "CODE" title, delivery" of {@code list --json}, for the courses with something on the agenda
     * (a course whose sessions never meet, all in breaks, has nothing an iCalendar file could carry).
     */
    static Map<String, Integer> courses(CliRun cli, String termName, LocalDate first, LocalDate last) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        JsonNode list = JSON.readTree(cli.ok("list", "--json", "--term", termName));
        java.util.Set<String> used = new java.util.HashSet<>();
        JSON.readTree(cli.ok("agenda", "--json", "--term", termName, "--from", first.minusDays(8).toString(), "--to",
                last.plusDays(60).toString())).forEach(row -> {
                    if (row.hasNonNull("course")) {
                        used.add(row.get("course").asText());
                    }
                });
        for (JsonNode item : list) {
            if ("course".equals(item.path("type").asText()) && used.contains(item.get("code").asText())) {
                out.merge("course \"" + item.get("code").asText() + "\" titled \"" + item.get("title").asText() + "\", "
                        + item.get("delivery").asText(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** What one side has and the other does not, grouped by the part before the time (the item). */
    static List<String> multisetDifferences(String what, Map<String, Integer> a, Map<String, Integer> b, String aName, String bName) {
        Map<String, List<String>> onlyA = new LinkedHashMap<>();
        Map<String, List<String>> onlyB = new LinkedHashMap<>();
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            int diff = a.getOrDefault(key, 0) - b.getOrDefault(key, 0);
            for (int i = 0; i < Math.abs(diff); i++) {
                (diff > 0 ? onlyA : onlyB).computeIfAbsent(item(key), k -> new ArrayList<>()).add(key);
            }
        }
        List<String> out = new ArrayList<>();
        TreeSet<String> items = new TreeSet<>(onlyA.keySet());
        items.addAll(onlyB.keySet());
        for (String item : items) {
            List<String> inA = onlyA.getOrDefault(item, List.of());
            List<String> inB = onlyB.getOrDefault(item, List.of());
            StringBuilder line = new StringBuilder(what + "s of " + item + ": ");
            if (!inA.isEmpty()) {
                line.append(inA.size()).append(" only in ").append(aName).append(" (e.g. ").append(inA.get(0)).append(")");
            }
            if (!inB.isEmpty()) {
                line.append(inA.isEmpty() ? "" : "; ").append(inB.size()).append(" only in ").append(bName).append(" (e.g. ")
                        .append(inB.get(0)).append(")");
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The item part of a key: everything up to the closing quote of its title. */
    private static String item(String key) {
        int close = key.indexOf('"', key.indexOf('"') + 1);
        return close < 0 ? key : key.substring(0, close + 1);
    }

    // ---------------------------------------------------------------- a tiny reader of VEVENT properties

    /** Every VEVENT of the file as its properties (name → value as written, after unfolding; the last of a name wins). */
    static List<Map<String, String>> events(Path ics) throws IOException {
        String unfolded = Files.readString(ics).replace("\r\n", "\n").replaceAll("\n[ \t]", "");
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        int depth = 0; // VALARM inside a VEVENT
        for (String line : unfolded.split("\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
                depth = 0;
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null && line.startsWith("BEGIN:")) {
                depth++;
            } else if (current != null && line.startsWith("END:")) {
                depth--;
            } else if (current != null && depth == 0) {
                int colon = valueStart(line);
                if (colon > 0) {
                    String name = line.substring(0, colon).split(";", 2)[0].toUpperCase(Locale.ROOT);
                    current.put(name, line.substring(colon + 1));
                }
            }
        }
        return events;
    }

    /** The colon that ends a property's name and parameters (not one inside a quoted parameter value). */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** SUMMARY → the distinct (LOCATION, CATEGORIES, X-COURSE-PLANNER-KIND) of its VEVENTs. */
    static Map<String, TreeSet<String>> propertiesBySummary(List<Map<String, String>> events) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (Map<String, String> e : events) {
            String props = "LOCATION=" + Objects.toString(e.get("LOCATION"), "(none)") + " CATEGORIES="
                    + Objects.toString(e.get("CATEGORIES"), "(none)") + " X-COURSE-PLANNER-KIND="
                    + Objects.toString(e.get("X-COURSE-PLANNER-KIND"), "(none)");
            out.computeIfAbsent(Objects.toString(e.get("SUMMARY"), "(no SUMMARY)"), k -> new TreeSet<>()).add(props);
        }
        return out;
    }

    // ---------------------------------------------------------------- reporting

    static String show(Instant instant, ZoneId zone) {
        return instant == null ? "(none)" : SHOWN.format(instant.atZone(zone));
    }

    static Path keep(RoundTrip trip, String name, List<String> commands) throws IOException {
        Path to = Files.createDirectories(KEPT.resolve(name));
        for (Path f : List.of(trip.a, trip.b, trip.dir.resolve("import.txt"))) {
            if (Files.exists(f)) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(to.resolve("differences.txt"), String.join("\n", trip.differences) + "\n");
        if (!commands.isEmpty()) {
            Files.writeString(to.resolve("commands.txt"), commands.stream().collect(Collectors.joining("\n")) + "\n");
        }
        return to;
    }
}

package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.courseplanner.cli.RandomPlans.PlanBuilder;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.sync.CalendarResource;
import org.courseplanner.ical.IcsResourceWriter;
import org.courseplanner.ical.IndependentReaders;
import org.courseplanner.ical.IndependentReaders.ReadOccurrence;
import org.courseplanner.ical.IndependentReaders.Reader;
import org.courseplanner.persistence.PlanDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a publish puts on a calendar is what an export writes: random plans, their export read as
 * one file and their calendar resources read one by one (each a calendar of its own, with its own
 * VTIMEZONEs, as a CalDAV server and a phone see them) by both independent readers, must give the
 * same occurrences. Seeded: {@code -DpublishTruth.seed=N -DpublishTruth.plans=N}.
 */
class PublishedResourcesReadersTest {
    static final long SEED = Long.getLong("publishTruth.seed", 20_261_206L);
    static final int PLANS = Integer.getInteger("publishTruth.plans", 12);
    static final ExportOptions EVERYTHING = new ExportOptions(Set.of(), true, 10, true);

    @TempDir
    Path dir;

    @BeforeAll
    static void readersInstalled() {
        IndependentReaders.requireAvailable(Reader.ICAL_JS);
        IndependentReaders.requireAvailable(Reader.RFC5545);
    }

    @Test
    void everyResourceReadAloneGivesTheOccurrencesOfTheWholeExport() throws IOException {
        Random seeds = new Random(SEED);
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (int n = 1; n <= PLANS; n++) {
            long planSeed = seeds.nextLong();
            PlanBuilder plan = new PlanBuilder(new CliRun(dir.resolve("plan-" + n + ".db")), new Random(planSeed), "Term " + n);
            plan.build();
            Path whole = dir.resolve("plan-" + n + ".ics");
            plan.cli.ok("export", "--term", plan.termName, "--out", whole.toString(), "--tasks", "--alarm", "10", "--with-commitments");
            Path folder = Files.createDirectories(dir.resolve("plan-" + n));
            Term term;
            List<CalendarResource> resources;
            Planner planner = PlanDatabase.planner(plan.cli.db, CliRun.TODAY);
            try {
                term = planner.term(plan.termName);
                resources = new IcsResourceWriter().resources(planner.plan(term.id()), planner.planUid(), planner.revisions(term.id()),
                        EVERYTHING);
            } finally {
                planner.close();
            }
            for (int i = 0; i < resources.size(); i++) {
                CalendarResource r = resources.get(i);
                assertThat(r.ics()).as("plan %d, %s", n, r.uid()).doesNotContain("METHOD:").startsWith("BEGIN:VCALENDAR\r\n")
                        .endsWith("END:VCALENDAR\r\n");
                assertThat(r.ics().replace("\r\n ", "").lines().filter(l -> l.startsWith("UID:")).distinct().toList())
                        .as("one UID per resource").containsExactly("UID:" + r.uid());
                Files.writeString(folder.resolve(String.format("%04d.ics", i)), r.ics(), StandardCharsets.UTF_8);
            }
            LocalDate from = term.firstDay().minusDays(7);
            LocalDate to = term.lastDay().plusDays(7);
            for (Reader reader : Reader.values()) {
                List<String> expected = keys(IndependentReaders.read(reader, whole, from, to));
                List<String> published = keys(IndependentReaders.read(reader, folder, from, to));
                compared += expected.size();
                if (!expected.equals(published)) {
                    List<String> missing = new ArrayList<>(expected);
                    published.forEach(missing::remove);
                    List<String> extra = new ArrayList<>(published);
                    expected.forEach(extra::remove);
                    differences.add("plan " + n + " (seed " + planSeed + "), " + reader.label() + ": missing " + head(missing)
                            + ", extra " + head(extra));
                }
            }
        }
        assertThat(compared).as("occurrences compared").isGreaterThan(PLANS * 10);
        assertThat(differences).as("differences between the export and its resources read alone").isEmpty();
    }

    private static List<String> keys(List<ReadOccurrence> occurrences) {
        return occurrences.stream().map(o -> o.uid() + " " + o.component() + " " + o.start() + " " + o.end() + " " + o.floating()
                + " " + o.localStart() + " " + o.localEnd() + " " + o.summary()).sorted().toList();
    }

    private static List<String> head(List<String> list) {
        return list.subList(0, Math.min(5, list.size()));
    }
}

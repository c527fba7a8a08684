package org.courseplanner.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogReader;
import org.courseplanner.domain.catalog.CatalogSection;
import org.courseplanner.domain.catalog.ScheduleGenerator;
import org.courseplanner.domain.catalog.ScheduleRequest;
import org.courseplanner.domain.catalog.ScheduleResults;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Whole real QuACS catalogs (real-catalogs/README.md): every section read, CRNs unique, and the same catalog through CSV. */
class RealQuacsCatalogTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @TestFactory
    Stream<DynamicTest> everyRealCatalogIsReadWholeAndSurvivesCsv() throws IOException, URISyntaxException {
        Path folder = Path.of(RealQuacsCatalogTest.class.getResource("/registrar/real-catalogs/README.md").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.filter(p -> p.getFileName().toString().matches(".*\\.json(\\.gz)?")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no real catalog in " + folder + ": see its README.md to put one there");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> readWhole(f)));
    }

    private static void readWhole(Path file) throws IOException {
        byte[] json = bytes(file);
        Term term = termOf(file.getFileName().toString());
        CatalogReader.Reading reading = new QuacsCatalogReader().read(new ByteArrayInputStream(json), term);

        JsonNode tree = new ObjectMapper().readTree(json);
        int sections = 0;
        int placedSlots = 0;
        Set<String> crns = new HashSet<>();
        for (JsonNode department : tree) {
            for (JsonNode course : department.get("courses")) {
                for (JsonNode section : course.get("sections")) {
                    sections++;
                    crns.add(section.get("crn").asText());
                    Set<JsonNode> distinct = new HashSet<>();
                    section.get("timeslots").forEach(distinct::add);
                    placedSlots += (int) distinct.stream().filter(t -> !t.path("days").isEmpty() && t.path("timeStart").asInt(-1) >= 0).count();
                }
            }
        }
        List<CatalogSection> read = reading.catalog().sections();
        assertThat(crns).as("CRNs in the file are unique").hasSize(sections);
        assertThat(read).as("sections read").hasSize(sections);
        assertThat(read.stream().map(CatalogSection::crn).distinct().count()).isEqualTo(sections);
        assertThat(read.stream().mapToLong(s -> s.meetings().stream().filter(CatalogMeeting::isPlaced).count()).sum())
                .as("meetings with days and times").isEqualTo(placedSlots);

        if (file.getFileName().toString().equals("quacs-oxy-202401.json.gz")) {
            spotChecks(reading, term);
        }

        String csv = CatalogCsv.write(reading.catalog());
        CatalogReader.Reading back = new CsvCatalogReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), term);
        assertThat(back.notes()).isEmpty();
        assertThat(back.catalog()).isEqualTo(reading.catalog());
    }

    private static void spotChecks(CatalogReader.Reading reading, Term term) {
        assertThat(reading.notes()).containsExactly("8 courses have sections named after another section, like 1-1 and 1-2 after 01 "
                + "(BIO 105, BIO 110, BIO 130, COMP 131, COMP 146, ...): read as labs (or what their titles name) taken with that section");
        LocalDate first = LocalDate.of(2024, 1, 19);
        LocalDate last = LocalDate.of(2024, 4, 27);
        assertThat(reading.catalog().requireSection("2001")).isEqualTo(new CatalogSection("2001", "AMST 215",
                "Discipline and Desire: The History of Sexuality in the United States", 4, "00", "Lecture", null, "Julie E Prebel",
                List.of(new CatalogMeeting(SessionKind.LECTURE, new WeeklyPattern(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        LocalTime.of(13, 30), LocalTime.of(14, 55), 1, first, last, null), null))));
        CatalogSection tba = reading.catalog().requireSection("2220");
        assertThat(tba.courseCode()).isEqualTo("ARTH 298");
        assertThat(tba.instructor()).isEqualTo("Stephen Andrew Van Dyck");
        assertThat(tba.meetings()).singleElement().satisfies(m -> {
            assertThat(m.isPlaced()).isFalse();
            assertThat(m.pattern().firstDate()).isEqualTo(first);
        });
        assertThat(reading.catalog().requireCourse("MATH 109A").title()).isEqualTo("Unified Precalculus and Calculus 1-B Laboratory");
        assertThat(reading.catalog().requireSection("2180").credits()).isZero();
        assertThat(reading.catalog().requireCourse("math109").sections()).extracting(CatalogSection::crn).containsExactly("2178", "2179");
        assertThat(reading.catalog().requireSection("2239")).satisfies(lab -> {
            assertThat(lab.section()).isEqualTo("1-1");
            assertThat(lab.component()).isEqualTo("Lab");
            assertThat(lab.link()).isEqualTo("1");
            assertThat(lab.meetings().get(0).kind()).isEqualTo(SessionKind.LAB);
        });

        // The generator on the real catalog: a lecture and one of its own labs for each course, counted
        // independently from the JSON (a short script): BIO 105 has 6 such pairs, MATH 110 2, and 7 of the 12 combinations fit.
        ScheduleResults results = new ScheduleGenerator(reading.catalog(), new TermPlan(term, List.of(), List.of(), List.of(), List.of(),
                List.of())).generate(ScheduleRequest.of(List.of("BIO 105", "MATH 110")), Progress.NONE);
        assertThat(results.count()).isEqualTo(7);
        assertThat(results.best()).isNotEmpty().allSatisfy(schedule -> {
            assertThat(schedule.sections()).hasSize(4);
            for (String course : List.of("BIO 105", "MATH 110")) {
                List<CatalogSection> taken = schedule.sections().stream().filter(x -> x.courseCode().equals(course)).toList();
                assertThat(taken).extracting(CatalogSection::component).containsExactlyInAnyOrder("Lecture", "Lab");
                assertThat(taken.get(0).link()).isEqualTo(taken.get(1).link());
            }
        });
    }

    /** "quacs-oxy-202401.json.gz": a term of five months from 2024-01-01. */
    private static Term termOf(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d{4})(\\d{2})\\.json").matcher(name);
        assertThat(m.find()).as(name + " is named <source>-<YYYYMM>.json[.gz] (README.md)").isTrue();
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        return Term.of(name, start, start.plusMonths(5).minusDays(1), LOS_ANGELES);
    }

    private static byte[] bytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             InputStream unpacked = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in) {
            return unpacked.readAllBytes();
        }
    }
}

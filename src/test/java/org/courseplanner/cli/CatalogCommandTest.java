package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog import|list|search|clear}: a registrar's CSV into a term's catalog, listed, searched, replaced and cleared. */
class CatalogCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CS 101: two lectures at the same times, one on Tuesdays, two labs; MATH 200: one in a room, one online; HIST 210: no time. */
    static final String CATALOG = """
            crn,course,title,credits,section,component,link,instructor,kind,days,start,end,start_date,end_date,location
            40068,CS 101,Intro to Programming,4,01,Lecture,,Ada Lopez,lecture,MW,10:00,11:15,2026-08-24,2026-12-11,DCC 308
            40071,CS 101,Intro to Programming,4,02,Lecture,,Ben Ng,lecture,MW,10:00,11:15,2026-08-31,2026-12-11,DCC 324
            40072,CS 101,Intro to Programming,4,03,Lecture,,Ada Lopez,lecture,TR,13:00,14:15,2026-08-31,2026-12-11,DCC 308
            40069,CS 101,Intro to Programming,4,A1,Lab,,Ben Ng,lab,F,09:00,10:50,2026-08-31,2026-12-11,Lally 102
            40070,CS 101,Intro to Programming,4,A2,Lab,,,lab,F,14:00,15:50,2026-08-31,2026-12-11,Lally 104
            41000,MATH 200,Linear Algebra,3,01,Lecture,,C. Gauss,lecture,MWF,10:00,10:50,2026-08-31,2026-12-11,Amos Eaton 214
            41001,MATH 200,Linear Algebra,3,02,Lecture,,E. Noether,lecture,TR,10:00,11:15,2026-08-31,2026-12-11,https://zoom.us/j/1
            42000,HIST 210,Modern History,3,W1,Lecture,,,,,,,,,
            """;

    @TempDir
    Path dir;

    /** A plan with the fall term and the sample catalog imported. */
    static CliRun withCatalog(Path dir) throws Exception {
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        Path csv = dir.resolve("fall.csv");
        Files.writeString(csv, CATALOG);
        cli.ok("catalog", "import", csv.toString());
        return cli;
    }

    @Test
    void anImportSaysWhatItAddedChangedAndRemovedByCrn() throws Exception {
        CliRun cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        Path csv = dir.resolve("fall.csv");
        Files.writeString(csv, CATALOG);

        String dry = cli.ok("catalog", "import", csv.toString(), "--dry-run");
        assertThat(dry).contains("Read 8 sections of 3 courses").contains("Dry run, nothing changed")
                .contains("8 added, 0 changed, 0 removed");
        assertThat(cli.ok("catalog", "list")).contains("The catalog of Fall 2026 is empty");

        assertThat(cli.ok("catalog", "import", csv.toString())).contains("Catalog of Fall 2026 imported: sections 8 added");
        cli.ok("generate", "--courses", "CS 101", "--lock", "40072,40069", "--apply", "1");
        Path newer = dir.resolve("newer.csv");
        Files.writeString(newer, CATALOG.replace("Ben Ng,lab", "Grace Hopper,lab").replaceAll("(?m)^4007[02].*\\n", "")
                + "40080,CS 101,Intro to Programming,4,A3,Lab,,,lab,W,15:00,16:50,2026-08-31,2026-12-11,Lally 106\n"
                + "40090,CS 101,Intro to Programming,4,A4,Lab,,,lab,XY,15:00,16:50,2026-08-31,2026-12-11,Lally 107\n");
        String again = cli.ok("catalog", "import", newer.toString(), "--term", "Fall 2026");
        assertThat(again).contains("Read 8 sections of 3 courses").contains("Note: ").contains("\"XY\"")
                .contains("2 added, 1 changed, 2 removed, 5 as they were")
                .contains("Your plan has sections this catalog changes (CRN 40069)")
                .contains("Your plan has sections this catalog no longer lists (CRN 40072)");
        assertThat(cli.ok("catalog", "list", "--course", "cs101")).contains("Lab A1  CRN 40069  Grace Hopper")
                .contains("Lab A3  CRN 40080").doesNotContain("40072").doesNotContain("40070");
    }

    @Test
    void theListShowsEachSectionWithItsMeetingsAndTheSectionsWithoutATime() throws Exception {
        CliRun cli = withCatalog(dir);

        String all = cli.ok("catalog", "list");
        assertThat(all).contains("8 sections of 3 courses in the catalog of Fall 2026 (8 in all), times in America/New_York:")
                .contains("CS 101  Intro to Programming  (4 credits, 5 sections)")
                .contains("  Lecture 01  CRN 40068  Ada Lopez\n      lecture  MO,WE 10:00-11:15, 2026-08-24 to 2026-12-11, DCC 308")
                .contains("  Lab A2  CRN 40070  instructor TBA")
                .contains("  Lecture W1  CRN 42000  instructor TBA\n      lecture  no time (online/arranged), 2026-08-31 to 2026-12-18");
        assertThat(cli.ok("catalog", "list", "--course", "MATH 200")).contains("41001").doesNotContain("40068");

        JsonNode sections = JSON.readTree(cli.ok("catalog", "list", "--json"));
        assertThat(sections.size()).isEqualTo(8);
        JsonNode lecture = sections.get(0);
        assertThat(lecture.get("crn").asText()).isEqualTo("40068");
        assertThat(lecture.get("course").asText()).isEqualTo("CS 101");
        assertThat(lecture.get("component").asText()).isEqualTo("Lecture");
        assertThat(lecture.get("meetings").get(0).get("days").toString()).isEqualTo("[\"MO\",\"WE\"]");
        assertThat(lecture.get("meetings").get(0).get("from").asText()).isEqualTo("2026-08-24");
        assertThat(sections.get(7).get("hasTime").asBoolean()).isFalse();
        assertThat(sections.get(7).get("meetings").get(0).get("placed").asBoolean()).isFalse();

        CliRun.Result unknown = cli.run("catalog", "list", "--course", "BIO 999");
        assertThat(unknown.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(unknown.err()).contains("the catalog has no course \"BIO 999\"").contains("catalog search");
    }

    @Test
    void aSearchFindsEveryWordInAnyCase() throws Exception {
        CliRun cli = withCatalog(dir);

        assertThat(cli.ok("catalog", "search", "lopez")).contains("40068").contains("40072").doesNotContain("40071");
        assertThat(cli.ok("catalog", "search", "linear noether")).contains("41001").doesNotContain("41000");
        assertThat(cli.ok("catalog", "search", "chemistry")).contains("No section of the catalog of Fall 2026 matches \"chemistry\"");
        List<String> crns = new ArrayList<>();
        JSON.readTree(cli.ok("catalog", "search", "cs101", "--json")).forEach(s -> crns.add(s.get("crn").asText()));
        assertThat(crns).containsExactly("40068", "40071", "40072", "40069", "40070");
    }

    @Test
    void clearingTheCatalogKeepsTheSessionsTakenFromIt() throws Exception {
        CliRun cli = withCatalog(dir);
        cli.ok("generate", "--courses", "HIST 210", "--apply", "1");

        assertThat(cli.ok("catalog", "clear")).contains("Cleared the catalog of Fall 2026: 8 sections removed");

        assertThat(cli.ok("catalog", "list")).contains("is empty");
        assertThat(cli.ok("list")).contains("HIST 210 lecture, TBA").contains("[section W1, CRN 42000]");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAndTheCatalogStaysAsItWas() throws Exception {
        CliRun cli = withCatalog(dir);
        String before = cli.ok("catalog", "list", "--json");

        CliRun.Result missing = cli.run("catalog", "import", dir.resolve("nothing.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(missing.err()).contains("there is no file").contains("nothing.csv");
        CliRun.Result format = cli.run("catalog", "import", dir.resolve("fall.csv").toString(), "--format", "xls");
        assertThat(format.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(format.err()).contains("unknown catalog format \"xls\": use quacs, csv or ics");
        Path headerOnly = dir.resolve("empty.csv");
        Files.writeString(headerOnly, "crn,course\n");
        assertThat(cli.run("catalog", "import", headerOnly.toString()).err()).contains("has a header but no rows");

        assertThat(cli.ok("catalog", "list", "--json")).isEqualTo(before);
    }

    @Test
    void everyCatalogCommandHasHelpWithExamples() {
        CliRun cli = new CliRun(dir.resolve("plan.db"));
        for (String command : List.of("import", "list", "search", "clear")) {
            assertThat(cli.ok("catalog", command, "--help")).as(command).contains("Usage:").contains("Examples:");
        }
        assertThat(cli.ok("catalog", "--help")).contains("import").contains("search").contains("Examples:");
    }
}

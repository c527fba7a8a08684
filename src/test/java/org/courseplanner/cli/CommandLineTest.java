package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void newPlan() {
        cli = new CliRun(dir.resolve("plan.db"));
    }

    private JsonNode listJson(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("list", "--json"));
        args.addAll(List.of(more));
        return JSON.readTree(cli.ok(args.toArray(String[]::new)));
    }

    private JsonNode only(JsonNode items, String type) {
        List<JsonNode> found = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("type").asText().equals(type)) {
                found.add(i);
            }
        });
        assertThat(found).as("items of type " + type).hasSize(1);
        return found.get(0);
    }

    @Test
    void termAddAndTermSetTakeTheStudySettingsAndTermListShowsThem() throws Exception {
        String out = cli.ok("term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone", "America/New_York",
                "--min-block", "45", "--max-block", "90", "--buffer", "10", "--before-due", "0.5", "--study-hours", "20:00-01:00");
        assertThat(out).contains("study blocks 45-90 min, buffer 10 min, done 0.5 h before due, study hours 20:00-01:00");
        JsonNode term = JSON.readTree(cli.ok("term", "list", "--json")).get(0);
        assertThat(term.get("minBlockMinutes").asInt()).isEqualTo(45);
        assertThat(term.get("maxBlockMinutes").asInt()).isEqualTo(90);
        assertThat(term.get("bufferMinutes").asInt()).isEqualTo(10);
        assertThat(term.get("beforeDueHours").asDouble()).isEqualTo(0.5);
        assertThat(term.get("studyHours").asText()).isEqualTo("20:00-01:00");

        cli.ok("term", "set", "Fall 2026", "--no-study-hours", "--before-due", "12", "--max-block", "120");
        term = JSON.readTree(cli.ok("term", "list", "--json")).get(0);
        assertThat(term.get("studyHours").isNull()).isTrue();
        assertThat(term.get("beforeDueHours").asDouble()).isEqualTo(12);
        assertThat(term.get("minBlockMinutes").asInt()).as("kept").isEqualTo(45);
        assertThat(term.get("maxBlockMinutes").asInt()).isEqualTo(120);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--min-block, 20, shortest study block",
            "--max-block, 15, shorter than the shortest",
            "--buffer, 121, buffer around busy times",
            "--before-due, 169, before a deadline",
            "--study-hours, 09:00-09:00, study hours start and end",
    })
    void aStudySettingOutOfRangeIsRefusedAndChangesNothing(String option, String value, String says) throws Exception {
        cli.withFallTerm();
        String before = cli.ok("term", "list", "--json");
        CliRun.Result r = cli.run("term", "set", "Fall 2026", option, value);
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains(says);
        assertThat(cli.ok("term", "list", "--json")).isEqualTo(before);
    }

    @Test
    void homeworkBlocksAreAddedListedAndPlannedOnesClearedWhileTheStudentsStay() throws Exception {
        cli.withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro");
        String added = cli.ok("study", "add", "--course", "CS 101", "--week", "2", "--at", "2026-09-08T19:00", "--minutes", "90");
        assertThat(added).startsWith("Added homework block 3: CS 101 homework week 2 block, 2026-09-08 19:00-20:30 (90 min)");
        CliRun.Result wrongWeek = cli.run("study", "add", "--course", "CS 101", "--week", "3", "--at", "2026-09-08T19:00", "--minutes", "60");
        assertThat(wrongWeek.exitCode()).isEqualTo(1);
        assertThat(wrongWeek.err()).contains("homework for week 3 (2026-09-14 to 2026-09-20) starts in that week");
        assertThat(cli.run("study", "add", "--week", "1", "--at", "2026-09-08T19:00", "--minutes", "60").err()).contains("not neither");

        // the study planner's blocks, as it will store them
        try (var store = org.courseplanner.persistence.SqlitePlanRepository.open(dir.resolve("plan.db"))) {
            var planner = new org.courseplanner.domain.Planner(store, java.time.Clock.systemUTC());
            planner.addStudyBlocks(1, List.of(
                    org.courseplanner.domain.StudyBlock.homework(0, 2, 1, java.time.LocalDateTime.of(2026, 9, 2, 18, 0), 60, true),
                    org.courseplanner.domain.StudyBlock.homework(0, 2, 3, java.time.LocalDateTime.of(2026, 9, 16, 18, 0), 45, true)));
        }
        assertThat(cli.ok("study", "list").lines().toList()).containsExactly(
                "4  homework  CS 101 week 1, 2026-09-02 18:00-19:00 (60 min)  planned",
                "3  homework  CS 101 week 2, 2026-09-08 19:00-20:30 (90 min)",
                "5  homework  CS 101 week 3, 2026-09-16 18:00-18:45 (45 min)  planned");
        assertThat(cli.ok("list")).contains("  homework 4  week 1, 2026-09-02 18:00-19:00 (60 min), planned",
                "  homework 3  week 2, 2026-09-08 19:00-20:30 (90 min)\n");
        JsonNode blocks = JSON.readTree(cli.ok("study", "list", "--json"));
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).get("course").asText()).isEqualTo("CS 101");
        assertThat(blocks.get(0).get("homework").asBoolean()).isTrue();
        assertThat(blocks.get(0).get("auto").asBoolean()).isTrue();
        assertThat(blocks.get(1).get("auto").asBoolean()).isFalse();
        assertThat(blocks.get(1).has("module")).isFalse();

        cli.ok("study", "set", "5", "--minutes", "60"); // changed by hand: the student's now
        assertThat(JSON.readTree(cli.ok("study", "clear", "--auto", "--from", "2026-09-01", "--to", "2026-09-30", "--json"))
                .get("removed").asInt()).isEqualTo(1);
        assertThat(cli.ok("study", "clear", "--auto")).isEqualTo("Removed 0 planned blocks from Fall 2026\n");
        assertThat(cli.ok("study", "list").lines().toList()).containsExactly(
                "3  homework  CS 101 week 2, 2026-09-08 19:00-20:30 (90 min)",
                "5  homework  CS 101 week 3, 2026-09-16 18:00-19:00 (60 min)");
        assertThat(cli.run("study", "clear").exitCode()).isEqualTo(2);
    }

    @Test
    void termAddSaysWhatItDidAndTermListShowsIt() throws Exception {
        String out = cli.ok("term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone", "America/New_York",
                "--my-zone", "Europe/Berlin", "--break", "Thanksgiving=2026-11-25..2026-11-29", "--daily-cap", "8");
        assertThat(out).startsWith("Added term 1: \"Fall 2026\" 2026-08-31 to 2026-12-18, school zone America/New_York, my zone Europe/Berlin")
                .contains("Thanksgiving 2026-11-25..2026-11-29").contains("daily cap 8 h");

        assertThat(cli.ok("term", "list")).contains("Fall 2026").contains("0 courses");
        JsonNode terms = JSON.readTree(cli.ok("term", "list", "--json"));
        assertThat(terms).hasSize(1);
        assertThat(terms.get(0).get("zone").asText()).isEqualTo("America/New_York");
        assertThat(terms.get(0).get("breaks").get(0).get("from").asText()).isEqualTo("2026-11-25");
        assertThat(terms.get(0).get("dailyCapHours").asDouble()).isEqualTo(8);
    }

    @Test
    void weeklyCapDefaultsToThreeHoursPerCredit() throws Exception {
        cli.withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming", "--credits", "4");
        cli.ok("course", "add", "HIST 210", "--title", "Modern History", "--credits", "3", "--delivery", "async");
        JsonNode term = only(listJson(), "term");
        assertThat(term.get("weeklyCapHours").asDouble()).isEqualTo(21);
        assertThat(term.get("weeklyCapDefault").asBoolean()).isTrue();
    }

    @Test
    void courseGetsHomeworkDefaultsByDelivery() throws Exception {
        cli.withFallTerm();
        assertThat(cli.ok("course", "add", "CS 101", "--title", "Intro to Programming", "--credits", "4"))
                .startsWith("Added course 2: CS 101 \"Intro to Programming\", 4 credits, sync, homework 8 h a week");
        cli.ok("course", "add", "HIST 210", "--title", "Modern History", "--delivery", "async");
        cli.ok("course", "add", "BIO 120", "--title", "Biology", "--delivery", "hybrid", "--credits", "3", "--homework", "5");
        JsonNode items = listJson();
        List<String> homework = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("type").asText().equals("course")) {
                homework.add(i.get("code").asText() + "=" + i.get("homeworkHours").asDouble());
            }
        });
        assertThat(homework).containsExactlyInAnyOrder("CS 101=8.0", "HIST 210=0.0", "BIO 120=5.0");
    }

    @Test
    void sessionsWeeklyOneOffAndTba() throws Exception {
        cli.withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming");
        assertThat(cli.ok("session", "add", "cs101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204, Room 3"))
                .contains("Added session").contains("CS 101 lecture, MO,WE 10:00-11:15 (America/New_York), ENG 204, Room 3");
        assertThat(cli.ok("session", "add", "CS 101", "--date", "2026-12-14", "--start", "09:00", "--end", "12:00", "--kind", "exam"))
                .contains("CS 101 exam, 2026-12-14 09:00-12:00");
        assertThat(cli.ok("session", "add", "CS 101", "--tba", "--kind", "lab")).contains("not on the calendar yet");
        assertThat(cli.ok("session", "add", "CS 101", "--days", "FR", "--start", "13:00", "--end", "14:00", "--every", "2",
                "--from", "2026-09-04", "--until", "2026-12-11", "--skip", "2026-10-16", "--kind", "tutorial",
                "--location", "https://zoom.us/j/123")).contains("every 2 weeks");

        List<JsonNode> sessions = new ArrayList<>();
        listJson().forEach(i -> {
            if (i.get("type").asText().equals("session")) {
                sessions.add(i);
            }
        });
        assertThat(sessions).hasSize(4);
        assertThat(sessions).allSatisfy(s -> assertThat(s.get("course").asText()).isEqualTo("CS 101"));
        assertThat(sessions.get(0).get("days").toString()).isEqualTo("[\"MO\",\"WE\"]");
        assertThat(sessions.get(0).get("location").asText()).isEqualTo("ENG 204, Room 3");
        assertThat(sessions.get(1).get("from").asText()).isEqualTo("2026-12-14");
        assertThat(sessions.get(2).get("placed").asBoolean()).isFalse();
        assertThat(sessions.get(3).get("every").asInt()).isEqualTo(2);
        assertThat(sessions.get(3).get("skip").get(0).asText()).isEqualTo("2026-10-16");
        assertThat(sessions.get(3).get("online").asBoolean()).isTrue();
    }

    @Test
    void weeklyAndSingleModulesAndMarkingDone() throws Exception {
        cli.withFallTerm();
        cli.ok("course", "add", "HIST 210", "--title", "Modern History", "--delivery", "async");
        String added = cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59",
                "--weeks", "15", "--effort", "4", "--skip-week", "13");
        assertThat(added).contains("Added module 3").contains("opens MO@09:00, due SU@23:59, 15 weeks from 2026-08-31")
                .contains("skipping week 13");
        assertThat(cli.ok("module", "add", "HIST 210", "--title", "Term paper", "--due", "2026-12-11T17:00", "--effort", "12"))
                .contains("opens 2026-12-04T17:00, due 2026-12-11T17:00");
        assertThat(cli.ok("module", "done", "3", "--week", "2")).contains("\"Module 2\"").contains("done; 1 of 15 done");

        List<JsonNode> modules = new ArrayList<>();
        listJson().forEach(i -> {
            if (i.get("type").asText().equals("module")) {
                modules.add(i);
            }
        });
        assertThat(modules.get(0).get("doneWeeks").toString()).isEqualTo("[2]");
        assertThat(modules.get(0).get("skippedWeeks").toString()).isEqualTo("[13]");
        assertThat(modules.get(0).get("course").asText()).isEqualTo("HIST 210");
        assertThat(modules.get(1).get("schedule").asText()).isEqualTo("single");
        assertThat(modules.get(1).get("effortHours").asDouble()).isEqualTo(12);

        cli.ok("module", "done", "3", "--week", "2", "--undo");
        assertThat(only(listJson(), "term")).isNotNull();
    }

    @Test
    void aModuleWindowMayBeDueAfterTheTermButNotOpenAfterIt() throws Exception {
        cli.withFallTerm(); // 2026-08-31 to 2026-12-18
        cli.ok("course", "add", "HIST 210", "--title", "Modern History", "--delivery", "async");
        String before = cli.ok("list", "--json");
        CliRun.Result tooMany = cli.run("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59",
                "--weeks", "17");
        assertThat(tooMany.exitCode()).isEqualTo(1);
        assertThat(tooMany.err()).contains("week 17 of \"Module\" would open on 2026-12-21, after Fall 2026 ends (2026-12-18): give 16 weeks"
                + " or fewer");
        assertThat(cli.ok("list", "--json")).isEqualTo(before);
        // week 16 opens Dec 14 and is due Sunday Dec 20, after the term's last day: a final week the student still works in
        assertThat(cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "16"))
                .contains("16 weeks");
        assertThat(cli.ok("module", "add", "HIST 210", "--title", "Final paper", "--opens", "2026-12-14T09:00", "--due",
                "2026-12-22T17:00")).contains("due 2026-12-22T17:00");
        assertThat(cli.run("module", "add", "HIST 210", "--title", "Next term", "--opens", "2027-01-04T09:00", "--due",
                "2027-01-08T17:00").err()).contains("the due date 2027-01-08 is outside Fall 2026");
    }

    @Test
    void commitmentsInTheStudentsZoneOrTheirOwn() throws Exception {
        cli.withFallTerm();
        assertThat(cli.ok("commitment", "add", "Café shift", "--days", "TU,TH", "--start", "17:00", "--end", "21:00"))
                .contains("\"Café shift\", TU,TH 17:00-21:00 (Europe/Berlin)");
        assertThat(cli.ok("commitment", "add", "Night shift", "--days", "SA", "--start", "22:00", "--end", "06:00",
                "--zone", "new_york")).contains("SA 22:00-06:00 (+1 day)").contains("(America/New_York)");
        JsonNode items = listJson();
        List<String> zones = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("type").asText().equals("commitment")) {
                zones.add(i.get("zone").asText());
            }
        });
        assertThat(zones).containsExactly("Europe/Berlin", "America/New_York");
    }

    @Test
    void studyBlocksForAModuleWeek() throws Exception {
        cli.withFallTerm();
        cli.ok("course", "add", "HIST 210", "--title", "Modern History", "--delivery", "async");
        cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "15");
        assertThat(cli.ok("study", "add", "3", "--week", "1", "--at", "2026-09-02T19:00", "--minutes", "90"))
                .contains("Added study block 4: HIST 210 Module week 1 study block, 2026-09-02 19:00-20:30 (90 min)");
        JsonNode study = only(listJson(), "study");
        assertThat(study.get("course").asText()).isEqualTo("HIST 210");
        assertThat(study.get("module").asLong()).isEqualTo(3);
        assertThat(study.get("moduleTitle").asText()).isEqualTo("Module 1");
        assertThat(study.get("start").asText()).isEqualTo("2026-09-02T19:00");
    }

    @Test
    void listShowsEveryItemWithUniqueIds() throws Exception {
        cli.withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming");
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15");
        cli.ok("course", "add", "HIST 210", "--title", "Modern History", "--delivery", "async");
        cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "15");
        cli.ok("commitment", "add", "Café shift", "--days", "TU", "--start", "17:00", "--end", "21:00");
        cli.ok("study", "add", "5", "--week", "1", "--at", "2026-09-02T19:00", "--minutes", "60");

        String text = cli.ok("list");
        assertThat(text).contains("term 1", "course 2  CS 101", "session 3", "course 4  HIST 210", "module 5", "study 7", "commitment 6");
        JsonNode items = listJson();
        List<String> types = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> {
            types.add(i.get("type").asText());
            ids.add(i.get("id").asLong());
        });
        assertThat(types).containsExactly("term", "course", "course", "session", "module", "commitment", "study");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void removeTakesAlongWhatBelongsToTheItem() throws Exception {
        cli.withFallTerm();
        cli.ok("course", "add", "HIST 210", "--title", "Modern History", "--delivery", "async");
        cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "15");
        cli.ok("study", "add", "3", "--week", "1", "--at", "2026-09-02T19:00", "--minutes", "60");
        assertThat(cli.ok("remove", "2")).isEqualTo("Removed course 2: HIST 210 Modern History with its sessions, modules and study blocks"
                + System.lineSeparator());
        assertThat(listJson()).hasSize(1);
        CliRun.Result again = cli.run("remove", "2");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("nothing has the id 2");
    }

    @Test
    void withoutTermCommandsUseTheTermContainingToday() throws Exception {
        cli.ok("term", "add", "Spring 2027", "--start", "2027-01-11", "--end", "2027-05-07", "--zone", "America/New_York");
        cli.withFallTerm();
        cli.ok("term", "add", "Spring 2026", "--start", "2026-01-12", "--end", "2026-05-08", "--zone", "America/New_York");
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming");
        assertThat(only(listJson(), "term").get("name").asText()).isEqualTo("Fall 2026");
        cli.ok("course", "add", "CS 201", "--title", "Data Structures", "--term", "spring 2027");
        assertThat(only(listJson("--term", "Spring 2027"), "course").get("code").asText()).isEqualTo("CS 201");
        cli.ok("remove", "2"); // the fall term: now the newest is Spring 2027
        assertThat(only(listJson(), "term").get("name").asText()).isEqualTo("Spring 2027");
    }

    /** A refused input exits 1, says what is wrong and how to fix it, and changes nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        end before start          | session add CS101 --days MO --start 11:00 --end 10:00                 | end after it starts
        date outside the term     | session add CS101 --date 2027-01-05 --start 09:00 --end 10:00         | outside Fall 2026
        unknown course            | session add MATH9 --days MO --start 09:00 --end 10:00                 | no course "MATH9"
        duplicate course code     | course add cs-101 --title Again                                       | already a course "CS 101"
        unknown kind              | session add CS101 --days MO --start 09:00 --end 10:00 --kind party    | unknown session kind
        start without end         | session add CS101 --days MO --start 09:00                             | both a start and an end
        unknown term              | list --term Winter                                                    | no term "Winter"
        duplicate term            | term add Fall_2026 --start 2026-09-01 --end 2026-09-30 --zone UTC     | already a term
        break outside the term    | term add X --start 2027-01-01 --end 2027-02-01 --zone UTC --break B=2026-12-01..2026-12-02 | not inside the term
        module week out of range  | module done 3 --week 99                                               | no week 99
        id that is not a module   | study add 2 --week 1 --at 2026-09-02T19:00 --minutes 60              | is a course, not a module
        skip week out of range    | module add CS101 --title M --opens MO@09:00 --due SU@23:59 --weeks 3 --skip-week 4 | week 4 does not exist
        zero credits weekly cap   | term add Y --start 2027-01-01 --end 2027-02-01 --zone UTC --weekly-cap 0 | weekly cap
        study too short           | study add 3 --week 1 --at 2026-09-02T19:00 --minutes 1               | 5 to
        """)
    void refusedInputChangesNothing(String name, String command, String message) throws Exception {
        cli.withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming");
        cli.ok("module", "add", "CS 101", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "3");
        String before = cli.ok("list", "--json") + cli.ok("term", "list", "--json");

        CliRun.Result r = cli.run(java.util.Arrays.stream(command.split(" ")).map(a -> a.replace('_', ' ')).toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
        assertThat(cli.ok("list", "--json") + cli.ok("term", "list", "--json")).isEqualTo(before);
    }

    /** Wrong usage exits 2 with a message naming the option and the expected form. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        bad date                  | term add X --start 2026-13-01 --end 2026-12-18 --zone UTC             | YYYY-MM-DD
        bad time                  | session add CS101 --days MO --start 25:00 --end 26:00                 | HH:MM
        bad zone                  | term add X --start 2026-09-01 --end 2026-12-18 --zone Mars/Base       | not a time zone
        days and date together    | session add CS101 --days MO --date 2026-09-07                         | mutually exclusive
        neither days nor date     | session add CS101 --start 09:00 --end 10:00                           | Missing required
        weekly module w/o weeks   | module add CS101 --title M --opens MO@09:00 --due SU@23:59            | --weeks N
        bad weekday               | module add CS101 --title M --opens XX@09:00 --due SU@23:59 --weeks 3  | not a day of the week
        unknown command           | frobnicate                                                            | Unmatched argument
        """)
    void wrongUsageExitsTwo(String name, String command, String message) {
        cli.withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro to Programming");
        CliRun.Result r = cli.run(command.split(" "));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message);
    }

    @Test
    void noCommandOpensTheWindow() {
        cli.runRaw("--db", "x.db", "--empty");
        cli.runRaw();
        cli.runRaw("--db", "y.db", "--today", "2027-01-12");
        assertThat(cli.windowsOpened).containsExactly("x.db empty", "null", "y.db today 2027-01-12");
        assertThat(cli.runRaw("--today", "12/01/2027").err()).as("a date the window cannot take").contains("--today");
    }

    @Test
    void commandsCreateAMissingFileEmpty() throws Exception {
        Path db = dir.resolve("sub/folder/new.db");
        CliRun fresh = new CliRun(db);
        assertThat(fresh.ok("term", "list")).startsWith("No terms yet");
        assertThat(db).exists();
    }

    @Test
    void aFileOfAnotherProgramIsRefusedAndLeftAlone() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "my notes, not a database");
        CliRun other = new CliRun(notes);
        CliRun.Result r = other.run("term", "list");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("not a Course Planner database").contains("not changed");
        assertThat(Files.readString(notes)).isEqualTo("my notes, not a database");
    }
}

package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code set} commands change what they name, keep what they are not told, and refuse without changing anything. */
class SetCommandsTest {
    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void plan() {
        cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro"); // 2
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204"); // 3
        cli.ok("module", "add", "CS 101", "--title", "Reading", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "10"); // 4
        cli.ok("commitment", "add", "Job", "--days", "TU", "--start", "17:00", "--end", "21:00"); // 5
        cli.ok("study", "add", "4", "--week", "2", "--at", "2026-09-09T19:00", "--minutes", "90"); // 6
    }

    @Test
    void eachKindOfItemIsChangedInPlaceAndKeepsItsId() {
        assertThat(cli.ok("course", "set", "cs101", "--code", "CS 102", "--title", "Intro II", "--credits", "4", "--homework", "5"))
                .contains("Changed course 2: CS 102 \"Intro II\", 4 credits, sync, homework 5 h a week");
        assertThat(cli.ok("session", "set", "3", "--days", "TU,TH", "--start", "13:00", "--end", "14:15", "--kind", "lab",
                "--location", "", "--skip", "2026-10-13"))
                .contains("Changed session 3: CS 102 lab, TU,TH 13:00-14:15, skipping 1 date (America/New_York)")
                .doesNotContain("ENG 204");
        assertThat(cli.ok("module", "set", "4", "--effort", "5", "--due", "SA@23:59", "--weeks", "8", "--skip-week", "3"))
                .contains("Changed module 4: CS 102 \"Reading\", 5 h per window, weekly, opens MO@09:00, due SA@23:59, 8 weeks",
                        "skipping week 3");
        assertThat(cli.ok("commitment", "set", "5", "--title", "Café shift", "--start", "18:00", "--end", "22:00"))
                .contains("Changed commitment 5: \"Café shift\", TU 18:00-22:00 (Europe/Berlin)");
        assertThat(cli.ok("study", "set", "6", "--minutes", "60", "--at", "2026-09-10T20:00"))
                .contains("Changed study block 6: CS 102 Reading week 2 study block, 2026-09-10 20:00-21:00 (60 min)");

        assertThat(cli.ok("list")).contains("course 2  CS 102  Intro II", "session 3  CS 102 lab, TU,TH 13:00-14:15",
                "module 4  CS 102 \"Reading\", 5 h per window", "study 6  week 2, 2026-09-10 20:00-21:00", "commitment 5  \"Café shift\"");
        assertThat(cli.ok("agenda", "--from", "2026-10-12", "--to", "2026-10-16"))
                .contains("Thursday, October 15, 2026\n  13:00-14:15  CS 102 Lab  [session 3]")
                .doesNotContain("Tuesday, October 13, 2026\n  13:00");
    }

    @Test
    void aSkippedDateCanBeUnskippedAndASessionBecomesAOneOff() {
        cli.ok("session", "set", "3", "--skip", "2026-09-14");
        assertThat(cli.ok("session", "set", "3", "--unskip", "2026-09-14")).doesNotContain("skipping");
        assertThat(cli.ok("session", "set", "3", "--date", "2026-12-14", "--kind", "exam"))
                .contains("Changed session 3: CS 101 exam, 2026-12-14 10:00-11:15");
        assertThat(cli.ok("session", "set", "3", "--tba")).contains("not on the calendar yet");
    }

    @Test
    void refusalsSayWhatIsWrongAndChangeNothing() {
        String before = cli.ok("list");

        assertRefused(cli.run("session", "set", "4", "--start", "09:00"), "the id 4 is the module CS 101 Reading, not a session");
        assertRefused(cli.run("session", "set", "99", "--start", "09:00"), "there is no session with the id 99");
        assertRefused(cli.run("session", "set", "3", "--unskip", "2026-09-14"), "2026-09-14 is not a skipped date: nothing is skipped");
        assertRefused(cli.run("session", "set", "3", "--until", "2027-02-01"), "outside Fall 2026");
        assertRefused(cli.run("module", "set", "4", "--weeks", "1"),
                "\"Reading\" would have 1 week but has study time planned for week 2 (study block 6): move or remove it first");
        assertRefused(cli.run("study", "set", "6", "--week", "11"), "\"Reading\" has no week 11: give 1 to 10");
        assertRefused(cli.run("course", "set", "MATH 1", "--title", "x"), "there is no course \"MATH 1\" in Fall 2026");
        CliRun.Result wrongForm = cli.run("module", "set", "4", "--due", "2026-10-16T23:59");
        assertThat(wrongForm.exitCode()).isEqualTo(2);
        assertThat(wrongForm.err()).contains("module 4 opens every week: give --opens and --due as DAY@HH:MM");

        assertThat(cli.ok("list")).isEqualTo(before);
    }

    private static void assertRefused(CliRun.Result result, String sentence) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(result.err()).startsWith("refused: ").contains(sentence);
    }
}

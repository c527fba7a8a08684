package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A command line built with only the command it runs says and does what one with every command does. */
class CommandChoiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "import feed.ics | import",
        "--db p.db import feed.ics | import",
        "--db=p.db --empty term list | term",
        "--today 2026-09-01 --db p.db conflicts | conflicts",
        "--today=2026-09-01 workload | workload",
        "--db p.db import help | import",
        "help import | none",
        "--db p.db help | none",
        "--help import feed.ics | none",
        "-V term list | none",
        "--bogus import feed.ics | none",
        "--db import term list | none",
        "--db | none",
        "-- import feed.ics | none",
        "imprt feed.ics | none",
        "none | none"})
    void theCommandIsTheFirstArgumentAfterThePlansOwnOptions(String args, String command) {
        String[] given = args == null ? new String[0] : args.split(" ");
        Optional<String> chosen = CommandChoice.of(given, CoursePlannerCommand.COMMANDS)
                .map(c -> c.getAnnotation(picocli.CommandLine.Command.class).name());
        assertThat(chosen).isEqualTo(Optional.ofNullable(command));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--help", "help", "help import", "import --help", "term list --help", "--version",
        "term list", "term lst", "term", "imprt x.ics", "import", "import nosuchfile.ics", "import x.ics --bogus",
        "--bogus import x.ics", "--today notadate term list", "agenda --from 2026-09-10 --to 2026-09-01",
        "course add", "session add --bogus", "module add --bogus", "conflicts", "workload", "list", "import -- x.ics"})
    void itPrintsWhatEveryCommandPrints(String args) throws Exception {
        Path one = dir.resolve("one.db");
        Path every = dir.resolve("every.db");
        new CliRun(one).withFallTerm();
        Files.copy(one, every);

        CliRun.Result chosen = new CliRun(one).run(args.split(" "));
        CliRun.Result all = new CliRun(every).runWithEveryCommand(withDb(every, args.split(" ")));

        assertThat(chosen.exitCode()).isEqualTo(all.exitCode());
        assertThat(chosen.out().replace(one.toString(), "PLAN")).isEqualTo(all.out().replace(every.toString(), "PLAN"));
        assertThat(chosen.err().replace(one.toString(), "PLAN")).isEqualTo(all.err().replace(every.toString(), "PLAN"));
    }

    private static String[] withDb(Path db, String[] args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }
}

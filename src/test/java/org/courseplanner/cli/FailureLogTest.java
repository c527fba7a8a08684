package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseplanner.persistence.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure that is no refusal: one line on stderr that names the log, and the stack trace in the log. */
class FailureLogTest {
    @TempDir
    Path dir;

    @Test
    void anUnexpectedFailureSaysWhereTheLogIsAndTheLogHoldsItsStackTrace() throws IOException {
        CliRun cli = new CliRun(dir.resolve("plan.db"), (db, empty, today) -> {
            throw new IllegalStateException("the window toolkit broke");
        });

        CliRun.Result result = cli.run();

        assertThat(result.exitCode()).isEqualTo(1);
        Matcher line = Pattern.compile("failed: the window toolkit broke \\(details in (.+)\\)").matcher(result.err());
        assertThat(line.find()).as(result.err()).isTrue();
        assertThat(result.err()).doesNotContain("\tat "); // the stack trace is for the log, not the student
        Path log = Path.of(line.group(1));
        assertThat(log.getParent()).isEqualTo(DataFolder.defaultDatabase().getParent().toAbsolutePath().normalize());
        assertThat(Files.readString(log))
                .contains("SEVERE org.courseplanner.cli.CoursePlannerCommand course-planner --db " + dir.resolve("plan.db") + " failed")
                .contains("java.lang.IllegalStateException: the window toolkit broke")
                .contains("\tat org.courseplanner.cli.FailureLogTest");
    }

    @Test
    void aRefusalStaysOneLineAndNamesNoLog() {
        CliRun.Result result = new CliRun(dir.resolve("plan.db")).run("term", "add", "Fall", "--start", "2026-12-18",
                "--end", "2026-08-31", "--zone", "America/New_York");

        assertThat(result.exitCode()).isEqualTo(CoursePlannerCommand.REFUSED);
        assertThat(result.err()).startsWith("refused: ").doesNotContain("details in");
    }
}

package org.courseplanner.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsTest {
    private static final Logger LOG = Logger.getLogger("org.courseplanner.logging.test");

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        Logs.stop();
    }

    @Test
    void aFailureIsWrittenWithItsStackTraceIntoRotatedFilesInTheFolder() throws IOException {
        Path log = Logs.start(folder, 50_000, 3).orElseThrow();

        LOG.log(Level.SEVERE, "Could not save the change", new IllegalStateException("the disk went away"));

        assertThat(log).isEqualTo(folder.resolve("course-planner.0.log"));
        assertThat(Logs.detailsIn()).isEqualTo(" (details in " + log + ")");
        assertThat(Files.readString(log))
                .containsPattern("(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} SEVERE org.courseplanner.logging.test"
                        + " Could not save the change$")
                .contains("java.lang.IllegalStateException: the disk went away")
                .contains("\tat org.courseplanner.logging.LogsTest.aFailureIsWrittenWithItsStackTraceIntoRotatedFilesInTheFolder");

        for (int i = 0; i < 1_000; i++) {
            LOG.warning("line " + i + " to fill the first file " + "-".repeat(60));
        }
        assertThat(folder.resolve("course-planner.1.log")).exists();
        assertThat(folder.resolve("course-planner.3.log")).doesNotExist(); // three files at most
        assertThat(Logs.start(folder, 50_000, 3)).contains(log); // started again: the same file
    }

    @Test
    void aFolderThatCannotBeWrittenMeansNoLogAndNoFailure() throws IOException {
        Path aFile = Files.writeString(folder.resolve("not-a-folder"), "x");

        assertThat(Logs.start(aFile.resolve("course-planner"))).isEmpty();
        assertThat(Logs.file()).isEmpty();
        assertThat(Logs.detailsIn()).isEmpty();
        LOG.log(Level.SEVERE, "nowhere to go", new IllegalStateException()); // and logging still works
    }
}

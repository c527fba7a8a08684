package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.courseplanner.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan whose app was killed before SQLite folded the write-ahead log into the file still opens, with everything in it. */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aPlanLeftWithItsWriteAheadLogOpensWithItsData() throws Exception {
        Path live = dir.resolve("live.db");
        SqlitePlanRepository running = SqlitePlanRepository.open(live);
        running.add(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), ZoneId.of("America/New_York")));
        assertThat(dir.resolve("live.db-wal")).exists();

        // what a killed process leaves behind: the file and its log, never checkpointed
        Path crashed = dir.resolve("crashed.db");
        Files.copy(live, crashed);
        Files.copy(dir.resolve("live.db-wal"), dir.resolve("crashed.db-wal"));
        running.close();

        try (SqlitePlanRepository reopened = SqlitePlanRepository.open(crashed)) {
            assertThat(reopened.terms()).extracting(Term::name).containsExactly("Fall 2026");
        }
    }
}

package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.StorageException;
import org.courseplanner.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a full disk, on a file it may only read, and on files that a crash left
 * half-created. The command-line tests (PlanFileTroubleTest) do the same on real disks where
 * they can mount one.
 */
class PlanStorageTroubleTest {
    @TempDir
    Path dir;

    private static Term fall() {
        return Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), ZoneId.of("America/New_York"));
    }

    private static Course course(long termId, int i) {
        return new Course(0, termId, "C " + i, "A course with a long title " + "x".repeat(300), 3, "#4E79A7", Delivery.SYNC, null);
    }

    @Test
    void aFullDiskSaysSoAndKeepsEverythingSavedBefore() {
        Path file = dir.resolve("plan.db");
        List<String> saved = new ArrayList<>();
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            Term term = plan.add(fall());
            plan.limitPages(60);
            StorageException full = null;
            for (int i = 0; i < 1000 && full == null; i++) {
                try {
                    saved.add(plan.add(course(term.id(), i)).code());
                } catch (StorageException e) {
                    full = e;
                }
            }
            assertThat(full).as("the file reached its limit").isNotNull();
            assertThat(full).hasMessage("The disk that holds the plan " + file.toAbsolutePath() + " is full; nothing was changed."
                    + " Free some space and try again.");
            assertThat(plan.load(term.id()).courses()).hasSize(saved.size());
        }
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            assertThat(plan.load(plan.terms().get(0).id()).courses()).extracting(Course::code).containsExactlyInAnyOrderElementsOf(saved);
        }
    }

    @Test
    void aReadOnlyPlanIsReadAndItsChangesAreRefusedUntouched() throws Exception {
        Path file = dir.resolve("plan.db");
        long termId;
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            termId = plan.add(fall()).id();
            plan.add(course(termId, 1));
        }
        byte[] before = Files.readAllBytes(file);
        try (SqlitePlanRepository plan = SqlitePlanRepository.openReadOnly(file)) {
            assertThat(plan.load(termId).courses()).hasSize(1);
            assertThatThrownBy(() -> plan.add(course(termId, 2))).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("The plan " + file.toAbsolutePath() + " is read-only")
                    .hasMessageContaining("nothing was changed");
            assertThatThrownBy(() -> plan.atomically(() -> plan.terms())).hasMessageContaining("is read-only");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyPlanOfAnOlderVersionIsRefusedSinceItMustBeUpgradedFirst() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(new String(PlanDatabase.class.getResourceAsStream("migrations/001-initial.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
            s.execute("PRAGMA application_id = " + PlanDatabase.APPLICATION_ID);
            s.execute("PRAGMA user_version = 1");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqlitePlanRepository.openReadOnly(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("is read-only and was written by an older Course Planner (schema version 1")
                .hasMessageContaining("It was not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void twoStoresCreatingOneNewPlanAtOnceMakeOnePlan() throws Exception {
        Path file = dir.resolve("plan.db");
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int n = t;
            threads.add(new Thread(() -> {
                try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
                    plan.atomically(() -> plan.terms().isEmpty() ? plan.add(fall()) : null);
                    plan.add(course(plan.terms().get(0).id(), n));
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            assertThat(plan.terms()).hasSize(1);
            assertThat(plan.load(plan.terms().get(0).id()).courses()).hasSize(4);
        }
    }
}

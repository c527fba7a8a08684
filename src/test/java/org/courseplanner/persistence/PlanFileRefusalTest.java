package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the planner must refuse, leaving them byte for byte as they were, and files it must accept. */
class PlanFileRefusalTest {
    @TempDir
    Path dir;

    private Path planWithData(String name) {
        Path file = dir.resolve(name);
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            Term term = plan.add(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), ZoneId.of("America/New_York")));
            for (int i = 0; i < 200; i++) {
                plan.add(new Course(0, term.id(), "C " + i, "A course with a long enough title to fill pages " + i, 3, "#4E79A7",
                        Delivery.SYNC, null));
            }
        }
        return file;
    }

    private void assertRefusedUntouched(Path file, String why) throws IOException {
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqlitePlanRepository.open(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining(why).hasMessageContaining("not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve(file.getFileName() + "-wal")).doesNotExist();
        assertThat(dir.resolve(file.getFileName() + "-journal")).doesNotExist();
    }

    @Test
    void aTextFileIsRefused() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Groceries: milk, eggs, bread\n");
        assertRefusedUntouched(file, "not an SQLite file");
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        Path file = dir.resolve("noise.db");
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Files.write(file, noise);
        assertRefusedUntouched(file, "not an SQLite file");
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("photos.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT)");
            s.execute("INSERT INTO photo (path) VALUES ('beach.jpg')");
        }
        assertRefusedUntouched(file, "another program");
    }

    @Test
    void aPlanFromANewerVersionIsRefused() throws Exception {
        Path file = planWithData("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (PlanDatabase.latestVersion() + 1));
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertRefusedUntouched(file, "newer Course Planner");
    }

    @Test
    void aDamagedPlanIsRefused() throws Exception {
        Path file = planWithData("damaged.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            assertThat(raf.length()).isGreaterThan(4 * 4096L);
            raf.seek(2 * 4096L); // a page in the middle, after the header page
            byte[] junk = new byte[4096];
            new Random(3).nextBytes(junk);
            raf.write(junk);
        }
        assertRefusedUntouched(file, "damaged");
    }

    @Test
    void anEmptyFileBecomesANewPlan() throws Exception {
        Path file = dir.resolve("touched.db");
        Files.createFile(file);
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            assertThat(plan.terms()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA application_id")) {
            assertThat(rs.getInt(1)).isEqualTo(PlanDatabase.APPLICATION_ID);
        }
    }

    @Test
    void aNewPlanIsMarkedVersionedAndInWalMode() throws Exception {
        Path file = dir.resolve("folder/that/does/not/exist/plan.db");
        SqlitePlanRepository.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("PRAGMA application_id").getInt(1)).isEqualTo(0x43506C6E);
            assertThat(s.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(PlanDatabase.latestVersion());
            assertThat(s.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aFolderIsNotAPlan() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("a-folder.db"));
        assertThatThrownBy(() -> SqlitePlanRepository.open(folder)).isInstanceOf(PlanFileException.class);
    }

    @Test
    void aVersionOnePlanIsMigratedWithItsFlags() throws Exception {
        // a plan as the first Course Planner wrote it: schema 1 only, with a term and 200 courses
        Path file = dir.resolve("old.db");
        String schema1;
        try (var in = PlanDatabase.class.getResourceAsStream("/org/courseplanner/persistence/migrations/001-initial.sql")) {
            schema1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(schema1);
            s.execute("PRAGMA application_id = " + PlanDatabase.APPLICATION_ID);
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO item (id, kind) VALUES (1, 'term')");
            s.execute("INSERT INTO term (id, name, first_day, last_day, school_zone, student_zone, daily_cap_hours)"
                    + " VALUES (1, 'Fall 2026', '2026-08-31', '2026-12-18', 'America/New_York', 'Europe/Berlin', 10)");
            for (int i = 0; i < 200; i++) {
                s.execute("INSERT INTO item (id, kind, parent_id) VALUES (" + (10 + i) + ", 'course', 1)");
                s.execute("INSERT INTO course (id, term_id, code, code_key, title, credits, colour, delivery)"
                        + " VALUES (" + (10 + i) + ", 1, 'C " + i + "', 'C" + i + "', 'Course', 3, '#4E79A7', 'sync')");
            }
        }
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            assertThat(plan.terms()).extracting(Term::name).containsExactly("Fall 2026");
            assertThat(plan.terms().get(0).conflictSettings().quietFrom()).hasToString("22:00");
            assertThat(plan.load(1).courses()).hasSize(200);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(PlanDatabase.latestVersion());
            // 200 courses of 3 credits: 6 h of homework each a week, about 171 h a day, over the 10 h daily cap
            // every day: one daily peak per weekday, computed when the plan was brought up to date
            assertThat(s.executeQuery("SELECT count(*) FROM flag WHERE kind = 'daily-peak'").getInt(1)).isEqualTo(7);
            assertThat(s.executeQuery("SELECT value FROM plan_meta WHERE key = 'findings_rules_version'").getString(1)).isEqualTo(String.valueOf(org.courseplanner.domain.engine.PlanFindings.RULES_VERSION));
            assertThat(s.executeQuery("SELECT value FROM plan_meta WHERE key = 'plan_uid'").getString(1)).matches("[0-9a-f]{32}");
        }
    }
}

package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The numbered migrations: all of them listed, applied in order, one transaction each, from any older version. */
class MigrationsTest {
    private static final String MIGRATIONS = "/org/courseplanner/persistence/migrations/";
    /** The tables of the schema; later migrations may add more, never take these away. */
    private static final List<String> TABLES = List.of("item", "term", "term_break", "course", "sync_session",
            "async_module", "module_week", "commitment", "skipped_date", "study_block");

    @TempDir
    Path dir;

    @Test
    void everyMigrationFileIsListedInOrderWithoutGaps() throws Exception {
        List<String> listed = PlanDatabase.migrationFiles();
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of(PlanDatabase.class.getResource(MIGRATIONS).toURI()))) {
            onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
        }

        assertThat(listed).isEqualTo(onDisk).hasSize(PlanDatabase.latestVersion());
        for (int i = 0; i < listed.size(); i++) {
            assertThat(listed.get(i)).as("migration %d", i + 1).matches(String.format("%03d-[a-z0-9-]+\\.sql", i + 1));
        }
    }

    @Test
    void aNewPlanHasTheLatestVersionAndEveryTable() throws Exception {
        Path file = dir.resolve("new.db");
        PlanDatabase.open(file).connection().close();

        try (Connection c = plain(file)) {
            assertThat(userVersion(c)).isEqualTo(PlanDatabase.latestVersion());
            assertThat(tables(c)).containsAll(TABLES);
        }
    }

    static IntStream olderVersions() {
        return IntStream.range(1, PlanDatabase.latestVersion());
    }

    /** A file at an older version is brought up to the latest, and ends with the same schema as a new plan. */
    @ParameterizedTest(name = "from version {0}")
    @MethodSource("olderVersions")
    void anOlderPlanIsMigratedToTheSchemaOfANewOne(int version) throws Exception {
        Path fresh = dir.resolve("fresh.db");
        PlanDatabase.open(fresh).connection().close();
        Path old = planAtVersion(version);
        try (Connection c = plain(old); Statement s = c.createStatement()) {
            s.execute("INSERT INTO item (id, kind) VALUES (1, 'term')");
            s.execute("INSERT INTO term (id, name, first_day, last_day, school_zone, student_zone, daily_cap_hours)"
                    + " VALUES (1, 'Fall 2026', '2026-08-31', '2026-12-18', 'America/New_York', 'America/New_York', 10)");
        }

        PlanDatabase.Opened opened = PlanDatabase.open(old);
        opened.connection().close();

        assertThat(opened.versionBefore()).isEqualTo(version);
        try (Connection migrated = plain(old); Connection created = plain(fresh)) {
            assertThat(userVersion(migrated)).isEqualTo(PlanDatabase.latestVersion());
            assertThat(tables(migrated)).containsAll(TABLES);
            assertThat(schema(migrated)).isEqualTo(schema(created));
            try (Statement s = migrated.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM term")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Fall 2026");
            }
        }
    }

    static IntStream allVersions() {
        return IntStream.rangeClosed(1, PlanDatabase.latestVersion());
    }

    @ParameterizedTest(name = "version {0}")
    @MethodSource("allVersions")
    void eachVersionHasTheTablesOfItsMigrations(int version) throws Exception {
        Path file = planAtVersion(version);
        try (Connection c = plain(file)) {
            List<String> tables = tables(c);
            assertThat(userVersion(c)).isEqualTo(version);
            assertThat(tables).containsAll(TABLES);
            assertThat(tables.contains("finding")).as("finding, from version 2").isEqualTo(version >= 2);
            assertThat(tables.contains("plan_meta")).as("plan_meta, from version 3").isEqualTo(version >= 3);
            assertThat(strings(c, "SELECT name FROM pragma_table_info('item')").contains("revision"))
                    .as("item.revision, from version 4").isEqualTo(version >= 4);
            assertThat(tables.contains("external_uid")).as("external_uid, from version 5").isEqualTo(version >= 5);
            assertThat(tables.contains("retired_item") && tables.contains("retired_uid")).as("retired_item and retired_uid, from version 6")
                    .isEqualTo(version >= 6);
            assertThat(tables.contains("catalog_section") && tables.contains("catalog_meeting")).as("the catalog, from version 8")
                    .isEqualTo(version >= 8);
            assertThat(strings(c, "SELECT name FROM pragma_table_info('sync_session')").containsAll(List.of("section", "instructor", "crn")))
                    .as("sync_session's section facts, from version 8").isEqualTo(version >= 8);
            assertThat(tables.contains("sync_account") && tables.contains("sync_resource")).as("calendar sync, from version 9")
                    .isEqualTo(version >= 9);
        }
    }

    /** Version 8 adds the catalog: a version-7 plan keeps its sessions, which were taken from no section. */
    @Test
    void aVersionSevenPlanOpensWithItsSessionsAndAnEmptyCatalog() throws Exception {
        Path file = planAtVersion(7);
        try (Connection c = plain(file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO item (id, kind, parent_id, revision) VALUES (1, 'term', NULL, 0), (2, 'course', 1, 0), (3, 'session', 2, 4)");
            s.execute("INSERT INTO term (id, name, first_day, last_day, school_zone, student_zone, daily_cap_hours)"
                    + " VALUES (1, 'Fall 2026', '2026-08-31', '2026-12-18', 'America/New_York', 'America/New_York', 10)");
            s.execute("INSERT INTO course (id, term_id, code, code_key, title, credits, colour, delivery)"
                    + " VALUES (2, 1, 'CS 101', 'CS101', 'Intro to Programming', 4, '#4E79A7', 'sync')");
            s.execute("INSERT INTO sync_session (id, course_id, kind, days, start_time, end_time, location)"
                    + " VALUES (3, 2, 'lecture', 'MO,WE', '10:00', '11:15', 'DCC 308')");
        }

        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            var session = plan.load(1).sessions().get(0);
            assertThat(session.id()).isEqualTo(3);
            assertThat(session.location()).isEqualTo("DCC 308");
            assertThat(session.pattern().describe()).isEqualTo("MO,WE 10:00-11:15");
            assertThat(session.sectionFacts()).isEqualTo(org.courseplanner.domain.SectionFacts.NONE);
            assertThat(plan.catalog(1)).isEqualTo(org.courseplanner.domain.catalog.Catalog.EMPTY);
            assertThat(plan.revisions(1)).containsEntry(3L, 4);
            assertThat(plan.account(1)).isEmpty(); // version 9: no calendar to publish to yet
            assertThat(plan.published(1)).isEmpty();
        }
        try (Connection c = plain(file)) {
            assertThat(userVersion(c)).isEqualTo(PlanDatabase.latestVersion());
        }
    }

    /** Version 7 rebuilds study_block: a version-6 plan keeps its blocks, ids, links and cascades. */
    @Test
    void aVersionSixPlanKeepsItsStudyBlocksWhenTheirTableIsRebuilt() throws Exception {
        Path file = planAtVersion(6);
        try (Connection c = plain(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("INSERT INTO item (id, kind, parent_id, revision) VALUES (1, 'term', NULL, 0), (2, 'course', 1, 0),"
                    + " (3, 'module', 2, 0), (4, 'study', 3, 5), (5, 'study', 3, 0)");
            s.execute("INSERT INTO term (id, name, first_day, last_day, school_zone, student_zone, daily_cap_hours)"
                    + " VALUES (1, 'Fall 2026', '2026-08-31', '2026-12-18', 'America/New_York', 'America/New_York', 10)");
            s.execute("INSERT INTO course (id, term_id, code, code_key, title, credits, colour, delivery)"
                    + " VALUES (2, 1, 'HIST 210', 'HIST210', 'Modern History', 3, '#F28E2B', 'async')");
            s.execute("INSERT INTO async_module (id, course_id, title, effort_hours, schedule, opens_day, opens_time, due_day,"
                    + " due_time, weeks, first_week) VALUES (3, 2, 'Module', 4, 'weekly', 'MO', '09:00', 'SU', '23:59', 15, '2026-08-31')");
            s.execute("INSERT INTO study_block (id, module_id, week, start_at, minutes) VALUES (4, 3, 1, '2026-09-02T19:00', 90),"
                    + " (5, 3, 2, '2026-09-09T19:00', 45)");
            s.execute("INSERT INTO external_uid (uid, item_id) VALUES ('study-4@example', 4)");
        }

        PlanDatabase.open(file).connection().close();

        try (Connection c = plain(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            assertThat(userVersion(c)).isEqualTo(PlanDatabase.latestVersion());
            assertThat(strings(c, "SELECT id || ' ' || module_id || ' ' || coalesce(course_id, '-') || ' ' || week || ' ' || start_at"
                    + " || ' ' || minutes || ' ' || auto FROM study_block ORDER BY id"))
                    .containsExactly("4 3 - 1 2026-09-02T19:00 90 0", "5 3 - 2 2026-09-09T19:00 45 0");
            assertThat(strings(c, "SELECT revision FROM item WHERE id = 4")).containsExactly("5");
            assertThat(strings(c, "SELECT item_id FROM external_uid")).containsExactly("4");
            assertThat(strings(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'study_block' ORDER BY name"))
                    .containsExactly("study_block_course", "study_block_module");
            assertThat(strings(c, "PRAGMA foreign_key_check")).isEmpty();
            assertThat(strings(c, "SELECT \"table\" FROM pragma_foreign_key_list('study_block') ORDER BY \"table\""))
                    .containsExactly("async_module", "course", "item");

            // a homework block is for a course, never for a module and a course at once
            s.execute("INSERT INTO item (id, kind, parent_id) VALUES (6, 'study', 2)");
            s.execute("INSERT INTO study_block (id, course_id, week, start_at, minutes, auto) VALUES (6, 2, 1, '2026-09-03T18:00', 60, 1)");
            assertThatThrownBy(() -> s.execute("UPDATE study_block SET module_id = 3 WHERE id = 6")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("UPDATE study_block SET course_id = NULL WHERE id = 6")).isInstanceOf(SQLException.class);

            // removing the item removes its row (the link to item), and the course takes its homework along
            s.execute("DELETE FROM item WHERE id = 5");
            assertThat(strings(c, "SELECT id FROM study_block ORDER BY id")).containsExactly("4", "6");
            s.execute("DELETE FROM course WHERE id = 2");
            assertThat(strings(c, "SELECT id FROM study_block")).isEmpty();
        }
    }

    @Test
    void aMigrationThatFailsLeavesThePlanAtTheVersionBefore() throws Exception {
        Path file = planAtVersion(2);
        try (Connection c = plain(file); Statement s = c.createStatement()) {
            // migration 3 creates plan_meta: a table already there makes it fail
            s.execute("CREATE TABLE plan_meta (key TEXT PRIMARY KEY)");
        }

        assertThatThrownBy(() -> PlanDatabase.open(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("version 3").hasMessageContaining("left at version 2");

        try (Connection c = plain(file)) {
            assertThat(userVersion(c)).isEqualTo(2);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_table_info('plan_meta')")) {
                assertThat(rs.getInt(1)).as("columns of the table that was there").isOne();
            }
        }
    }

    /** A plan as an older Course Planner left it: the first {@code version} migrations, applied as the app does. */
    private Path planAtVersion(int version) throws SQLException, IOException {
        Path file = dir.resolve("v" + version + ".db");
        try (Connection c = plain(file); Statement s = c.createStatement()) {
            for (String name : PlanDatabase.migrationFiles().subList(0, version)) {
                s.executeUpdate(read(name));
            }
            s.execute("PRAGMA application_id = " + PlanDatabase.APPLICATION_ID);
            s.execute("PRAGMA user_version = " + version);
        }
        return file;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = PlanDatabase.class.getResourceAsStream(MIGRATIONS + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Connection plain(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        return strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    }

    /** Every table, index and view with its SQL: equal when two files have the same schema. */
    private static List<String> schema(Connection c) throws SQLException {
        return strings(c, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}

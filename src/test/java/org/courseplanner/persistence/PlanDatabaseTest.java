package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.Term;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Opening a plan file: new files become plans; anything else is refused and left exactly as it was. */
class PlanDatabaseTest {
    private static final String[] SIDECARS = {"-wal", "-shm", "-journal"};

    @TempDir
    Path dir;

    // ---- new and existing plans ----

    @Test
    void aNewFileIsCreatedWithItsFolderAsAMarkedVersionedWalPlan() throws Exception {
        Path file = dir.resolve("not/yet/there/planner.db");

        PlanDatabase.Opened opened = PlanDatabase.open(file);
        try (Connection c = opened.connection()) {
            assertThat(opened.versionBefore()).isZero();
            assertThat(intPragma(c, "application_id")).isEqualTo(0x43506C6E).isEqualTo(PlanDatabase.APPLICATION_ID);
            assertThat(intPragma(c, "user_version")).isEqualTo(PlanDatabase.latestVersion());
            assertThat(textPragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(intPragma(c, "foreign_keys")).isOne();
            assertThat(intPragma(c, "busy_timeout")).isEqualTo(PlanDatabase.BUSY_TIMEOUT_MS);
        }
        assertThat(file).isRegularFile();
        try (Connection plain = plain(file)) {
            // WAL is a property of the file: another connection sees it too
            assertThat(textPragma(plain, "journal_mode")).isEqualTo("wal");
            assertThat(intPragma(plain, "application_id")).isEqualTo(PlanDatabase.APPLICATION_ID);
        }
    }

    @Test
    void aPlanReopensWithItsDataAndIsNotMigratedAgain() throws Exception {
        Path file = dir.resolve("planner.db");
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            plan.add(fall());
        }

        PlanDatabase.Opened reopened = PlanDatabase.open(file);
        try (Connection c = reopened.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM term")) {
            assertThat(reopened.versionBefore()).isEqualTo(PlanDatabase.latestVersion());
            assertThat(intPragma(c, "foreign_keys")).isOne();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Fall 2026");
        }
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            assertThat(plan.terms()).extracting(Term::name).containsExactly("Fall 2026");
        }
    }

    @Test
    void anEmptyFileIsTreatedAsNew() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        assertThat(PlanDatabase.isNew(file)).isTrue();

        PlanDatabase.Opened opened = PlanDatabase.open(file);
        try (Connection c = opened.connection()) {
            assertThat(opened.versionBefore()).isZero();
            assertThat(intPragma(c, "application_id")).isEqualTo(PlanDatabase.APPLICATION_ID);
            assertThat(intPragma(c, "user_version")).isEqualTo(PlanDatabase.latestVersion());
        }
        assertThat(PlanDatabase.isNew(file)).isFalse();
    }

    // ---- refusals: the file is left byte for byte as it was, with nothing beside it ----

    static Stream<Arguments> filesThatAreNotPlans() {
        return Stream.of(
                Arguments.of("a text file", "not an SQLite file"),
                Arguments.of("random bytes", "not an SQLite file"),
                Arguments.of("a truncated SQLite header", "not an SQLite file"),
                Arguments.of("another program's database", "another program"),
                Arguments.of("a plan from a newer version", "newer Course Planner"),
                Arguments.of("a damaged plan", "damaged"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("filesThatAreNotPlans")
    void aFileThatIsNotAUsablePlanIsRefusedAndLeftUntouched(String what, String reason) throws Exception {
        Path file = switch (what) {
            case "a text file" -> textFile();
            case "random bytes" -> randomBytes();
            case "a truncated SQLite header" -> truncatedHeader();
            case "another program's database" -> otherProgramsDatabase();
            case "a plan from a newer version" -> planFromNewerVersion();
            case "a damaged plan" -> damagedPlan();
            default -> throw new IllegalArgumentException(what);
        };
        assertThat(sidecarsOf(file)).as("sidecars before opening").isEmpty();
        String before = sha256(file);

        assertThatThrownBy(() -> PlanDatabase.open(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(reason).hasMessageContaining("not changed");
        // the repository goes through the same door
        assertThatThrownBy(() -> SqlitePlanRepository.open(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining(reason);

        assertThat(sha256(file)).as("the file's bytes").isEqualTo(before);
        assertThat(sidecarsOf(file)).as("files left beside it").isEmpty();
    }

    private Path textFile() throws IOException {
        return Files.writeString(dir.resolve("notes.db"), "hello\n");
    }

    private Path randomBytes() throws IOException {
        byte[] noise = new byte[3 * 4096];
        new Random(42).nextBytes(noise);
        return Files.write(dir.resolve("noise.db"), noise);
    }

    private Path truncatedHeader() throws IOException {
        return Files.write(dir.resolve("short.db"), "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
    }

    private Path otherProgramsDatabase() throws SQLException {
        Path file = dir.resolve("photos.db");
        try (Connection c = plain(file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, path TEXT NOT NULL)");
            s.execute("INSERT INTO photo (path) VALUES ('beach.jpg'), ('lake.jpg')");
        }
        return file;
    }

    private Path planFromNewerVersion() throws SQLException {
        Path file = planWithCourses("newer.db", 3);
        try (Connection c = plain(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (PlanDatabase.latestVersion() + 1));
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(sidecarsOf(file)).as("the last connection folds the log back and removes it").isEmpty();
        return file;
    }

    /** A plan whose b-tree pages after the first are overwritten: quick_check fails, the header is intact. */
    private Path damagedPlan() throws IOException {
        Path file = planWithCourses("damaged.db", 200);
        int pageSize = 4096;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raf.length() / pageSize;
            assertThat(pages).as("pages of the plan").isGreaterThan(6);
            byte[] junk = new byte[64];
            java.util.Arrays.fill(junk, (byte) 0xA5);
            for (long page = 2; page < pages - 1; page++) {
                raf.seek(page * pageSize); // the page's b-tree header
                raf.write(junk, 0, 8);
                raf.seek(page * pageSize + 100); // and some of its cell pointers
                raf.write(junk);
            }
        }
        return file;
    }

    @Test
    void aFolderIsRefusedAndLeftAlone() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plans.db"));
        Files.writeString(folder.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> PlanDatabase.open(folder)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining(folder.toString());
        assertThat(folder).isDirectory();
        assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("mine");
        assertThat(sidecarsOf(folder)).isEmpty();
    }

    @Test
    void aFolderIsRefusedWithAMessageThatSaysItIsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plans.db"));

        assertThatThrownBy(() -> PlanDatabase.open(folder)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("folder")
                .hasMessageNotContaining("permissions");
    }

    /** A newer Course Planner was killed: its version is only in the write-ahead log beside the file. */
    @Test
    void aNewerPlanLeftWithItsLogIsRefusedWithNothingAddedBesideIt() throws Exception {
        Path live = planWithCourses("live.db", 1);
        Path crashed = dir.resolve("crashed.db");
        Path crashedLog = dir.resolve("crashed.db-wal");
        try (SqlitePlanRepository running = SqlitePlanRepository.open(live); Connection newer = plain(live);
             Statement s = newer.createStatement()) {
            s.execute("PRAGMA user_version = " + (PlanDatabase.latestVersion() + 1));
            Files.copy(live, crashed);
            Files.copy(dir.resolve("live.db-wal"), crashedLog);
        }
        String file = sha256(crashed);
        String log = sha256(crashedLog);

        assertThatThrownBy(() -> PlanDatabase.open(crashed)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("newer Course Planner").hasMessageContaining("not changed");

        assertThat(sha256(crashed)).isEqualTo(file);
        assertThat(sha256(crashedLog)).isEqualTo(log);
        assertThat(dir.resolve("crashed.db-shm")).doesNotExist();
    }

    @Test
    void aPlanUnderAFileCannotBeCreated() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path file = notAFolder.resolve("planner.db");

        assertThatThrownBy(() -> PlanDatabase.open(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("cannot create the folder").hasMessageContaining(notAFolder.toString())
                .hasMessageContaining("--db");
        assertThat(Files.readString(notAFolder)).isEqualTo("hello");
    }

    @Test
    void aPlanInAFolderWithoutWritePermissionIsRefused() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(locked)).as("not running as root").isFalse();
            Path file = locked.resolve("planner.db");

            assertThatThrownBy(() -> PlanDatabase.open(file)).isInstanceOf(PlanFileException.class)
                    .hasMessageContaining(file.toString());
            assertThat(file).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    // ---- helpers ----

    private Path planWithCourses(String name, int courses) {
        Path file = dir.resolve(name);
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(file)) {
            Term term = plan.add(fall());
            for (int i = 0; i < courses; i++) {
                plan.add(new Course(0, term.id(), "C " + i, "A course with a title long enough to fill pages " + i, 3,
                        "#4E79A7", Delivery.SYNC, null));
            }
        }
        return file;
    }

    private static Term fall() {
        return Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), ZoneId.of("America/New_York"));
    }

    private static Connection plain(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }

    private static String textPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Stream<Path> sidecarsOf(Path file) {
        return Stream.of(SIDECARS).map(suffix -> file.resolveSibling(file.getFileName() + suffix)).filter(Files::exists);
    }
}

package org.courseplanner.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Opens a plan file safely. A file that is not a planner database, comes from a newer version
 * or is damaged is refused and left byte for byte as it was: its header is read as plain bytes
 * before SQLite opens it, and nothing is written (not even the switch to WAL) until every check
 * has passed. Then the numbered migrations bring it up to date, one transaction each.
 */
public final class PlanDatabase {
    /** "CPln": marks a SQLite file as a Course Planner plan (PRAGMA application_id). */
    public static final int APPLICATION_ID = 0x43506C6E;
    static final int BUSY_TIMEOUT_MS = 5_000;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;
    private static final String MIGRATIONS = "/org/courseplanner/persistence/migrations/";
    private static final List<String> MIGRATION_FILES = List.of("001-initial.sql", "002-flags.sql", "003-plan-meta.sql",
            "004-calendar-identity.sql", "005-imported-uids.sql", "006-retired-identity.sql");

    private PlanDatabase() {
    }

    /** The schema version this build writes. */
    /**
     * The planner on a plan file (created empty when there is none), its only way in: the command
     * line and the window get the planner, never the repository. Closing the planner closes the file.
     */
    public static org.courseplanner.domain.Planner planner(Path file, java.time.Clock clock) {
        return new org.courseplanner.domain.Planner(SqlitePlanRepository.open(file), clock);
    }

    public static int latestVersion() {
        return MIGRATION_FILES.size();
    }

    /** Whether opening {@code file} would create a new plan. */
    public static boolean isNew(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * An open plan file.
     *
     * @param versionBefore the schema version the file had before it was opened (0 for a new file)
     */
    public record Opened(Connection connection, int versionBefore) {
    }

    /** Opens the plan in {@code file}, creating an empty one (and its folder) when it does not exist. */
    public static Opened open(Path file) {
        if (Files.isDirectory(file)) {
            throw new PlanFileException(file + " is a folder, not a plan file. Give a file name inside it"
                    + " (e.g. " + file.resolve("planner.db") + ").");
        }
        boolean existing = !isNew(file);
        if (existing) {
            checkHeader(file);
        } else {
            createFolder(file);
        }
        if (existing) {
            checkReadOnly(file);
        }
        Connection connection = connect(file, false);
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
            int before = pragma(connection, "user_version");
            migrate(connection, file);
            return new Opened(connection, before);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new PlanFileException(file + " could not be opened as a plan (" + e.getMessage()
                    + "); it was not changed", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Reads id, version and integrity through SQLite without changing anything. A read-only
     * connection neither writes nor checkpoints a write-ahead log when it closes, but reading a log
     * makes SQLite create a -shm index beside it: when the file is refused, that index goes again.
     */
    private static void checkReadOnly(Path file) {
        Path index = Path.of(file.toAbsolutePath() + "-shm");
        boolean indexBefore = Files.exists(index);
        try (Connection readOnly = connectForCheck(file)) {
            checkContents(readOnly, file);
        } catch (SQLException e) {
            // busy or locked: another program may be using the plan and its index right now; leave both
            throw new PlanFileException(file + " cannot be read (" + e.getMessage() + "); it was not changed", e);
        } catch (PlanFileException e) {
            // refused for what it holds (another program's, newer, damaged): nobody else uses it as our plan
            if (!indexBefore) {
                try {
                    Files.deleteIfExists(index);
                } catch (IOException ignored) {
                    // Only SQLite's scratch index; the plan and its log are untouched either way.
                }
            }
            throw e;
        }
    }

    private static void checkHeader(Path file) {
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, HEADER_SIZE);
        } catch (IOException e) {
            throw new PlanFileException(file + " cannot be read (" + e.getMessage() + "): check the file's permissions", e);
        }
        if (read < HEADER_SIZE || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw new PlanFileException(file + " is not a Course Planner database (it is not an SQLite file at all)."
                    + " It was not changed. Give another file with --db, or a new name to start a new plan.");
        }
        ByteBuffer bytes = ByteBuffer.wrap(header);
        int applicationId = bytes.getInt(APPLICATION_ID_OFFSET);
        // 0 may be ours: after a crash our id can still sit in the write-ahead log, not yet in the
        // file. The read-only check that follows sees the log too.
        if (applicationId != APPLICATION_ID && applicationId != 0) {
            throw new PlanFileException(file + " is an SQLite database of another program, not a Course Planner plan."
                    + " It was not changed. Give another file with --db, or a new name to start a new plan.");
        }
        checkVersion(file, bytes.getInt(USER_VERSION_OFFSET));
    }

    /** The header on disk may lag behind a write-ahead log: read id and version again through SQLite. */
    private static void checkContents(Connection connection, Path file) throws SQLException {
        if (pragma(connection, "application_id") != APPLICATION_ID) {
            throw new PlanFileException(file + " is an SQLite database of another program, not a Course Planner plan."
                    + " It was not changed.");
        }
        checkVersion(file, pragma(connection, "user_version"));
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new PlanFileException(file + " is damaged (" + verdict + "). It was not changed;"
                        + " restore it from a backup, or give another file with --db.");
            }
        } catch (SQLException e) {
            throw new PlanFileException(file + " is damaged (" + e.getMessage() + "). It was not changed;"
                    + " restore it from a backup, or give another file with --db.", e);
        }
    }

    private static void checkVersion(Path file, int version) {
        if (version > latestVersion()) {
            throw new PlanFileException(file + " was written by a newer Course Planner (schema version " + version
                    + "; this one knows up to " + latestVersion() + "). It was not changed: update Course Planner to open it.");
        }
    }

    private static void migrate(Connection connection, Path file) throws SQLException {
        int version = pragma(connection, "user_version");
        for (int next = version + 1; next <= latestVersion(); next++) {
            String script = readMigration(MIGRATION_FILES.get(next - 1));
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.executeUpdate(script);
                if (next == 1) {
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
                s.execute("PRAGMA user_version = " + next);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new PlanFileException(file + " could not be brought up to schema version " + next + " ("
                        + e.getMessage() + "); it was left at version " + (next - 1), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * A connection that only looks. Without a write-ahead log beside the file it opens the file as
     * immutable, so SQLite creates no -wal or -shm file next to a file it may refuse; with one (a
     * plan whose app was killed), it must read that log, read-only.
     */
    private static Connection connectForCheck(Path file) throws SQLException {
        if (Files.exists(Path.of(file.toAbsolutePath() + "-wal"))) {
            return connect(file, true);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
    }

    private static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new PlanFileException(file + " cannot be opened (" + e.getMessage() + ")", e);
        }
    }

    private static void createFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new PlanFileException("cannot create the folder " + folder + " for the plan (" + e.getMessage()
                    + "): give a writable place with --db", e);
        }
    }

    private static String readMigration(String name) {
        try (InputStream in = PlanDatabase.class.getResourceAsStream(MIGRATIONS + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration " + name + " cannot be read", e);
        }
    }

    static List<String> migrationFiles() {
        return new ArrayList<>(MIGRATION_FILES);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }
}

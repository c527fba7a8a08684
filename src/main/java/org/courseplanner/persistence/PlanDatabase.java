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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.courseplanner.domain.StorageException;
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
    /** How long the window waits for another writer of the plan before it says the plan is busy. */
    public static final Duration BUSY_WAIT = Duration.ofMillis(BUSY_TIMEOUT_MS);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;
    private static final String MIGRATIONS = "/org/courseplanner/persistence/migrations/";
    private static final List<String> MIGRATION_FILES = List.of("001-initial.sql", "002-flags.sql", "003-plan-meta.sql",
            "004-calendar-identity.sql", "005-imported-uids.sql", "006-retired-identity.sql",
            "007-study-planning.sql", "008-catalog.sql", "009-calendar-sync.sql");

    private PlanDatabase() {
    }

    /** The schema version this build writes. */
    /**
     * The planner on a plan file (created empty when there is none), its only way in: the command
     * line and the window get the planner, never the repository. Closing the planner closes the file.
     */
    public static org.courseplanner.domain.Planner planner(Path file, java.time.Clock clock) {
        return planner(file, clock, BUSY_WAIT);
    }

    /** As {@link #planner(Path, java.time.Clock)}, waiting up to {@code busyWait} for another writer of the plan. */
    public static org.courseplanner.domain.Planner planner(Path file, java.time.Clock clock, Duration busyWait) {
        return new org.courseplanner.domain.Planner(SqlitePlanRepository.open(file, busyWait), clock);
    }

    public static int latestVersion() {
        return MIGRATION_FILES.size();
    }

    /**
     * Whether opening {@code file} would create a new plan: there is no file, or an empty one, or an
     * SQLite file with nothing in it at all (no table, no id, no version: what a plan being created
     * is until its first transaction commits, e.g. when that process was killed).
     */
    public static boolean isNew(Path file) {
        try {
            return refuseWhatIsNoFile(file) || blank(file);
        } catch (PlanFileException | StorageException e) {
            return false;
        }
    }

    /**
     * An open plan file.
     *
     * @param versionBefore the schema version the file had before it was opened (0 for a new file)
     * @param readOnly whether the plan can only be read (its file or folder is not writable)
     * @param busyWait how long a change waits for another writer before it gives up
     */
    public record Opened(Connection connection, int versionBefore, boolean readOnly, Duration busyWait) {
    }

    /** Opens the plan in {@code file}, creating an empty one (and its folder) when it does not exist. */
    public static Opened open(Path file) {
        return open(file, BUSY_WAIT);
    }

    /**
     * Opens the plan in {@code file}, creating an empty one (and its folder) when it does not
     * exist. A plan is created in one transaction, so a process killed while creating it leaves a
     * file that holds nothing, which the next open treats as new. A plan that this user may not
     * change opens read-only, unless it would need an upgrade first.
     */
    public static Opened open(Path file, Duration busyWait) {
        boolean missingOrEmpty = refuseWhatIsNoFile(file);
        boolean created = missingOrEmpty || blank(file);
        if (missingOrEmpty) {
            createFolder(file);
        }
        if (!writable(file)) {
            if (created) {
                throw new PlanFileException("A new plan cannot be created at " + file + ": its folder is read-only."
                        + " Give a writable place with --db; nothing was created.");
            }
            return openReadOnly(file, busyWait);
        }
        Connection connection = connect(file, false, busyWait);
        try {
            if (!"wal".equals(text(connection, "PRAGMA journal_mode"))) {
                text(connection, "PRAGMA journal_mode = WAL");
            }
            int before = pragma(connection, "user_version");
            migrate(connection, file, busyWait);
            return new Opened(connection, before, false, busyWait);
        } catch (SQLException e) {
            closeQuietly(connection);
            StorageException known = SqliteFailures.translate(e, file.toString());
            if (known != null) {
                throw known;
            }
            throw new PlanFileException(file + " could not be opened as a plan (" + e.getMessage()
                    + "); it was not changed", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Refuses what cannot hold a plan before anything is created beside it (SQLite would make a
     * /dev/null-journal): a folder, a device, a pipe. Returns whether there is no file yet or an
     * empty one.
     */
    private static boolean refuseWhatIsNoFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new PlanFileException(file + " is a folder, not a plan file. Give a file name inside it"
                    + " (e.g. " + file.resolve("planner.db") + ").");
        }
        if (!Files.exists(file)) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            throw new PlanFileException(file + " is not a regular file (a device, a pipe or a socket), so it cannot hold a plan."
                    + " Nothing was created or changed; give a file name with --db.");
        }
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            throw new PlanFileException(file + " cannot be read (" + e.getMessage() + "): check the file's permissions", e);
        }
    }

    /**
     * Checks an existing file (refusing another program's, a damaged or a newer one) and says
     * whether it holds nothing at all, so that it may become a new plan.
     */
    private static boolean blank(Path file) {
        checkHeader(file);
        return checkReadOnly(file);
    }

    /** A plan can be changed when this user may write its file and its folder (for SQLite's log beside it). */
    private static boolean writable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return (!Files.exists(file) || Files.isWritable(file)) && (folder == null || Files.isWritable(folder));
    }

    /**
     * A plan that cannot be changed here, opened for reading: nothing is written, not even the
     * findings of newer rules. One written by an older Course Planner is refused, since it would
     * have to be upgraded first.
     */
    static Opened openReadOnly(Path file, Duration busyWait) {
        Connection connection;
        try {
            connection = connectForReading(file, busyWait);
        } catch (SQLException e) {
            throw new PlanFileException(file + " is read-only and cannot be read here (" + e.getMessage() + "); it was not changed", e);
        }
        try {
            int version = pragma(connection, "user_version");
            if (version < latestVersion()) {
                throw new PlanFileException(file + " is read-only and was written by an older Course Planner (schema version "
                        + version + "; this one needs " + latestVersion() + "). It must be brought up to date before it can be"
                        + " opened: make the file and its folder writable and open it again. It was not changed.");
            }
            return new Opened(connection, version, true, busyWait);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new PlanFileException(file + " is read-only and cannot be read here (" + e.getMessage() + "); it was not changed", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * A read-only connection that sees the write-ahead log when there is one. With no log beside
     * the file (the plan was closed cleanly) and a folder where SQLite cannot make its index, the
     * file is opened as immutable: then SQLite needs neither.
     */
    private static Connection connectForReading(Path file, Duration busyWait) throws SQLException {
        Path folder = file.toAbsolutePath().getParent();
        boolean log = Files.exists(Path.of(file.toAbsolutePath() + "-wal"));
        if (log || folder == null || Files.isWritable(folder)) {
            return connect(file, true, busyWait);
        }
        return immutable(file);
    }

    /**
     * Reads id, version and integrity through SQLite without changing anything. A read-only
     * connection neither writes nor checkpoints a write-ahead log when it closes, but reading a log
     * makes SQLite create a -shm index beside it: when the file is refused, that index goes again.
     */
    private static boolean checkReadOnly(Path file) {
        Path index = Path.of(file.toAbsolutePath() + "-shm");
        boolean indexBefore = Files.exists(index);
        try (Connection readOnly = connectForCheck(file)) {
            return checkContents(readOnly, file);
        } catch (SQLException e) {
            // busy or locked: another program may be using the plan and its index right now; leave both
            if (SqliteFailures.isBusy(e)) {
                throw SqliteFailures.translate(e, file.toString());
            }
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

    /**
     * The header on disk may lag behind a write-ahead log: read id and version again through SQLite.
     * Returns whether the file holds nothing at all (no id, no version, no table).
     */
    private static boolean checkContents(Connection connection, Path file) throws SQLException {
        int applicationId = pragma(connection, "application_id");
        int version = pragma(connection, "user_version");
        if (applicationId == 0 && version == 0 && isEmpty(connection)) {
            return true;
        }
        if (applicationId != APPLICATION_ID) {
            throw new PlanFileException(file + " is an SQLite database of another program, not a Course Planner plan."
                    + " It was not changed.");
        }
        checkVersion(file, version);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new PlanFileException(file + " is damaged (" + verdict + "). It was not changed;"
                        + " restore it from a backup, or give another file with --db.");
            }
            return false;
        } catch (SQLException e) {
            throw new PlanFileException(file + " is damaged (" + e.getMessage() + "). It was not changed;"
                    + " restore it from a backup, or give another file with --db.", e);
        }
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) == 0;
        }
    }

    private static void checkVersion(Path file, int version) {
        if (version < 0) {
            throw new PlanFileException(file + " is an SQLite database of another program, not a Course Planner plan"
                    + " (its schema version " + version + " is none of ours). It was not changed. Give another file with --db,"
                    + " or a new name to start a new plan.");
        }
        if (version > latestVersion()) {
            throw new PlanFileException(file + " was written by a newer Course Planner (schema version " + version
                    + "; this one knows up to " + latestVersion() + "). It was not changed: update Course Planner to open it.");
        }
    }

    /**
     * Brings the plan up to date, one numbered step a transaction; a new plan gets every step in
     * one transaction. Each step takes the write lock first and reads the version again, so two
     * processes opening the same old or new file at once do not both run it.
     */
    private static void migrate(Connection connection, Path file, Duration busyWait) throws SQLException {
        while (true) {
            SqliteFailures.begin(connection, true, busyWait, file.toString());
            int version = 0;
            int target = 0;
            try (Statement s = connection.createStatement()) {
                version = pragma(connection, "user_version");
                if (version >= latestVersion()) {
                    SqliteFailures.commit(connection);
                    return;
                }
                if (version == 0 && (pragma(connection, "application_id") != 0 || !isEmpty(connection))) {
                    throw new PlanFileException(file + " is an SQLite database of another program, not a Course Planner plan."
                            + " It was not changed.");
                }
                target = version == 0 ? latestVersion() : version + 1;
                for (int next = version + 1; next <= target; next++) {
                    s.executeUpdate(readMigration(MIGRATION_FILES.get(next - 1)));
                }
                if (version == 0) {
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
                s.execute("PRAGMA user_version = " + target);
                SqliteFailures.commit(connection);
            } catch (SQLException e) {
                SqliteFailures.rollback(connection, e);
                StorageException known = SqliteFailures.translate(e, file.toString());
                if (known != null) {
                    throw known;
                }
                throw new PlanFileException(file + " could not be brought up to schema version " + target + " ("
                        + e.getMessage() + "); it was left at version " + version, e);
            } catch (RuntimeException e) {
                SqliteFailures.rollback(connection, e);
                throw e;
            }
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
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
            return connect(file, true, BUSY_WAIT);
        }
        return immutable(file);
    }

    private static Connection immutable(Path file) throws SQLException {
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
    }

    private static Connection connect(Path file, boolean readOnly, Duration busyWait) {
        SqliteNativeLibrary.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyWait.toMillis()));
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

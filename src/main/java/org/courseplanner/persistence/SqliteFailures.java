package org.courseplanner.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.courseplanner.domain.PlanBusyException;
import org.courseplanner.domain.StorageException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Starts transactions so that writers queue instead of failing, and says what SQLite's failures
 * mean for the student: busy (another window or command), a full disk, a read-only file.
 */
final class SqliteFailures {
    private static final int BUSY = SQLiteErrorCode.SQLITE_BUSY.code;
    private static final int LOCKED = SQLiteErrorCode.SQLITE_LOCKED.code;
    private static final int FULL = SQLiteErrorCode.SQLITE_FULL.code;
    private static final int READ_ONLY = SQLiteErrorCode.SQLITE_READONLY.code;

    private SqliteFailures() {
    }

    /**
     * Begins a transaction. A change begins with BEGIN IMMEDIATE: it takes the write lock before it
     * reads, so what it checks is what it writes over, and a second writer waits here (SQLite's busy
     * timeout) instead of failing later when it could no longer wait. SQLite answers some busy
     * states without waiting (a log being recovered); those are tried again until {@code wait} is up.
     */
    static void begin(Connection connection, boolean write, Duration wait, String location) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try (Statement s = connection.createStatement()) {
                s.execute(write ? "BEGIN IMMEDIATE" : "BEGIN");
                return;
            } catch (SQLException e) {
                if (!isBusy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 50));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new PlanBusyException(location, e);
                }
            }
        }
    }

    static void commit(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        }
    }

    /**
     * Rolls back what is open. SQLite has already rolled back by itself after some failures (a full
     * disk); then there is nothing to roll back, and the first failure is the one to report.
     */
    static void rollback(Connection connection, Throwable failure) {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e); // "no transaction is active": SQLite rolled back already
        }
    }

    static boolean isBusy(SQLException e) {
        int code = primary(e);
        return code == BUSY || code == LOCKED;
    }

    /**
     * The student's words for a failure SQLite reported, or {@code null} when it is none of busy,
     * disk full or read-only.
     */
    static StorageException translate(SQLException e, String location) {
        int code = primary(e);
        if (code == BUSY || code == LOCKED) {
            return new PlanBusyException(location, e);
        }
        if (code == FULL) {
            return new StorageException("The disk that holds the plan " + location + " is full; nothing was changed."
                    + " Free some space and try again.", e);
        }
        if (code == READ_ONLY) {
            return readOnly(location, e);
        }
        return null;
    }

    static StorageException readOnly(String location, Throwable cause) {
        return new StorageException("The plan " + location + " is read-only: this user may not change the file or its folder"
                + " (or the disk is mounted read-only). It can be read, not changed; nothing was changed."
                + " Copy it somewhere writable, or make it writable, to change it.", cause);
    }

    private static int primary(SQLException e) {
        if (e instanceof SQLiteException s) {
            return s.getResultCode().code & 0xFF;
        }
        return e.getErrorCode() & 0xFF;
    }
}

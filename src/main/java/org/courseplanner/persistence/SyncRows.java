package org.courseplanner.persistence;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.courseplanner.domain.sync.PublishedResource;
import org.courseplanner.domain.sync.SyncAccount;

/**
 * A term's calendar sync in the tables sync_account and sync_resource (docs/schema.md), read and
 * written inside the repository's transactions.
 */
final class SyncRows {
    private SyncRows() {
    }

    static Optional<SyncAccount> account(Connection connection, long termId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT calendar_url, user_name, with_commitments, tasks, alarm_minutes FROM sync_account WHERE term_id = ?")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int alarm = rs.getInt(5);
                Integer alarmMinutes = rs.wasNull() ? null : alarm;
                return Optional.of(new SyncAccount(URI.create(rs.getString(1)), rs.getString(2), rs.getInt(3) == 1, rs.getInt(4) == 1,
                        alarmMinutes));
            }
        }
    }

    /** Sets the account; another calendar or user than before starts with nothing published. */
    static void saveAccount(Connection connection, long termId, SyncAccount account) throws SQLException {
        Optional<SyncAccount> before = account(connection, termId);
        if (before.isPresent() && !(before.get().calendar().equals(account.calendar()) && before.get().user().equals(account.user()))) {
            forgetAccount(connection, termId);
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO sync_account"
                + " (term_id, calendar_url, user_name, with_commitments, tasks, alarm_minutes) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (term_id) DO UPDATE SET calendar_url = excluded.calendar_url, user_name = excluded.user_name,"
                + " with_commitments = excluded.with_commitments, tasks = excluded.tasks, alarm_minutes = excluded.alarm_minutes")) {
            ps.setLong(1, termId);
            ps.setString(2, account.calendar().toString());
            ps.setString(3, account.user());
            ps.setInt(4, account.withCommitments() ? 1 : 0);
            ps.setInt(5, account.tasks() ? 1 : 0);
            if (account.alarmMinutes() == null) {
                ps.setNull(6, Types.INTEGER);
            } else {
                ps.setInt(6, account.alarmMinutes());
            }
            ps.executeUpdate();
        }
    }

    static void forgetAccount(Connection connection, long termId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM sync_account WHERE term_id = ?")) {
            ps.setLong(1, termId);
            ps.executeUpdate(); // its sync_resource rows go with it (ON DELETE CASCADE)
        }
    }

    static Map<String, PublishedResource> published(Connection connection, long termId) throws SQLException {
        Map<String, PublishedResource> byUid = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT uid, summary, href, etag, fingerprint, sending FROM sync_resource WHERE term_id = ? ORDER BY uid")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byUid.put(rs.getString(1), new PublishedResource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return byUid;
    }

    static void recordSending(Connection connection, long termId, String uid, String summary, String href, String fingerprint)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO sync_resource (term_id, uid, summary, href, sending)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (term_id, uid) DO UPDATE SET sending = excluded.sending")) {
            ps.setLong(1, termId);
            ps.setString(2, uid);
            ps.setString(3, summary == null ? "" : summary);
            ps.setString(4, href);
            ps.setString(5, fingerprint);
            ps.executeUpdate();
        }
    }

    static void recordPublished(Connection connection, long termId, PublishedResource r) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO sync_resource (term_id, uid, summary, href, etag, fingerprint)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (term_id, uid) DO UPDATE SET summary = excluded.summary,"
                + " href = excluded.href, etag = excluded.etag, fingerprint = excluded.fingerprint, sending = NULL")) {
            ps.setLong(1, termId);
            ps.setString(2, r.uid());
            ps.setString(3, r.summary() == null ? "" : r.summary());
            ps.setString(4, r.href());
            ps.setString(5, r.etag());
            ps.setString(6, r.fingerprint());
            ps.executeUpdate();
        }
    }

    static void forgetPublished(Connection connection, long termId, String uid) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM sync_resource WHERE term_id = ? AND uid = ?")) {
            ps.setLong(1, termId);
            ps.setString(2, uid);
            ps.executeUpdate();
        }
    }
}

package org.courseplanner.ui.sync;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.courseplanner.domain.sync.CredentialStore;
import org.courseplanner.domain.sync.SyncAccount;

/**
 * The calendar's password: the one saved in the credential store, else the one the student gave in
 * this window session, which is kept in memory only. Saved passwords are keyed by the calendar's
 * URL and the user, as the command line keys them.
 */
public final class Passwords {
    private final CredentialStore store;
    private final Map<String, char[]> session = new ConcurrentHashMap<>();

    public Passwords(CredentialStore store) {
        this.store = store;
    }

    /** The password for the account, from this session or the store; the store may be slow (a keyring): call it in the background. */
    public Optional<char[]> find(SyncAccount account) {
        char[] given = session.get(key(account));
        return given != null ? Optional.of(given.clone()) : store.password(server(account), account.user());
    }

    /** Keeps a password for this window session only. */
    public void keep(SyncAccount account, char[] password) {
        session.put(key(account), password.clone());
    }

    /** Forgets the session's password (the server refused it): the next publish asks again. */
    public void drop(SyncAccount account) {
        char[] old = session.remove(key(account));
        if (old != null) {
            java.util.Arrays.fill(old, '\0');
        }
    }

    /** Saves the password in the store (the student ticked "Remember the password"). */
    public void save(SyncAccount account, char[] password) {
        store.save(server(account), account.user(), password);
    }

    /** Forgets the saved password too. */
    public void forget(SyncAccount account) {
        drop(account);
        store.forget(server(account), account.user());
    }

    /** Where saved passwords go, for the dialog's hint. */
    public String where() {
        return store.where();
    }

    private static URI server(SyncAccount account) {
        return account.calendar();
    }

    private static String key(SyncAccount account) {
        return account.calendar() + " " + account.user();
    }
}

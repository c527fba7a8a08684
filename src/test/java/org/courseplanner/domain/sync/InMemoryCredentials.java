package org.courseplanner.domain.sync;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A credential store in memory, as the system keyring would keep passwords (keyed "calendar-URL user"). */
public final class InMemoryCredentials implements CredentialStore {
    private final Map<String, String> saved = new ConcurrentHashMap<>();
    private final String where;

    /** Said to be "the test's keyring". */
    public InMemoryCredentials() {
        this("the test's keyring");
    }

    /** Said to be {@code where}: a window test that mimics a desktop says what that desktop's store would. */
    public InMemoryCredentials(String where) {
        this.where = where;
    }

    @Override
    public Optional<char[]> password(URI server, String user) {
        return Optional.ofNullable(saved.get(server + " " + user)).map(String::toCharArray);
    }

    @Override
    public void save(URI server, String user, char[] password) {
        saved.put(server + " " + user, new String(password));
    }

    @Override
    public void forget(URI server, String user) {
        saved.remove(server + " " + user);
    }

    @Override
    public String where() {
        return where;
    }

    /** What is saved, as "server user" → password. */
    public Map<String, String> saved() {
        return Map.copyOf(saved);
    }
}

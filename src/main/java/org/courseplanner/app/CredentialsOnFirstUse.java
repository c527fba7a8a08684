package org.courseplanner.app;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.courseplanner.domain.sync.CredentialStore;

/**
 * The computer's credential store, found when first needed: finding it may start the keyring's
 * tool and wait for it, which must happen on the calendar sync's thread, never while the window
 * opens on the JavaFX thread.
 */
final class CredentialsOnFirstUse implements CredentialStore {
    private final Supplier<CredentialStore> find;
    private CredentialStore found;

    CredentialsOnFirstUse(Supplier<CredentialStore> find) {
        this.find = find;
    }

    private synchronized CredentialStore store() {
        if (found == null) {
            found = find.get();
        }
        return found;
    }

    @Override
    public Optional<char[]> password(URI server, String user) {
        return store().password(server, user);
    }

    @Override
    public void save(URI server, String user, char[] password) {
        store().save(server, user, password);
    }

    @Override
    public void forget(URI server, String user) {
        store().forget(server, user);
    }

    @Override
    public String where() {
        return store().where();
    }
}

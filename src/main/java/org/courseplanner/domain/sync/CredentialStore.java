package org.courseplanner.domain.sync;

import java.net.URI;
import java.util.Optional;

/**
 * Where calendar passwords are kept, never in the plan file nor in a log: the system's keyring
 * where there is one, else a file only the user can read.
 */
public interface CredentialStore {

    /** The password saved for this user on this server, if any. */
    Optional<char[]> password(URI server, String user);

    /** Saves (or replaces) the password for this user on this server. */
    void save(URI server, String user, char[] password);

    /** Forgets the password for this user on this server; nothing when none was saved. */
    void forget(URI server, String user);

    /** Where passwords go, for messages ("the GNOME keyring", "~/.config/course-planner/credentials (readable by you alone)"). */
    String where();
}

package org.courseplanner.credentials;

import org.courseplanner.domain.sync.CredentialStore;

/** Where this computer keeps calendar passwords. */
public final class Credentials {
    private Credentials() {
    }

    /**
     * The desktop's keyring when it works here (Linux with libsecret's secret-tool and a D-Bus
     * session), else a file in the user's configuration folder that only they can read.
     * {@link CredentialStore#where()} says which.
     */
    public static CredentialStore forThisComputer() {
        return SecretToolKeyring.ifAvailable().<CredentialStore>map(k -> k).orElseGet(UserOnlyCredentialsFile::inConfigFolder);
    }
}

package org.courseplanner.credentials;

import java.nio.file.Path;
import java.util.Map;
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
        return forComputer(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static CredentialStore forComputer(String osName, Map<String, String> env, Path home) {
        return SecretToolKeyring.ifAvailable(env).<CredentialStore>map(k -> k)
                .orElseGet(() -> new UserOnlyCredentialsFile(UserOnlyCredentialsFile.configFolder(osName, env, home)));
    }
}

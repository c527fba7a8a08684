package org.courseplanner.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.courseplanner.domain.sync.CredentialStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    private static final URI SERVER = URI.create("https://cloud.example.org/remote.php/dav/calendars/ana/personal/");

    @TempDir
    Path folder;

    @Test
    void withoutAKeyringPasswordsGoInTheConfigFolderFile() {
        Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv().getOrDefault("PATH", ""),
                "XDG_CONFIG_HOME", folder.resolve("config").toString()));

        CredentialStore store = Credentials.forComputer("Linux", env, folder.resolve("home"));
        store.save(SERVER, "ana", "secret".toCharArray());

        assertThat(store).isInstanceOf(UserOnlyCredentialsFile.class);
        assertThat(store.where()).startsWith(folder.resolve("config/course-planner/credentials").toString());
        assertThat(folder.resolve("config/course-planner/credentials")).exists();
    }

    @Test
    void whereAKeyringWorksItIsChosen() throws Exception {
        try (PrivateKeyring session = PrivateKeyring.start(folder)) {
            Map<String, String> env = new HashMap<>(session.environment);
            env.put("XDG_CONFIG_HOME", folder.resolve("config").toString());

            CredentialStore store = Credentials.forComputer("Linux", env, folder.resolve("home"));

            assertThat(store).isInstanceOf(SecretToolKeyring.class);
            assertThat(store.where()).contains("keyring");
            store.save(SERVER, "ana", "secret".toCharArray());
            assertThat(folder.resolve("config")).doesNotExist();
            store.forget(SERVER, "ana");
        }
    }
}

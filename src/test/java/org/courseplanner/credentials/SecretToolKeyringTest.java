package org.courseplanner.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyring through secret-tool, in a keyring of the test's own; skipped where GNOME Keyring or secret-tool is missing. */
class SecretToolKeyringTest {
    private static final URI NEXTCLOUD = URI.create("https://cloud.example.org/remote.php/dav/calendars/ana/personal/");

    @TempDir
    Path folder;

    @Test
    void aSavedPasswordIsFoundAgainReplacedAndForgotten() throws Exception {
        try (PrivateKeyring session = PrivateKeyring.start(folder)) {
            SecretToolKeyring keyring = session.keyring();
            keyring.save(NEXTCLOUD, "ana", "crème brûlée\n42 ".toCharArray());
            keyring.save(NEXTCLOUD, "ben", "ben's".toCharArray());

            assertThat(new String(keyring.password(NEXTCLOUD, "ana").orElseThrow())).isEqualTo("crème brûlée\n42 ");
            assertThat(new String(keyring.password(URI.create("https://cloud.example.org/other/calendar/"), "ana").orElseThrow()))
                    .isEqualTo("crème brûlée\n42 ");
            assertThat(keyring.password(URI.create("https://elsewhere.example.org/"), "ana")).isEmpty();

            keyring.save(NEXTCLOUD, "ana", "new".toCharArray());
            assertThat(new String(keyring.password(NEXTCLOUD, "ana").orElseThrow())).isEqualTo("new");

            keyring.forget(NEXTCLOUD, "ana");
            keyring.forget(NEXTCLOUD, "nobody");
            assertThat(keyring.password(NEXTCLOUD, "ana")).isEmpty();
            assertThat(new String(keyring.password(NEXTCLOUD, "ben").orElseThrow())).isEqualTo("ben's");
            assertThat(keyring.where()).contains("keyring");
        }
    }

    @Test
    void withoutADbusSessionThereIsNoKeyring() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("DBUS_SESSION_BUS_ADDRESS");
        assertThat(SecretToolKeyring.ifAvailable(env)).isEmpty();
    }

    @Test
    void aSessionWhoseBusIsGoneHasNoKeyring() throws Exception {
        Map<String, String> env;
        try (PrivateKeyring session = PrivateKeyring.start(folder)) {
            env = session.environment;
        }
        assertThat(SecretToolKeyring.ifAvailable(env)).isEmpty();
    }
}

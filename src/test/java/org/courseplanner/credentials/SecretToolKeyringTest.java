package org.courseplanner.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The keyring through secret-tool; skipped where there is none (no libsecret-tools, no D-Bus session, no keyring daemon). */
class SecretToolKeyringTest {

    @Test
    void aSavedPasswordIsFoundAgainAndForgotten() {
        SecretToolKeyring keyring = SecretToolKeyring.ifAvailable()
                .orElse(null);
        Assumptions.assumeTrue(keyring != null, "no working keyring here (secret-tool, a D-Bus session and a Secret Service)");
        URI server = URI.create("https://test-" + UUID.randomUUID() + ".example.org/dav/cal/");
        try {
            keyring.save(server, "ana", "crème brûlée 42".toCharArray());

            assertThat(new String(keyring.password(server, "ana").orElseThrow())).isEqualTo("crème brûlée 42");
            assertThat(keyring.password(server, "ben")).isEmpty();
        } finally {
            keyring.forget(server, "ana");
        }
        assertThat(keyring.password(server, "ana")).isEmpty();
    }

    @Test
    void withoutADbusSessionThereIsNoKeyring() {
        assertThat(SecretToolKeyring.ifAvailable(Map.of("PATH", System.getenv().getOrDefault("PATH", "")))).isEmpty();
    }
}

package org.courseplanner.credentials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A keyring of the test's own: a private D-Bus session with GNOME Keyring's Secret Service,
 * unlocked, its files in a folder of the test, so that the student's keyring is never touched.
 * Skipped where dbus-daemon, gnome-keyring-daemon or secret-tool is missing.
 */
final class PrivateKeyring implements AutoCloseable {
    private final Process bus;
    private final Process keyring;
    final Map<String, String> environment;

    private PrivateKeyring(Process bus, Process keyring, Map<String, String> environment) {
        this.bus = bus;
        this.keyring = keyring;
        this.environment = environment;
    }

    static PrivateKeyring start(Path folder) throws IOException, InterruptedException {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String program : List.of("dbus-daemon", "gnome-keyring-daemon", "secret-tool")) {
            Assumptions.assumeTrue(SecretToolKeyring.onPath(program, path).isPresent(),
                    program + " is not installed (apt-get install dbus libsecret-tools gnome-keyring)");
        }
        // The session bus's own configuration, less the services it starts on demand: it would start
        // a second, locked keyring for a request that comes before ours is up, and that one asks for
        // a password in a window no one sees.
        Path sessionConfig = Path.of("/usr/share/dbus-1/session.conf");
        Assumptions.assumeTrue(Files.isRegularFile(sessionConfig), "no D-Bus session configuration at " + sessionConfig);
        String config = Files.readString(sessionConfig);
        Assumptions.assumeTrue(config.contains("<standard_session_servicedirs />"), sessionConfig + " is not as dbus ships it");
        Path busConfig = Files.writeString(folder.resolve("bus.conf"), config.replace("<standard_session_servicedirs />", ""));
        Process bus = new ProcessBuilder("dbus-daemon", "--config-file=" + busConfig, "--nofork", "--print-address")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        Map<String, String> env = new HashMap<>();
        env.put("PATH", path);
        env.put("HOME", Files.createDirectories(folder.resolve("home")).toString());
        env.put("XDG_DATA_HOME", Files.createDirectories(folder.resolve("data")).toString());
        env.put("XDG_RUNTIME_DIR", Files.createDirectories(folder.resolve("run")).toString());
        env.put("DBUS_SESSION_BUS_ADDRESS", address == null ? "" : address);
        ProcessBuilder daemon = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        daemon.environment().clear();
        daemon.environment().putAll(env);
        Process keyring = daemon.start();
        try (OutputStream stdin = keyring.getOutputStream()) {
            stdin.write("the test keyring's password".getBytes(StandardCharsets.UTF_8)); // --unlock reads it from stdin
        }
        PrivateKeyring started = new PrivateKeyring(bus, keyring, env);
        // the daemon answers before it has made its login keyring from the password: wait until a secret can be saved
        java.net.URI probe = java.net.URI.create("https://probe.invalid/");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (java.time.Instant.now().isBefore(deadline)) {
            try {
                SecretToolKeyring ready = SecretToolKeyring.ifAvailable(env).orElseThrow(() -> new IllegalStateException("not yet"));
                ready.save(probe, "probe", "x".toCharArray());
                ready.forget(probe, "probe");
                return started;
            } catch (RuntimeException notYet) {
                Thread.sleep(100);
            }
        }
        started.close();
        throw new IllegalStateException("the test's own keyring did not start within 30 s");
    }

    /** The keyring through secret-tool in this session. */
    SecretToolKeyring keyring() {
        return SecretToolKeyring.ifAvailable(environment)
                .orElseThrow(() -> new IllegalStateException("the test's own keyring did not start"));
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : List.of(keyring, bus)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}

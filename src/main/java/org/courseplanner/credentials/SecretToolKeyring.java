package org.courseplanner.credentials;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.courseplanner.domain.StorageException;
import org.courseplanner.domain.sync.CredentialStore;

/**
 * Calendar passwords in the desktop's keyring (the Secret Service of GNOME Keyring or KWallet)
 * through libsecret's {@code secret-tool}, under the attributes {@code service=course-planner},
 * {@code server} and {@code user}. The password goes through the tool's standard input and output,
 * never its command line, which other users can see.
 */
public final class SecretToolKeyring implements CredentialStore {
    private static final String SERVICE = "course-planner";
    private static final long TIMEOUT_SECONDS = 20; // a locked keyring asks for its password: give the student time

    private final Path tool;
    /** The environment secret-tool runs in: its D-Bus session is the one whose keyring it uses. */
    private final Map<String, String> environment;

    SecretToolKeyring(Path tool, Map<String, String> environment) {
        this.tool = tool;
        this.environment = Map.copyOf(environment);
    }

    /** The keyring, when secret-tool is installed, a D-Bus session is running and the keyring answers. */
    public static Optional<SecretToolKeyring> ifAvailable() {
        return ifAvailable(System.getenv());
    }

    static Optional<SecretToolKeyring> ifAvailable(Map<String, String> env) {
        if (env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank()) {
            return Optional.empty(); // secret-tool would try to start a bus of its own, and fail after a while
        }
        Optional<Path> tool = onPath("secret-tool", env.getOrDefault("PATH", ""));
        if (tool.isEmpty()) {
            return Optional.empty();
        }
        SecretToolKeyring keyring = new SecretToolKeyring(tool.get(), env);
        try {
            // a lookup of nothing: exit 1 and silence when the keyring works, an error message when it does not
            Result probe = keyring.run(null, "lookup", "service", SERVICE, "probe", "is the keyring there");
            return probe.exitCode() <= 1 && probe.err().isBlank() ? Optional.of(keyring) : Optional.empty();
        } catch (IOException | StorageException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<char[]> password(URI server, String user) {
        CredentialKey key = CredentialKey.of(server, user);
        Result result = call(null, "look up", key, "lookup", "service", SERVICE, "server", key.server(), "user", key.user());
        if (result.exitCode() != 0 || result.out().length == 0) {
            Arrays.fill(result.out(), (byte) 0);
            return Optional.empty();
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(result.out()));
        char[] password = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        Arrays.fill(result.out(), (byte) 0);
        return Optional.of(password);
    }

    @Override
    public void save(URI server, String user, char[] password) {
        CredentialKey key = CredentialKey.of(server, user);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] secret = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            Result result = call(secret, "save", key, "store", "--label=Course Planner: " + key, "service", SERVICE,
                    "server", key.server(), "user", key.user());
            if (result.exitCode() != 0) {
                throw new StorageException("the keyring did not save the password of " + key + ": " + result.err().strip());
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    @Override
    public void forget(URI server, String user) {
        CredentialKey key = CredentialKey.of(server, user);
        // exit 1 when there was nothing to forget: that is fine
        call(null, "forget", key, "clear", "service", SERVICE, "server", key.server(), "user", key.user());
    }

    @Override
    public String where() {
        return "your desktop's keyring (Secret Service)";
    }

    private Result call(byte[] input, String what, CredentialKey key, String... arguments) {
        try {
            return run(input, arguments);
        } catch (IOException e) {
            throw new StorageException("could not " + what + " the password of " + key + " in the keyring (" + e.getMessage() + ")", e);
        }
    }

    record Result(int exitCode, byte[] out, String err) {
    }

    private Result run(byte[] input, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(tool.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input);
            }
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("secret-tool did not finish within " + TIMEOUT_SECONDS + " s (is the keyring locked?)");
            }
            return new Result(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for secret-tool", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static Optional<Path> onPath(String program, String path) {
        return Arrays.stream(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
    }

    @Override
    public String toString() {
        return "passwords in the keyring through " + tool;
    }
}

package org.courseplanner.caldav;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.sync.SyncAccount;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real CalDAV server for the tests: Radicale (Debian's {@code radicale}) on 127.0.0.1 and a free
 * port, with its own storage and configuration in a folder of the test, a user {@value #USER}
 * with a password (htpasswd, plain) and a calendar {@code /ana/courses/}. It can be stopped in the
 * middle of a test (the server goes away) and started again on the same port and storage.
 * Without radicale the test is skipped, except on CI ({@code CI=true}), where it fails: .ci/run
 * installs it. Use it in try-with-resources or close it in {@code @AfterEach}.
 */
public final class RadicaleServer implements AutoCloseable {
    public static final String USER = "ana";
    /** Not ASCII, so that the login's UTF-8 encoding is tested too. */
    public static final String PASSWORD = "crème brûlée 42";
    private static final Duration STARTUP = Duration.ofSeconds(20);

    private final Path folder;
    private final Path config;
    private final int port;
    private Process process;

    private RadicaleServer(Path folder, Path config, int port) {
        this.folder = folder;
        this.config = config;
        this.port = port;
    }

    /** Starts a server whose files go in {@code folder} (a {@code @TempDir}) and makes the calendar {@code courses}. */
    public static RadicaleServer start(Path folder) throws IOException, InterruptedException {
        requireRadicale();
        Files.createDirectories(folder.resolve("collections"));
        Path users = Files.writeString(folder.resolve("users"), USER + ":" + PASSWORD + "\nben:ben's password\n", StandardCharsets.UTF_8);
        int port = freePort();
        Path config = Files.writeString(folder.resolve("config"), String.join("\n",
                "[server]", "hosts = 127.0.0.1:" + port,
                "[encoding]", "request = utf-8", "stock = utf-8",
                "[auth]", "type = htpasswd", "htpasswd_filename = " + users, "htpasswd_encryption = plain", "delay = 0",
                "[rights]", "type = owner_only",
                "[storage]", "filesystem_folder = " + folder.resolve("collections"),
                "[web]", "type = none",
                "[logging]", "level = warning", ""), StandardCharsets.UTF_8);
        RadicaleServer server = new RadicaleServer(folder, config, port);
        server.run();
        server.makeCalendar("courses", "Courses");
        return server;
    }

    /** Skips the test when radicale is not installed, or fails it on CI. */
    public static void requireRadicale() {
        boolean installed = System.getenv().getOrDefault("PATH", "").isEmpty() ? false
                : java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "radicale")));
        if (installed) {
            return;
        }
        String message = "the CalDAV server radicale is not installed; install it with: sudo apt-get install radicale";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    /** The calendar {@code /ana/courses/}. */
    public URI calendar() {
        return url("/" + USER + "/courses/");
    }

    /** A URL on this server. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The account of {@link #calendar()}, with nothing but courses. */
    public SyncAccount account() {
        return new SyncAccount(calendar(), USER, false, false, null);
    }

    public char[] password() {
        return PASSWORD.toCharArray();
    }

    /** A client of {@link #calendar()} with short timeouts. */
    public CalDavClient client() {
        return client(account(), password());
    }

    public CalDavClient client(SyncAccount account, char[] password) {
        return new CalDavClient(account, password, DavConnection.httpClient(Duration.ofSeconds(2)), Duration.ofSeconds(10));
    }

    /** Makes another calendar of the user (MKCALENDAR, RFC 4791 5.3.1) and returns its URL. */
    public URI makeCalendar(String name, String displayName) throws IOException {
        URI url = url("/" + USER + "/" + name + "/");
        String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<C:mkcalendar xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
                + "<D:set><D:prop><D:displayname>" + displayName + "</D:displayname></D:prop></D:set></C:mkcalendar>";
        int status = request("MKCALENDAR", url, body);
        if (status != 201) {
            throw new IOException("radicale answered MKCALENDAR " + url + " with HTTP " + status);
        }
        return url;
    }

    /** Makes a plain WebDAV folder (not a calendar) of the user. */
    public URI makeFolder(String name) throws IOException {
        URI url = url("/" + USER + "/" + name + "/");
        int status = request("MKCOL", url, null);
        if (status != 201) {
            throw new IOException("radicale answered MKCOL " + url + " with HTTP " + status);
        }
        return url;
    }

    /** Sends a request as the user, as another app would, and returns the HTTP status. */
    public int request(String method, URI url, String body) throws IOException {
        return new DavConnection(DavConnection.httpClient(Duration.ofSeconds(2)), url, USER, password(), Duration.ofSeconds(10))
                .send(method, url, body == null ? Map.of() : Map.of("Content-Type", "application/xml; charset=utf-8"), body, false).status();
    }

    /** Stops the server, as if it went away (the storage stays). */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        Process p = process;
        process = null;
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Starts it again on the same port, with what it stored. */
    public void restart() throws IOException, InterruptedException {
        stop();
        run();
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void run() throws IOException, InterruptedException {
        Path log = folder.resolve("radicale.log");
        process = new ProcessBuilder(List.of("radicale", "--config", config.toString())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                stop();
                throw new IOException("radicale did not start on 127.0.0.1:" + port + "; its log:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "radicale on 127.0.0.1:" + port;
    }
}

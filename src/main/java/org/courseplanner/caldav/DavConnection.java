package org.courseplanner.caldav;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.courseplanner.domain.sync.CalendarServer.ServerRefused;

/**
 * HTTP requests to one CalDAV server as one user: HTTP/1.1, timeouts, a preemptive Basic login,
 * and redirects followed for reading only, and only on the same server (a redirect elsewhere would
 * hand the password to whoever it names). The password lives only in the Authorization header;
 * it is in no message and no {@code toString}.
 */
final class DavConnection {
    /** A larger answer is refused: a calendar's resources are small, a hostile server's need not be. */
    private static final int LARGEST_ANSWER_BYTES = 32 * 1024 * 1024;
    private static final int MOST_REDIRECTS = 5;
    private static final String USER_AGENT = "Course Planner/" + version();

    private final HttpClient http;
    private final URI origin;
    private final String user;
    private final String authorization;
    private final Duration requestTimeout;

    DavConnection(HttpClient http, URI calendar, String user, char[] password, Duration requestTimeout) {
        this.http = http;
        this.origin = calendar.resolve("/");
        this.user = user;
        this.authorization = basic(user, password);
        this.requestTimeout = requestTimeout;
    }

    static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** An answer: the status, its headers and body, and the URL that gave it (after redirects). */
    record Answer(int status, HttpHeaders headers, byte[] body, URI uri) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String etag() {
            return headers.firstValue("ETag").orElse(null);
        }

        boolean ok() {
            return status / 100 == 2;
        }
    }

    /**
     * Sends one request.
     *
     * @param reading a request that changes nothing (GET, PROPFIND, REPORT): it follows redirects on this server
     */
    Answer send(String method, URI uri, Map<String, String> headers, String body, boolean reading) throws IOException {
        if (!sameServer(uri, origin)) { // an href or a calendar home that a server named elsewhere
            throw new ServerRefused(0, "the server named " + uri + ", on another server than " + origin
                    + ", which would get your password: check the calendar's address");
        }
        URI target = uri;
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(requestTimeout)
                    .header("Authorization", authorization).header("User-Agent", USER_AGENT)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            Answer answer = exchange(request.build(), target);
            String location = answer.headers().firstValue("Location").orElse(null);
            if (answer.status() / 100 != 3 || answer.status() == 304 || location == null) {
                return answer;
            }
            URI next = target.resolve(location);
            if (!sameServer(next, target)) {
                throw new ServerRefused(answer.status(), "the server sends requests for " + target + " on to another server, "
                        + next.getScheme() + "://" + next.getAuthority() + ", which would get your password: check the URL,"
                        + " and if you trust that server, give its address with --url");
            }
            if (!reading) {
                throw new ServerRefused(answer.status(), "the server says " + target + " moved to " + next
                        + ": give that address with --url");
            }
            if (hop == MOST_REDIRECTS) {
                throw new IOException("the server redirected " + uri + " more than " + MOST_REDIRECTS + " times");
            }
            target = next;
        }
    }

    private Answer exchange(HttpRequest request, URI target) throws IOException {
        try {
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (!closedBeforeAnswering(e)) {
                    throw e;
                }
                // The server closed a kept-alive connection as it was reused (an HTTP/1.0 server such
                // as Radicale closes every one; others after an idle time): the request was not
                // answered. Every request here is idempotent (PUT, DELETE, GET, PROPFIND, REPORT) and
                // the writes are conditional, so sending it once more is safe.
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            }
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(LARGEST_ANSWER_BYTES + 1);
                if (body.length > LARGEST_ANSWER_BYTES) {
                    throw new IOException("the server's answer to " + request.method() + " " + target + " is larger than "
                            + LARGEST_ANSWER_BYTES / (1024 * 1024) + " MB");
                }
                return new Answer(response.statusCode(), response.headers(), body, target);
            }
        } catch (HttpTimeoutException e) {
            throw new IOException(target.getAuthority() + " did not answer within "
                    + (e instanceof java.net.http.HttpConnectTimeoutException ? "the connection timeout" : requestTimeout.toSeconds() + " s"), e);
        } catch (ConnectException e) {
            throw new IOException("cannot connect to " + target.getAuthority() + " ("
                    + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException stopped = new InterruptedIOException("stopped while waiting for " + target.getAuthority());
            stopped.initCause(e);
            throw stopped;
        }
    }

    /**
     * True when the connection broke before any answer (an end of stream, a broken pipe, a reset),
     * not when none could be made or the server was slow: those are not helped by trying again.
     */
    private static boolean closedBeforeAnswering(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpTimeoutException
                    || cause instanceof InterruptedIOException) {
                return false;
            }
        }
        return true;
    }

    /** The refusal for an error answer: what went wrong and what the student can do. */
    ServerRefused refused(Answer answer, String action) {
        int status = answer.status();
        if (status == 401) {
            return new ServerRefused(401, "the server " + origin.getAuthority() + " refused user " + user + "'s password:"
                    + " check it, or make an app password (Nextcloud, iCloud, Fastmail and Google with two-step"
                    + " verification need one) and give that");
        }
        if (status == 403) {
            return new ServerRefused(403, "the server does not let user " + user + " " + action + reason(answer)
                    + ": check that the calendar is yours, or shared with you with permission to edit");
        }
        return new ServerRefused(status, "the calendar server could not " + action + reason(answer));
    }

    /** " (HTTP 507 Insufficient Storage: the server's own words)". */
    private static String reason(Answer answer) {
        String phrase = PHRASES.getOrDefault(answer.status(), "");
        String detail = detail(answer);
        return " (HTTP " + answer.status() + (phrase.isEmpty() ? "" : " " + phrase) + (detail.isEmpty() ? "" : ": " + detail) + ")";
    }

    /** The server's short reason: a DAV precondition it names, or the first line of a short plain-text body. */
    private static String detail(Answer answer) {
        List<String> conditions = Multistatus.errorConditions(answer.body());
        if (!conditions.isEmpty()) {
            return String.join(", ", conditions);
        }
        String type = answer.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/plain") || answer.body().length > 2000) {
            return "";
        }
        String line = answer.text().strip().lines().findFirst().orElse("").strip();
        line = line.replaceAll("\\p{Cntrl}", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static final Map<Integer, String> PHRASES = Map.ofEntries(Map.entry(400, "Bad Request"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"), Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(423, "Locked"), Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(507, "Insufficient Storage"));

    /** True for answers that say "not now" (busy, a gateway down): the sync stops and tries again later. */
    static boolean temporary(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    URI origin() {
        return origin;
    }

    String user() {
        return user;
    }

    private static boolean sameServer(URI a, URI b) {
        return Objects.equals(lower(a.getScheme()), lower(b.getScheme())) && Objects.equals(lower(a.getHost()), lower(b.getHost()))
                && port(a) == port(b);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** {@code Basic base64(user:password)} in UTF-8 (RFC 7617), with the intermediate copies of the password wiped. */
    private static String basic(String user, char[] password) {
        char[] credentials = new char[user.length() + 1 + password.length];
        user.getChars(0, user.length(), credentials, 0);
        credentials[user.length()] = ':';
        System.arraycopy(password, 0, credentials, user.length() + 1, password.length);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(credentials));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(bytes);
        } finally {
            Arrays.fill(credentials, '\0');
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    private static String version() {
        String v = DavConnection.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }

    @Override
    public String toString() {
        return "CalDAV connection to " + origin + " as " + user; // never the password
    }
}

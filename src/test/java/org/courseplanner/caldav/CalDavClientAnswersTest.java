package org.courseplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.courseplanner.domain.sync.CalendarServer.ServerRefused;
import org.courseplanner.domain.sync.SyncAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the client makes of answers a real Radicale does not give: a full disk, a server that is
 * busy, redirects, a silent server, a hostile XML document. A small HTTP server of the JDK plays them.
 */
class CalDavClientAnswersTest {
    private static final String HREF = "/ana/courses/x.ics";
    private static final String ICS = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

    HttpServer server;
    /** What the fake server answers: status, headers, body; by path where one is given. */
    volatile Reply reply;
    final Map<String, Reply> byPath = new java.util.concurrent.ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    record Reply(int status, Map<String, String> headers, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
        exchange.getRequestBody().readAllBytes();
        Reply r = byPath.getOrDefault(exchange.getRequestURI().getPath(), reply);
        if (r.status() == 0) {
            return; // no answer at all: the client's timeout
        }
        r.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private CalDavClient client() {
        URI calendar = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ana/courses/");
        return new CalDavClient(new SyncAccount(calendar, "ana", false, false, null), "pw".toCharArray(),
                DavConnection.httpClient(Duration.ofSeconds(2)), Duration.ofSeconds(2));
    }

    @Test
    void aFullCalendarIsRefusedWithTheStatusAndTheServersReason() {
        reply = new Reply(507, Map.of("Content-Type", "text/plain; charset=utf-8"), "Quota exceeded for user ana\nmore details");

        assertThatThrownBy(() -> client().create(HREF, ICS)).isInstanceOf(ServerRefused.class)
                .hasMessage("the calendar server could not add x.ics to the calendar (HTTP 507 Insufficient Storage: Quota exceeded for user ana)")
                .satisfies(e -> assertThat(((ServerRefused) e).status()).isEqualTo(507));
    }

    @Test
    void aPreconditionTheServerNamesIsInTheMessage() {
        reply = new Reply(403, Map.of("Content-Type", "application/xml"),
                "<?xml version=\"1.0\"?><d:error xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><c:supported-calendar-component/></d:error>");

        assertThatThrownBy(() -> client().update(HREF, ICS, "\"1\"")).isInstanceOf(ServerRefused.class)
                .hasMessageContaining("does not let user ana change x.ics on the calendar (HTTP 403 Forbidden: supported-calendar-component)");
    }

    @Test
    void aBusyServerIsAnIoErrorSoTheSyncTriesAgainLater() {
        reply = new Reply(503, Map.of(), "");

        assertThatThrownBy(() -> client().update(HREF, ICS, "\"1\"")).isInstanceOf(IOException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void aSilentServerIsAnIoErrorAfterTheTimeout() {
        reply = new Reply(0, Map.of(), "");

        assertThatThrownBy(() -> client().fetch(HREF)).isInstanceOf(IOException.class).hasMessageContaining("did not answer within 2 s");
    }

    @Test
    void aRedirectOnTheSameServerIsFollowedForReadingWithTheLogin() throws IOException {
        reply = new Reply(301, Map.of("Location", "/elsewhere/x.ics"), "");
        byPath.put("/elsewhere/x.ics", new Reply(200, Map.of("ETag", "\"7\""), ICS));
        CalDavClient client = client();

        assertThat(client.fetch(HREF).orElseThrow().etag()).isEqualTo("\"7\"");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)).startsWith("GET /elsewhere/x.ics Basic ");
    }

    @Test
    void aRedirectToAnotherServerIsRefusedAndTheLoginNotSentThere() {
        reply = new Reply(302, Map.of("Location", "https://evil.example.org/steal"), "");

        assertThatThrownBy(() -> client().fetch(HREF)).isInstanceOf(ServerRefused.class)
                .hasMessageContaining("on to another server, https://evil.example.org").hasMessageContaining("your password");
        assertThat(requests).hasSize(1);
    }

    @Test
    void aWriteThatIsRedirectedIsRefusedWithTheNewAddress() {
        reply = new Reply(308, Map.of("Location", "/ana/moved/x.ics"), "");

        assertThatThrownBy(() -> client().update(HREF, ICS, "\"1\"")).isInstanceOf(ServerRefused.class)
                .hasMessageContaining("moved to http://127.0.0.1:" + server.getAddress().getPort() + "/ana/moved/x.ics");
        assertThat(requests).hasSize(1);
    }

    @Test
    void aDocumentTypeInAnAnswerIsRefusedSoNoEntityIsExpanded() {
        reply = new Reply(207, Map.of("Content-Type", "application/xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE d:multistatus [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <d:multistatus xmlns:d="DAV:"><d:response><d:href>/ana/courses/x.ics</d:href>
                <d:propstat><d:prop><d:getetag>&secret;</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
                </d:response></d:multistatus>""");

        assertThatThrownBy(() -> client().list()).isInstanceOf(IOException.class).hasMessageContaining("not well-formed XML")
                .hasMessageNotContaining("root:");
    }

    @Test
    void theLoginIsSentPreemptivelyInUtf8() throws IOException {
        reply = new Reply(404, Map.of(), "");
        URI calendar = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ana/courses/");
        new CalDavClient(new SyncAccount(calendar, "anaïs", false, false, null), "crème".toCharArray()).fetch(HREF);

        String expected = java.util.Base64.getEncoder().encodeToString("anaïs:crème".getBytes(StandardCharsets.UTF_8));
        assertThat(requests).containsExactly("GET " + HREF + " Basic " + expected);
    }
}

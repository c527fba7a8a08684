package org.courseplanner.caldav;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.courseplanner.caldav.DavConnection.Answer;
import org.courseplanner.caldav.Multistatus.Response;
import org.courseplanner.domain.sync.CalendarServer;
import org.courseplanner.domain.sync.SyncAccount;

/**
 * A CalDAV calendar collection (RFC 4791) reached over HTTP with the JDK's client: conditional
 * PUT and DELETE on ETags, GET, PROPFIND to check the URL and find the user's calendars, REPORT to
 * list what the calendar holds. Tested against a real Radicale (CalDavClientTest).
 */
public final class CalDavClient implements CalendarServer {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String CALENDAR_TYPE = "text/calendar; charset=utf-8";
    private static final String XML_TYPE = "application/xml; charset=utf-8";
    private static final Set<String> WRITING_PRIVILEGES = Set.of("all", "write", "write-content", "bind");

    private final URI calendar;
    private final DavConnection dav;

    /** The account's calendar, with the usual timeouts (10 s to connect, 30 s for an answer); a {@code CalendarServers}. */
    public CalDavClient(SyncAccount account, char[] password) {
        this(account, password, DavConnection.httpClient(CONNECT_TIMEOUT), REQUEST_TIMEOUT);
    }

    /** With this HTTP client and answer timeout (tests make them short). */
    public CalDavClient(SyncAccount account, char[] password, HttpClient http, Duration requestTimeout) {
        this.calendar = account.calendar();
        this.dav = new DavConnection(http, calendar, account.user(), password, requestTimeout);
    }

    /** A calendar of the user, as the server lists it: its name, its URL and the component kinds it takes. */
    public record FoundCalendar(String displayName, URI url, List<String> components) {
    }

    @Override
    public String hrefFor(String uid) {
        return calendar.getRawPath() + segment(uid) + ".ics";
    }

    @Override
    public Answer create(String href, String ics) throws IOException {
        DavConnection.Answer answer = dav.send("PUT", at(href), Map.of("If-None-Match", "*", "Content-Type", CALENDAR_TYPE), ics, false);
        if (answer.status() == 404 || answer.status() == 409 && !isUidConflict(answer)) {
            // RFC 4918 9.7.1: 409 when the parent collection is missing
            throw new ServerRefused(answer.status(), "there is no calendar at " + calendar + " (HTTP " + answer.status()
                    + "): check the address (your calendar app's settings show it), or create the calendar on the server first");
        }
        return written(answer, "add " + name(href) + " to the calendar");
    }

    @Override
    public Answer update(String href, String ics, String etag) throws IOException {
        Map<String, String> headers = etag == null ? Map.of("Content-Type", CALENDAR_TYPE)
                : Map.of("If-Match", etag, "Content-Type", CALENDAR_TYPE);
        return written(dav.send("PUT", at(href), headers, ics, false), "change " + name(href) + " on the calendar");
    }

    @Override
    public Answer delete(String href, String etag) throws IOException {
        Map<String, String> headers = etag == null ? Map.of() : Map.of("If-Match", etag);
        return written(dav.send("DELETE", at(href), headers, null, false), "delete " + name(href) + " from the calendar");
    }

    @Override
    public Optional<RemoteCopy> fetch(String href) throws IOException {
        DavConnection.Answer answer = dav.send("GET", at(href), Map.of("Accept", "text/calendar"), null, true);
        if (answer.status() == 404 || answer.status() == 410) {
            return Optional.empty();
        }
        requireOk(answer, "read " + name(href) + " from the calendar");
        return Optional.of(new RemoteCopy(href, answer.etag(), answer.text()));
    }

    @Override
    public Check check() throws IOException {
        DavConnection.Answer answer = propfind(calendar, 0, CALENDAR_PROPERTIES);
        if (answer.status() == 404 || answer.status() == 410) {
            throw notACalendar(answer.status(), "there is nothing at " + calendar);
        }
        if (answer.status() == 401 || answer.status() == 403) {
            throw dav.refused(answer, "read the calendar " + calendar);
        }
        if (answer.status() != 207) {
            throw notACalendar(answer.status(), calendar + " does not answer like a CalDAV server (HTTP " + answer.status() + ")");
        }
        Response found = self(Multistatus.parse(answer.body()), calendar)
                .orElseThrow(() -> new IOException("the server's answer about " + calendar + " does not describe it"));
        if (!found.isCalendar()) {
            throw notACalendar(answer.status(), calendar + " is not a calendar"
                    + (found.childNames(Multistatus.DAV, "resourcetype", Multistatus.DAV).contains("collection") ? " but a folder" : ""));
        }
        String name = found.text(Multistatus.DAV, "displayname").orElse(lastSegment(calendar.getRawPath()));
        List<String> privileges = found.childNames(Multistatus.DAV, "current-user-privilege-set", Multistatus.DAV);
        if (found.property(Multistatus.DAV, "current-user-privilege-set").isPresent()
                && privileges.stream().noneMatch(WRITING_PRIVILEGES::contains)) {
            throw new ServerRefused(403, "user " + dav.user() + " may only read the calendar " + name + " (" + calendar
                    + "): choose a calendar you can change, or ask its owner for permission to edit");
        }
        return new Check(name, found.components());
    }

    /**
     * Every resource the calendar holds (REPORT calendar-query, RFC 4791 7.8): href, ETag and
     * text. The hrefs of resources named by {@link #hrefFor} are written as it writes them.
     */
    public List<RemoteCopy> list() throws IOException {
        String query = """
                <?xml version="1.0" encoding="utf-8"?>
                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                  <C:filter><C:comp-filter name="VCALENDAR"/></C:filter>
                </C:calendar-query>
                """;
        DavConnection.Answer answer = dav.send("REPORT", calendar, Map.of("Depth", "1", "Content-Type", XML_TYPE), query, true);
        if (answer.status() != 207) {
            requireOk(answer, "list the calendar " + calendar);
            throw new IOException("the server answered the calendar query on " + calendar + " with HTTP " + answer.status()
                    + " instead of a multistatus");
        }
        List<RemoteCopy> copies = new ArrayList<>();
        for (Response r : Multistatus.parse(answer.body())) {
            Optional<String> data = r.property(Multistatus.CALDAV, "calendar-data").map(e -> e.getTextContent());
            if (data.isPresent() && !data.get().isBlank()) {
                // XML turns every CRLF into LF; iCalendar lines end with CRLF
                String ics = data.get().replace("\r\n", "\n").replace("\n", "\r\n");
                copies.add(new RemoteCopy(canonical(r.href()), r.text(Multistatus.DAV, "getetag").orElse(null), ics));
            }
        }
        return copies;
    }

    /**
     * The user's calendars: the principal's calendar-home-set (RFC 4791 6.2.1) listed one level
     * deep, asked first of the calendar's URL and then of the server's root.
     */
    public List<FoundCalendar> calendars() throws IOException {
        Optional<String> principal = principal(calendar);
        if (principal.isEmpty()) {
            principal = principal(dav.origin());
        }
        if (principal.isEmpty()) {
            return List.of();
        }
        URI principalUrl = dav.origin().resolve(principal.get());
        DavConnection.Answer home = propfind(principalUrl, 0,
                "<D:prop xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><C:calendar-home-set/></D:prop>");
        Optional<String> homeHref = home.status() != 207 ? Optional.empty()
                : self(Multistatus.parse(home.body()), principalUrl).flatMap(r -> r.hrefIn(Multistatus.CALDAV, "calendar-home-set"));
        if (homeHref.isEmpty()) {
            return List.of();
        }
        URI homeUrl = dav.origin().resolve(homeHref.get());
        DavConnection.Answer listing = propfind(homeUrl, 1, CALENDAR_PROPERTIES);
        if (listing.status() != 207) {
            return List.of();
        }
        List<FoundCalendar> calendars = new ArrayList<>();
        for (Response r : Multistatus.parse(listing.body())) {
            if (r.isCalendar()) {
                URI url = homeUrl.resolve(r.href());
                calendars.add(new FoundCalendar(r.text(Multistatus.DAV, "displayname").orElse(lastSegment(url.getRawPath())), url,
                        r.components()));
            }
        }
        return calendars;
    }

    private static final String CALENDAR_PROPERTIES = """
            <D:prop xmlns:C="urn:ietf:params:xml:ns:caldav">
              <D:resourcetype/><D:displayname/><C:supported-calendar-component-set/><D:current-user-privilege-set/>
            </D:prop>""";

    private DavConnection.Answer propfind(URI url, int depth, String properties) throws IOException {
        String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:propfind xmlns:D=\"DAV:\">" + properties + "</D:propfind>";
        return dav.send("PROPFIND", url, Map.of("Depth", String.valueOf(depth), "Content-Type", XML_TYPE), body, true);
    }

    private Optional<String> principal(URI url) throws IOException {
        DavConnection.Answer answer = propfind(url, 0, "<D:prop><D:current-user-principal/></D:prop>");
        if (answer.status() != 207) {
            return Optional.empty();
        }
        return self(Multistatus.parse(answer.body()), url).flatMap(r -> r.hrefIn(Multistatus.DAV, "current-user-principal"));
    }

    /** The refusal for a URL that names no calendar, listing the user's calendars when the server says which they are. */
    private ServerRefused notACalendar(int status, String what) {
        List<FoundCalendar> found;
        try {
            found = calendars();
        } catch (IOException | ServerRefused e) {
            found = List.of(); // the listing is a help, not the point: the message says what to do without it
        }
        if (found.isEmpty()) {
            return new ServerRefused(status, what + ": give the address of one of your calendars, e.g. in Nextcloud"
                    + " Calendar ▸ ⋯ beside the calendar ▸ Copy internal link");
        }
        StringBuilder message = new StringBuilder(what).append(": give the address of one of your calendars with --url:");
        for (FoundCalendar c : found) {
            message.append("\n  ").append(c.displayName()).append("  ").append(c.url());
        }
        return new ServerRefused(status, message.toString());
    }

    /** The response about {@code url} itself (a Depth 0 answer has one; some servers add others). */
    private Optional<Response> self(List<Response> responses, URI url) {
        String path = decodedPath(url.getRawPath());
        return responses.stream().filter(r -> decodedPath(r.href()).equals(path)).findFirst()
                .or(() -> responses.stream().findFirst());
    }

    private Answer written(DavConnection.Answer answer, String action) throws IOException {
        int status = answer.status();
        if (status == 412) {
            return new Answer.Changed();
        }
        if (status == 404 || status == 410) {
            return new Answer.Missing();
        }
        requireOk(answer, action);
        return new Answer.Done(answer.etag());
    }

    private void requireOk(DavConnection.Answer answer, String action) throws IOException {
        if (DavConnection.temporary(answer.status())) {
            throw new IOException("the calendar server is busy or down (HTTP " + answer.status() + "); it is tried again later");
        }
        if (!answer.ok()) {
            throw dav.refused(answer, action);
        }
    }

    private static boolean isUidConflict(DavConnection.Answer answer) {
        return Multistatus.errorConditions(answer.body()).contains("no-uid-conflict");
    }

    /** A resource's URL from its href (a path on this server, or a whole URL some servers give). */
    private URI at(String href) {
        return dav.origin().resolve(href);
    }

    /**
     * The href as {@link #hrefFor} writes it when it names a resource of this calendar (servers
     * encode a name's characters their own way: {@code @} or {@code %40}); any other as given.
     */
    private String canonical(String href) {
        String path;
        try {
            path = URI.create(href).getRawPath();
        } catch (IllegalArgumentException notAUri) {
            return href;
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0 || !decodedPath(path.substring(0, slash + 1)).equals(decodedPath(calendar.getRawPath()))) {
            return href;
        }
        return calendar.getRawPath() + segment(decodedPath(path.substring(slash + 1)));
    }

    private static String decodedPath(String href) {
        try {
            String path = URI.create(href.replace(" ", "%20")).getRawPath();
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notAnHref) { // a server's odd href: compared as given
            return href;
        }
    }

    /** One path segment: every byte but the unreserved characters of RFC 3986 percent-encoded. */
    static String segment(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static String name(String href) {
        return lastSegment(href);
    }

    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return URLDecoder.decode(trimmed.substring(trimmed.lastIndexOf('/') + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "CalDAV calendar " + calendar + " as " + dav.user(); // never the password
    }
}

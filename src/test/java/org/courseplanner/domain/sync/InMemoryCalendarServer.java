package org.courseplanner.domain.sync;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CalDAV calendar in memory with a real server's conditional writes (ETags, 412, 404), for tests
 * of what a publish sends. It can go away after a number of requests, or lose the answer of a
 * request it carried out, and "another app" can change what it holds.
 */
public final class InMemoryCalendarServer implements CalendarServer {
    private final String path;
    private final Map<String, RemoteCopy> resources = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private int nextTag = 1;
    private int requestsLeft = Integer.MAX_VALUE;
    private boolean loseNextAnswer;

    public InMemoryCalendarServer(String path) {
        this.path = path.endsWith("/") ? path : path + "/";
    }

    /** The server stops answering after this many more requests (0: at once). */
    public void goAwayAfter(int requests) {
        requestsLeft = requests;
    }

    public void comeBack() {
        requestsLeft = Integer.MAX_VALUE;
    }

    /** The next write is carried out, but its answer never arrives (the connection breaks). */
    public void loseNextAnswer() {
        loseNextAnswer = true;
    }

    /** What the server holds, by href. */
    public Map<String, RemoteCopy> resources() {
        return Map.copyOf(resources);
    }

    /** Each request as "METHOD href", in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    /** Another app writes this resource (a new ETag). */
    public void changedByAnotherApp(String href, String ics) {
        resources.put(href, new RemoteCopy(href, tag(), ics));
    }

    /** Another app deletes this resource. */
    public void deletedByAnotherApp(String href) {
        resources.remove(href);
    }

    @Override
    public String hrefFor(String uid) {
        return path + URLEncoder.encode(uid, StandardCharsets.UTF_8).replace("+", "%20") + ".ics";
    }

    @Override
    public Answer create(String href, String ics) throws IOException {
        request("PUT " + href);
        if (resources.containsKey(href)) {
            return new Answer.Changed();
        }
        return written(href, ics);
    }

    @Override
    public Answer update(String href, String ics, String etag) throws IOException {
        request("PUT " + href);
        RemoteCopy now = resources.get(href);
        if (now == null) {
            return etag == null ? written(href, ics) : new Answer.Missing();
        }
        if (etag != null && !etag.equals(now.etag())) {
            return new Answer.Changed();
        }
        return written(href, ics);
    }

    @Override
    public Answer delete(String href, String etag) throws IOException {
        request("DELETE " + href);
        RemoteCopy now = resources.get(href);
        if (now == null) {
            return new Answer.Missing();
        }
        if (etag != null && !etag.equals(now.etag())) {
            return new Answer.Changed();
        }
        resources.remove(href);
        answered();
        return new Answer.Done(null);
    }

    @Override
    public Optional<RemoteCopy> fetch(String href) throws IOException {
        request("GET " + href);
        return Optional.ofNullable(resources.get(href));
    }

    @Override
    public Check check() throws IOException {
        request("PROPFIND " + path);
        return new Check("Courses", List.of("VEVENT", "VTODO"));
    }

    private Answer written(String href, String ics) throws IOException {
        String tag = tag();
        resources.put(href, new RemoteCopy(href, tag, ics));
        answered();
        return new Answer.Done(tag);
    }

    private void answered() throws IOException {
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw new IOException("the connection was reset");
        }
    }

    private void request(String what) throws IOException {
        if (requestsLeft <= 0) {
            throw new IOException("Connection refused");
        }
        requestsLeft--;
        requests.add(what);
    }

    private String tag() {
        return "\"" + nextTag++ + "\"";
    }
}

package org.courseplanner.ui.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseplanner.domain.sync.CalendarServer;
import org.courseplanner.domain.sync.CalendarServers;

/**
 * A CalDAV calendar in memory that answers as a server does: conditional writes by ETag (412 when
 * the version is not the one named), and, when taken offline, an IOException for every request.
 * Thread-safe: the window's publishes run on a thread of their own.
 */
public final class FakeCalendarServer implements CalendarServer {
    private final Map<String, RemoteCopy> held = new LinkedHashMap<>();
    private final List<String> writes = new ArrayList<>();
    private int etags;
    private volatile boolean offline;
    private final String displayName;

    public FakeCalendarServer(String displayName) {
        this.displayName = displayName;
    }

    /** Connects with any password but "wrong" (refused with 401). */
    public CalendarServers servers() {
        return (account, password) -> {
            if (new String(password).equals("wrong")) {
                return new Refusing();
            }
            return this;
        };
    }

    public void setOffline(boolean off) {
        offline = off;
    }

    /** Another app edits a resource on the calendar: its ETag changes. */
    public synchronized void changedByAnotherApp(String href) {
        RemoteCopy copy = held.get(href);
        held.put(href, new RemoteCopy(href, nextEtag(), copy.ics().replace("SUMMARY:", "SUMMARY:Edited elsewhere ")));
    }

    /** Every PUT and DELETE received, as "PUT href" / "DELETE href", in order. */
    public synchronized List<String> writes() {
        return List.copyOf(writes);
    }

    public synchronized void forgetWrites() {
        writes.clear();
    }

    /** The resources the calendar holds, by href. */
    public synchronized Map<String, RemoteCopy> held() {
        return Map.copyOf(held);
    }

    private String nextEtag() {
        return "\"" + (++etags) + "\"";
    }

    private void reach() throws IOException {
        if (offline) {
            throw new java.net.ConnectException("Connection refused");
        }
    }

    @Override
    public String hrefFor(String uid) {
        return "/cal/" + uid + ".ics";
    }

    @Override
    public synchronized Answer create(String href, String ics) throws IOException {
        reach();
        writes.add("PUT " + href);
        if (held.containsKey(href)) {
            return new Answer.Changed();
        }
        String etag = nextEtag();
        held.put(href, new RemoteCopy(href, etag, ics));
        return new Answer.Done(etag);
    }

    @Override
    public synchronized Answer update(String href, String ics, String etag) throws IOException {
        reach();
        writes.add("PUT " + href);
        RemoteCopy now = held.get(href);
        if (now == null) {
            return new Answer.Missing();
        }
        if (etag != null && !etag.equals(now.etag())) {
            return new Answer.Changed();
        }
        String next = nextEtag();
        held.put(href, new RemoteCopy(href, next, ics));
        return new Answer.Done(next);
    }

    @Override
    public synchronized Answer delete(String href, String etag) throws IOException {
        reach();
        writes.add("DELETE " + href);
        RemoteCopy now = held.get(href);
        if (now == null) {
            return new Answer.Missing();
        }
        if (etag != null && !etag.equals(now.etag())) {
            return new Answer.Changed();
        }
        held.remove(href);
        return new Answer.Done(null);
    }

    @Override
    public synchronized Optional<RemoteCopy> fetch(String href) throws IOException {
        reach();
        return Optional.ofNullable(held.get(href));
    }

    @Override
    public Check check() throws IOException {
        reach();
        return new Check(displayName, List.of("VEVENT", "VTODO"));
    }

    /** What a server says to a wrong password. */
    private static final class Refusing implements CalendarServer {
        private static ServerRefused refused() {
            return new ServerRefused(401, "the user name or password is wrong (401)");
        }

        @Override
        public String hrefFor(String uid) {
            return "/cal/" + uid + ".ics";
        }

        @Override
        public Answer create(String href, String ics) {
            throw refused();
        }

        @Override
        public Answer update(String href, String ics, String etag) {
            throw refused();
        }

        @Override
        public Answer delete(String href, String etag) {
            throw refused();
        }

        @Override
        public Optional<RemoteCopy> fetch(String href) {
            throw refused();
        }

        @Override
        public Check check() {
            throw refused();
        }
    }
}

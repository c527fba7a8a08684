package org.courseplanner.ui.sync;

import java.util.List;
import java.util.Map;
import org.courseplanner.domain.sync.CalendarServer;
import org.courseplanner.domain.sync.CalendarServer.RemoteCopy;
import org.courseplanner.domain.sync.CalendarServers;
import org.courseplanner.domain.sync.InMemoryCalendarServer;

/**
 * The calendar the window's tests publish to: the domain tests' CalDAV server in memory (conditional
 * writes, an outage, another app's edits), reached with any password but "wrong", which it refuses
 * as a server does (401).
 */
public final class TestCalendar {
    private final InMemoryCalendarServer server = new InMemoryCalendarServer("/cal/");

    public CalendarServers servers() {
        return (account, password) -> new String(password).equals("wrong") ? WRONG_PASSWORD : server;
    }

    public String hrefFor(String uid) {
        return server.hrefFor(uid);
    }

    /** Offline, every request fails as a refused connection does. */
    public void setOffline(boolean offline) {
        if (offline) {
            server.goAwayAfter(0);
        } else {
            server.comeBack();
        }
    }

    /** Every PUT and DELETE received, as "PUT href", in order. */
    public List<String> writes() {
        return server.requests().stream().filter(r -> r.startsWith("PUT ") || r.startsWith("DELETE ")).toList();
    }

    public void forgetWrites() {
        server.clearRequests();
    }

    /** The resources the calendar holds, by href. */
    public Map<String, RemoteCopy> held() {
        return server.resources();
    }

    /** Another app renames the event on the calendar (its ETag changes). */
    public void changedByAnotherApp(String href) {
        server.changedByAnotherApp(href, held().get(href).ics().replace("SUMMARY:", "SUMMARY:Edited elsewhere "));
    }

    /** What a server says to every request made with a wrong password. */
    private static final CalendarServer WRONG_PASSWORD = (CalendarServer) java.lang.reflect.Proxy.newProxyInstance(
            TestCalendar.class.getClassLoader(), new Class<?>[] {CalendarServer.class}, (proxy, method, args) -> {
                if (method.getName().equals("hrefFor")) {
                    return "/cal/" + args[0] + ".ics";
                }
                throw new CalendarServer.ServerRefused(401, "the user name or password is wrong (401)");
            });

}

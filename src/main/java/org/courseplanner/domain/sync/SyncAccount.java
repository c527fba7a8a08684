package org.courseplanner.domain.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.Refusal;

/**
 * The CalDAV calendar a term is published to: the calendar collection's URL, the user name on that
 * server and what goes there. The password is never part of it (a {@link CredentialStore} keeps it).
 * Plain {@code http} is refused except for this computer (loopback), where nothing crosses a network.
 *
 * @param calendar        the calendar collection, e.g. {@code https://cloud.example.org/remote.php/dav/calendars/ana/personal/}
 * @param user            the login name on that server
 * @param withCommitments also the student's commitments (job shifts…)
 * @param tasks           also a to-do per module week, for servers and apps that have tasks
 * @param alarmMinutes    a reminder this many minutes before classes and deadlines, or {@code null}
 */
public record SyncAccount(URI calendar, String user, boolean withCommitments, boolean tasks, Integer alarmMinutes) {
    public SyncAccount {
        calendar = checked(calendar);
        user = Refusal.requireText(user, "user", "ana (the name you log in to the calendar server with)");
        options(withCommitments, tasks, alarmMinutes); // refuses an alarm out of range
    }

    /** A URL as the student typed it, checked; a refusal that says what is wrong with it. */
    public static URI url(String text) {
        String typed = Refusal.requireText(text, "url", "https://cloud.example.org/remote.php/dav/calendars/ana/personal/ (your calendar app's settings show it)");
        try {
            return checked(new URI(typed));
        } catch (URISyntaxException e) {
            throw new Refusal("url", "\"" + typed + "\" is not a URL (" + e.getReason() + "): give the calendar's address,"
                    + " e.g. https://cloud.example.org/remote.php/dav/calendars/ana/personal/");
        }
    }

    /** What a publish writes: every course, with or without commitments, tasks and reminders. */
    public ExportOptions exportOptions() {
        return options(withCommitments, tasks, alarmMinutes);
    }

    private static ExportOptions options(boolean withCommitments, boolean tasks, Integer alarmMinutes) {
        return new ExportOptions(Set.of(), tasks, alarmMinutes, withCommitments);
    }

    private static URI checked(URI uri) {
        Refusal.require(uri != null, "url", "the calendar's URL is missing: give its address, e.g. https://cloud.example.org/remote.php/dav/calendars/ana/personal/");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Refusal.require(scheme.equals("https") || scheme.equals("http"), "url",
                "the calendar's URL must start with https:// (it is " + uri + ")");
        Refusal.require(uri.getHost() != null && !uri.getHost().isBlank(), "url",
                "the calendar's URL " + uri + " names no server: give e.g. https://cloud.example.org/remote.php/dav/calendars/ana/personal/");
        Refusal.require(scheme.equals("https") || isLoopback(uri.getHost()), "url",
                "the calendar's URL " + uri + " is plain http, which would send your password unencrypted:"
                        + " use https:// (plain http is allowed only for a server on this computer, such as http://127.0.0.1:5232/)");
        Refusal.require(uri.getUserInfo() == null, "url",
                "give the user name on its own (the user field, --user on the command line), not in the URL (" + uri.getHost()
                        + "): a URL is shown and logged, a password must not be");
        Refusal.require(uri.getQuery() == null && uri.getFragment() == null, "url",
                "the calendar's URL " + uri + " has a query or fragment: give the calendar collection's plain address");
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        // a collection: resources are named relative to it, so it must end with a slash
        return uri.resolve(path.endsWith("/") ? path : path + "/").normalize();
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
}

package org.courseplanner.domain.sync;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A CalDAV calendar collection, as {@link CalendarSync} uses it. Every write is conditional, so that
 * nothing another app changed is overwritten silently: a create only where nothing is, an update or
 * a delete only of the version last seen. {@link IOException} means the server could not be reached
 * or answered with something other than CalDAV (the sync stops, keeping what is done);
 * {@link ServerRefused} that it refused a request for a reason the student must fix (login, rights).
 */
public interface CalendarServer {

    /** Where a new resource of this UID goes: the calendar's URL path plus a file name made from the UID. */
    String hrefFor(String uid);

    /** PUT with {@code If-None-Match: *}. */
    Answer create(String href, String ics) throws IOException;

    /** PUT with {@code If-Match: etag} (unconditional only when {@code etag} is null: a server that gives none). */
    Answer update(String href, String ics, String etag) throws IOException;

    /** DELETE with {@code If-Match: etag}. */
    Answer delete(String href, String etag) throws IOException;

    /** GET: the resource as the server holds it now, empty when there is none. */
    Optional<RemoteCopy> fetch(String href) throws IOException;

    /** Checks the URL and the login: a refusal that says what is wrong when they do not name a writable calendar. */
    Check check() throws IOException;

    /** The outcome of a conditional write. */
    sealed interface Answer {
        /** Done; the new ETag, or null when the server gave none. */
        record Done(String etag) implements Answer {
        }

        /** 412: the resource is not the version last seen (changed or created by another app). */
        record Changed() implements Answer {
        }

        /** 404 on an update or delete: the resource is not there any more. */
        record Missing() implements Answer {
        }
    }

    /** A resource as the server holds it. */
    record RemoteCopy(String href, String etag, String ics) {
    }

    /**
     * What a connection test found: the calendar's display name and the component kinds it takes
     * (VEVENT, VTODO), and the other calendars of the user when the URL was not one.
     */
    record Check(String displayName, List<String> components) {
        public boolean takesTasks() {
            return components.isEmpty() || components.contains("VTODO");
        }
    }

    /** The server answered a request with an error the student must fix (a wrong password, no rights, not a calendar). */
    final class ServerRefused extends RuntimeException {
        private final int status;

        public ServerRefused(int status, String message) {
            super(message);
            this.status = status;
        }

        /** The HTTP status, e.g. 401. */
        public int status() {
            return status;
        }
    }
}

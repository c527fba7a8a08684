package org.courseplanner.domain.sync;

/** Opens the calendar an account names (the app hands the window and the command line a CalDAV client). */
@FunctionalInterface
public interface CalendarServers {

    /** The account's calendar, reached with this password; nothing is sent until a method of it is called. */
    CalendarServer connect(SyncAccount account, char[] password);
}

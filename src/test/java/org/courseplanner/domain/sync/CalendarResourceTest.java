package org.courseplanner.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A resource's fingerprint: the same for what a server stores in its own order, different for any real change. */
class CalendarResourceTest {
    static final String OURS = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Course Planner//EN", "VERSION:2.0",
            "BEGIN:VTIMEZONE", "TZID:America/New_York",
            "BEGIN:DAYLIGHT", "DTSTART:20250309T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:20251102T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT", "DTSTAMP:20261206T115742Z", "DTSTART;TZID=America/New_York:20260831T100000",
            "SUMMARY:CS 101 Lecture with a title long enough to be folded by one server and not by anoth",
            " er", "UID:abc-3@course-planner", "EXDATE;TZID=America/New_York:20261012T100000",
            "EXDATE;TZID=America/New_York:20261014T100000", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR", "");
    /** As Radicale gives it back: properties and components sorted, folded elsewhere, a new DTSTAMP. */
    static final String STORED = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Course Planner//EN",
            "BEGIN:VEVENT", "UID:abc-3@course-planner", "DTSTART;TZID=America/New_York:20260831T100000",
            "DTSTAMP:20270101T000000Z", "EXDATE;TZID=America/New_York:20261014T100000",
            "EXDATE;TZID=America/New_York:20261012T100000",
            "SUMMARY:CS 101 Lecture with a title long enough to be folded by one server and not by another",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT10M", "END:VALARM", "END:VEVENT",
            "BEGIN:VTIMEZONE", "TZID:America/New_York",
            "BEGIN:STANDARD", "TZOFFSETTO:-0500", "DTSTART:20251102T020000", "TZOFFSETFROM:-0400", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:20250309T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
            "END:VTIMEZONE", "END:VCALENDAR", "");

    @Test
    void theSameEventInAnotherOrderFoldingAndStampHasTheSameFingerprint() {
        assertThat(CalendarResource.fingerprint(STORED)).isEqualTo(CalendarResource.fingerprint(OURS));
    }

    @Test
    void anyRealChangeChangesIt() {
        String f = CalendarResource.fingerprint(OURS);
        assertThat(CalendarResource.fingerprint(OURS.replace("20261014T100000", "20261021T100000"))).isNotEqualTo(f);
        assertThat(CalendarResource.fingerprint(OURS.replace("TRIGGER:-PT10M", "TRIGGER:-PT15M"))).isNotEqualTo(f);
        assertThat(CalendarResource.fingerprint(OURS.replace("TZOFFSETTO:-0400", "TZOFFSETTO:-0300"))).isNotEqualTo(f);
        // a property moved from the alarm to the event is a change, though the lines are the same
        assertThat(CalendarResource.fingerprint(OURS.replace("TRIGGER:-PT10M\r\nACTION:DISPLAY", "TRIGGER:-PT10M")
                .replace("UID:abc-3@course-planner", "UID:abc-3@course-planner\r\nACTION:DISPLAY"))).isNotEqualTo(f);
    }
}

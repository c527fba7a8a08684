package org.courseplanner.domain.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.WeeklyPattern;

/** Small catalogs written the way a registrar lists them, for the generator's tests. */
final class CatalogFixtures {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private CatalogFixtures() {
    }

    static Term term() {
        return Term.of("Spring 2027", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 7), NEW_YORK);
    }

    static TermPlan emptyPlan() {
        return new TermPlan(term(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** "MO,WE 10:00-11:15" for the whole term, in a room. */
    static CatalogMeeting meets(String days, String start, String end, String room) {
        return meets(SessionKind.LECTURE, days, start, end, room);
    }

    static CatalogMeeting meets(SessionKind kind, String days, String start, String end, String room) {
        java.util.Set<DayOfWeek> parsed = Weekdays.parse(days);
        return new CatalogMeeting(kind, WeeklyPattern.weekly(parsed, LocalTime.parse(start), LocalTime.parse(end)), room);
    }

    static CatalogSection section(String crn, String course, String section, CatalogMeeting... meetings) {
        return new CatalogSection(crn, course, course + " title", 3, section, "Lecture", null, null, List.of(meetings));
    }

    static CatalogSection lab(String crn, String course, String section, CatalogMeeting... meetings) {
        return new CatalogSection(crn, course, course + " title", 3, section, "Lab", null, null, List.of(meetings));
    }

    static Catalog catalog(CatalogSection... sections) {
        return new Catalog(new ArrayList<>(List.of(sections)));
    }
}

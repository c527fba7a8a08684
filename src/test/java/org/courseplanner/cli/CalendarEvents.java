package org.courseplanner.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.sync.CalendarResource;
import org.courseplanner.domain.sync.CalendarSync;
import org.courseplanner.ical.IcsResourceWriter;
import org.courseplanner.persistence.PlanDatabase;

/** Events as UID → SEQUENCE: what a publish of a plan must leave on its calendar, and what a calendar's resource holds. */
final class CalendarEvents {
    private CalendarEvents() {
    }

    /** The events a publish of the plan's current term writes, with the options of its calendar. */
    static Map<String, String> ofPlan(Path db) {
        Map<String, String> events = new TreeMap<>();
        Planner planner = PlanDatabase.planner(db, CliRun.TODAY);
        try {
            Term term = planner.term(null);
            CalendarSync sync = new CalendarSync(planner, new IcsResourceWriter());
            for (CalendarResource r : new IcsResourceWriter().resources(planner.plan(term.id()), planner.planUid(),
                    planner.revisions(term.id()), sync.account(null).orElseThrow().exportOptions())) {
                events.put(r.uid(), sequence(r.ics()));
            }
        } finally {
            planner.close();
        }
        return events;
    }

    /** The UID of a resource's text (its first, unfolded). */
    static String uid(String ics) {
        return unfolded(ics).lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow().substring(4).strip();
    }

    /** The SEQUENCE of a resource's text, "0" when it has none. */
    static String sequence(String ics) {
        return unfolded(ics).lines().filter(l -> l.startsWith("SEQUENCE:")).findFirst().map(l -> l.substring(9).strip()).orElse("0");
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }
}

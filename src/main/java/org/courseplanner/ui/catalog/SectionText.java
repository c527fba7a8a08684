package org.courseplanner.ui.catalog;

import java.util.List;
import java.util.Locale;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogSection;
import org.courseplanner.domain.catalog.CourseChoice;
import org.courseplanner.domain.catalog.NoSchedule;
import org.courseplanner.domain.catalog.ScheduleResults;
import org.courseplanner.domain.catalog.ScheduleScore;

/** How catalog sections and generated schedules read in the window, one sentence or line each. */
public final class SectionText {
    /** What a section with no meeting at all says instead of its times. */
    public static final String NO_TIME = "no time (online/arranged)";

    private SectionText() {
    }

    /** "Lecture 01 · CRN 40068". */
    public static String heading(CatalogSection s) {
        return s.component() + " " + s.section() + " · CRN " + s.crn();
    }

    /** "MO,WE 10:00–11:15 · DCC 308; FR 09:00–09:50", or "no time (online/arranged)" when no meeting has a time. */
    public static String times(CatalogSection s) {
        if (!s.hasTime()) {
            // no meeting, or only meetings still TBA: nothing it can clash with
            String where = s.meetings().stream().map(m -> m.location()).filter(l -> l != null).findFirst().orElse(null);
            return where == null ? NO_TIME : NO_TIME + " · " + where;
        }
        return String.join("; ", s.meetings().stream().map(SectionText::meeting).toList());
    }

    /** "MO,WE 10:00–11:15 · DCC 308", "time TBA · online". */
    public static String meeting(CatalogMeeting m) {
        String when = m.isPlaced() ? Weekdays.format(m.pattern().days()) + " " + m.pattern().start() + "–" + m.pattern().end() : "time TBA";
        return m.location() == null ? when : when + " · " + m.location();
    }

    /** The instructors, or "instructor TBA". */
    public static String instructor(CatalogSection s) {
        return s.instructor() == null ? "instructor TBA" : s.instructor();
    }

    /** "3 credits", "1.5 credits", "1 credit". */
    public static String credits(double credits) {
        String n = credits == Math.rint(credits) ? String.valueOf((long) credits) : String.format(Locale.ROOT, "%.1f", credits);
        return n + (credits == 1 ? " credit" : " credits");
    }

    /** "1,234 schedules fit", "At least 1,234 schedules fit (the search was stopped)", "No schedule fits". */
    public static String count(ScheduleResults results) {
        long n = results.count();
        if (n == 0) {
            return results.exact() ? "No schedule fits" : "No schedule found before the search was stopped";
        }
        String schedules = String.format(Locale.ENGLISH, "%,d", n) + (n == 1 ? " schedule fits" : " schedules fit");
        return results.exact() ? capitalised(schedules) : "At least " + schedules + " (the search was stopped)";
    }

    /** "the 20 best are shown", "the best 20 found so far are shown" (when the search could not prove them best). */
    public static String shown(ScheduleResults results) {
        int n = results.best().size();
        if (n == 0) {
            return "";
        }
        String which = n == 1 ? "the best is shown" : "the " + n + " best are shown";
        return results.ranked() ? which : (n == 1 ? "the best found so far is shown" : "the best " + n + " found so far are shown");
    }

    /** "3 days on campus · 1.5 h of gaps · 09:00–15:50 · 2 preferred instructors". */
    public static String score(ScheduleScore score) {
        StringBuilder s = new StringBuilder();
        s.append(score.daysOnCampus()).append(score.daysOnCampus() == 1 ? " day" : " days").append(" on campus · ");
        s.append(score.gapMinutes() == 0 ? "no gaps" : hours(score.gapMinutes()) + " of gaps");
        s.append(" · ").append(score.earliest() == null ? "no timed classes" : score.earliest() + "–" + score.latest());
        if (score.preferredInstructors() > 0) {
            s.append(" · ").append(score.preferredInstructors()).append(score.preferredInstructors() == 1
                    ? " preferred instructor" : " preferred instructors");
        }
        return s.toString();
    }

    /** "CS 101: Lecture 01 (40068), Lab L2 (40070)". */
    public static String choice(CourseChoice choice) {
        List<String> parts = choice.sections().stream().map(s -> s.component() + " " + s.section() + " (" + s.crn() + ")").toList();
        String also = choice.alternatives().size() > 1 ? " · " + (choice.alternatives().size() - 1) + " more at the same times" : "";
        return choice.courseCode() + ": " + String.join(", ", parts) + also;
    }

    /** "These cannot all hold: MATH 200 · Fridays off · no class before 09:00". */
    public static String constraints(NoSchedule none) {
        if (none.constraints().isEmpty()) {
            return "";
        }
        return (none.constraints().size() == 1 ? "This cannot hold: " : "These cannot all hold together: ")
                + String.join(" · ", none.constraints());
    }

    /** "1.5 h", "2 h", "45 min". */
    static String hours(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        double h = minutes / 60.0;
        return (h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h)) + " h";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

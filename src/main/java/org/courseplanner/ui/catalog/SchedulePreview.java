package org.courseplanner.ui.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SectionFacts;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogSection;
import org.courseplanner.domain.catalog.CourseChoice;
import org.courseplanner.domain.catalog.Schedule;

/**
 * The plan as it would be with a generated schedule in it, for the week to show before anything is
 * saved: the schedule's meetings become sessions (of the plan's course with that code, or of a
 * course made up for the preview), and the catalog sessions of those courses that choosing the
 * schedule would replace are left out. Items made up for the preview have negative ids, so they
 * can never be taken for stored ones.
 *
 * @param previewItems the ids of the sessions (and made-up courses) that only the preview has
 */
public record SchedulePreview(TermPlan plan, Set<Long> previewItems) {

    public SchedulePreview {
        previewItems = Set.copyOf(previewItems);
    }

    /** {@code colourOf} gives the colour of a course the plan does not have yet. */
    public static SchedulePreview of(TermPlan plan, Schedule schedule, Function<String, String> colourOf) {
        long nextId = -1;
        Set<Long> made = new HashSet<>();
        List<Course> courses = new ArrayList<>(plan.courses());
        List<SyncSession> sessions = new ArrayList<>();
        Set<Long> chosenCourses = new HashSet<>();
        List<SyncSession> added = new ArrayList<>();
        for (CourseChoice choice : schedule.choices()) {
            Course course = plan.course(choice.courseCode()).orElse(null);
            if (course == null) {
                CatalogSection first = choice.sections().isEmpty() ? null : choice.sections().get(0);
                course = new Course(nextId--, plan.term().id(), choice.courseCode(), choice.courseTitle(),
                        first == null ? 0 : first.credits(), colourOf.apply(choice.courseCode()), Delivery.SYNC, null);
                courses.add(course);
                made.add(course.id());
            }
            chosenCourses.add(course.id());
            for (CatalogSection s : choice.sections()) {
                for (CatalogMeeting m : s.meetings()) {
                    SyncSession session = new SyncSession(nextId--, course.id(), m.kind(), m.pattern(), m.location(),
                            new SectionFacts(s.section(), s.instructor(), s.crn()));
                    added.add(session);
                    made.add(session.id());
                }
            }
        }
        for (SyncSession s : plan.sessions()) {
            // what "Use this schedule" replaces: sessions of the chosen courses that came from the catalog
            if (!(chosenCourses.contains(s.courseId()) && s.sectionFacts().crn() != null)) {
                sessions.add(s);
            }
        }
        sessions.addAll(added);
        TermPlan preview = new TermPlan(plan.term(), courses, sessions, plan.modules(), plan.commitments(), plan.studyBlocks());
        return new SchedulePreview(preview, made);
    }
}

package org.courseplanner.domain.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.ModuleSchedule;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;

/** Term plans for the engine tests, built from the domain records with the ids the test chooses. */
final class PlanBuilder {
    static final long TERM_ID = 1;

    private final LocalDate first;
    private final LocalDate last;
    private final ZoneId school;
    private ZoneId student;
    private final List<DateRange> breaks = new ArrayList<>();
    private Double weeklyCap;
    private double dailyCap = Term.DEFAULT_DAILY_CAP_HOURS;
    private ConflictSettings settings;
    private final List<Course> courses = new ArrayList<>();
    private final List<SyncSession> sessions = new ArrayList<>();
    private final List<AsyncModule> modules = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<StudyBlock> studyBlocks = new ArrayList<>();

    private PlanBuilder(LocalDate first, LocalDate last, ZoneId school) {
        this.first = first;
        this.last = last;
        this.school = school;
        this.student = school;
    }

    /** A term whose student lives in the school's zone. */
    static PlanBuilder term(String first, String last, String schoolZone) {
        return new PlanBuilder(LocalDate.parse(first), LocalDate.parse(last), ZoneId.of(schoolZone));
    }

    PlanBuilder student(String zone) {
        student = ZoneId.of(zone);
        return this;
    }

    PlanBuilder breakOf(String name, String from, String to) {
        breaks.add(new DateRange(name, LocalDate.parse(from), LocalDate.parse(to)));
        return this;
    }

    PlanBuilder caps(Double weekly, double daily) {
        weeklyCap = weekly;
        dailyCap = daily;
        return this;
    }

    PlanBuilder settings(ConflictSettings conflictSettings) {
        settings = conflictSettings;
        return this;
    }

    PlanBuilder course(long id, String code, String title, double credits, Delivery delivery) {
        return course(id, code, title, credits, delivery, null);
    }

    PlanBuilder course(long id, String code, String title, double credits, Delivery delivery, Double homeworkHours) {
        courses.add(new Course(id, TERM_ID, code, title, credits, null, delivery, homeworkHours));
        return this;
    }

    PlanBuilder session(long id, long courseId, SessionKind kind, WeeklyPattern pattern, String location) {
        sessions.add(new SyncSession(id, courseId, kind, pattern, location));
        return this;
    }

    /** A weekly session: "10:00", "11:15", MONDAY, WEDNESDAY. */
    PlanBuilder weekly(long id, long courseId, SessionKind kind, String start, String end, String location, DayOfWeek... days) {
        return session(id, courseId, kind, WeeklyPattern.weekly(EnumSet.of(days[0], days), LocalTime.parse(start), LocalTime.parse(end)),
                location);
    }

    PlanBuilder module(long id, long courseId, String title, double effortHours, ModuleSchedule schedule, Integer... skippedWeeks) {
        modules.add(new AsyncModule(id, courseId, title, effortHours, schedule, Set.of(skippedWeeks), Set.of()));
        return this;
    }

    /** A commitment in the student's zone ({@code zone} null) or its own. */
    PlanBuilder commitment(long id, String title, WeeklyPattern pattern, String zone) {
        commitments.add(new Commitment(id, TERM_ID, title, pattern, zone == null ? null : ZoneId.of(zone)));
        return this;
    }

    PlanBuilder study(long id, long moduleId, int week, String start, int minutes) {
        studyBlocks.add(new StudyBlock(id, moduleId, week, LocalDateTime.parse(start), minutes));
        return this;
    }

    /** A course's homework block for a term week (Monday to Sunday). */
    PlanBuilder homework(long id, long courseId, int week, String start, int minutes, boolean auto) {
        studyBlocks.add(StudyBlock.homework(id, courseId, week, LocalDateTime.parse(start), minutes, auto));
        return this;
    }

    Term termRecord() {
        return new Term(TERM_ID, "Test term", first, last, school, student, breaks, weeklyCap, dailyCap, settings);
    }

    TermPlan plan() {
        return new TermPlan(termRecord(), courses, sessions, modules, commitments, studyBlocks);
    }

    TermCalendar calendar() {
        return TermCalendar.of(plan());
    }

    static WeeklyPattern weeklyAt(String start, String end, DayOfWeek... days) {
        return WeeklyPattern.weekly(EnumSet.of(days[0], days), LocalTime.parse(start), LocalTime.parse(end));
    }
}

package org.courseplanner.domain.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
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

/** A small builder of term plans for engine tests: ids are given in order, courses by code. */
final class Plans {
    private Term term;
    private final List<Course> courses = new ArrayList<>();
    private final List<SyncSession> sessions = new ArrayList<>();
    private final List<AsyncModule> modules = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<StudyBlock> study = new ArrayList<>();
    private long nextId = 10;

    static Plans term(LocalDate first, LocalDate last, String schoolZone, String studentZone, DateRange... breaks) {
        Plans p = new Plans();
        p.term = new Term(1, "Test term", first, last, ZoneId.of(schoolZone), ZoneId.of(studentZone), List.of(breaks), null, 10);
        return p;
    }

    Plans settings(ConflictSettings settings) {
        term = new Term(term.id(), term.name(), term.firstDay(), term.lastDay(), term.schoolZone(), term.studentZone(), term.breaks(),
                term.weeklyCapHours(), term.dailyCapHours(), settings, term.studySettings());
        return this;
    }

    Plans caps(Double weekly, double daily) {
        term = new Term(term.id(), term.name(), term.firstDay(), term.lastDay(), term.schoolZone(), term.studentZone(), term.breaks(),
                weekly, daily, term.conflictSettings(), term.studySettings());
        return this;
    }

    long course(String code, double credits, Delivery delivery) {
        long id = nextId++;
        courses.add(new Course(id, term.id(), code, code + " title", credits, "#4E79A7", delivery, null));
        return id;
    }

    private long courseId(String code) {
        return courses.stream().filter(c -> c.hasCode(code)).findFirst().orElseThrow().id();
    }

    long session(String code, SessionKind kind, WeeklyPattern pattern, String location) {
        long id = nextId++;
        sessions.add(new SyncSession(id, courseId(code), kind, pattern, location));
        return id;
    }

    long weekly(String code, SessionKind kind, String start, String end, String location, DayOfWeek... days) {
        return session(code, kind, WeeklyPattern.weekly(EnumSet.of(days[0], days), LocalTime.parse(start), LocalTime.parse(end)), location);
    }

    long module(String code, String title, double effort, ModuleSchedule schedule, Set<Integer> skipped) {
        long id = nextId++;
        modules.add(new AsyncModule(id, courseId(code), title, effort, schedule, skipped, Set.of()));
        return id;
    }

    long commitment(String title, WeeklyPattern pattern, String zone) {
        long id = nextId++;
        commitments.add(new Commitment(id, term.id(), title, pattern, zone == null ? null : ZoneId.of(zone)));
        return id;
    }

    long study(long moduleId, int week, String start, int minutes) {
        long id = nextId++;
        study.add(new StudyBlock(id, moduleId, week, java.time.LocalDateTime.parse(start), minutes));
        return id;
    }

    TermPlan plan() {
        return new TermPlan(term, courses, sessions, modules, commitments, study);
    }

    TermCalendar calendar() {
        return TermCalendar.of(plan());
    }

    static DateRange breakOf(String name, String first, String last) {
        return new DateRange(name, LocalDate.parse(first), LocalDate.parse(last));
    }
}

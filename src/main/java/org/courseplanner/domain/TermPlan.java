package org.courseplanner.domain;

import java.util.List;
import java.util.Optional;

/** Everything one term of a plan holds, as read in one go from the store. */
public record TermPlan(Term term, List<Course> courses, List<SyncSession> sessions, List<AsyncModule> modules,
                       List<Commitment> commitments, List<StudyBlock> studyBlocks) {

    public TermPlan {
        courses = List.copyOf(courses);
        sessions = List.copyOf(sessions);
        modules = List.copyOf(modules);
        commitments = List.copyOf(commitments);
        studyBlocks = List.copyOf(studyBlocks);
    }

    public Optional<Course> course(String code) {
        return courses.stream().filter(c -> c.hasCode(code)).findFirst();
    }

    /** The course with this code, or a refusal listing the codes there are. */
    public Course requireCourse(String code) {
        return course(code).orElseThrow(() -> new Refusal("course", "there is no course \"" + code + "\" in "
                + term.name() + (courses.isEmpty() ? ": add it first with 'course add'"
                : ": use one of " + String.join(", ", courses.stream().map(Course::code).toList()))));
    }

    public Course courseById(long id) {
        return courses.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no course " + id + " in term " + term.name()));
    }

    public Optional<AsyncModule> module(long id) {
        return modules.stream().filter(m -> m.id() == id).findFirst();
    }

    public Optional<SyncSession> session(long id) {
        return sessions.stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<Commitment> commitment(long id) {
        return commitments.stream().filter(c -> c.id() == id).findFirst();
    }

    public Optional<StudyBlock> studyBlock(long id) {
        return studyBlocks.stream().filter(b -> b.id() == id).findFirst();
    }

    public List<SyncSession> sessionsOf(Course course) {
        return sessions.stream().filter(s -> s.courseId() == course.id()).toList();
    }

    public List<AsyncModule> modulesOf(Course course) {
        return modules.stream().filter(m -> m.courseId() == course.id()).toList();
    }

    public List<StudyBlock> studyBlocksOf(AsyncModule module) {
        return studyBlocks.stream().filter(b -> b.moduleId() == module.id()).toList();
    }

    /** A course's homework blocks, by start. */
    public List<StudyBlock> homeworkBlocksOf(Course course) {
        return studyBlocks.stream().filter(b -> b.courseId() == course.id()).toList();
    }

    /** The weekly cap in hours: the term's own, or 3 h per credit of its courses. */
    public double weeklyCap() {
        return term.weeklyCap(courses);
    }
}

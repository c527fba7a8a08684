package org.courseplanner.domain;

import java.util.Collection;
import java.util.Optional;

/** The names a student tells apart: a term's name in the plan, a course's code in its term (any case). */
public final class UniqueNames {
    private UniqueNames() {
    }

    /** The refusal of a term (new, or changed: its own id is skipped) whose name another term already has, or empty. */
    public static Optional<Refusal> termNameTaken(Collection<Term> terms, Term term) {
        return terms.stream().filter(t -> t.id() != term.id() && t.name().equalsIgnoreCase(term.name())).findFirst()
                .map(t -> new Refusal("term name", "there is already a term named \"" + t.name() + "\": choose another name"));
    }

    /** The refusal of a course (new, or changed: its own id is skipped) whose code another course of the term has, or empty. */
    public static Optional<Refusal> courseCodeTaken(TermPlan plan, Course course) {
        return plan.courses().stream().filter(c -> c.id() != course.id() && c.codeKey().equals(course.codeKey())).findFirst()
                .map(c -> new Refusal("code", "there is already a course \"" + c.code() + "\" in " + plan.term().name()
                        + ": give " + (course.id() == 0 ? "the new one" : "this one") + " another code"));
    }
}

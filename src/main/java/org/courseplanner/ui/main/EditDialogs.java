package org.courseplanner.ui.main;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.UniqueNames;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.courseplanner.ui.common.CommitmentDialog;
import org.courseplanner.ui.common.CourseDialog;
import org.courseplanner.ui.common.ModuleDialog;
import org.courseplanner.ui.common.SessionDialog;
import org.courseplanner.ui.common.StudyBlockDialog;
import org.courseplanner.ui.common.TermDialog;

/**
 * Opens the form that edits an item of the plan, checks the answer with the domain's own rules
 * (the refusal shows at its field), and hands the change to the view model as an undoable edit.
 */
final class EditDialogs {
    private EditDialogs() {
    }

    /** The domain's refusal of what {@code build} makes, if any. */
    static Optional<Refusal> refusalOf(Supplier<?> build) {
        try {
            build.get();
            return Optional.empty();
        } catch (Refusal r) {
            return Optional.of(r);
        }
    }

    static void newTerm(Window owner, MainViewModel model) {
        TermDialog.ask(owner, null, a -> refusalOf(() -> a.toTerm(0)).or(() -> model.checkTerm(a.toTerm(0))))
                .ifPresent(a -> model.addTerm(a.toTerm(0)));
    }

    static void editTerm(Window owner, MainViewModel model, Term term) {
        TermDialog.ask(owner, TermDialog.Answer.of(term), a -> refusalOf(() -> a.toTerm(term.id(), term.conflictSettings()))
                        .or(() -> model.checkTerm(a.toTerm(term.id(), term.conflictSettings()))))
                .ifPresent(a -> model.updateTerm(term, a.toTerm(term.id(), term.conflictSettings())));
    }

    /** A new session of the course: a lecture, TBA until the student gives its days and times (or drags it onto the calendar). */
    static void newSession(Window owner, MainViewModel model, Course course) {
        Function<SessionDialog.Answer, SyncSession> build = a -> new SyncSession(0, course.id(), a.kind(), a.toPattern(Set.of()), a.location());
        SessionDialog.ask(owner, "New session for " + course.code(), SessionDialog.Answer.of(SessionKind.LECTURE, "", WeeklyPattern.unplaced()),
                a -> refusalOf(() -> build.apply(a))).ifPresent(a -> model.addSession(build.apply(a)));
    }

    /** A new module of the course: open each week Monday 09:00 to Sunday 23:59 through the term, to start from. */
    static void newModule(Window owner, MainViewModel model, Course course) {
        TermPlan plan = model.currentPlan();
        var w = WeeklyWindow.untilTermEnds(plan.term(), plan.term().firstDay(), DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0));
        var start = new ModuleDialog.Answer("Module", "3", new ModuleDialog.Weekly(w.opensDay(), String.valueOf(w.opensAt()), w.dueDay(),
                String.valueOf(w.dueAt()), String.valueOf(w.weeks()), w.firstWeek()));
        ModuleDialog.ask(owner, start, a -> refusalOf(() -> a.toModule(0, course.id())))
                .ifPresent(a -> model.addModule(a.toModule(0, course.id())));
    }

    /** Edits what a tree line stands for; true when there was a form for it. */
    static boolean edit(Window owner, MainViewModel model, PlanTreeNode node) {
        return edit(owner, model, model.itemOf(node).orElse(null), node.label());
    }

    /** Edits an item of the plan by its id (a block of the week); true when there was a form for it. */
    static boolean edit(Window owner, MainViewModel model, long id) {
        Object item = model.itemOf(id).orElse(null);
        return edit(owner, model, item, item instanceof SyncSession s ? model.currentPlan().courseById(s.courseId()).code() + " "
                + s.kind().title() : "");
    }

    private static boolean edit(Window owner, MainViewModel model, Object item, String label) {
        if (item instanceof Course c) {
            editCourse(owner, model, c);
        } else if (item instanceof SyncSession s) {
            Function<SessionDialog.Answer, SyncSession> build = a -> new SyncSession(s.id(), s.courseId(), a.kind(),
                    a.toPattern(s.pattern().skippedDates()), a.location(), s.sectionFacts()); // the dates it skips and its section stay
            SessionDialog.ask(owner, label, SessionDialog.Answer.of(s.kind(), s.location(), s.pattern()), a -> refusalOf(() -> build.apply(a)))
                    .ifPresent(a -> model.updateSession(s, build.apply(a)));
        } else if (item instanceof AsyncModule m) {
            ModuleDialog.ask(owner, ModuleDialog.Answer.of(m), a -> refusalOf(() -> a.toModule(m.id(), m.courseId(), m.skippedWeeks(),
                    m.doneWeeks()))).ifPresent(a -> model.updateModule(m, a.toModule(m.id(), m.courseId(), m.skippedWeeks(), m.doneWeeks())));
        } else if (item instanceof StudyBlock b) {
            StudyBlockDialog.ask(owner, StudyBlockDialog.Answer.of(b), a -> refusalOf(() -> a.toStudyBlock(b)))
                    .ifPresent(a -> model.updateStudyBlock(b, a.toStudyBlock(b)));
        } else if (item instanceof Commitment c) {
            editCommitment(owner, model, c);
        } else {
            return false;
        }
        return true;
    }

    private static void editCourse(Window owner, MainViewModel model, Course c) {
        TermPlan plan = model.currentPlan();
        var initial = new CourseDialog.Answer(c.code(), c.title(), c.credits(), c.delivery());
        Function<CourseDialog.Answer, Course> build = a -> new Course(c.id(), c.termId(), a.code(), a.title(), a.credits(),
                c.colour(), a.delivery(), c.homeworkHours());
        CourseDialog.ask(owner, initial, a -> refusalOf(() -> build.apply(a)).or(() -> {
            Course changed = build.apply(a);
            return UniqueNames.courseCodeTaken(plan, changed);
        })).ifPresent(a -> model.updateCourse(c, build.apply(a)));
    }

    private static void editCommitment(Window owner, MainViewModel model, Commitment c) {
        WeeklyPattern p = c.pattern();
        var initial = new CommitmentDialog.Answer(c.title(), Weekdays.format(p.days()), String.valueOf(p.start()), String.valueOf(p.end()));
        Function<CommitmentDialog.Answer, Commitment> build = a -> {
            WeeklyPattern typed = MainViewModel.commitmentPattern(a.days(), a.start(), a.end());
            return new Commitment(c.id(), c.termId(), a.title(), new WeeklyPattern(typed.days(), typed.start(), typed.end(), p.everyWeeks(),
                    p.firstDate(), p.lastDate(), p.skippedDates()), c.zone()); // its other weeks, dates and zone stay
        };
        String zone = c.effectiveZone(model.currentPlan().term().studentZone()).getId();
        CommitmentDialog.ask(owner, zone, initial, a -> refusalOf(() -> build.apply(a)))
                .ifPresent(a -> model.updateCommitment(c, build.apply(a)));
    }
}

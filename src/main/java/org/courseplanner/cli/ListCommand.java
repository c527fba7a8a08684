package org.courseplanner.cli;

import java.io.PrintWriter;
import java.util.Collection;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.TermPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code list}: everything in a term, with ids. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List a term's courses, sessions, modules, commitments and study blocks, with their ids.")
final class ListCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    TermOption term;
    @Option(names = "--json", description = "Print a JSON array of objects with id, type, course and the item's fields.")
    boolean json;

    @Override
    public void run() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        TermPlan plan = root.planner().plan(term.name);
        PrintWriter out = root.out();
        if (json) {
            out.println(Output.json(PlanJson.items(plan)));
            return;
        }
        out.println("term " + plan.term().id() + "  " + TermCommand.describe(plan.term()));
        if (plan.courses().isEmpty()) {
            out.println("  No courses yet. Add one: course add \"CS 101\" --title \"Intro to Programming\" --credits 4");
        }
        for (Course c : plan.courses()) {
            out.println();
            out.println("course " + c.id() + "  " + c.code() + "  " + c.title() + "  (" + Output.number(c.credits()) + " credits, "
                    + c.delivery().label() + ", homework " + Output.hours(c.weeklyHomeworkHours()) + "/week)");
            for (SyncSession s : plan.sessionsOf(c)) {
                out.println("  session " + s.id() + "  " + describe(plan, s));
            }
            for (AsyncModule m : plan.modulesOf(c)) {
                out.println("  module " + m.id() + "  " + describe(plan, m));
                for (StudyBlock b : plan.studyBlocksOf(m)) {
                    out.println("    study " + b.id() + "  week " + b.week() + ", " + StudyCommand.times(b) + (b.auto() ? ", planned" : ""));
                }
            }
            for (StudyBlock b : plan.homeworkBlocksOf(c)) {
                out.println("  homework " + b.id() + "  week " + b.week() + ", " + StudyCommand.times(b) + (b.auto() ? ", planned" : ""));
            }
        }
        if (!plan.commitments().isEmpty()) {
            out.println();
            for (Commitment c : plan.commitments()) {
                out.println("commitment " + c.id() + "  " + describe(plan, c));
            }
        }
    }

    static String describe(TermPlan plan, SyncSession s) {
        Course c = plan.courseById(s.courseId());
        String text = c.code() + " " + s.kind().label() + ", " + s.pattern().describe();
        if (s.pattern().start() != null) {
            text += " (" + plan.term().schoolZone().getId() + ")";
        }
        if (!s.pattern().isPlaced()) {
            text += " - not on the calendar yet";
        }
        text = s.location() == null ? text : text + ", " + s.location();
        var facts = s.sectionFacts();
        if (!facts.isEmpty()) { // taken from the catalog: the section a later import or a new choice recognises
            text += "  [" + String.join(", ", java.util.stream.Stream.of(facts.section() == null ? null : "section " + facts.section(),
                    facts.crn() == null ? null : "CRN " + facts.crn(), facts.instructor()).filter(java.util.Objects::nonNull).toList()) + "]";
        }
        return text;
    }

    static String describe(TermPlan plan, AsyncModule m) {
        Course c = plan.courseById(m.courseId());
        String text = c.code() + " \"" + m.title() + "\", " + Output.hours(m.effortHours()) + " per window, " + m.describe()
                + " (" + plan.term().schoolZone().getId() + ")";
        if (!m.skippedWeeks().isEmpty()) {
            text += ", skipping week" + (m.skippedWeeks().size() == 1 ? " " : "s ") + join(m.skippedWeeks());
        }
        if (!m.doneWeeks().isEmpty()) {
            text += ", done: week" + (m.doneWeeks().size() == 1 ? " " : "s ") + join(m.doneWeeks());
        }
        return text;
    }

    static String describe(TermPlan plan, Commitment c) {
        return "\"" + c.title() + "\", " + c.pattern().describe() + " (" + c.effectiveZone(plan.term().studentZone()).getId() + ")";
    }

    private static String join(Collection<Integer> weeks) {
        return String.join(",", weeks.stream().map(String::valueOf).toList());
    }
}

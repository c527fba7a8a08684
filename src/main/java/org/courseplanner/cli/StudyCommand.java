package org.courseplanner.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.courseplanner.domain.ImportChanges;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.TermPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code study add}, {@code study set}, {@code study list} and {@code study clear}. */
@Command(name = "study", description = "Plan study time for online modules and homework time for live courses.",
        mixinStandardHelpOptions = true,
        subcommands = {StudyCommand.Add.class, StudyCommand.Set.class, StudyCommand.ListBlocks.class, StudyCommand.Clear.class})
final class StudyCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Plan a study block for one week of a module, or (with --course) homework time for one term week of a course.")
    static final class Add implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Parameters(paramLabel = "MODULE-ID", arity = "0..1", description = "The module's id, as 'list' prints it.")
        Long moduleId;
        @Option(names = "--course", paramLabel = "CODE", description = "Homework time for this course instead of a module.")
        String course;
        @Option(names = "--week", required = true, paramLabel = "N",
                description = "Which week: the module's window (1 for a single window), or for homework the term week (Monday to Sunday).")
        int week;
        @Option(names = "--at", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "When it starts, in the school's zone.")
        LocalDateTime at;
        @Option(names = "--minutes", required = true, paramLabel = "N", description = "How long, e.g. 90.")
        int minutes;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            var planner = root.planner();
            if ((moduleId == null) == (course == null)) {
                throw new Refusal("course", "give a module's id (study add 6 --week 1 ...) or a course (study add --course \"CS 101\""
                        + " --week 1 ...), not " + (course == null ? "neither" : "both"));
            }
            StudyBlock b = course != null
                    ? planner.addHomeworkBlock(planner.plan(term.name).requireCourse(course).id(), week, at, minutes)
                    : planner.addStudyBlock(moduleId, week, at, minutes);
            root.out().println("Added " + (b.isHomework() ? "homework block " : "study block ") + describe(planner, b));
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change a study or homework block: its week, start or length; what you leave out stays as it is."
                    + " A block the study planner placed is yours from then on.")
    static final class Set implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The block's id, as 'list' prints it.")
        long id;
        @Option(names = "--week", paramLabel = "N", description = "Which week it is for.")
        Integer week;
        @Option(names = "--at", paramLabel = "YYYY-MM-DDTHH:MM", description = "When it starts, in the school's zone.")
        LocalDateTime at;
        @Option(names = "--minutes", paramLabel = "N", description = "How long, e.g. 90.")
        Integer minutes;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            var planner = root.planner();
            StudyBlock b = ItemIds.planHolding(planner, id, ItemKind.STUDY).studyBlock(id).orElseThrow();
            StudyBlock changed = planner.changeStudyBlock(new StudyBlock(b.id(), b.moduleId(), b.courseId(), week != null ? week : b.week(),
                    at != null ? at : b.start(), minutes != null ? minutes : b.minutes(), b.auto()));
            root.out().println("Changed " + (b.isHomework() ? "homework block " : "study block ") + describe(planner, changed));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List a term's study and homework blocks by start; \"planned\" marks the ones the study planner placed.")
    static final class ListBlocks implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Option(names = "--json", description = "Print a JSON array of the blocks, as 'list --json' prints them.")
        boolean json;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            TermPlan plan = root.planner().plan(term.name);
            if (json) {
                root.out().println(Output.json(plan.studyBlocks().stream().map(b -> PlanJson.studyBlock(plan, b)).toList()));
                return;
            }
            if (plan.studyBlocks().isEmpty()) {
                root.out().println("No study time planned in " + plan.term().name() + " yet. Add some: study add MODULE-ID --week 1"
                        + " --at 2026-09-02T19:00 --minutes 90, or study add --course \"CS 101\" --week 1 ...");
                return;
            }
            for (StudyBlock b : plan.studyBlocks()) {
                root.out().println(line(plan, b));
            }
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = "Remove the blocks the study planner placed (blocks you placed or moved stay).")
    static final class Clear implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Option(names = "--auto", required = true, description = "Remove the blocks the study planner placed (the only kind this removes).")
        boolean auto;
        @Option(names = "--from", paramLabel = "DATE", description = "Only blocks that start on or after this day (default: the term's first).")
        LocalDate from;
        @Option(names = "--to", paramLabel = "DATE", description = "Only blocks that start on or before this day (default: the term's last).")
        LocalDate to;
        @Option(names = "--json", description = "Print what was removed as JSON.")
        boolean json;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            String termName = planner.term(term.name).name();
            ImportChanges removed = planner.clearAutoStudy(termName, from, to);
            int n = removed.removedCount();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("term", termName);
                o.put("from", from == null ? null : from.toString());
                o.put("to", to == null ? null : to.toString());
                o.put("removed", n);
                root.out().println(Output.json(o));
                return;
            }
            String range = from == null && to == null ? "" : " (" + (from == null ? "start" : from) + " to " + (to == null ? "end" : to) + ")";
            root.out().println("Removed " + Output.count(n, "planned block", "planned blocks") + " from " + termName + range
                    + (n == 0 ? "" : "; blocks you placed or moved stay"));
        }
    }

    /** "12  study     HIST 210 Module 3, 2026-09-16 19:00-20:30 (90 min)  planned". */
    static String line(TermPlan plan, StudyBlock b) {
        String what = b.isHomework() ? "homework  " + plan.courseById(b.courseId()).code() + " week " + b.week()
                : "study     " + plan.courseById(plan.module(b.moduleId()).orElseThrow().courseId()).code() + " "
                + plan.module(b.moduleId()).orElseThrow().windowTitle(b.week());
        return b.id() + "  " + what + ", " + times(b) + (b.auto() ? "  planned" : "");
    }

    /** "2026-09-16 19:00-20:30 (90 min)". */
    static String times(StudyBlock b) {
        return b.start().toLocalDate() + " " + b.start().toLocalTime() + "-" + b.end().toLocalTime() + " (" + b.minutes() + " min)";
    }

    /** "12: HIST 210 Module week 3 study block, 2026-09-16 19:00-20:30 (90 min)". */
    static String describe(Planner planner, StudyBlock b) {
        return b.id() + ": " + planner.find(b.id()).orElseThrow().description() + ", " + times(b);
    }
}

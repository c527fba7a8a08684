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
import org.courseplanner.domain.study.StudyPlan;
import org.courseplanner.domain.study.StudyPlanning;
import org.courseplanner.domain.study.StudyTimePlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code study plan}, {@code study add}, {@code study set}, {@code study list} and {@code study clear}. */
@Command(name = "study", description = "Plan study time for online modules and homework time for live courses.",
        mixinStandardHelpOptions = true,
        subcommands = {StudyCommand.PlanTime.class, StudyCommand.Add.class, StudyCommand.Set.class, StudyCommand.ListBlocks.class,
            StudyCommand.Clear.class})
final class StudyCommand {

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Place study blocks for every module week that still needs time, and for the weekly homework of live"
                    + " courses, in your free time: as flat as the weeks allow (the busiest day as light as it can be), keeping a"
                    + " buffer around classes and commitments, out of your quiet hours, finishing before deadlines by the time"
                    + " the term sets (term set --before-due). Blocks you placed stay; blocks the planner placed before move only"
                    + " when a change has put them in the way. One step to undo: study clear --auto removes planned blocks.",
                    "When some study cannot fit, nothing changes (unless --best-effort) and each short week is named, with why."})
    static final class PlanTime implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Option(names = "--from", paramLabel = "DATE", description = "Plan the study due from this day (default: from now on, or from --today's day).")
        LocalDate from;
        @Option(names = "--to", paramLabel = "DATE", description = "Plan the study due up to this day (default: the term's last).")
        LocalDate to;
        @Option(names = "--dry-run", description = "Say what would be placed, change nothing.")
        boolean dryRun;
        @Option(names = "--best-effort", description = "When not everything fits, place what does.")
        boolean bestEffort;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            String termName = planner.term(term.name).name();
            LocalDate start = from != null ? from : root.today(); // --today: plan as if it were that day
            StudyPlanning.Run run = new StudyPlanning(planner, root.clock()).run(termName, start, to, bestEffort, dryRun, () -> false);
            StudyPlan plan = run.plan();
            TermPlan after = planner.plan(termName);
            java.util.List<StudyBlock> placed = run.stored() ? run.changes().added(StudyBlock.class) : plan.added();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("term", termName);
                o.put("stored", run.stored());
                o.put("complete", plan.complete());
                o.put("neededMinutes", plan.neededMinutes());
                o.put("placedMinutes", plan.placedMinutes());
                o.put("placed", placed.stream().map(b -> PlanJson.studyBlock(after, b)).toList());
                o.put("replaced", plan.removed().stream().map(StudyBlock::id).toList());
                o.put("shortages", plan.shortages());
                o.put("notes", plan.notes());
                root.out().println(Output.json(o));
            } else {
                print(root.out(), termName, plan, run, placed, after);
            }
            return plan.complete() || (bestEffort && !dryRun) ? 0 : CoursePlannerCommand.REFUSED;
        }

        private void print(java.io.PrintWriter out, String termName, StudyPlan plan, StudyPlanning.Run run,
                           java.util.List<StudyBlock> placed, TermPlan after) {
            if (plan.neededMinutes() == 0 && plan.removed().isEmpty()) {
                out.println("Nothing to plan in " + termName + ": every module week and homework week"
                        + (from == null ? " from now on" : " in those days") + " has its time.");
                return;
            }
            if (!plan.complete()) {
                out.println((run.stored() ? "Not all study time fits; placed what does." : dryRun ? "Not all study time would fit:"
                        : "Not all study time fits, so nothing was changed (place what fits with --best-effort):"));
                plan.shortages().forEach(s -> out.println("  " + s));
            }
            boolean show = run.stored() || dryRun;
            if (show && !placed.isEmpty()) {
                long minutes = placed.stream().mapToLong(StudyBlock::minutes).sum();
                var zone = after.term().schoolZone();
                out.println((run.stored() ? "Placed " : "Would place ") + Output.count(placed.size(), "study block", "study blocks")
                        + " (" + StudyTimePlanner.hours(minutes) + ") in " + termName + ", times in " + zone.getId()
                        + (zone.equals(after.term().studentZone()) ? "" : " (the school's zone; agenda --zone mine shows yours)") + ":");
                for (StudyBlock b : placed) {
                    out.println("  " + line(after, b));
                }
            }
            if (show && !plan.removed().isEmpty()) {
                out.println((run.stored() ? "Moved " : "Would move ") + Output.count(plan.removed().size(), "planned block", "planned blocks")
                        + " that a change had put in the way.");
            }
            if (show) {
                plan.notes().forEach(n -> out.println("Note: " + n));
            }
            if (run.stored()) {
                out.println("Undo: study clear --auto removes every planned block (blocks you placed stay).");
            }
        }
    }

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
        return (b.id() == 0 ? "new" : String.valueOf(b.id())) + "  " + what + ", " + times(b) + (b.auto() ? "  planned" : "");
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

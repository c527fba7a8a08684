package org.courseplanner.cli;

import java.time.LocalDateTime;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.StudyBlock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code study add} and {@code study set}. */
@Command(name = "study", description = "Plan study time for online modules.", mixinStandardHelpOptions = true,
        subcommands = {StudyCommand.Add.class, StudyCommand.Set.class})
final class StudyCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Plan a study block for one week of a module.")
    static final class Add implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "MODULE-ID", description = "The module's id, as 'list' prints it.")
        long moduleId;
        @Option(names = "--week", required = true, paramLabel = "N", description = "Which week's window (1 for a single window).")
        int week;
        @Option(names = "--at", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "When it starts, in the school's zone.")
        LocalDateTime at;
        @Option(names = "--minutes", required = true, paramLabel = "N", description = "How long, e.g. 90.")
        int minutes;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            var planner = root.planner();
            StudyBlock b = planner.addStudyBlock(moduleId, week, at, minutes);
            root.out().println("Added study block " + describe(planner, b));
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change a study block: its week, start or length; what you leave out stays as it is.")
    static final class Set implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The study block's id, as 'list' prints it.")
        long id;
        @Option(names = "--week", paramLabel = "N", description = "Which week's window it is for.")
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
            StudyBlock changed = planner.changeStudyBlock(new StudyBlock(b.id(), b.moduleId(), week != null ? week : b.week(),
                    at != null ? at : b.start(), minutes != null ? minutes : b.minutes()));
            root.out().println("Changed study block " + describe(planner, changed));
        }
    }

    /** "12: HIST 210 \"Module 3\" study, 2026-09-16 19:00-20:30 (90 min)". */
    static String describe(Planner planner, StudyBlock b) {
        return b.id() + ": " + planner.find(b.id()).orElseThrow().description() + ", " + b.start().toLocalDate() + " "
                + b.start().toLocalTime() + "-" + b.end().toLocalTime() + " (" + b.minutes() + " min)";
    }
}

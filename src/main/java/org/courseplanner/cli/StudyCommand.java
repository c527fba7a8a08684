package org.courseplanner.cli;

import java.time.LocalDateTime;
import org.courseplanner.domain.StudyBlock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code study add}. */
@Command(name = "study", description = "Plan study time for online modules.", mixinStandardHelpOptions = true,
        subcommands = StudyCommand.Add.class)
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
            var ref = planner.find(b.id()).orElseThrow();
            root.out().println("Added study block " + b.id() + ": " + ref.description() + ", " + b.start().toLocalDate() + " "
                    + b.start().toLocalTime() + "-" + b.end().toLocalTime() + " (" + b.minutes() + " min)");
        }
    }
}

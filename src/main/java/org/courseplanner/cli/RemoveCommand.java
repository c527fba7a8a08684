package org.courseplanner.cli;

import org.courseplanner.domain.ItemRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code remove ID}. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove an item by its id, as 'list' prints it, with everything that belongs to it",
            "(a course takes its sessions, modules and study blocks along; a term, everything in it)."})
final class RemoveCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The id of a term, course, session, module, commitment or study block.")
    long id;

    @Override
    public void run() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        ItemRef removed = root.planner().remove(id);
        String what = switch (removed.kind()) {
            case TERM -> " and everything in it";
            case COURSE -> " with its sessions, modules and study blocks";
            case MODULE -> " with its study blocks";
            default -> "";
        };
        root.out().println("Removed " + removed.kind().label() + " " + id + ": " + removed.description() + what);
    }
}

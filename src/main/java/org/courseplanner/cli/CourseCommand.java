package org.courseplanner.cli;

import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code course add}. */
@Command(name = "course", description = "Add courses.", mixinStandardHelpOptions = true, subcommands = CourseCommand.Add.class)
final class CourseCommand {

    @Command(name = "add", description = "Add a course to a term.", mixinStandardHelpOptions = true)
    static final class Add implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Parameters(paramLabel = "CODE", description = "The course code, unique in the term, e.g. \"CS 101\".")
        String code;
        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "e.g. \"Intro to Programming\".")
        String title;
        @Option(names = "--credits", paramLabel = "N", defaultValue = "3", description = "Credits (default: ${DEFAULT-VALUE}).")
        double credits;
        @Option(names = "--delivery", paramLabel = "sync|async|hybrid", defaultValue = "sync",
                description = "Live classes (sync), online modules (async) or both (hybrid); default: ${DEFAULT-VALUE}.")
        String delivery;
        @Option(names = "--homework", paramLabel = "HOURS",
                description = "Weekly out-of-class hours (default: 2 per credit for sync and hybrid courses, 0 for async).")
        Double homework;
        @Option(names = {"--colour", "--color"}, paramLabel = "#RRGGBB", description = "Its colour on the calendar (default: the next of the palette).")
        String colour;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Course c = root.planner().addCourse(term.name, code, title, credits, colour, Delivery.parse(delivery), homework);
            root.out().println("Added course " + c.id() + ": " + c.code() + " \"" + c.title() + "\", " + Output.number(c.credits())
                    + " credits, " + c.delivery().label() + ", homework " + Output.hours(c.weeklyHomeworkHours()) + " a week, colour " + c.colour());
        }
    }
}

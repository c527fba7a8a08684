package org.courseplanner.cli;

import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.TermPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code course add} and {@code course set}. */
@Command(name = "course", description = "Add and change courses.", mixinStandardHelpOptions = true,
        subcommands = {CourseCommand.Add.class, CourseCommand.Set.class})
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

    @Command(name = "set", description = "Change a course: its code, title, credits, delivery, homework or colour.",
            mixinStandardHelpOptions = true)
    static final class Set implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Parameters(paramLabel = "CODE", description = "The course to change, e.g. \"CS 101\".")
        String code;
        @Option(names = "--code", paramLabel = "CODE", description = "A new code, unique in the term.")
        String newCode;
        @Option(names = "--title", paramLabel = "TEXT", description = "A new title.")
        String title;
        @Option(names = "--credits", paramLabel = "N", description = "Credits.")
        Double credits;
        @Option(names = "--delivery", paramLabel = "sync|async|hybrid", description = "Live classes, online modules or both.")
        String delivery;
        @Option(names = "--homework", paramLabel = "HOURS|default",
                description = "Weekly out-of-class hours, or 'default' for the rule of thumb (2 per credit, 0 for async).")
        String homework;
        @Option(names = {"--colour", "--color"}, paramLabel = "#RRGGBB", description = "Its colour on the calendar.")
        String colour;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            TermPlan plan = planner.plan(term.name);
            Course c = plan.requireCourse(code);
            Double hours = c.homeworkHours();
            if (homework != null) {
                hours = homework.strip().equalsIgnoreCase("default") ? null : hours(homework);
            }
            Course changed = planner.changeCourse(new Course(c.id(), c.termId(), newCode != null ? newCode : c.code(),
                    title != null ? title : c.title(), credits != null ? credits : c.credits(), colour != null ? colour : c.colour(),
                    delivery != null ? Delivery.parse(delivery) : c.delivery(), hours));
            root.out().println("Changed course " + changed.id() + ": " + changed.code() + " \"" + changed.title() + "\", "
                    + Output.number(changed.credits()) + " credits, " + changed.delivery().label() + ", homework "
                    + Output.hours(changed.weeklyHomeworkHours()) + " a week, colour " + changed.colour());
        }

        private double hours(String text) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "'" + text + "' is not a number of hours: write e.g. --homework 4.5, or --homework default for 2 per credit");
            }
        }
    }
}

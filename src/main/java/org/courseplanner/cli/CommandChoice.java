package org.courseplanner.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * Which one command a command line runs, read from its arguments before picocli builds anything:
 * the first argument after the plan's own options ({@code --db FILE}, {@code --today DATE},
 * {@code --empty}), when it names a command. Help, the version, an unknown option or a value that
 * is itself a command's name choose none, and the command line is built with every command.
 */
final class CommandChoice {
    /** The root options that take a value as the next argument. */
    private static final Set<String> WITH_VALUE = Set.of("--db", "--today");
    private static final Set<String> FLAGS = Set.of("--empty");
    private static final String HELP = "help";

    private CommandChoice() {
    }

    static Optional<Class<?>> of(String[] args, List<Class<?>> commands) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            Optional<Class<?>> named = named(arg, commands);
            if (named.isPresent()) {
                return arg.equals(HELP) ? Optional.empty() : named; // help lists every command
            }
            if (WITH_VALUE.contains(arg)) {
                i++;
                if (i >= args.length || named(args[i], commands).isPresent()) {
                    return Optional.empty(); // a missing value, or a command's name given as one: picocli says which
                }
            } else if (!FLAGS.contains(arg) && WITH_VALUE.stream().noneMatch(o -> arg.startsWith(o + "="))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> named(String arg, List<Class<?>> commands) {
        for (Class<?> command : commands) {
            if (command.getAnnotation(Command.class).name().equals(arg)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}

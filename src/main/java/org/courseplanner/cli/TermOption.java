package org.courseplanner.cli;

import picocli.CommandLine.Option;

/** The --term option of commands that work on one term. */
final class TermOption {
    @Option(names = "--term", paramLabel = "NAME",
            description = "The term to work on (default: the term that contains today, else the newest).")
    String name;
}

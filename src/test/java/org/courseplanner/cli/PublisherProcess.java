package org.courseplanner.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One publisher of the multi-process publish tests, in a JVM of its own: {@code publish} on a plan
 * through the command line, as a student's second window or a timer would run it.
 *
 * <p>Arguments: {@code PLAN PASSWORD-FILE [GO-FILE]}: with a go file, it loads its classes first
 * and waits until that file exists, so that several publishers start together. It prints
 * {@code exit N} and what the command printed.
 */
public final class PublisherProcess {
    private PublisherProcess() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CliRun cli = new CliRun(Path.of(args[0]));
        if (args.length > 2) {
            cli.run("publish", "--status");
            Path go = Path.of(args[2]);
            while (!Files.exists(go)) {
                Thread.onSpinWait();
            }
        }
        CliRun.Result r = cli.run("publish", "--password-file", args[1]);
        out.println("exit " + r.exitCode());
        out.print(r.out());
        out.print(r.err());
    }
}

package org.courseplanner.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One writer of the multi-process tests, run in a JVM of its own: it runs {@code COUNT} change
 * commands in a row on one plan, through the command line, and prints one line per command
 * ({@code ok NAME}, or {@code failed NAME STATUS MESSAGE}) as soon as the command returns.
 *
 * <p>Arguments: {@code PLAN WRITER COUNT [GO-FILE]}: with a go file, the writer opens the plan once
 * (loading its classes) and then waits until that file exists, so that all writers start together. Command {@code i} of writer {@code w} adds the break
 * {@code Ww-i} to the term "Fall 2026" (a read-modify-write of the term) when {@code i} is even,
 * and the course {@code Cw-i} when it is odd; a writer whose plan has no term yet adds it first.
 */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CliRun cli = new CliRun(Path.of(args[0]));
        String writer = args[1];
        int count = Integer.parseInt(args[2]);
        if (args.length > 3) {
            cli.run("term", "list");
            Path go = Path.of(args[3]);
            while (!java.nio.file.Files.exists(go)) {
                Thread.onSpinWait();
            }
        }
        CliRun.Result term = cli.run("term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone",
                "America/New_York");
        out.println(term.exitCode() == 0 ? "ok term" : "term " + term.exitCode() + " " + oneLine(term.err()));
        for (int i = 0; i < count; i++) {
            String name = (i % 2 == 0 ? "W" : "C") + writer + "-" + i;
            CliRun.Result r = i % 2 == 0
                    ? cli.run("term", "set", "Fall 2026", "--break", name + "=2026-10-05..2026-10-06")
                    : cli.run("course", "add", name, "--title", "Course " + name, "--term", "Fall 2026");
            out.println(r.exitCode() == 0 ? "ok " + name : "failed " + name + " " + r.exitCode() + " " + oneLine(r.err()));
        }
    }

    private static String oneLine(String text) {
        return text.strip().replace('\n', ' ');
    }
}

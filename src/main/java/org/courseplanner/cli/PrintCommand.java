package org.courseplanner.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.print.PlanPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code print}: a week or the whole term as a PDF to print or share, or a week as a PNG. */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = {"Print a week (one landscape page) or the whole term (an overview page with the",
            "workload chart, then a page for every week with something planned) to a PDF,",
            "or a week to a PNG; the file's extension picks the format. Paper: US Letter in",
            "the US and Canada, else A4, landscape. An existing file is replaced."})
final class PrintCommand implements Runnable {
    private static final Pattern ISO_WEEK = Pattern.compile("(?:(\\d{4})-?W)?(\\d{1,2})", Pattern.CASE_INSENSITIVE);

    @Spec
    CommandSpec spec;
    @Option(names = "--week", paramLabel = "N", description = "The ISO week to print, as 'workload' lists them: 38 or 2026-W38.")
    String week;
    @Option(names = "--term", arity = "0..1", fallbackValue = "", paramLabel = "NAME",
            description = {"The term (default: the term that contains today, else the newest).",
                "Without --week the whole term is printed: 'print --term --out term.pdf'."})
    String termName;
    @Option(names = "--zone", paramLabel = "school|mine", defaultValue = "school",
            description = "The clock the times are printed on (default: ${DEFAULT-VALUE}).")
    String zone;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf|FILE.png", description = "The file to write (replaced if it exists).")
    Path out;

    @Override
    public void run() {
        PlanPrinter.Format format = PlanPrinter.Format.of(out).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--out " + out + ": end the file name in .pdf (a page to print) or .png (a picture of one week)"));
        if (format == PlanPrinter.Format.PNG && week == null) {
            throw new ParameterException(spec.commandLine(), "a PNG shows one week: add --week N, or write the whole term to a .pdf");
        }
        boolean mine = switch (zone.strip().toLowerCase(Locale.ROOT)) {
            case "school" -> false;
            case "mine", "my", "me" -> true;
            default -> throw new ParameterException(spec.commandLine(), "--zone " + zone + ": give school or mine");
        };
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        TermPlan plan = root.planner().plan(termName == null || termName.isBlank() ? null : termName);
        PlanPrinter printer = new PlanPrinter(plan, PlanFindings.of(plan), mine, Locale.getDefault());
        if (week == null) {
            PlanPrinter.Written written = printer.writeTerm(out);
            int weeks = written.pages() - 1;
            root.out().println("Wrote " + plan.term().name() + " to " + out + ", " + Output.count(written.pages(), "page", "pages")
                    + ": the overview and " + Output.count(weeks, "week", "weeks") + " with something planned");
            return;
        }
        LocalDate monday = monday(printer, plan);
        PlanPrinter.Written written = printer.writeWeek(monday, out);
        root.out().println("Wrote " + PlanPrinter.weekName(monday) + " to " + out
                + (format == PlanPrinter.Format.PDF ? ", " + Output.count(written.pages(), "page", "pages") : ""));
    }

    private LocalDate monday(PlanPrinter printer, TermPlan plan) {
        List<LocalDate> weeks = printer.weeks();
        String span = PlanPrinter.weekName(weeks.get(0)) + " to " + PlanPrinter.weekName(weeks.get(weeks.size() - 1));
        Matcher m = ISO_WEEK.matcher(week.strip());
        if (!m.matches()) {
            throw new ParameterException(spec.commandLine(), "--week " + week + ": give the ISO week number, e.g. --week "
                    + weeks.get(0).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " (" + plan.term().name() + " runs from "
                    + span + ")");
        }
        int number = Integer.parseInt(m.group(2));
        return weeks.stream().filter(monday -> monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == number
                        && (m.group(1) == null || monday.get(IsoFields.WEEK_BASED_YEAR) == Integer.parseInt(m.group(1))))
                .findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(), plan.term().name() + " has no week " + week.strip()
                        + ": it runs from " + span));
    }
}

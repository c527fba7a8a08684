package org.courseplanner.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code term add} and {@code term list}. */
@Command(name = "term", description = "Add and list terms.", mixinStandardHelpOptions = true,
        subcommands = {TermCommand.Add.class, TermCommand.ListTerms.class})
final class TermCommand {

    @Command(name = "add", description = "Add a term (a semester).", mixinStandardHelpOptions = true)
    static final class Add implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "Its name, e.g. \"Fall 2026\".")
        String name;
        @Option(names = "--start", required = true, paramLabel = "DATE", description = "First day, e.g. 2026-08-31.")
        LocalDate start;
        @Option(names = "--end", required = true, paramLabel = "DATE", description = "Last day, e.g. 2026-12-18.")
        LocalDate end;
        @Option(names = "--zone", required = true, paramLabel = "ZONE",
                description = "The school's time zone, in which classes are published, e.g. America/New_York.")
        ZoneId zone;
        @Option(names = "--my-zone", paramLabel = "ZONE", description = "Your own time zone (default: this computer's).")
        ZoneId myZone;
        @Option(names = "--break", paramLabel = "NAME=FROM..TO", description = "A break with no classes, e.g. \"Thanksgiving=2026-11-25..2026-11-29\". Repeat for more.")
        List<DateRange> breaks = new ArrayList<>();
        @Option(names = "--weekly-cap", paramLabel = "HOURS", description = "Hours a week you can carry (default: 3 per credit of the term's courses).")
        Double weeklyCap;
        @Option(names = "--daily-cap", paramLabel = "HOURS", description = "Hours a day you can carry (default: ${DEFAULT-VALUE}).", defaultValue = "10")
        double dailyCap;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Term term = root.planner().addTerm(new Term(0, name, start, end, zone, myZone, breaks, weeklyCap, dailyCap));
            root.out().println("Added term " + term.id() + ": " + describe(term));
        }
    }

    @Command(name = "list", description = "List the terms of the plan.", mixinStandardHelpOptions = true)
    static final class ListTerms implements Runnable {
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            List<Term> terms = planner.terms();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Term t : terms) {
                    rows.add(PlanJson.term(planner.repository().load(t.id())));
                }
                root.out().println(Output.json(rows));
                return;
            }
            if (terms.isEmpty()) {
                root.out().println("No terms yet. Add one: term add \"Fall 2026\" --start 2026-08-31 --end 2026-12-18 --zone America/New_York");
                return;
            }
            for (Term t : terms) {
                TermPlan plan = planner.repository().load(t.id());
                root.out().println(t.id() + "  " + describe(t) + ", " + plan.courses().size() + " courses, weekly cap "
                        + Output.hours(plan.weeklyCap()));
            }
        }
    }

    static String describe(Term t) {
        StringBuilder s = new StringBuilder("\"").append(t.name()).append("\" ").append(t.firstDay()).append(" to ").append(t.lastDay())
                .append(", school zone ").append(t.schoolZone().getId()).append(", my zone ").append(t.studentZone().getId());
        for (DateRange b : t.breaks()) {
            s.append(", ").append(b.name()).append(' ').append(b.first()).append("..").append(b.last());
        }
        s.append(", daily cap ").append(Output.hours(t.dailyCapHours()));
        if (t.weeklyCapHours() != null) {
            s.append(", weekly cap ").append(Output.hours(t.weeklyCapHours()));
        }
        return s.toString();
    }
}

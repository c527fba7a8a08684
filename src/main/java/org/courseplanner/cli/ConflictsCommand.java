package org.courseplanner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.PlanFindings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conflicts}: where the plan breaks. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"List the term's conflicts: overlaps, study time outside a module's window, clustered deadlines,",
            "tight room changes and classes in your quiet hours. A conflict that repeats weekly is one line."})
final class ConflictsCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Mixin
    TermOption term;
    @Option(names = "--json", description = "Print a JSON array of {rule, severity, items, first, last, count, overlapMinutes, message}.")
    boolean json;

    @Override
    public void run() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        TermPlan plan = root.planner().plan(term.name);
        List<Finding> findings = PlanFindings.of(plan).conflicts();
        PrintWriter out = root.out();
        if (json) {
            out.println(Output.json(findings.stream().map(ConflictsCommand::json).toList()));
            return;
        }
        if (findings.isEmpty()) {
            out.println("No conflicts in " + plan.term().name() + ".");
            return;
        }
        long errors = findings.stream().filter(f -> f.severity() == org.courseplanner.domain.engine.Severity.ERROR).count();
        out.println(plan.term().name() + ": " + errors + (errors == 1 ? " error, " : " errors, ") + (findings.size() - errors)
                + (findings.size() - errors == 1 ? " warning" : " warnings"));
        for (Finding f : findings) {
            out.println(String.format("%-7s %-20s %s", f.severity().label(), f.rule(), f.message()));
        }
    }

    static Map<String, Object> json(Finding f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rule", f.rule());
        o.put("severity", f.severity().label());
        o.put("items", new ArrayList<>(f.items()));
        o.put("itemIds", new ArrayList<>(f.itemIds()));
        o.put("first", f.first().toString());
        o.put("last", f.last().toString());
        o.put("count", f.count());
        o.put("overlapMinutes", f.overlapMinutes());
        o.put("message", f.message());
        return o;
    }
}

package org.courseplanner.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.TermCalendar;
import org.courseplanner.domain.engine.Workload;
import org.courseplanner.domain.engine.WorkloadDay;
import org.courseplanner.domain.engine.WorkloadDriver;
import org.courseplanner.domain.engine.WorkloadWeek;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workload}: hours per week and day, and the peaks. */
@Command(name = "workload", mixinStandardHelpOptions = true,
        description = {"Hours per ISO week (and, in JSON, per day): live sessions, homework, async modules, commitments.",
            "Peaks: weeks over the weekly cap or above 1.5x the term's median week, days over the daily cap."})
final class WorkloadCommand implements Runnable {
    private static final int BAR_WIDTH = 30;

    @Spec
    CommandSpec spec;
    @Mixin
    TermOption term;
    @Option(names = "--json", description = "Print {\"weeks\": [...], \"days\": [...]}.")
    boolean json;

    @Override
    public void run() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        TermPlan plan = root.planner().plan(term.name);
        Workload workload = Workload.of(plan, TermCalendar.of(plan)); // the hours alone: no conflict rules
        PrintWriter out = root.out();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("weeks", workload.weeks().stream().map(WorkloadCommand::json).toList());
            o.put("days", workload.days().stream().map(WorkloadCommand::json).toList());
            out.println(Output.json(o));
            return;
        }
        double max = workload.weeks().stream().mapToDouble(WorkloadWeek::hours).max().orElse(0);
        double cap = plan.weeklyCap();
        double scale = Math.max(max, cap);
        out.println(plan.term().name() + ": weekly cap " + Output.hours(cap) + ", daily cap " + Output.hours(plan.term().dailyCapHours()));
        out.println(String.format("%-9s %-10s %6s %6s %6s %6s %7s  %s", "week", "from", "sync", "hw", "async", "commit", "total", ""));
        for (WorkloadWeek w : workload.weeks()) {
            int filled = scale <= 0 ? 0 : (int) Math.round(w.hours() / scale * BAR_WIDTH);
            int capAt = scale <= 0 ? 0 : (int) Math.round(cap / scale * BAR_WIDTH);
            StringBuilder bar = new StringBuilder();
            for (int i = 0; i < Math.max(filled, capAt); i++) {
                bar.append(i < filled ? (i >= capAt ? '#' : '=') : ' ');
            }
            if (capAt > 0 && capAt <= BAR_WIDTH) {
                bar.insert(Math.min(capAt, bar.length()), '|');
            }
            out.println(String.format("%-9s %-10s %6.1f %6.1f %6.1f %6.1f %7.1f  %s%s", w.week(), w.start(), w.sync(), w.homework(), w.async(),
                    w.commitments(), w.hours(), bar, w.peak() ? "  PEAK: " + names(w.drivers()) : ""));
        }
        List<String> peaks = workload.peaks().stream().map(p -> p.severity().label() + "  " + p.message()).toList();
        if (!peaks.isEmpty()) {
            out.println();
            peaks.forEach(out::println);
        }
    }

    static Map<String, Object> json(WorkloadWeek w) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("week", w.week());
        o.put("start", w.start().toString());
        o.put("sync", w.sync());
        o.put("homework", w.homework());
        o.put("async", w.async());
        o.put("commitments", w.commitments());
        o.put("hours", w.hours());
        o.put("cap", w.cap());
        o.put("peak", w.peak());
        o.put("drivers", names(w.drivers()));
        return o;
    }

    static Map<String, Object> json(WorkloadDay d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("date", d.date().toString());
        o.put("sync", d.sync());
        o.put("homework", d.homework());
        o.put("async", d.async());
        o.put("commitments", d.commitments());
        o.put("hours", d.hours());
        o.put("cap", d.cap());
        o.put("peak", d.peak());
        o.put("drivers", names(d.drivers()));
        return o;
    }

    /** The engine's wording of each driver: "CS 101 9.5 h". */
    private static List<String> names(List<WorkloadDriver> drivers) {
        return drivers.stream().map(WorkloadDriver::toString).toList();
    }
}

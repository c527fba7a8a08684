package org.courseplanner.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.ModuleSchedule;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code module add}, {@code module set} and {@code module done}. */
@Command(name = "module", description = "Add and change online modules and mark their weeks done.", mixinStandardHelpOptions = true,
        subcommands = {ModuleCommand.Add.class, ModuleCommand.Set.class, ModuleCommand.Done.class})
final class ModuleCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add an asynchronous module: a weekly window numbered Module 1, 2…",
                "  (--opens DAY@HH:MM --due DAY@HH:MM --weeks N [--from DATE]),",
                "or one window (--due DATETIME [--opens DATETIME], opening a week before by default).",
                "Times are in the school's zone; each week is due at the first due day and time after it opens."})
    static final class Add implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Parameters(paramLabel = "CODE", description = "The course, e.g. \"HIST 210\".")
        String code;
        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "e.g. \"Module\" (weeks are numbered after it) or \"Term paper\".")
        String title;
        @Option(names = "--opens", paramLabel = "DAY@HH:MM|DATETIME", description = "When it opens: MO@09:00 each week, or 2026-10-09T09:00 once.")
        String opens;
        @Option(names = "--due", required = true, paramLabel = "DAY@HH:MM|DATETIME", description = "When it is due: SU@23:59 each week, or 2026-10-16T23:59 once.")
        String due;
        @Option(names = "--weeks", paramLabel = "N", description = "How many weekly windows (weekly modules only).")
        Integer weeks;
        @Option(names = "--from", paramLabel = "DATE", description = "The first window opens on the first opening day on or after this date (default: the term's first day).")
        LocalDate from;
        @Option(names = "--effort", paramLabel = "HOURS", defaultValue = "3", description = "Estimated hours of work per window (default: ${DEFAULT-VALUE}).")
        double effort;
        @Option(names = "--skip-week", paramLabel = "N", description = "A week with no window (a weekly module's week number). Repeat for more.")
        List<Integer> skipWeeks = new ArrayList<>();

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            ModuleSchedule schedule;
            if (due.contains("@")) {
                if (opens == null || !opens.contains("@") || weeks == null) {
                    throw new ParameterException(spec.commandLine(),
                            "a weekly module needs --opens DAY@HH:MM, --due DAY@HH:MM and --weeks N, e.g. --opens MO@09:00 --due SU@23:59 --weeks 14");
                }
                Converters.DayTime o;
                Converters.DayTime d;
                try {
                    o = Converters.dayTime(opens);
                    d = Converters.dayTime(due);
                } catch (picocli.CommandLine.TypeConversionException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                schedule = planner.weeklyWindow(term.name, o.day(), o.time(), d.day(), d.time(), weeks, from);
            } else {
                if (weeks != null || from != null || (opens != null && opens.contains("@"))) {
                    throw new ParameterException(spec.commandLine(),
                            "a single window takes --due DATETIME and optionally --opens DATETIME, not --weeks, --from or DAY@HH:MM");
                }
                if (!skipWeeks.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--skip-week goes with weekly modules only");
                }
                try {
                    LocalDateTime dueAt = Converters.dateTime(due);
                    schedule = new SingleWindow(opens == null ? null : Converters.dateTime(opens), dueAt);
                } catch (picocli.CommandLine.TypeConversionException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            AsyncModule m = planner.addModule(term.name, code, title, effort, schedule, new TreeSet<>(skipWeeks));
            root.out().println("Added module " + m.id() + ": " + ListCommand.describe(planner.plan(term.name), m));
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Change a module: its title, effort, window or skipped weeks; what you leave out stays as it is.",
                "A weekly module takes DAY@HH:MM times, a single window date-times."})
    static final class Set implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The module's id, as 'list' prints it.")
        long id;
        @Option(names = "--title", paramLabel = "TEXT", description = "A new title.")
        String title;
        @Option(names = "--effort", paramLabel = "HOURS", description = "Estimated hours of work per window.")
        Double effort;
        @Option(names = "--opens", paramLabel = "DAY@HH:MM|DATETIME", description = "When it opens.")
        String opens;
        @Option(names = "--due", paramLabel = "DAY@HH:MM|DATETIME", description = "When it is due.")
        String due;
        @Option(names = "--weeks", paramLabel = "N", description = "How many weekly windows.")
        Integer weeks;
        @Option(names = "--from", paramLabel = "DATE", description = "The first window opens on the first opening day on or after this date.")
        LocalDate from;
        @Option(names = "--skip-week", paramLabel = "N", description = "A week with no window. Repeat for more.")
        List<Integer> skipWeeks = new ArrayList<>();
        @Option(names = "--unskip-week", paramLabel = "N", description = "A skipped week that has its window again. Repeat for more.")
        List<Integer> unskipWeeks = new ArrayList<>();

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            TermPlan plan = ItemIds.planHolding(planner, id, ItemKind.MODULE);
            AsyncModule m = plan.module(id).orElseThrow();
            TreeSet<Integer> skipped = new TreeSet<>(m.skippedWeeks());
            skipped.removeAll(unskipWeeks);
            skipped.addAll(skipWeeks);
            AsyncModule changed = planner.changeModule(new AsyncModule(m.id(), m.courseId(), title != null ? title : m.title(),
                    effort != null ? effort : m.effortHours(), schedule(m.schedule()), skipped, m.doneWeeks()));
            root.out().println("Changed module " + changed.id() + ": " + ListCommand.describe(plan, changed));
        }

        private ModuleSchedule schedule(ModuleSchedule old) {
            try {
                if (old instanceof WeeklyWindow w) {
                    if ((opens != null && !opens.contains("@")) || (due != null && !due.contains("@"))) {
                        throw new ParameterException(spec.commandLine(), "module " + id
                                + " opens every week: give --opens and --due as DAY@HH:MM, e.g. --due SU@23:59");
                    }
                    Converters.DayTime o = opens == null ? new Converters.DayTime(w.opensDay(), w.opensAt()) : Converters.dayTime(opens);
                    Converters.DayTime d = due == null ? new Converters.DayTime(w.dueDay(), w.dueAt()) : Converters.dayTime(due);
                    return new WeeklyWindow(o.day(), o.time(), d.day(), d.time(), weeks != null ? weeks : w.weeks(),
                            from != null ? from : w.firstWeek());
                }
                SingleWindow one = (SingleWindow) old;
                if (weeks != null || from != null || (opens != null && opens.contains("@")) || (due != null && due.contains("@"))) {
                    throw new ParameterException(spec.commandLine(), "module " + id
                            + " is one window: give --opens and --due as date-times (e.g. --due 2026-10-16T23:59), not --weeks, --from or DAY@HH:MM");
                }
                return new SingleWindow(opens != null ? Converters.dateTime(opens) : due != null ? null : one.opens(),
                        due != null ? Converters.dateTime(due) : one.due());
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true, description = "Mark a week of a module done (or not done, with --undo).")
    static final class Done implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The module's id, as 'list' prints it.")
        long id;
        @Option(names = "--week", required = true, paramLabel = "N", description = "The week's number (1 for a single window).")
        int week;
        @Option(names = "--undo", description = "Mark it not done again.")
        boolean undo;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            AsyncModule m = root.planner().markDone(id, week, !undo);
            root.out().println("Marked \"" + m.windowTitle(week) + "\" (module " + m.id() + ", week " + week + ") "
                    + (undo ? "not done" : "done") + "; " + m.doneWeeks().size() + " of " + m.schedule().windows() + " done");
        }
    }
}

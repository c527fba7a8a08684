package org.courseplanner.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.StudySettings;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code term add} and {@code term list}. */
@Command(name = "term", description = "Add and list terms.", mixinStandardHelpOptions = true,
        subcommands = {TermCommand.Add.class, TermCommand.Set.class, TermCommand.ListTerms.class})
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
        @Option(names = "--quiet", paramLabel = "HH:MM-HH:MM", description = "Your quiet hours, in your zone (default: 22:00-07:00).")
        String quiet;
        @Option(names = "--cluster", paramLabel = "N", description = "How many deadlines within 24 hours make a cluster (default: 3).")
        Integer cluster;
        @Option(names = "--transfer", paramLabel = "MINUTES", description = "Time you need to change rooms (default: 10).")
        Integer transfer;
        @Mixin
        StudyOptions study;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            ConflictSettings settings = settings(ConflictSettings.DEFAULTS, quiet, cluster, transfer);
            Term term = root.planner().addTerm(new Term(0, name, start, end, zone, myZone, breaks, weeklyCap, dailyCap, settings,
                    study.applyTo(StudySettings.DEFAULTS)));
            root.out().println("Added term " + term.id() + ": " + describe(term));
        }
    }

    @Command(name = "set", description = "Change a term: its name, dates, zones, breaks, caps, conflict or study settings.", mixinStandardHelpOptions = true)
    static final class Set implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The term to change.")
        String name;
        @Option(names = "--name", paramLabel = "TEXT", description = "A new name.")
        String newName;
        @Option(names = "--start", paramLabel = "DATE", description = "A new first day.")
        LocalDate start;
        @Option(names = "--end", paramLabel = "DATE", description = "A new last day.")
        LocalDate end;
        @Option(names = "--zone", paramLabel = "ZONE", description = "The school's time zone (class times keep their wall-clock time).")
        ZoneId zone;
        @Option(names = "--my-zone", paramLabel = "ZONE", description = "Your own time zone.")
        ZoneId myZone;
        @Option(names = "--break", paramLabel = "NAME=FROM..TO", description = "Add a break (or change the one with this name).")
        List<DateRange> breaks = new ArrayList<>();
        @Option(names = "--remove-break", paramLabel = "NAME", description = "Remove the break with this name.")
        List<String> removeBreaks = new ArrayList<>();
        @Option(names = "--weekly-cap", paramLabel = "HOURS", description = "Hours a week you can carry.")
        Double weeklyCap;
        @Option(names = "--default-weekly-cap", description = "Go back to 3 h per credit.")
        boolean defaultWeeklyCap;
        @Option(names = "--daily-cap", paramLabel = "HOURS", description = "Hours a day you can carry.")
        Double dailyCap;
        @Option(names = "--quiet", paramLabel = "HH:MM-HH:MM", description = "Your quiet hours, in your zone.")
        String quiet;
        @Option(names = "--cluster", paramLabel = "N", description = "How many deadlines within 24 hours make a cluster.")
        Integer cluster;
        @Option(names = "--transfer", paramLabel = "MINUTES", description = "Time you need to change rooms.")
        Integer transfer;
        @Mixin
        StudyOptions study;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            Term t = planner.term(name);
            java.util.Map<String, DateRange> newBreaks = new java.util.LinkedHashMap<>(); // by name: thousands of --break stay fast
            t.breaks().forEach(b -> newBreaks.put(b.nameKey(), b));
            for (String gone : removeBreaks) {
                if (newBreaks.remove(DateRange.nameKey(gone.strip())) == null) {
                    throw new org.courseplanner.domain.Refusal("remove-break", "\"" + t.name() + "\" has no break named \"" + gone
                            + "\"" + (t.breaks().isEmpty() ? "" : ": its breaks are " + String.join(", ", t.breaks().stream().map(DateRange::name).toList())));
                }
            }
            for (DateRange b : breaks) {
                newBreaks.remove(b.nameKey());
                newBreaks.put(b.nameKey(), b);
            }
            Term changed = new Term(t.id(), newName != null ? newName : t.name(), start != null ? start : t.firstDay(),
                    end != null ? end : t.lastDay(), zone != null ? zone : t.schoolZone(), myZone != null ? myZone : t.studentZone(),
                    List.copyOf(newBreaks.values()), defaultWeeklyCap ? null : weeklyCap != null ? weeklyCap : t.weeklyCapHours(),
                    dailyCap != null ? dailyCap : t.dailyCapHours(), settings(t.conflictSettings(), quiet, cluster, transfer),
                    study.applyTo(t.studySettings()));
            planner.updateTerm(changed);
            root.out().println("Changed term " + t.id() + ": " + describe(changed));
        }
    }

    static ConflictSettings settings(ConflictSettings base, String quiet, Integer cluster, Integer transfer) {
        ConflictSettings s = base;
        if (quiet != null) {
            String[] parts = quiet.split("-", -1);
            if (parts.length != 2) {
                throw new picocli.CommandLine.TypeConversionException("'" + quiet + "' is not a span of hours: write FROM-TO, e.g. 22:00-07:00");
            }
            s = s.withQuietHours(Converters.time(parts[0]), Converters.time(parts[1]));
        }
        return new ConflictSettings(cluster != null ? cluster : s.deadlineClusterSize(), transfer != null ? transfer : s.transferMinutes(),
                s.quietFrom(), s.quietTo());
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
                    rows.add(PlanJson.term(planner.plan(t.id())));
                }
                root.out().println(Output.json(rows));
                return;
            }
            if (terms.isEmpty()) {
                root.out().println("No terms yet. Add one: term add \"Fall 2026\" --start 2026-08-31 --end 2026-12-18 --zone America/New_York");
                return;
            }
            for (Term t : terms) {
                TermPlan plan = planner.plan(t.id());
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
        ConflictSettings c = t.conflictSettings();
        if (!c.equals(ConflictSettings.DEFAULTS)) {
            s.append(", quiet hours ").append(c.quietFrom()).append('-').append(c.quietTo()).append(", deadline cluster ")
                    .append(c.deadlineClusterSize()).append(", room change ").append(c.transferMinutes()).append(" min");
        }
        StudySettings study = t.studySettings();
        if (!study.equals(StudySettings.DEFAULTS)) {
            s.append(", study blocks ").append(study.minBlockMinutes()).append('-').append(study.maxBlockMinutes())
                    .append(" min, buffer ").append(study.bufferMinutes()).append(" min, done ")
                    .append(Output.hours(study.finishBeforeDueMinutes() / 60.0)).append(" before due");
            if (study.hasStudyHours()) {
                s.append(", study hours ").append(study.studyFrom()).append('-').append(study.studyTo());
            }
        }
        return s.toString();
    }
}

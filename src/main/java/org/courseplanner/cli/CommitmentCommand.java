package org.courseplanner.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.Weekdays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code commitment add} and {@code commitment set}. */
@Command(name = "commitment", description = "Add and change your own busy time: a job shift, a commute.", mixinStandardHelpOptions = true,
        subcommands = {CommitmentCommand.Add.class, CommitmentCommand.Set.class})
final class CommitmentCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a weekly commitment, in your own time zone unless --zone says otherwise.",
                "Breaks do not cancel it. An end before the start runs past midnight (a night shift)."})
    static final class Add implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Parameters(paramLabel = "TITLE", description = "e.g. \"Café shift\".")
        String title;
        @Option(names = "--days", required = true, paramLabel = "DAYS", description = "Weekdays, e.g. TU,TH.")
        String days;
        @Option(names = "--start", required = true, paramLabel = "HH:MM", description = "e.g. 17:00.")
        LocalTime start;
        @Option(names = "--end", required = true, paramLabel = "HH:MM", description = "e.g. 21:00.")
        LocalTime end;
        @Option(names = "--zone", paramLabel = "ZONE", description = "The zone of its times (default: yours, as the term says).")
        ZoneId zone;
        @Option(names = "--every", paramLabel = "N", defaultValue = "1", description = "Every N weeks (default: 1).")
        int every;
        @Option(names = "--from", paramLabel = "DATE", description = "First date (default: the term's first day).")
        LocalDate from;
        @Option(names = "--until", paramLabel = "DATE", description = "Last date (default: the term's last day).")
        LocalDate until;
        @Option(names = "--skip", paramLabel = "DATE", description = "A date it does not happen. Repeat for more.")
        List<LocalDate> skip = new ArrayList<>();

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            WeeklyPattern pattern = new WeeklyPattern(Weekdays.parse(days), start, end, every, from, until, new TreeSet<>(skip));
            Commitment c = planner.addCommitment(term.name, title, pattern, zone);
            root.out().println("Added commitment " + c.id() + ": " + ListCommand.describe(planner.plan(term.name), c));
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change a commitment: its title, days, times, dates or zone; what you leave out stays as it is.")
    static final class Set implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The commitment's id, as 'list' prints it.")
        long id;
        @Option(names = "--title", paramLabel = "TEXT", description = "A new title.")
        String title;
        @Option(names = "--days", paramLabel = "DAYS", description = "New weekdays, e.g. TU,TH.")
        String days;
        @Option(names = "--start", paramLabel = "HH:MM", description = "A new start time.")
        LocalTime start;
        @Option(names = "--end", paramLabel = "HH:MM", description = "A new end time.")
        LocalTime end;
        @Option(names = "--zone", paramLabel = "ZONE|mine", description = "The zone of its times, or 'mine' for yours, as the term says.")
        String zone;
        @Mixin
        DateOptions dates;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            TermPlan plan = ItemIds.planHolding(planner, id, ItemKind.COMMITMENT);
            Commitment c = plan.commitment(id).orElseThrow();
            WeeklyPattern p = c.pattern();
            if (days != null) {
                p = p.withDays(Weekdays.parse(days));
            }
            p = dates.applyTo(p.withTimes(start != null ? start : p.start(), end != null ? end : p.end()));
            ZoneId newZone = zone == null ? c.zone() : zone.strip().equalsIgnoreCase("mine") ? null : Converters.zone(zone);
            Commitment changed = planner.changeCommitment(new Commitment(c.id(), c.termId(), title != null ? title : c.title(), p, newZone));
            root.out().println("Changed commitment " + changed.id() + ": " + ListCommand.describe(plan, changed));
        }
    }
}

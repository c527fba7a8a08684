package org.courseplanner.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.Weekdays;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code session add} and {@code session set}. */
@Command(name = "session", description = "Add and change live sessions (lectures, labs, exams…).", mixinStandardHelpOptions = true,
        subcommands = {SessionCommand.Add.class, SessionCommand.Set.class})
final class SessionCommand {

    /** When a session meets, as add and set take it: weekly on some days, once on a date, or not known yet. */
    static final class When {
        @Option(names = "--days", paramLabel = "DAYS", required = true, description = "Weekdays, e.g. MO,WE.")
        String days;
        @Option(names = "--date", paramLabel = "DATE", required = true, description = "Meets once, on this date (an exam).")
        LocalDate date;
        @Option(names = "--tba", required = true, description = "Days and time not known yet: it waits to be placed on the calendar.")
        boolean tba;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a live session of a course: weekly on some days, once on a date (an exam), or TBA.",
                "Times are wall-clock times in the school's zone."})
    static final class Add implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        TermOption term;
        @Parameters(paramLabel = "CODE", description = "The course, e.g. \"CS 101\".")
        String code;
        @ArgGroup(exclusive = true, multiplicity = "1")
        When when;
        @Option(names = "--start", paramLabel = "HH:MM", description = "Start time, e.g. 10:00.")
        LocalTime start;
        @Option(names = "--end", paramLabel = "HH:MM", description = "End time, e.g. 11:15.")
        LocalTime end;
        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "lecture",
                description = "lecture, lab, seminar, tutorial, discussion, workshop, exam, office-hours or other (default: ${DEFAULT-VALUE}).")
        String kind;
        @Option(names = "--location", paramLabel = "TEXT", description = "A room (\"ENG 204\") or a meeting link (https://…).")
        String location;
        @Option(names = "--every", paramLabel = "N", defaultValue = "1", description = "Every N weeks, counted from the week of the first meeting (default: 1).")
        int every;
        @Option(names = "--from", paramLabel = "DATE", description = "First date it may meet (default: the term's first day).")
        LocalDate from;
        @Option(names = "--until", paramLabel = "DATE", description = "Last date it may meet (default: the term's last day).")
        LocalDate until;
        @Option(names = "--skip", paramLabel = "DATE", description = "A date it does not meet. Repeat for more.")
        List<LocalDate> skip = new ArrayList<>();

        @Override
        public void run() {
            WeeklyPattern pattern;
            if (when.date != null) {
                if (every != 1 || from != null || until != null || !skip.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--date is a one-off session: --every, --from, --until and --skip go with --days");
                }
                pattern = new WeeklyPattern(EnumSet.of(when.date.getDayOfWeek()), start, end, 1, when.date, when.date, null);
            } else {
                var days = when.tba ? EnumSet.noneOf(DayOfWeek.class) : Weekdays.parse(when.days);
                if (!when.tba && days.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--days needs at least one weekday, e.g. --days MO,WE");
                }
                pattern = new WeeklyPattern(days, start, end, every, from, until, new TreeSet<>(skip));
            }
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            SyncSession s = planner.addSession(term.name, code, SessionKind.parse(kind), pattern, location);
            var plan = planner.plan(term.name);
            root.out().println("Added session " + s.id() + ": " + ListCommand.describe(plan, s));
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Change a live session: its days, times, dates, kind or place.",
                "Times are wall-clock times in the school's zone; what you leave out stays as it is."})
    static final class Set implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The session's id, as 'list' prints it.")
        long id;
        @ArgGroup(exclusive = true)
        When when;
        @Option(names = "--start", paramLabel = "HH:MM", description = "A new start time.")
        LocalTime start;
        @Option(names = "--end", paramLabel = "HH:MM", description = "A new end time.")
        LocalTime end;
        @Option(names = "--kind", paramLabel = "KIND", description = "lecture, lab, seminar, tutorial, discussion, workshop, exam, office-hours or other.")
        String kind;
        @Option(names = "--location", paramLabel = "TEXT", description = "A room or a meeting link; \"\" for none.")
        String location;
        @Mixin
        DateOptions dates;

        @Override
        public void run() {
            CoursePlannerCommand root = CoursePlannerCommand.root(spec);
            Planner planner = root.planner();
            TermPlan plan = ItemIds.planHolding(planner, id, ItemKind.SESSION); // its course, for the description, stays
            SyncSession s = plan.session(id).orElseThrow();
            WeeklyPattern p = s.pattern();
            if (when != null && when.date != null) {
                if (dates.every != null || dates.from != null || dates.until != null) {
                    throw new ParameterException(spec.commandLine(), "--date makes it meet once: --every, --from and --until go with --days");
                }
                p = WeeklyPattern.once(when.date, p.start(), p.end());
            } else if (when != null && when.tba) {
                p = new WeeklyPattern(null, null, null, p.everyWeeks(), p.firstDate(), p.lastDate(), p.skippedDates());
            } else if (when != null) {
                var days = Weekdays.parse(when.days);
                if (days.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--days needs at least one weekday, e.g. --days MO,WE");
                }
                p = p.isOneOff() ? new WeeklyPattern(days, p.start(), p.end(), 1, null, null, null) : p.withDays(days);
            }
            p = dates.applyTo(p.withTimes(start != null ? start : p.start(), end != null ? end : p.end()));
            String place = location == null ? s.location() : location.isBlank() ? null : location;
            SyncSession changed = planner.changeSession(new SyncSession(s.id(), s.courseId(),
                    kind != null ? SessionKind.parse(kind) : s.kind(), p, place, s.sectionFacts()));
            root.out().println("Changed session " + changed.id() + ": " + ListCommand.describe(plan, changed));
        }
    }
}

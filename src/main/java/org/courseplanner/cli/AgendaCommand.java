package org.courseplanner.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.TermCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code agenda}: the classes, deadlines, shifts and study blocks of some days, like {@code khal list}. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = {"List the occurrences in a date range, both ends included (default: 7 days from today).",
            "Times show in the school's zone (default), yours (--zone mine) or any zone."})
final class AgendaCommand implements Runnable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH);

    @Spec
    CommandSpec spec;
    @Mixin
    TermOption term;
    @Option(names = "--from", paramLabel = "DATE", description = "First day (default: today, or the term's first day).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day, included (default: 6 days after --from).")
    LocalDate to;
    @Option(names = "--zone", paramLabel = "school|mine|ZONE", defaultValue = "school",
            description = "The zone to show times in (default: ${DEFAULT-VALUE}).")
    String zone;
    @Option(names = "--json", description = "Print a JSON array of {start, end, title, course, type, id, ...}.")
    boolean json;

    @Override
    public void run() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        TermPlan plan = root.planner().plan(term.name);
        ZoneId shown = zone(plan);
        LocalDate today = LocalDate.now(root.clock().withZone(shown));
        LocalDate first = from != null ? from : plan.term().contains(today) ? today : plan.term().firstDay();
        LocalDate last = to != null ? to : first.plusDays(6);
        if (last.isBefore(first)) {
            throw new ParameterException(spec.commandLine(), "--to (" + last + ") is before --from (" + first + "): give a later --to");
        }
        List<Occurrence> occurrences = TermCalendar.of(plan).between(first, last, shown).stream().map(o -> o.in(shown)).toList();
        PrintWriter out = root.out();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Occurrence o : occurrences) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("start", o.start().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                row.put("end", o.end().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                row.put("title", o.title());
                row.put("course", o.courseCode());
                row.put("type", o.type().label());
                row.put("id", o.itemId());
                row.put("week", o.number() == 0 ? null : o.number());
                row.put("location", o.place());
                row.put("zone", shown.getId());
                rows.add(row);
            }
            out.println(Output.json(rows));
            return;
        }
        out.println(plan.term().name() + ", " + first + " to " + last + ", times in " + shown.getId());
        if (occurrences.isEmpty()) {
            out.println("Nothing planned.");
        }
        LocalDate current = null;
        for (Occurrence o : occurrences) {
            LocalDate day = o.start().toLocalDate();
            if (!day.equals(current)) {
                out.println();
                out.println(DAY.format(day) + (plan.term().isBreak(day) ? "  (break)" : ""));
                current = day;
            }
            String time = o.start().equals(o.end()) ? "      " + o.start().toLocalTime() : o.start().toLocalTime() + "-" + o.end().toLocalTime();
            if (!o.end().toLocalDate().equals(day)) {
                time += " (+" + (o.end().toLocalDate().toEpochDay() - day.toEpochDay()) + "d)";
            }
            out.println("  " + time + "  " + o.title() + (o.place() == null ? "" : ", " + o.place()) + "  [" + o.type().label() + " " + o.itemId() + "]");
        }
    }

    private ZoneId zone(TermPlan plan) {
        return switch (zone.strip().toLowerCase(Locale.ROOT)) {
            case "school" -> plan.term().schoolZone();
            case "mine", "my", "me" -> plan.term().studentZone();
            default -> {
                try {
                    yield Converters.zone(zone);
                } catch (TypeConversionException e) {
                    throw new ParameterException(spec.commandLine(), "--zone: " + e.getMessage() + ", or school or mine");
                }
            }
        };
    }
}

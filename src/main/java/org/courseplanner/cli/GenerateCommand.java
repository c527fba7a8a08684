package org.courseplanner.cli;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.ImportChanges;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.catalog.CatalogPlanner;
import org.courseplanner.domain.catalog.CatalogSection;
import org.courseplanner.domain.catalog.CourseChoice;
import org.courseplanner.domain.catalog.Schedule;
import org.courseplanner.domain.catalog.ScheduleLimits;
import org.courseplanner.domain.catalog.SchedulePreferences;
import org.courseplanner.domain.catalog.ScheduleRequest;
import org.courseplanner.domain.catalog.ScheduleResults;
import org.courseplanner.domain.catalog.ScheduleScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: every conflict-free choice of the catalog's sections for the courses asked for, the best ranked; applies one. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Find every choice of the term's catalog sections for these courses that fits together and with your plan",
            "(its commitments and the sessions of other courses), count them, and rank the best by your preferences. Sections of",
            "a course that meet at the same times are one choice. When none fits, say which courses and limits cannot go together.",
            "With --apply N, add result N to the plan as sessions of its courses (one step; 'remove' or the window's Undo takes it back)."},
        footer = {"", "Examples:", "  generate --courses \"CS 101,MATH 200,PHYS 150\"",
            "  generate --courses \"CS 101\" --optional \"HIST 210,ART 100,MUS 120\" --pick 1 --days-off FR --earliest 09:00",
            "  generate --courses \"CS 101,MATH 200\" --lock 40068 --exclude 41002 --prefer fewer-gaps=4,later,instructor=Lopez",
            "  generate --courses \"CS 101,MATH 200\" --apply 1",
            "", "Exit status: 0 schedules found (or applied), 1 none fits or refused (nothing was changed)."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    TermOption term;
    @Option(names = "--courses", paramLabel = "CODES", split = ",", description = "The courses you need, e.g. \"CS 101,MATH 200\".")
    List<String> courses = new ArrayList<>();
    @Option(names = "--optional", paramLabel = "CODES", split = ",", description = "Courses of which you want --pick, e.g. \"A,B,C\".")
    List<String> optional = new ArrayList<>();
    @Option(names = "--pick", paramLabel = "N", description = "How many of the --optional courses you want (default: 1 when there are some).")
    Integer pick;
    @Option(names = "--lock", paramLabel = "CRN", split = ",", description = "Keep this section (a CRN you already have); repeat for more.")
    List<String> lock = new ArrayList<>();
    @Option(names = "--exclude", paramLabel = "CRN", split = ",", description = "Never this section; repeat for more.")
    List<String> exclude = new ArrayList<>();
    @Option(names = "--days-off", paramLabel = "DAYS", description = "No class on these days, e.g. FR or FR,SA.")
    String daysOff;
    @Option(names = "--earliest", paramLabel = "HH:MM", description = "No class starts before this (school time).")
    LocalTime earliest;
    @Option(names = "--latest", paramLabel = "HH:MM", description = "No class ends after this (school time).")
    LocalTime latest;
    @Option(names = "--walk", paramLabel = "MIN", description = "Minutes you need between classes in different buildings (default 0).")
    int walk;
    @Option(names = "--outside-quiet-hours", description = "No class in your quiet hours, in your own zone (term set --quiet).")
    boolean outsideQuietHours;
    @Option(names = "--prefer", paramLabel = "WHAT", split = ",",
            description = {"How to rank, weights 0 to 5 (default fewer-days=3,fewer-gaps=2): fewer-days[=W], fewer-gaps[=W],",
                "earlier[=W] or later[=W], instructor=NAME (repeat for more), balanced (the lightest busiest week with your modules)."})
    List<String> prefer = new ArrayList<>();
    @Option(names = "--top", paramLabel = "N", description = "How many of the best schedules to show (default 20, at most 1000).")
    int top = 20;
    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;
    @Option(names = "--apply", paramLabel = "N", description = "Add result N (1 is the best) to the plan.")
    Integer apply;

    @Override
    public Integer call() {
        CoursePlannerCommand root = CoursePlannerCommand.root(spec);
        Planner planner = root.planner();
        Term t = planner.term(term.name);
        ScheduleRequest request = request();
        if (apply != null) {
            Refusal.require(apply >= 1 && apply <= top, "apply", "--apply takes a result's rank, 1 to " + top + " (--top), not " + apply);
        }
        CatalogPlanner catalogs = new CatalogPlanner(planner);
        ScheduleResults results = catalogs.generate(t.name(), request, Progress.NONE);
        ImportChanges applied = null;
        if (apply != null && apply <= results.best().size()) {
            applied = catalogs.addSections(t.name(), results.best().get(apply - 1).sections());
        }
        TermPlan after = applied == null ? null : planner.plan(t.name());
        if (json) {
            root.out().println(Output.json(json(t, results, applied, after)));
        } else {
            print(root.out(), t, results, applied, after);
        }
        if (results.best().isEmpty()) {
            return CoursePlannerCommand.REFUSED;
        }
        Refusal.require(apply == null || applied != null, "apply", "there " + (results.best().size() == 1 ? "is 1 result" : "are "
                + results.best().size() + " results") + ", so there is no result " + apply + " to apply: give --apply 1 to "
                + results.best().size());
        return 0;
    }

    private ScheduleRequest request() {
        int picked = pick != null ? pick : optional.isEmpty() ? 0 : 1;
        ScheduleLimits limits = new ScheduleLimits(Weekdays.parse(daysOff), earliest, latest, walk, outsideQuietHours);
        return new ScheduleRequest(courses, optional, picked, Set.copyOf(lock), Set.copyOf(exclude), limits, preferences(prefer), top);
    }

    /** The --prefer items over the defaults: a weight given replaces its default, the rest stay. */
    static SchedulePreferences preferences(List<String> items) {
        SchedulePreferences d = SchedulePreferences.DEFAULTS;
        int days = d.fewerDays();
        int gaps = d.fewerGaps();
        SchedulePreferences.TimeOfDay time = d.timeOfDay();
        int timeWeight = d.timeWeight();
        boolean balanced = d.balanceWeeks();
        List<String> instructors = new ArrayList<>();
        for (String item : items) {
            String[] kv = item.strip().split("=", 2);
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            String value = kv.length > 1 ? kv[1].strip() : null;
            switch (key) {
                case "fewer-days" -> days = weight(item, value, 3);
                case "fewer-gaps" -> gaps = weight(item, value, 3);
                case "earlier", "later" -> {
                    time = key.equals("earlier") ? SchedulePreferences.TimeOfDay.EARLIER : SchedulePreferences.TimeOfDay.LATER;
                    timeWeight = weight(item, value, 2);
                }
                case "instructor" -> {
                    Refusal.require(value != null && !value.isEmpty(), "prefer", "give the instructor's name: --prefer instructor=Lopez");
                    instructors.add(value);
                }
                case "balanced" -> balanced = true;
                case "" -> { }
                default -> throw new Refusal("prefer", "unknown preference \"" + item + "\": use fewer-days[=W], fewer-gaps[=W],"
                        + " earlier[=W], later[=W], instructor=NAME or balanced");
            }
        }
        return new SchedulePreferences(days, gaps, time, timeWeight, instructors, balanced);
    }

    /** The weight after "=", or the one a bare preference means. */
    private static int weight(String item, String value, int bare) {
        if (value == null) {
            return bare;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Refusal("prefer", "\"" + item + "\" needs a whole number from 0 to 5 after '=', e.g. fewer-gaps=4");
        }
    }

    private void print(PrintWriter out, Term t, ScheduleResults r, ImportChanges applied, TermPlan after) {
        String combinations = String.format(Locale.ROOT, r.space() < 1e15 ? "%,.0f" : "%.3g", r.space());
        if (r.none() != null) {
            out.println("No schedule fits: " + r.none().reason() + ".");
            out.println("These cannot hold together (drop or change one of them): " + String.join("; ", r.none().constraints()));
            r.notes().forEach(n -> out.println("Note: " + n));
            return;
        }
        out.println((r.exact() ? "" : "at least ") + Output.count((int) Math.min(Integer.MAX_VALUE, r.count()), "schedule fits", "schedules fit")
                + " (of " + combinations + " combinations" + (r.count() > r.best().size() && !r.best().isEmpty()
                ? "; the best " + r.best().size() + " below" : "") + "), times in " + t.schoolZone().getId() + ".");
        if (r.best().isEmpty()) {
            out.println("No schedule was found before the search stopped: ask for fewer courses or fewer limits.");
        }
        for (Schedule s : r.best()) {
            out.println();
            out.println("#" + s.rank() + "  " + score(s.score()));
            for (CourseChoice c : s.choices()) {
                out.println("  " + c.courseCode() + "  " + c.courseTitle());
                for (CatalogSection section : c.sections()) {
                    List<String> also = alternatives(c, section);
                    out.println("    " + section.component() + " " + section.section() + "  CRN " + section.crn() + "  " + CatalogText.times(section)
                            + (section.instructor() == null ? "" : "  " + section.instructor())
                            + (also.isEmpty() ? "" : "  (also: " + String.join(", ", also) + " at the same times)"));
                }
            }
        }
        if (!r.ranked() && !r.best().isEmpty()) {
            out.println();
            out.println("These are the best found before the search stopped, not proven the best.");
        }
        r.notes().forEach(n -> out.println("Note: " + n));
        if (applied != null) {
            out.println();
            int newCourses = applied.added(Course.class).size();
            out.println("Applied #" + apply + " to " + t.name() + ": added " + (newCourses == 0 ? "" : Output.count(newCourses, "course", "courses")
                    + " and ") + Output.count(applied.added(SyncSession.class).size(), "session", "sessions")
                    + (applied.removedCount() == 0 ? "" : ", removed " + Output.count(applied.removedCount(), "session", "sessions")
                    + " of the sections chosen before") + ".");
            for (Course c : applied.added(Course.class)) {
                out.println("  course " + c.id() + "  " + c.code() + "  " + c.title() + "  (" + Output.number(c.credits()) + " credits, "
                        + c.delivery().label() + ")");
            }
            for (SyncSession s : applied.added(SyncSession.class)) {
                out.println("  session " + s.id() + "  " + ListCommand.describe(after, s));
            }
        } else if (!r.best().isEmpty()) {
            out.println();
            out.println("Add one to your plan: the same command with --apply N.");
        }
    }

    /** "3 days on campus, 1.5 h of gaps, 09:00-15:50". */
    static String score(ScheduleScore s) {
        return Output.count(s.daysOnCampus(), "day", "days") + " on campus, " + Output.hours(s.gapMinutes() / 60.0) + " of gaps"
                + (s.earliest() == null ? "" : ", " + s.earliest() + "-" + s.latest())
                + (s.preferredInstructors() == 0 ? "" : ", " + Output.count(s.preferredInstructors(), "preferred instructor", "preferred instructors"));
    }

    /** The other sections that could stand in for this one at the same times ("02 (40071)"). */
    private static List<String> alternatives(CourseChoice c, CatalogSection chosen) {
        Set<String> others = new LinkedHashSet<>();
        for (List<CatalogSection> alternative : c.alternatives()) {
            for (CatalogSection s : alternative) {
                if (s.component().equals(chosen.component()) && !s.crn().equals(chosen.crn())) {
                    others.add(s.section() + " (" + s.crn() + ")");
                }
            }
        }
        return List.copyOf(others);
    }

    private Map<String, Object> json(Term t, ScheduleResults r, ImportChanges applied, TermPlan after) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("term", t.name());
        o.put("zone", t.schoolZone().getId());
        o.put("count", r.count());
        o.put("exact", r.exact());
        o.put("combinations", r.space());
        o.put("ranked", r.ranked());
        List<Map<String, Object>> schedules = new ArrayList<>();
        for (Schedule s : r.best()) {
            Map<String, Object> so = new LinkedHashMap<>();
            so.put("rank", s.rank());
            ScheduleScore score = s.score();
            Map<String, Object> sc = new LinkedHashMap<>();
            sc.put("daysOnCampus", score.daysOnCampus());
            sc.put("gapMinutes", score.gapMinutes());
            sc.put("earliest", score.earliest() == null ? null : score.earliest().toString());
            sc.put("latest", score.latest() == null ? null : score.latest().toString());
            sc.put("peakWeekHours", score.peakWeekHours());
            sc.put("preferredInstructors", score.preferredInstructors());
            sc.put("cost", score.cost());
            so.put("score", sc);
            List<Map<String, Object>> choices = new ArrayList<>();
            for (CourseChoice c : s.choices()) {
                Map<String, Object> co = new LinkedHashMap<>();
                co.put("course", c.courseCode());
                co.put("title", c.courseTitle());
                co.put("sections", c.sections().stream().map(CatalogText::json).toList());
                co.put("alternatives", c.alternatives().stream().map(a -> a.stream().map(CatalogSection::crn).toList()).toList());
                choices.add(co);
            }
            so.put("courses", choices);
            schedules.add(so);
        }
        o.put("schedules", schedules);
        if (r.none() != null) {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("reason", r.none().reason());
            none.put("constraints", r.none().constraints());
            o.put("none", none);
        }
        o.put("notes", r.notes());
        if (applied != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("rank", apply);
            a.put("added", PlanJson.items(after).stream().filter(item -> applied.added(Object.class).stream()
                    .anyMatch(x -> idOf(x) == ((Number) item.get("id")).longValue())).toList());
            a.put("removed", applied.removedCount());
            o.put("applied", a);
        }
        return o;
    }

    private static long idOf(Object item) {
        return item instanceof Course c ? c.id() : item instanceof SyncSession s ? s.id() : -1;
    }
}

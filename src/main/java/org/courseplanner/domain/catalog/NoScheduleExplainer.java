package org.courseplanner.domain.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Weekdays;

/**
 * Says why no schedule fits: finds a smallest set of the request's constraints that cannot hold
 * together (every one of them is needed: without any one the rest fit), then puts it in a sentence.
 * The set is first made irreducible by leaving out one constraint at a time, then, while the
 * request is small enough, every smaller set is tried so that the smallest is named.
 */
final class NoScheduleExplainer {
    /** Sets tried in the search for a smaller one: each is a quick search of a small problem. */
    private static final int SMALLER_SET_TRIES = 4000;

    private final ScheduleModel model;

    NoScheduleExplainer(ScheduleModel model) {
        this.model = model;
    }

    NoSchedule explain() {
        long core = irreducible(model.allConstraints());
        core = smallest(core);
        List<String> labels = model.constraintsIn(core).stream().map(Constraint::label).toList();
        return new NoSchedule(labels, reason(core));
    }

    /** True when something fits with only these constraints (no course asked for: nothing to fit, so it fits). */
    boolean fits(long mask) {
        boolean anyCourse = model.constraints.stream().anyMatch(c -> c.isCourse() && (mask & c.bit()) != 0);
        if (!anyCourse) {
            return true;
        }
        return new ScheduleSearch(new SearchSpace(model, mask), Progress.NONE, Long.MAX_VALUE).any();
    }

    private long irreducible(long mask) {
        List<Constraint> order = new ArrayList<>();
        model.constraints.stream().filter(c -> !c.isCourse()).forEach(order::add);
        model.constraints.stream().filter(Constraint::isCourse).forEach(order::add);
        for (Constraint c : order) {
            long without = mask & ~c.bit();
            if ((mask & c.bit()) != 0 && !fits(without)) {
                mask = without;
            }
        }
        return mask;
    }

    private long smallest(long core) {
        int size = Long.bitCount(core);
        int total = model.constraints.size();
        int[] tries = {0};
        for (int k = 1; k < size; k++) {
            long found = subsetOfSize(k, total, tries);
            if (found != 0) {
                return found;
            }
            if (tries[0] > SMALLER_SET_TRIES) {
                break;
            }
        }
        return core;
    }

    private long subsetOfSize(int k, int total, int[] tries) {
        int[] pick = new int[k];
        for (int i = 0; i < k; i++) {
            pick[i] = i;
        }
        while (true) {
            long mask = 0;
            for (int i : pick) {
                mask |= 1L << i;
            }
            if (++tries[0] > SMALLER_SET_TRIES) {
                return 0;
            }
            if (!fits(mask)) {
                return mask;
            }
            int i = k - 1;
            while (i >= 0 && pick[i] == total - k + i) {
                i--;
            }
            if (i < 0) {
                return 0;
            }
            pick[i]++;
            for (int j = i + 1; j < k; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }

    // ---- the sentence ----

    private String reason(long core) {
        List<String> limits = new ArrayList<>();
        List<ScheduleModel.Entry> courses = new ArrayList<>();
        for (Constraint c : model.constraintsIn(core)) {
            if (!c.isCourse()) {
                limits.add(c.label());
            }
        }
        for (ScheduleModel.Entry e : model.courses) {
            if ((core & e.constraint.bit()) != 0) {
                courses.add(e);
            }
        }
        String with = limits.isEmpty() ? "" : "with " + joined(limits) + ", ";
        SearchSpace space = new SearchSpace(model, core);
        if (courses.size() == 1) {
            return with + aloneReason(courses.get(0), core, !limits.isEmpty());
        }
        List<String> parts = new ArrayList<>();
        for (ScheduleModel.Entry e : courses) {
            parts.add(e.course.code() + " " + meets(space, e));
        }
        if (courses.size() == 2) {
            String pair = pairReason(space, courses.get(0), courses.get(1));
            if (pair != null) {
                return with + pair;
            }
            return with + "every choice of " + courses.get(0).course.code() + " clashes with every choice of "
                    + courses.get(1).course.code() + ": " + String.join("; ", parts);
        }
        String optionalNote = model.optionalGroup != null && (core & model.optionalGroup.bit()) != 0
                ? " (" + model.optionalGroup.label() + " must be taken)" : "";
        return with + joined(courses.stream().map(e -> e.course.code()).toList()) + " cannot all fit together" + optionalNote
                + ": any fewer of them can, but every choice of all of them clashes somewhere: " + String.join("; ", parts);
    }

    private String aloneReason(ScheduleModel.Entry e, long core, boolean limited) {
        var components = e.course.components();
        if (limited) {
            for (var part : components.entrySet()) {
                boolean noneLeft = part.getValue().stream().allMatch(s -> (model.sectionViolations(s) & core) != 0);
                if (noneLeft) {
                    String what = components.size() == 1 ? "section" : part.getKey().toLowerCase(Locale.ROOT);
                    return e.course.code() + " has no " + what + " left";
                }
            }
            List<String> ways = new ArrayList<>();
            for (SectionOption o : e.options) {
                if (ways.size() == 4) {
                    ways.add("…");
                    break;
                }
                ways.add(String.join(" + ", o.sections.stream().map(x -> x.component().toLowerCase(Locale.ROOT) + " " + x.section()).toList())
                        + " (" + times(o) + ")");
            }
            return "no combination of " + e.course.code() + "'s sections is left: " + String.join("; ", ways);
        }
        if (e.options.isEmpty() && e.selfOverlaps > 0) {
            return "every combination of " + e.course.code() + "'s " + joined(components.keySet().stream()
                    .map(k -> k.toLowerCase(Locale.ROOT)).toList()) + " sections overlaps itself";
        }
        if (e.options.isEmpty() && e.linkMismatches > 0) {
            return "no " + e.course.code() + " sections of different components share a link, so none can be taken together";
        }
        return e.course.code() + " has no section that can be taken";
    }

    /**
     * "every MATH 200 section meets MO 10:00-11:15 when every PHYS 150 lab does": when each course has a
     * meeting all its choices share, and those clash; otherwise {@code null}.
     */
    private String pairReason(SearchSpace space, ScheduleModel.Entry a, ScheduleModel.Entry b) {
        List<Common> inA = common(space, a);
        List<Common> inB = common(space, b);
        for (Common x : inA) {
            for (Common y : inB) {
                if (x.meeting().pattern().days().stream().anyMatch(y.meeting().pattern().days()::contains)
                        && x.meeting().pattern().start().isBefore(y.meeting().pattern().end())
                        && y.meeting().pattern().start().isBefore(x.meeting().pattern().end())) {
                    String left = "every " + a.course.code() + " " + x.what() + " meets " + times(x.meeting());
                    return times(x.meeting()).equals(times(y.meeting()))
                            ? left + " when every " + b.course.code() + " " + y.what() + " does"
                            : left + " and every " + b.course.code() + " " + y.what() + " meets " + times(y.meeting());
                }
            }
        }
        return null;
    }

    /** A meeting time that every choice of a course has, and what part of the course it is ("section", "lab"). */
    private record Common(CatalogMeeting meeting, String what) {
    }

    private List<Common> common(SearchSpace space, ScheduleModel.Entry e) {
        int level = space.levels.indexOf(e);
        if (level < 0 || space.from[level] == space.to[level]) {
            return List.of();
        }
        List<Common> found = new ArrayList<>();
        SectionOption first = space.groups.get(space.from[level]).first();
        boolean oneComponent = e.course.components().size() == 1;
        for (CatalogSection s : first.sections) {
            for (CatalogMeeting m : s.meetings()) {
                if (!m.isPlaced()) {
                    continue;
                }
                boolean everywhere = true;
                for (int g = space.from[level]; g < space.to[level] && everywhere; g++) {
                    everywhere = space.groups.get(g).first().sections.stream().flatMap(x -> x.meetings().stream())
                            .anyMatch(other -> other.isPlaced() && times(other).equals(times(m)));
                }
                if (everywhere) {
                    found.add(new Common(m, oneComponent ? "section" : s.component().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return found;
    }

    /** "meets MO,WE 10:00-11:15 or TU,TH 13:00-14:15 (and 3 more)". */
    private static String meets(SearchSpace space, ScheduleModel.Entry e) {
        int level = space.levels.indexOf(e);
        if (level < 0 || space.from[level] == space.to[level]) {
            return "has no section left";
        }
        Set<String> times = new LinkedHashSet<>();
        for (int g = space.from[level]; g < space.to[level]; g++) {
            times.add(times(space.groups.get(g).first()));
        }
        List<String> shown = times.stream().limit(3).toList();
        String more = times.size() > 3 ? " (and " + (times.size() - 3) + " more)" : "";
        return "meets " + String.join(" or ", shown) + more;
    }

    static String times(SectionOption o) {
        List<String> each = new ArrayList<>();
        for (CatalogSection s : o.sections) {
            for (CatalogMeeting m : s.meetings()) {
                if (m.isPlaced()) {
                    each.add(times(m));
                }
            }
        }
        return each.isEmpty() ? "at no set time" : String.join(" + ", each);
    }

    static String times(CatalogMeeting m) {
        return Weekdays.format(m.pattern().days()) + " " + m.pattern().start() + "-" + m.pattern().end();
    }

    static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}

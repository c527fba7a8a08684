package org.courseplanner.domain.catalog;

import java.util.List;
import java.util.Set;
import org.courseplanner.domain.Refusal;

/**
 * What the student asks the generator for: the courses needed, optional ones of which
 * {@code pick} are wanted, sections locked (a CRN the student already has) or excluded, limits
 * and preferences, and how many of the best schedules to return.
 */
public record ScheduleRequest(List<String> required, List<String> optional, int pick, Set<String> locked, Set<String> excluded,
                              ScheduleLimits limits, SchedulePreferences preferences, int top) {

    public static final int MAX_TOP = 1000;

    public ScheduleRequest {
        required = tidy(required);
        optional = tidy(optional);
        locked = Set.copyOf(tidy(locked == null ? List.of() : List.copyOf(locked)));
        excluded = Set.copyOf(tidy(excluded == null ? List.of() : List.copyOf(excluded)));
        limits = limits == null ? ScheduleLimits.NONE : limits;
        preferences = preferences == null ? SchedulePreferences.DEFAULTS : preferences;
        Refusal.require(!required.isEmpty() || !optional.isEmpty() || !locked.isEmpty(), "courses",
                "name the courses to schedule, e.g. --courses \"CS 101,MATH 200\"");
        Refusal.require(pick >= 0 && pick <= optional.size(), "pick", optional.isEmpty() && pick > 0
                ? "--pick " + pick + " needs optional courses to pick from: give them with --optional \"A,B,C\""
                : "--pick must be between 0 and the " + optional.size() + " optional courses, not " + pick);
        Refusal.require(optional.isEmpty() || pick > 0, "pick",
                "say how many of the optional courses you want, e.g. --pick 2");
        Refusal.require(top >= 1 && top <= MAX_TOP, "top", "--top must be between 1 and " + MAX_TOP + ", not " + top);
    }

    /** Just these courses, no limits, default preferences, the best 20. */
    public static ScheduleRequest of(List<String> required) {
        return new ScheduleRequest(required, List.of(), 0, Set.of(), Set.of(), ScheduleLimits.NONE, SchedulePreferences.DEFAULTS, 20);
    }

    private static List<String> tidy(List<String> items) {
        return items == null ? List.of() : items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }
}

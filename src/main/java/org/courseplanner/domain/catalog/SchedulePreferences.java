package org.courseplanner.domain.catalog;

import java.util.List;
import org.courseplanner.domain.Refusal;

/**
 * How generated schedules are ranked. Each weight (0: indifferent, up to 5) says how much one
 * preference counts against the others; {@link #DEFAULTS} favour fewer days on campus and fewer gaps.
 *
 * @param fewerDays   weight of each day with a class on campus (a meeting link is not on campus)
 * @param fewerGaps   weight of each hour of gaps between classes on one day
 * @param timeOfDay   earlier or later classes, or either
 * @param timeWeight  weight of the time of day
 * @param instructors preferred instructors (a part of the name is enough: "Lopez")
 * @param balanceWeeks true: favour the schedule whose busiest week (classes and the plan's modules) is lightest
 */
public record SchedulePreferences(int fewerDays, int fewerGaps, TimeOfDay timeOfDay, int timeWeight, List<String> instructors,
                                  boolean balanceWeeks) {

    /** Earlier or later classes. */
    public enum TimeOfDay { EITHER, EARLIER, LATER }

    public static final SchedulePreferences DEFAULTS = new SchedulePreferences(3, 2, TimeOfDay.EITHER, 1, List.of(), false);

    public SchedulePreferences {
        Refusal.require(fewerDays >= 0 && fewerDays <= 5, "prefer", "weights go from 0 to 5, not " + fewerDays);
        Refusal.require(fewerGaps >= 0 && fewerGaps <= 5, "prefer", "weights go from 0 to 5, not " + fewerGaps);
        Refusal.require(timeWeight >= 0 && timeWeight <= 5, "prefer", "weights go from 0 to 5, not " + timeWeight);
        timeOfDay = timeOfDay == null ? TimeOfDay.EITHER : timeOfDay;
        instructors = instructors == null ? List.of() : instructors.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}

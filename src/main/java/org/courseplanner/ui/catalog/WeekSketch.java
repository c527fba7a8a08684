package org.courseplanner.ui.catalog;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogSection;
import org.courseplanner.domain.catalog.CourseChoice;
import org.courseplanner.domain.catalog.Schedule;

/**
 * A generated schedule as a small picture of its week: Monday to Friday (and the weekend days it
 * uses), the hours from its earliest start to its latest end, a box per meeting in its course's
 * colour. Pure geometry in minutes and columns; {@code SchedulePicture} draws it.
 *
 * @param days      the columns, Monday first
 * @param firstHour the hour at the top
 * @param lastHour  the hour at the bottom (after the latest end)
 * @param untimed   the courses with a section that has no time, named under the picture
 */
public record WeekSketch(List<DayOfWeek> days, int firstHour, int lastHour, List<Box> boxes, List<String> untimed) {

    /** One meeting on one day. */
    public record Box(int column, int startMinute, int endMinute, String courseCode, String colour) {
    }

    public WeekSketch {
        days = List.copyOf(days);
        boxes = List.copyOf(boxes);
        untimed = List.copyOf(untimed);
    }

    /** The picture of a schedule; {@code colourOf} gives a course code's colour (#RRGGBB). */
    public static WeekSketch of(Schedule schedule, Function<String, String> colourOf) {
        Set<DayOfWeek> used = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        List<String> untimed = new ArrayList<>();
        for (CourseChoice choice : schedule.choices()) {
            for (CatalogSection s : choice.sections()) {
                if (!s.hasTime() && !untimed.contains(choice.courseCode())) {
                    untimed.add(choice.courseCode());
                }
                for (CatalogMeeting m : s.meetings()) {
                    if (m.isPlaced()) {
                        used.addAll(m.pattern().days());
                        first = Math.min(first, m.pattern().start().toSecondOfDay() / 60);
                        last = Math.max(last, m.pattern().end().toSecondOfDay() / 60);
                    }
                }
            }
        }
        List<DayOfWeek> days = List.copyOf(used);
        List<Box> boxes = new ArrayList<>();
        for (CourseChoice choice : schedule.choices()) {
            String colour = colourOf.apply(choice.courseCode());
            for (CatalogSection s : choice.sections()) {
                for (CatalogMeeting m : s.meetings()) {
                    if (!m.isPlaced()) {
                        continue;
                    }
                    for (DayOfWeek d : m.pattern().days()) {
                        boxes.add(new Box(days.indexOf(d), m.pattern().start().toSecondOfDay() / 60, m.pattern().end().toSecondOfDay() / 60,
                                choice.courseCode(), colour));
                    }
                }
            }
        }
        if (first == Integer.MAX_VALUE) {
            return new WeekSketch(days, 9, 17, boxes, untimed); // nothing timed: an ordinary day, empty
        }
        int top = first / 60;
        int bottom = (last + 59) / 60;
        return new WeekSketch(days, top, Math.max(bottom, top + 1), boxes, untimed);
    }

    /** Hours from top to bottom. */
    public int hours() {
        return lastHour - firstHour;
    }
}

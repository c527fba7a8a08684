package org.courseplanner.ui.common;

import java.util.Locale;
import org.courseplanner.domain.week.CourseInk;

/**
 * How a block or a module-window bar takes its course's colour: the inline style sets two
 * looked-up colours on the node, {@code -cp-course} (the course's #RRGGBB, data the student chose)
 * and {@code -cp-course-ink} (the theme's dark or light ink, black or white, whichever reads better
 * on it by the WCAG contrast ratio). The themes derive every fill, border and text colour from these two, so
 * the look of a course colour is decided in the theme files, not here.
 */
public final class CourseColourStyle {
    private CourseColourStyle() {
    }

    /** The inline style for a node showing an item of a course with this colour; empty without one (the theme's default). */
    public static String of(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return "";
        }
        return "-cp-course: " + colour.toUpperCase(Locale.ROOT) + "; -cp-course-ink: "
                + (darkInkReadsBetter(colour) ? "-cp-ink-dark" : "-cp-ink-light") + ";";
    }

    /** True when black text has more contrast on {@code colour} than white (WCAG 2), as a printed page decides too. */
    static boolean darkInkReadsBetter(String colour) {
        return CourseInk.darkInkReadsBetter(colour);
    }
}

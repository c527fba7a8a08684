package org.courseplanner.ui.common;

import java.util.Locale;

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

    /**
     * True when black text has more contrast on {@code colour} than white (WCAG 2 relative
     * luminance). With black and white inks the better of the two always reaches 4.5:1.
     */
    static boolean darkInkReadsBetter(String colour) {
        double l = luminance(colour);
        return (l + 0.05) / 0.05 > 1.05 / (l + 0.05);
    }

    /** WCAG 2 relative luminance of a #RRGGBB colour, 0 (black) to 1 (white). */
    static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

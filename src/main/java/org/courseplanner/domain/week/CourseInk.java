package org.courseplanner.domain.week;

/**
 * Black or white text on a course's colour, whichever reads better by the WCAG 2 contrast ratio:
 * the window's blocks and a printed page decide alike.
 */
public final class CourseInk {
    private CourseInk() {
    }

    /**
     * True when black text has more contrast on {@code colour} (#RRGGBB) than white. With black
     * and white inks the better of the two always reaches 4.5:1.
     */
    public static boolean darkInkReadsBetter(String colour) {
        double l = luminance(colour);
        return (l + 0.05) / 0.05 > 1.05 / (l + 0.05);
    }

    /** WCAG 2 relative luminance of a #RRGGBB colour, 0 (black) to 1 (white). */
    public static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

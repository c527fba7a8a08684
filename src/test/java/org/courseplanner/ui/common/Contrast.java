package org.courseplanner.ui.common;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;

/** WCAG 2 contrast between two colours, and the compositing a contrast check needs. */
public final class Contrast {
    /** The least contrast of small text (WCAG AA). */
    public static final double SMALL_TEXT = 4.5;
    /** The least contrast of large text: 24 px, or 18.66 px bold (WCAG AA). */
    public static final double LARGE_TEXT = 3.0;

    private Contrast() {
    }

    /** The contrast ratio of {@code a} and {@code b} (1 to 21), their alpha ignored. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    /** {@code top} drawn over the opaque {@code under}, as the screen shows it. */
    public static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** A paint as one colour: itself, or the mean of a gradient's stops; null for an image or pattern. */
    public static Color colourOf(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        java.util.List<Stop> stops = paint instanceof javafx.scene.paint.LinearGradient l ? l.getStops()
                : paint instanceof javafx.scene.paint.RadialGradient r ? r.getStops() : java.util.List.of();
        if (stops.isEmpty()) {
            return null;
        }
        double r = 0;
        double g = 0;
        double b = 0;
        double o = 0;
        for (Stop s : stops) {
            r += s.getColor().getRed();
            g += s.getColor().getGreen();
            b += s.getColor().getBlue();
            o += s.getColor().getOpacity();
        }
        int n = stops.size();
        return Color.color(r / n, g / n, b / n, o / n);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

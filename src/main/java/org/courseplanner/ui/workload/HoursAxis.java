package org.courseplanner.ui.workload;

/** The hour scale of a chart: from 0 to {@code max}, with a tick every {@code step} hours. */
public record HoursAxis(double max, double step) {
    private static final double[] STEPS = {0.5, 1, 2, 5, 10, 20, 25, 50, 100};

    public HoursAxis {
        if (!(step > 0) || !(max >= step)) {
            throw new IllegalArgumentException("an hour axis needs a step above 0 and a top of at least one step, not " + max + " by " + step);
        }
    }

    /** A scale with room for {@code hours} and a little headroom, in 3 to 5 round steps. */
    public static HoursAxis covering(double hours) {
        double top = Math.max(hours, 1) * 1.08; // headroom for a peak marker above the highest bar
        for (double step : STEPS) {
            if (top / step <= 5) {
                return new HoursAxis(Math.ceil(top / step) * step, step);
            }
        }
        double step = Math.ceil(top / 5 / 100) * 100;
        return new HoursAxis(Math.ceil(top / step) * step, step);
    }

    /** The number of ticks above 0. */
    public int ticks() {
        return (int) Math.round(max / step);
    }
}

package org.courseplanner.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.ui.common.CourseColourStyle;

/**
 * A generated schedule's week in small: a column per day, the hours down the left, a box per
 * meeting in its course's colour. Drawn from a {@link WeekSketch}; styled by Catalog.css.
 */
public final class SchedulePicture extends Region {
    static final String STYLE = "schedule-picture";
    private static final double AXIS = 34;
    private static final double HEADER = 16;

    private WeekSketch sketch;
    private final List<Label> dayLabels = new ArrayList<>();
    private final List<Label> hourLabels = new ArrayList<>();
    private final List<Region> hourLines = new ArrayList<>();
    private final List<Region> boxes = new ArrayList<>();

    public SchedulePicture() {
        getStyleClass().add(STYLE);
        setMinHeight(Region.USE_PREF_SIZE);
        setPrefHeight(110);
    }

    /** Draws this week (its boxes, days and hours). */
    public void show(WeekSketch newSketch) {
        sketch = newSketch;
        getChildren().clear();
        dayLabels.clear();
        hourLabels.clear();
        hourLines.clear();
        boxes.clear();
        for (var day : sketch.days()) {
            Label l = new Label(Weekdays.code(day));
            l.getStyleClass().add("picture-day");
            dayLabels.add(l);
        }
        int step = sketch.hours() > 8 ? 2 : 1;
        for (int h = sketch.firstHour(); h <= sketch.lastHour(); h += step) {
            Label l = new Label(String.format("%02d", h));
            l.getStyleClass().add("picture-hour");
            hourLabels.add(l);
            Region line = new Region();
            line.getStyleClass().add("picture-line");
            hourLines.add(line);
        }
        for (WeekSketch.Box b : sketch.boxes()) {
            Region box = new Region();
            box.getStyleClass().add("picture-box");
            box.setStyle(CourseColourStyle.of(b.colour())); // the course's colour, as on the week
            boxes.add(box);
        }
        getChildren().addAll(hourLines);
        getChildren().addAll(dayLabels);
        getChildren().addAll(hourLabels);
        getChildren().addAll(boxes);
        setAccessibleText(describe(sketch));
        requestLayout();
    }

    /** "Week: MO TU WE TH FR, 09:00 to 16:00, 8 classes" for a screen reader. */
    static String describe(WeekSketch s) {
        return "Week of " + s.boxes().size() + (s.boxes().size() == 1 ? " class" : " classes") + ", "
                + String.format("%02d:00 to %02d:00", s.firstHour(), s.lastHour())
                + (s.untimed().isEmpty() ? "" : "; no time: " + String.join(", ", s.untimed()));
    }

    @Override
    protected void layoutChildren() {
        if (sketch == null) {
            return;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double columnWidth = (w - AXIS) / sketch.days().size();
        double minuteHeight = (h - HEADER) / (sketch.hours() * 60.0);
        for (int i = 0; i < dayLabels.size(); i++) {
            Label l = dayLabels.get(i);
            l.resizeRelocate(left + AXIS + i * columnWidth, top, columnWidth, HEADER);
        }
        int step = sketch.hours() > 8 ? 2 : 1;
        for (int i = 0; i < hourLabels.size(); i++) {
            double y = top + HEADER + i * step * 60 * minuteHeight;
            Label l = hourLabels.get(i);
            double lh = l.prefHeight(-1);
            l.resizeRelocate(left, Math.min(y - lh / 2, top + h - lh), AXIS - 4, lh);
            hourLines.get(i).resizeRelocate(left + AXIS, y, w - AXIS, 1);
        }
        for (int i = 0; i < boxes.size(); i++) {
            WeekSketch.Box b = sketch.boxes().get(i);
            double y = top + HEADER + (b.startMinute() - sketch.firstHour() * 60) * minuteHeight;
            double bh = Math.max(2, (b.endMinute() - b.startMinute()) * minuteHeight);
            boxes.get(i).resizeRelocate(left + AXIS + b.column() * columnWidth + 1, y, Math.max(2, columnWidth - 2), bh);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 280;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 160;
    }
}

package org.courseplanner.ui.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import org.courseplanner.ui.common.StyleClasses;

/**
 * Stacked hour bars over an hour axis, with the cap as a line across: the term's weeks or one week's
 * days. Plain nodes rather than javafx.scene.chart, so that each bar is a focusable, clickable node
 * with style classes; all colours come from the stylesheet.
 */
public final class HoursChart extends Region {
    /** What the bars are: weeks can be picked; days show their hours above the bar. */
    public enum Kind {
        WEEKS("week-bar", "peak-week"),
        DAYS("day-bar", "peak-day");

        final String barClass;
        final String peakClass;

        Kind(String barClass, String peakClass) {
            this.barClass = barClass;
            this.peakClass = peakClass;
        }
    }

    static final String SHOWN = "shown-week";
    private static final double AXIS_WIDTH = 24;
    private static final double LABEL_HEIGHT = 15;

    private Kind kind = Kind.WEEKS;
    private final List<Bar> bars = new ArrayList<>();
    private final List<Line> gridLines = new ArrayList<>();
    private final List<Label> tickLabels = new ArrayList<>();
    private final Line capLine = new Line();
    private final Label capLabel = new Label();
    private HoursAxis axis = HoursAxis.covering(0);
    private double cap;
    private LocalDate shown;
    private Consumer<LocalDate> onChoose = date -> { };

    public HoursChart() {
        getStyleClass().add(StyleClasses.HOURS_CHART);
        capLine.getStyleClass().add(StyleClasses.CAP_LINE);
        capLine.setManaged(false);
        capLine.setMouseTransparent(true);
        capLabel.getStyleClass().addAll(StyleClasses.AXIS_LABEL, StyleClasses.CAP_LABEL);
        capLabel.setManaged(false);
        setAxis(axis);
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
        setBars(bars.stream().map(b -> b.bar).toList());
    }

    /** Called with a bar's date when the student clicks it or presses Enter or Space on it. */
    public void setOnChoose(Consumer<LocalDate> onChoose) {
        this.onChoose = onChoose == null ? date -> { } : onChoose;
    }

    public void setBars(List<HoursBar> newBars) {
        bars.clear();
        for (HoursBar b : newBars) {
            bars.add(new Bar(b));
        }
        setShown(shown);
        rebuild();
    }

    public void setAxis(HoursAxis newAxis) {
        axis = newAxis;
        gridLines.clear();
        tickLabels.clear();
        for (int i = 0; i <= axis.ticks(); i++) {
            Line line = new Line();
            line.getStyleClass().add(i == 0 ? StyleClasses.BASE_LINE : StyleClasses.GRID_LINE);
            line.setManaged(false);
            gridLines.add(line);
            Label label = new Label(WorkloadViewModel.hours(i * axis.step()));
            label.getStyleClass().add(StyleClasses.AXIS_LABEL);
            label.setManaged(false);
            tickLabels.add(label);
        }
        rebuild();
    }

    /** The cap's hours; 0 for none. */
    public void setCap(double hours) {
        cap = hours;
        capLabel.setText(WorkloadViewModel.hours(hours));
        requestLayout();
    }

    /** Highlights the bar of this date (a week's Monday). */
    public void setShown(LocalDate date) {
        shown = date;
        for (Bar b : bars) {
            b.getStyleClass().remove(SHOWN);
            if (kind == Kind.WEEKS && b.bar.date().equals(date)) {
                b.getStyleClass().add(SHOWN);
            }
        }
    }

    /** The cap's line, in the chart's coordinates. */
    Line capLine() {
        return capLine;
    }

    private void rebuild() {
        List<javafx.scene.Node> children = new ArrayList<>(gridLines.subList(1, gridLines.size()));
        children.addAll(bars);
        children.add(gridLines.get(0)); // the base line stays visible over the shown week's tint
        for (Bar b : bars) {
            children.add(b.axisLabel);
        }
        children.addAll(tickLabels);
        children.add(capLine);
        children.add(capLabel);
        getChildren().setAll(children);
        requestLayout();
    }

    private double plotTop() {
        return snappedTopInset() + (kind == Kind.WEEKS ? 4 : 13); // room above the highest bar for its hours
    }

    private double plotBottom() {
        return getHeight() - snappedBottomInset() - LABEL_HEIGHT;
    }

    /** The y of an hour value in the chart's own coordinates. */
    double yOf(double hours) {
        return plotBottom() - (plotBottom() - plotTop()) * Math.min(hours, axis.max()) / axis.max();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset() + AXIS_WIDTH;
        double right = getWidth() - snappedRightInset();
        double top = plotTop();
        double bottom = plotBottom();
        if (right <= left || bottom <= top) {
            return;
        }
        double capY = cap > 0 ? snap(yOf(cap)) : Double.NaN;
        for (int i = 0; i < gridLines.size(); i++) {
            double y = snap(yOf(i * axis.step()));
            Line line = gridLines.get(i);
            line.setStartX(left);
            line.setEndX(right);
            line.setStartY(y);
            line.setEndY(y);
            Label label = tickLabels.get(i);
            label.autosize();
            label.relocate(left - 4 - label.getWidth(), y - label.getHeight() / 2);
            // the cap's own label takes the place of a tick label it would cover
            label.setVisible(Double.isNaN(capY) || Math.abs(y - capY) >= label.getHeight() * 0.9);
        }
        capLine.setVisible(cap > 0);
        capLabel.setVisible(cap > 0);
        if (cap > 0) {
            capLine.setStartX(left);
            capLine.setEndX(right);
            capLine.setStartY(capY);
            capLine.setEndY(capY);
            capLabel.autosize();
            capLabel.relocate(left - 4 - capLabel.getWidth(), capY - capLabel.getHeight() / 2);
        }
        double slot = (right - left) / Math.max(bars.size(), 1);
        double pxPerHour = (bottom - top) / axis.max();
        double labelEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double x = snap(left + i * slot);
            double next = snap(left + (i + 1) * slot);
            b.pxPerHour = pxPerHour;
            b.resizeRelocate(x, top, next - x, bottom - top);
            b.layout();
            Label label = b.axisLabel;
            label.autosize();
            double labelX = Math.max(x + (next - x - label.getWidth()) / 2, kind == Kind.WEEKS ? x : left);
            // sparse labels must not run into each other when months start in neighbouring weeks
            boolean fits = labelX >= labelEnd + 2 && labelX + label.getWidth() <= right + 8;
            label.setVisible(fits && !b.bar.axisLabel().isEmpty());
            if (label.isVisible()) {
                labelEnd = labelX + label.getWidth();
            }
            label.relocate(labelX, bottom + 1);
        }
    }

    private double snap(double value) {
        return Math.floor(value) + 0.5;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300;
    }

    @Override
    protected double computePrefHeight(double width) {
        return kind == Kind.WEEKS ? 130 : 96;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 60;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    /** One bar: the whole column is the target, the stack of hours stands at its foot. */
    final class Bar extends Region {
        final HoursBar bar;
        final Tooltip tooltip;
        final Label axisLabel;
        private final Region[] segments;
        private final Region outline = new Region();
        private final Region marker = new Region();
        private final Label value = new Label();
        double pxPerHour;

        Bar(HoursBar bar) {
            this.bar = bar;
            getStyleClass().add(kind.barClass);
            if (bar.peak()) {
                getStyleClass().add(kind.peakClass);
            }
            setUserData(bar.date());
            segments = new Region[] {segment("sync-segment"), segment("study-segment"), segment("homework-segment"),
                    segment("commitment-segment")};
            outline.getStyleClass().add(StyleClasses.BAR_OUTLINE);
            outline.setManaged(false);
            marker.getStyleClass().add(StyleClasses.PEAK_MARKER);
            marker.setManaged(false);
            marker.setVisible(bar.peak() && kind == Kind.WEEKS);
            value.getStyleClass().add(StyleClasses.BAR_VALUE);
            value.setManaged(false);
            value.setText(bar.hours() > 0 ? WorkloadViewModel.hours(bar.hours()) : "");
            value.setVisible(kind == Kind.DAYS);
            getChildren().addAll(segments);
            getChildren().addAll(outline, marker, value);
            axisLabel = new Label(bar.axisLabel());
            axisLabel.getStyleClass().add(StyleClasses.AXIS_LABEL);
            axisLabel.setManaged(false);
            tooltip = new Tooltip(bar.description());
            tooltip.setShowDelay(Duration.millis(250));
            tooltip.setShowDuration(Duration.seconds(20));
            Tooltip.install(this, tooltip);
            setAccessibleRole(kind == Kind.WEEKS ? AccessibleRole.BUTTON : AccessibleRole.TEXT);
            setAccessibleText(bar.description().replace("\n", "; "));
            if (kind == Kind.WEEKS) {
                setFocusTraversable(true);
                setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        requestFocus();
                        onChoose.accept(bar.date());
                    }
                });
                setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                        onChoose.accept(bar.date());
                        e.consume();
                    }
                });
            }
        }

        private Region segment(String styleClass) {
            Region r = new Region();
            r.getStyleClass().addAll(StyleClasses.SEGMENT, styleClass);
            r.setManaged(false);
            r.setMouseTransparent(true);
            return r;
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            double barWidth = Math.max(3, Math.round(Math.min(width * (kind == Kind.WEEKS ? 0.66 : 0.56), 28)));
            double x = Math.round((width - barWidth) / 2);
            double bottom = getHeight();
            double[] hours = {bar.sync(), bar.study(), bar.homework(), bar.commitments()};
            double y = bottom;
            double sum = 0;
            for (int i = 0; i < segments.length; i++) {
                // each segment's edges from the running sum, so rounding never gaps or overlaps them
                double nextY = Math.round(bottom - (sum + hours[i]) * pxPerHour);
                sum += hours[i];
                segments[i].setVisible(hours[i] > 0);
                segments[i].resizeRelocate(x, nextY, barWidth, Math.max(0, y - nextY));
                y = nextY;
            }
            double stackTop = Math.round(bottom - bar.hours() * pxPerHour);
            outline.setVisible(bar.hours() > 0);
            outline.resizeRelocate(x, stackTop, barWidth, bottom - stackTop);
            double markerSize = Math.min(8, barWidth);
            marker.resizeRelocate(Math.round((width - markerSize) / 2), stackTop - markerSize - 2, markerSize, markerSize * 0.8);
            value.autosize();
            value.relocate(Math.round((width - value.getWidth()) / 2), stackTop - value.getHeight());
        }

        @Override
        public String toString() {
            return "Bar[" + bar.date() + "]";
        }
    }
}

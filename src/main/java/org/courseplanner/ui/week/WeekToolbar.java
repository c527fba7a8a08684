package org.courseplanner.ui.week;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The week's toolbar: its first child (the navigation and the week's title) at the left, its second
 * (the actions) at the right, on one line when the week is wide enough, else the actions on a line of
 * their own under it, still at the right. A small window (1024 px) leaves the week about 420 px: one
 * line would push the buttons out of sight.
 */
public final class WeekToolbar extends Pane {
    private static final double GAP = 12;
    private static final double ROW_GAP = 4;

    /**
     * The widest the left group has been: the week's title changes width from week to week ("Week 7" and
     * "Week 13"), and the calendar must not jump a line up and down as the student pages through the term.
     */
    private double widestLeft;

    private double leftWidth() {
        widestLeft = Math.max(widestLeft, left().prefWidth(-1));
        return widestLeft;
    }

    private Node left() {
        return getChildren().get(0);
    }

    private Node right() {
        return getChildren().get(1);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double horizontalInsets() {
        return snappedLeftInset() + snappedRightInset();
    }

    private double verticalInsets() {
        return snappedTopInset() + snappedBottomInset();
    }

    /** True when both groups fit side by side in {@code width} (the toolbar's whole width); a width below 0 means any. */
    private boolean oneLine(double width) {
        return width < 0 || leftWidth() + GAP + right().prefWidth(-1) + horizontalInsets() <= width + 0.5;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(left().prefWidth(-1), right().prefWidth(-1)) + horizontalInsets();
    }

    @Override
    protected double computePrefWidth(double height) {
        return left().prefWidth(-1) + GAP + right().prefWidth(-1) + horizontalInsets();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double l = left().prefHeight(-1);
        double r = right().prefHeight(-1);
        return (oneLine(width) ? Math.max(l, r) : l + ROW_GAP + r) + verticalInsets();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - horizontalInsets();
        double lw = Math.min(left().prefWidth(-1), inner);
        double rw = Math.min(right().prefWidth(-1), inner);
        double lh = left().prefHeight(-1);
        double rh = right().prefHeight(-1);
        if (oneLine(getWidth())) {
            double h = Math.max(lh, rh);
            left().resizeRelocate(x, y + (h - lh) / 2, lw, lh);
            right().resizeRelocate(x + inner - rw, y + (h - rh) / 2, rw, rh);
        } else {
            left().resizeRelocate(x, y, lw, lh);
            right().resizeRelocate(x + inner - rw, y + lh + ROW_GAP, rw, rh);
        }
    }
}

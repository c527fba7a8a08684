package org.courseplanner.ui.main;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The window's side panels in their split pane: View ▸ Courses panel and Findings and workload
 * panel hide one (the week gets its room) and show it again where it was, at the width it had.
 */
final class SidePanels {
    private final SplitPane panes;
    private final Region left;
    private final Region right;

    private SidePanels(SplitPane panes, Region left, Region right) {
        this.panes = panes;
        this.left = left;
        this.right = right;
    }

    /** Shows or hides {@code left} and {@code right} as their menu items say. */
    static void bind(SplitPane panes, Region left, CheckMenuItem leftItem, Region right, CheckMenuItem rightItem) {
        SidePanels panels = new SidePanels(panes, left, right);
        // the panels open at the widths their style gives them, whatever width the window first lays them out at;
        // then the week alone grows and shrinks with the window (the panels are not resizable with it)
        panes.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number was, Number width) {
                if (width.doubleValue() > 0) {
                    panes.widthProperty().removeListener(this);
                    panels.place(left.prefWidth(-1), right.prefWidth(-1));
                }
            }
        });
        leftItem.selectedProperty().addListener((obs, was, shown) -> panels.show(left, shown));
        rightItem.selectedProperty().addListener((obs, was, shown) -> panels.show(right, shown));
    }

    private void show(Region panel, boolean shown) {
        double leftWidth = panes.getItems().contains(left) ? left.getWidth() : left.prefWidth(-1);
        double rightWidth = panes.getItems().contains(right) ? right.getWidth() : right.prefWidth(-1);
        if (!shown) {
            panes.getItems().remove(panel);
        } else if (!panes.getItems().contains(panel)) {
            if (panel == left) {
                panes.getItems().add(0, panel);
            } else {
                panes.getItems().add(panel);
            }
        }
        place(leftWidth, rightWidth);
    }

    /** Puts the dividers so that the shown panels keep their widths and the week takes the rest. */
    private void place(double leftWidth, double rightWidth) {
        double total = panes.getWidth();
        if (total <= 0) {
            return;
        }
        boolean hasLeft = panes.getItems().contains(left);
        boolean hasRight = panes.getItems().contains(right);
        double first = leftWidth / total;
        double last = 1 - rightWidth / total;
        if (hasLeft && hasRight) {
            panes.setDividerPositions(first, last);
        } else if (hasLeft) {
            panes.setDividerPositions(first);
        } else if (hasRight) {
            panes.setDividerPositions(last);
        }
    }
}

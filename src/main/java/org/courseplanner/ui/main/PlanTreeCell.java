package org.courseplanner.ui.main;

import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.ui.common.PlanDragFormats;
import org.courseplanner.ui.common.StyleClasses;

/** A course, session, module, study block or commitment, with its course's colour; sessions, modules and study blocks drag onto the calendar. */
final class PlanTreeCell extends TreeCell<PlanTreeNode> {
    /** The tree's border, padding, a course's arrow and its vertical scroll bar, in pixels. */
    private static final double INSET = 52;
    /** How far each level of the tree is indented (Modena's 10 px and an arrow). */
    private static final double INDENT = 20;
    /** The course colour's dot and the space after it. */
    private static final double SWATCH = 18;

    PlanTreeCell() {
        setOnDragDetected(e -> {
            PlanTreeNode node = getItem();
            if (node == null || node.kind() == null || !Set.of(ItemKind.SESSION, ItemKind.MODULE, ItemKind.STUDY).contains(node.kind())) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(PlanDragFormats.PLAN_ITEM, node.template()
                    ? PlanDragFormats.encodeNew(node.kind(), node.id())
                    : PlanDragFormats.encode(node.kind(), node.id()));
            content.putString(node.label());
            board.setContent(content);
            e.consume();
        });
    }

    @Override
    protected void updateItem(PlanTreeNode node, boolean empty) {
        super.updateItem(node, empty);
        if (empty || node == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Label label = new Label(node.label());
        label.getStyleClass().add(getTreeItem() != null && getTreeItem().getParent() == getTreeView().getRoot()
                ? "course-label" : "item-label");
        Label detail = new Label(node.detail());
        detail.getStyleClass().add(node.unplaced() ? StyleClasses.UNPLACED : StyleClasses.ITEM_DETAIL);
        if (node.template()) {
            label.getStyleClass().add(StyleClasses.TEMPLATE_LABEL);
        }
        VBox text = new VBox(1, label, detail);
        for (Label part : List.of(label, detail)) {
            part.setWrapText(true); // a long title or detail takes a second line rather than ending in "…"
            part.setMinHeight(Region.USE_PREF_SIZE);
        }
        text.setMinWidth(0);
        // as wide as the tree leaves room for at this depth (indent, arrow, swatch), so the text wraps there
        // and the cell is as tall as the wrapped lines
        int depth = Math.max(0, getTreeView().getTreeItemLevel(getTreeItem()) - 1);
        text.prefWidthProperty().bind(getTreeView().widthProperty().subtract(INSET + INDENT * depth + SWATCH));
        text.setMaxWidth(Region.USE_PREF_SIZE);
        Circle swatch = new Circle(5, node.colour() == null ? Color.GRAY : Color.web(node.colour()));
        HBox line = new HBox(8, swatch, text);
        line.setFillHeight(false);
        line.setMinWidth(0);
        setText(null);
        setGraphic(line);
        setTooltip(new Tooltip(node.label() + "\n" + node.detail()));
        setAccessibleText(node.label() + ", " + node.detail());
    }
}

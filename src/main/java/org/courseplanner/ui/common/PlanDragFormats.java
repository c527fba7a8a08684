package org.courseplanner.ui.common;

import javafx.scene.input.DataFormat;
import org.courseplanner.domain.ItemKind;

/** The drag-and-drop data formats of the planner, declared once: an item of the plan, as "kind:id". */
public final class PlanDragFormats {
    public static final DataFormat PLAN_ITEM = new DataFormat("application/x-course-planner-item");

    private PlanDragFormats() {
    }

    public static String encode(ItemKind kind, long id) {
        return kind.label() + ":" + id;
    }

    /** The item a drag carries. */
    public record DraggedItem(ItemKind kind, long id) {
        public static DraggedItem decode(String text) {
            String[] parts = text.split(":", 2);
            return new DraggedItem(ItemKind.ofLabel(parts[0]), Long.parseLong(parts[1]));
        }
    }
}

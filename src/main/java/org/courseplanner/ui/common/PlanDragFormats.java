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

    /** A new item of this kind for the course {@code courseId}: "new:session:12". */
    public static String encodeNew(ItemKind kind, long courseId) {
        return "new:" + encode(kind, courseId);
    }

    /**
     * The item a drag carries: an existing one ({@code id} is the item's), or with {@code isNew} a
     * session or module still to create ({@code id} is its course's).
     */
    public record DraggedItem(ItemKind kind, long id, boolean isNew) {
        public DraggedItem(ItemKind kind, long id) {
            this(kind, id, false);
        }

        public static DraggedItem decode(String text) {
            boolean isNew = text.startsWith("new:");
            String[] parts = (isNew ? text.substring(4) : text).split(":", 2);
            return new DraggedItem(ItemKind.ofLabel(parts[0]), Long.parseLong(parts[1]), isNew);
        }
    }
}

package org.courseplanner.ui.main;

import java.util.List;
import org.courseplanner.domain.ItemKind;

/**
 * One line of the course tree: a course, one of its sessions or modules, a study block, or a
 * commitment.
 *
 * @param kind     what it is, or {@code null} for a heading (the commitments)
 * @param colour   the course's colour (#RRGGBB), or {@code null}
 * @param unplaced true for a session that has no day or time yet (TBA)
 * @param template true for "+ New session" / "+ New module" ({@code id} is then the course's) or
 *                 "+ Plan study time" ({@code id} is the module's)
 */
public record PlanTreeNode(long id, ItemKind kind, String label, String detail, String colour, boolean unplaced, boolean template,
                           List<PlanTreeNode> children) {
    public PlanTreeNode {
        children = List.copyOf(children);
    }

    public PlanTreeNode(long id, ItemKind kind, String label, String detail, String colour, boolean unplaced, List<PlanTreeNode> children) {
        this(id, kind, label, detail, colour, unplaced, false, children);
    }

    /** "+ New session" under a course: drag it onto the calendar to create one there. */
    static PlanTreeNode template(long courseId, ItemKind kind, String label, String detail, String colour) {
        return new PlanTreeNode(courseId, kind, label, detail, colour, false, true, List.of());
    }
}

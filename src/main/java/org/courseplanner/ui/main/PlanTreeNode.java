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
 */
public record PlanTreeNode(long id, ItemKind kind, String label, String detail, String colour, boolean unplaced, List<PlanTreeNode> children) {
    public PlanTreeNode {
        children = List.copyOf(children);
    }
}

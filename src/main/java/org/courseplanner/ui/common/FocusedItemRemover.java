package org.courseplanner.ui.common;

/** A view that can remove the item that has the keyboard focus in it (Edit ▸ Delete). */
public interface FocusedItemRemover {

    /** Removes (asking first where needed) the focused item; false when no item of this view has the focus. */
    boolean removeFocused();
}

package org.courseplanner.ui.common;

/** A panel with a search field the window's shortcut (Ctrl+F) puts the focus in. */
public interface SearchFocus {
    void focusSearch();
}

package org.courseplanner.ui.common;

/**
 * A change the student made, that can be taken back and done again. {@link #apply} and
 * {@link #revert} run in the background (they save to the plan); each is one transaction.
 */
public interface UndoableEdit {
    /** For the Edit menu: "Move CS 101 Lecture". */
    String description();

    void apply();

    void revert();

    /** An edit made of two pieces of background work: one that does it, one that takes it back. */
    static UndoableEdit of(String description, Runnable apply, Runnable revert) {
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void apply() {
                apply.run();
            }

            @Override
            public void revert() {
                revert.run();
            }
        };
    }
}

package org.courseplanner.domain;

/** Long work reports how far it is, and stops when the student cancels it. */
public interface Progress {
    /** No one watches: nothing is reported and nothing cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean cancelled();

    /** Thrown by work that saw {@link #cancelled()}: a transaction it ran in is rolled back. */
    final class Cancelled extends RuntimeException {
        public Cancelled(String what) {
            super(what + " was cancelled; nothing was changed", null, false, false);
        }
    }
}

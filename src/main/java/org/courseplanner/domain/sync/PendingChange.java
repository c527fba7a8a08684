package org.courseplanner.domain.sync;

/**
 * One change a publish would send: a resource to add, to change or to remove from the calendar.
 *
 * @param summary what the student calls it ("CS 101 Lecture", "HIST 210 Week 3 due")
 */
public record PendingChange(Kind kind, String uid, String summary) {
    public enum Kind {
        ADD("add"), CHANGE("change"), REMOVE("remove");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }

        /** "add", "change", "remove". */
        public String verb() {
            return verb;
        }
    }
}

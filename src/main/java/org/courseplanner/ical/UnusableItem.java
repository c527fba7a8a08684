package org.courseplanner.ical;

/** One event or to-do the planner cannot use; the message is the sentence the import report shows. */
final class UnusableItem extends RuntimeException {
    UnusableItem(String reason) {
        super(reason, null, false, false);
    }
}

package org.courseplanner.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;
import org.courseplanner.domain.Term;

/**
 * Calendar sync and the subscribed .ics file as the main window sees them: app wires the sync
 * feature in, so that the main window talks to it only through this (as it talks to the catalog
 * through {@link CatalogPanels}).
 */
public interface CalendarLink {

    /** A window without calendar sync (tests of other features): nothing is published, the status is empty. */
    CalendarLink NONE = new CalendarLink() {
        private final ReadOnlyStringWrapper none = new ReadOnlyStringWrapper("");

        @Override
        public ReadOnlyStringProperty statusProperty() {
            return none.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty detailProperty() {
            return none.getReadOnlyProperty();
        }

        @Override
        public void termShown(Term term) {
        }

        @Override
        public void edited() {
        }

        @Override
        public void openSetUp(Window owner) {
        }

        @Override
        public void chooseSubscribedFile(Window owner) {
        }

        @Override
        public void statusChosen(Window owner) {
        }

        @Override
        public void stop() {
        }
    };

    /** "Calendar up to date", "3 changes not yet on your calendar", "2 conflicts on your calendar"; "" when the term is not synced. */
    ReadOnlyStringProperty statusProperty();

    /** The status's longer sentence, for its tooltip: why something was not sent, when it is tried again. */
    ReadOnlyStringProperty detailProperty();

    /** The window shows another term (or the same one read again); null: none. */
    void termShown(Term term);

    /** An edit, undo, redo or import was saved: the calendar and the subscribed file follow. */
    void edited();

    /** File ▸ Sync with a calendar…: the calendar's address, login and what goes there. */
    void openSetUp(Window owner);

    /** File ▸ Keep an .ics file up to date…: chooses the file rewritten after every edit. */
    void chooseSubscribedFile(Window owner);

    /** The student clicked the status: conflicts open their dialog, changes not sent are tried again now. */
    void statusChosen(Window owner);

    /** The window is closing: nothing more is scheduled, a publish under way stops at its next step. */
    void stop();
}

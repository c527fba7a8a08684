package org.courseplanner.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the student for a file. The application uses the system's file chooser; tests answer with a
 * path of their own, since a native dialog cannot be driven headless.
 */
public interface FileAsker {
    /** What kind of file: "iCalendar files" with "*.ics", say; several patterns are separated by ";". */
    record Kind(String description, String pattern) {
        public static final Kind PLAN = new Kind("Course Planner plans", "*.db");
        public static final Kind CALENDAR = new Kind("iCalendar files", "*.ics");
        public static final Kind PICTURE = new Kind("PNG pictures", "*.png");
        public static final Kind PDF = new Kind("PDF documents", "*.pdf");
        /** A registrar's catalog: QuACS JSON, CSV or iCalendar. */
        public static final Kind CATALOG = new Kind("Catalog files (.json, .csv, .ics)", "*.json;*.csv;*.ics");
    }

    /** An existing file to read. */
    Optional<Path> toOpen(Window owner, String title, Kind kind);

    /** A file to write, suggested by name; the chooser asks before it replaces one. */
    Optional<Path> toSave(Window owner, String title, Kind kind, String suggestedName);
}

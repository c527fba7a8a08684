package org.courseplanner.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.persistence.DataFolder;
import org.courseplanner.persistence.PlanDatabase;
import org.courseplanner.persistence.PlanFileException;

/** Puts the pieces together: the SQLite store behind the planner that the window uses. */
public final class Wiring {
    private Wiring() {
    }

    /**
     * The planner for the window on {@code db} (the default plan when {@code null}). A file that
     * does not exist yet is created with the sample term, unless {@code empty}.
     *
     * @throws PlanFileException when the file is refused (another program's, newer, damaged)
     */
    public static Planner openForWindow(Path db, boolean empty, Clock clock) {
        Path file = db != null ? db : DataFolder.defaultDatabase();
        boolean isNew = PlanDatabase.isNew(file);
        Planner planner = PlanDatabase.planner(file, clock);
        if (isNew && !empty) {
            planner.atomically(() -> SampleTerm.addTo(planner, LocalDate.now(clock))); // all of it, or none after a crash
        }
        return planner;
    }
}

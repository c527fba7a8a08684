package org.courseplanner.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.courseplanner.cli.CoursePlannerCommand;
import org.courseplanner.logging.Logs;

/**
 * The jar's entry point. With a command it runs the command line and never starts JavaFX, so it
 * works without a display; with none it opens the window. (Not an Application subclass, so the
 * JavaFX runtime is not needed on the module path.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int status;
        try (CoursePlannerCommand root = new CoursePlannerCommand(Launcher::openWindow, Clock.systemDefaultZone())) {
            status = CoursePlannerCommand.commandLine(root, args).execute(args);
        }
        System.exit(status);
    }

    private static int openWindow(Path db, boolean empty, java.time.LocalDate today) {
        List<String> parameters = new ArrayList<>();
        if (db != null) {
            parameters.add("--db=" + db);
        }
        if (empty) {
            parameters.add("--empty");
        }
        if (today != null) {
            parameters.add("--today=" + today);
        }
        try {
            Application.launch(CoursePlannerApp.class, parameters.toArray(String[]::new));
            return CoursePlannerApp.exitStatus();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            Logger.getLogger(Launcher.class.getName()).log(Level.SEVERE, "The window could not open", e);
            System.err.println("Course Planner cannot open its window here (" + e.getMessage() + ")" + Logs.detailsIn() + "."
                    + " Without a display, use a command: java -jar course-planner.jar --help");
            return 1;
        }
    }
}

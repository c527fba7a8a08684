package org.courseplanner.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the planner keeps its database when no --db is given: the OS's per-user data folder. */
public final class DataFolder {
    public static final String FILE_NAME = "planner.db";

    private DataFolder() {
    }

    /** The default database of the user running this program. */
    public static Path defaultDatabase() {
        return defaultDatabase(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Linux and other Unix: {@code $XDG_DATA_HOME/course-planner} or {@code ~/.local/share/course-planner};
     * macOS: {@code ~/Library/Application Support/Course Planner}; Windows: {@code %APPDATA%\Course Planner}.
     */
    static Path defaultDatabase(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Course Planner").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Course Planner").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("course-planner").resolve(FILE_NAME);
    }
}

package org.courseplanner.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The planner's log (java.util.logging, which ical4j reaches through slf4j-jdk14): rotating files
 * {@value #PATTERN} in the data folder, one line per record followed by its stack trace, nothing
 * on the console. Started once by the window and by the command line; when the folder cannot be
 * written there is simply no log, and start-up goes on.
 */
public final class Logs {
    /** The log files' names: generation 0 is the newest. */
    public static final String PATTERN = "course-planner.%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 5;

    private static final Logger ROOT = Logger.getLogger("");
    private static FileHandler handler;
    private static Path folder;
    private static Path file;

    private Logs() {
    }

    /** Starts logging into {@code dataFolder} (again: nothing changes); returns the log file, or empty when there is none. */
    public static Optional<Path> start(Path dataFolder) {
        return start(dataFolder, LIMIT_BYTES, FILES);
    }

    static synchronized Optional<Path> start(Path dataFolder, int limitBytes, int files) {
        Path target;
        try {
            target = dataFolder.toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (handler != null && target.equals(folder)) {
            return Optional.of(file);
        }
        stop();
        for (Handler h : ROOT.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                ROOT.removeHandler(h); // the window has no console; the command line's stderr is for its own messages
            }
        }
        try {
            Files.createDirectories(target);
            Set<String> locksBefore = locks(target);
            FileHandler opened = new FileHandler(target.resolve(PATTERN).toString(), limitBytes, files, true);
            opened.setEncoding("UTF-8");
            opened.setFormatter(new OneLineFormatter());
            opened.setLevel(Level.ALL);
            ROOT.addHandler(opened);
            handler = opened;
            folder = target;
            file = ownFile(target, locksBefore);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // never fail start-up because of the log
        }
    }

    /** The log file being written now, if there is one. */
    public static synchronized Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** " (details in FILE)" to end a sentence about a failure, or "" when there is no log. */
    public static String detailsIn() {
        return file().map(f -> " (details in " + f + ")").orElse("");
    }

    /** Stops writing the log file (tests; the JVM closes it at exit anyway). */
    public static synchronized void stop() {
        if (handler != null) {
            ROOT.removeHandler(handler);
            handler.close();
        }
        handler = null;
        folder = null;
        file = null;
    }

    /**
     * When another Course Planner writes {@code course-planner.0.log} already, FileHandler takes
     * {@code course-planner.0.log.1}: the lock file that appeared says which one is ours.
     */
    private static Path ownFile(Path folder, Set<String> locksBefore) throws IOException {
        Set<String> created = locks(folder);
        created.removeAll(locksBefore);
        String first = PATTERN.replace("%g", "0");
        String name = created.size() == 1 ? created.iterator().next().replaceFirst("\\.lck$", "") : first;
        return folder.resolve(name.startsWith(first) ? name : first);
    }

    private static Set<String> locks(Path folder) throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("course-planner.") && n.endsWith(".lck"))
                    .forEach(names::add);
        }
        return names;
    }
}

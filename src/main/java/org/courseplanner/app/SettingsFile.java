package org.courseplanner.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.courseplanner.ui.common.Settings;

/**
 * The window's settings in a small properties file beside the default plan. A file that cannot be
 * read is ignored (the defaults apply); it is written whole, through a temporary file.
 */
final class SettingsFile implements Settings {
    private final Path file;
    private final Properties values = new Properties();

    private SettingsFile(Path file) {
        this.file = file;
    }

    static SettingsFile load(Path file) {
        SettingsFile settings = new SettingsFile(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear(); // damaged: start from the defaults, and write a good one on close
            }
        }
        return settings;
    }

    @Override
    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    @Override
    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
    }

    /** Writes the file; returns false when it could not (the settings are then only lost, nothing else). */
    synchronized boolean save() {
        Path temp = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".settings-", ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(out, "Course Planner window settings");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING); // some network drives
            }
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray temporary file beside the settings; the next save tries again
                }
            }
        }
    }
}

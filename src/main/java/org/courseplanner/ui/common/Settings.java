package org.courseplanner.ui.common;

import java.util.HashMap;
import java.util.Map;

/** What the window remembers between runs (theme, whose clock, window size, the last plan). */
public interface Settings {
    String THEME = "theme";
    String ZONE = "zone";
    String WIDTH = "window.width";
    String HEIGHT = "window.height";
    String MAXIMIZED = "window.maximized";
    String LAST_PLAN = "plan.last";

    /** The value stored for {@code key}, or {@code fallback}. */
    String get(String key, String fallback);

    void put(String key, String value);

    /** Settings kept in memory only (tests, and when the settings file cannot be written). */
    static Settings inMemory() {
        Map<String, String> values = new HashMap<>();
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}

package org.courseplanner.domain;

import java.util.Locale;

/** How a course is taught: live classes, online modules, or both. */
public enum Delivery {
    SYNC, ASYNC, HYBRID;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Delivery parse(String text) {
        for (Delivery d : values()) {
            if (d.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return d;
            }
        }
        throw new Refusal("delivery", "unknown delivery \"" + text + "\": use sync, async or hybrid");
    }
}

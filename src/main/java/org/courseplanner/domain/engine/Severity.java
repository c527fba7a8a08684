package org.courseplanner.domain.engine;

import java.util.Locale;

/** How bad a finding is: an error cannot be done as planned, a warning is worth a look. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

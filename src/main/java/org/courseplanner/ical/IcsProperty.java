package org.courseplanner.ical;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One content line: its name, its parameters (names upper case, quotes removed) and its raw value. */
record IcsProperty(String name, Map<String, String> parameters, String value) {
    IcsProperty {
        name = name.toUpperCase(Locale.ROOT);
        parameters = Map.copyOf(parameters);
        value = value == null ? "" : value;
    }

    Optional<String> parameter(String parameterName) {
        return Optional.ofNullable(parameters.get(parameterName)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The value as TEXT (RFC 5545 3.3.11): backslash escapes undone. */
    String text() {
        StringBuilder s = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                s.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}

package org.courseplanner.ical;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One component of an iCalendar file as written (VCALENDAR, VEVENT, VTIMEZONE, STANDARD…): its
 * properties with their raw values and parameters, and the components inside it. Nothing is
 * interpreted, so no value can fail to parse here and no library decides a local time.
 */
record IcsComponent(String name, List<IcsProperty> properties, List<IcsComponent> children) {
    IcsComponent {
        name = name.toUpperCase(Locale.ROOT);
        properties = List.copyOf(properties);
        children = List.copyOf(children);
    }

    Optional<IcsProperty> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    List<IcsProperty> all(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).toList();
    }

    List<IcsComponent> children(String componentName) {
        return children.stream().filter(c -> c.name().equals(componentName)).toList();
    }

    /** A text property's value, unescaped and stripped; empty when missing or blank. */
    Optional<String> text(String propertyName) {
        return property(propertyName).map(IcsProperty::text).map(String::strip).filter(s -> !s.isEmpty());
    }
}

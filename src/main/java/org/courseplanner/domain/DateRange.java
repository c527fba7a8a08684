package org.courseplanner.domain;

import java.time.LocalDate;

/** A named run of whole days, both ends included: a term break such as "Thanksgiving break". */
public record DateRange(String name, LocalDate first, LocalDate last) {
    public DateRange {
        name = Refusal.requireText(name, "break name", "\"Spring break\"");
        Refusal.require(first != null && last != null, "break dates",
                "the break \"" + name + "\" needs a first and a last day, e.g. 2026-11-25..2026-11-29");
        Refusal.require(!last.isBefore(first), "break dates",
                "the break \"" + name + "\" ends (" + last + ") before it starts (" + first
                        + "): swap the two dates");
    }

    /** The name as names are compared (any case, as {@link String#equalsIgnoreCase}): a key for a set or a map. */
    public String nameKey() {
        return nameKey(name);
    }

    /** A key that two names share exactly when {@link String#equalsIgnoreCase} says they are equal. */
    public static String nameKey(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    @Override
    public String toString() {
        return name + "=" + first + ".." + last;
    }
}

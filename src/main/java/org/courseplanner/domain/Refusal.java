package org.courseplanner.domain;

/** An input the planner will not accept; the message names the field and says how to fix it. */
public final class Refusal extends RuntimeException {
    private final String field;

    public Refusal(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field (or command-line option) that was wrong, e.g. {@code "end"}. */
    public String field() {
        return field;
    }

    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new Refusal(field, message);
        }
    }

    public static String requireText(String value, String field, String example) {
        if (value == null || value.isBlank()) {
            throw new Refusal(field, "the " + field + " is empty: give one, e.g. " + example);
        }
        return value.strip();
    }
}

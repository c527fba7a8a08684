package org.courseplanner.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A course of a term. Its code ("CS 101") is unique within the term.
 *
 * @param homeworkHours weekly out-of-class hours, or {@code null} for the rule of thumb
 *                      (2 h per credit for live and hybrid courses, 0 for online ones)
 */
public record Course(long id, long termId, String code, String title, double credits, String colour,
                     Delivery delivery, Double homeworkHours) {

    public static final double HOMEWORK_HOURS_PER_CREDIT = 2;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Runs of white space in a code become one space (compiled once: every plan read builds every course). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Colours given to new courses in turn; readable on white and on dark backgrounds. */
    public static final String[] PALETTE = {
        "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#B07AA1", "#EDC948", "#FF9DA7", "#9C755F", "#BAB0AC"
    };

    public Course {
        code = tidyCode(code);
        title = Refusal.requireText(title, "title", "\"Intro to Programming\"");
        Refusal.require(credits >= 0 && credits <= 30, "credits",
                "credits must be between 0 and 30, not " + credits);
        Refusal.require(colour == null || COLOUR.matcher(colour).matches(), "colour",
                "the colour \"" + colour + "\" is not a #RRGGBB colour, e.g. #4E79A7");
        if (colour != null) {
            colour = colour.toUpperCase(Locale.ROOT);
        }
        Refusal.require(delivery != null, "delivery", "give the delivery: sync, async or hybrid");
        Refusal.require(homeworkHours == null || (homeworkHours >= 0 && homeworkHours <= 100), "homework",
                "weekly homework must be between 0 and 100 hours, not " + homeworkHours);
    }

    /** The code as a course keeps it: runs of spaces made one; a refusal when missing or too long. */
    public static String tidyCode(String code) {
        String tidy = SPACES.matcher(Refusal.requireText(code, "code", "\"CS 101\"")).replaceAll(" ");
        Refusal.require(tidy.length() <= 20, "code", "the course code \"" + tidy + "\" is longer than 20 characters: use the short code from the catalog, e.g. \"CS 101\"");
        return tidy;
    }

    /** The key codes are compared by: upper case, without spaces, dashes or underscores ("CS101"). */
    public static String keyOf(String code) {
        return normalise(code);
    }

    public Course withId(long newId) {
        return new Course(newId, termId, code, title, credits, colour, delivery, homeworkHours);
    }

    public Course withColour(String newColour) {
        return new Course(id, termId, code, title, credits, newColour, delivery, homeworkHours);
    }

    /** Weekly out-of-class hours: the ones set, or the rule of thumb for this delivery. */
    public double weeklyHomeworkHours() {
        if (homeworkHours != null) {
            return homeworkHours;
        }
        return delivery == Delivery.ASYNC ? 0 : HOMEWORK_HOURS_PER_CREDIT * credits;
    }

    /** Codes are compared without regard to case or spacing: "cs101" names "CS 101". */
    public boolean hasCode(String other) {
        return other != null && normalise(code).equals(normalise(other));
    }

    /** The code as codes are compared: upper case, without spaces, dashes or underscores ("CS101"). */
    public String codeKey() {
        return normalise(code);
    }

    static String normalise(String code) {
        StringBuilder key = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != '_' && c != '-' && !isRegexSpace(c)) {
                key.append(c);
            }
        }
        return key.toString().toUpperCase(Locale.ROOT);
    }

    /** What the regex {@code \s} matches: a code key is compared across versions, so it must not change. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

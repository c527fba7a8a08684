package org.courseplanner.domain;

/**
 * What a text typed by a student (or read from a file) may hold: one-line fields (codes, titles,
 * names, locations) have no control characters, at least one visible character and a length
 * limit; the planner checks them on every add and change, and an import cleans them first.
 */
public final class TextRules {
    /** A course code: the short code from the catalog. */
    public static final int LONGEST_CODE = 20;
    /** A course, module or commitment title, a term or break name. */
    public static final int LONGEST_TITLE = 200;
    /** A room or a meeting link. */
    public static final int LONGEST_LOCATION = 500;

    private TextRules() {
    }

    /** A course code: a title's rules, at most {@link #LONGEST_CODE} characters. */
    public static void code(String code) {
        oneLine(code, "code", "course code", LONGEST_CODE, "use the short code from the catalog, e.g. \"CS 101\"");
    }

    /** A title or a name (course, module, commitment, term, break). */
    public static void title(String value, String field, String what) {
        oneLine(value, field, what, LONGEST_TITLE, "shorten it");
    }

    /** A location, which may be missing. */
    public static void location(String location) {
        if (location != null) {
            oneLine(location, "location", "location", LONGEST_LOCATION, "give the room, or the meeting link alone");
        }
    }

    /** The term's name and its breaks' names. */
    public static void check(Term term) {
        title(term.name(), "term name", "term name");
        for (DateRange b : term.breaks()) {
            title(b.name(), "break name", "break name");
        }
    }

    public static void check(Course course) {
        code(course.code());
        title(course.title(), "title", "title");
    }

    public static void check(SyncSession session) {
        location(session.location());
    }

    public static void check(AsyncModule module) {
        title(module.title(), "title", "title");
    }

    public static void check(Commitment commitment) {
        title(commitment.title(), "title", "title");
    }

    /**
     * Refuses a one-line text with a control character (an escape sequence, NUL, a line break, a
     * tab), a broken character, no visible character, or more than {@code longest} characters.
     */
    static void oneLine(String value, String field, String what, int longest, String howToShorten) {
        if (value == null) {
            return; // an empty text has its own message where it is required
        }
        int at = firstControl(value);
        if (at >= 0) {
            int c = value.codePointAt(at);
            throw new Refusal(field, "the " + what + " contains " + describe(c) + " at character " + (value.codePointCount(0, at) + 1)
                    + ": type it again without it (a " + what + " is one line of plain text)");
        }
        Refusal.require(hasVisible(value), field, "the " + what + " has no visible character: give one, e.g. letters or digits");
        int length = value.codePointCount(0, value.length());
        Refusal.require(length <= longest, field, "the " + what + " is " + length + " characters long; it may have at most "
                + longest + ": " + howToShorten);
    }

    /** The index of the first character not allowed in one line (control, lone surrogate), or -1. */
    static int firstControl(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (isControl(c) || Character.isSurrogate((char) c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** C0 (NUL, ESC, tab, line breaks), DEL and C1, and the line and paragraph separators. */
    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
    }

    /** True when some character would show: not a space, a control, a format character (zero-width, bidi) or a filler. */
    static boolean hasVisible(String value) {
        return value.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL
                && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.SURROGATE
                && c != 0x034F && c != 0x115F && c != 0x1160 && c != 0x3164 && c != 0xFFA0 && c != 0x2800 // fillers, blank patterns
                && !(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0xE0100 && c <= 0xE01EF)); // variation selectors
    }

    private static String describe(int c) {
        String code = String.format("U+%04X", c);
        return switch (c) {
            case 0 -> "a NUL character (" + code + ")";
            case 0x1B -> "an escape character (" + code + ", as in terminal colour codes)";
            case '\t' -> "a tab";
            case '\n', '\r', 0x2028, 0x2029 -> "a line break";
            default -> Character.isSurrogate((char) c) ? "a broken character (" + code + ")" : "a control character (" + code + ")";
        };
    }

    /**
     * A text from a file made to fit these rules: line breaks and tabs become spaces, other control
     * characters are left out, and a text longer than {@code longest} is cut (with "…"). Empty when
     * nothing visible stays.
     */
    public static java.util.Optional<String> cleaned(String value, int longest) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        StringBuilder s = new StringBuilder(Math.min(value.length(), longest * 2 + 2));
        int kept = 0;
        for (int i = 0; i < value.length() && kept <= longest; ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
                c = ' ';
            } else if (isControl(c) || Character.isSurrogate((char) c)) {
                continue;
            }
            s.appendCodePoint(c);
            kept++;
        }
        String text = s.toString().replaceAll(" {2,}", " ").strip();
        if (text.codePointCount(0, text.length()) > longest) {
            text = text.substring(0, text.offsetByCodePoints(0, longest - 1)).strip() + "…";
        }
        return hasVisible(text) ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    /** True when {@link #cleaned} would change the text. */
    public static boolean needsCleaning(String value, int longest) {
        return value != null && (firstControl(value) >= 0 || value.codePointCount(0, value.length()) > longest || !hasVisible(value));
    }
}

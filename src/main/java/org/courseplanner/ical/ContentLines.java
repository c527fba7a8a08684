package org.courseplanner.ical;

import java.util.ArrayList;
import java.util.List;

/**
 * The line breaks and the shape of iCalendar lines, read by hand: a file has thousands of lines,
 * and these two regular expressions were the import's busiest ones (and the first thing the JIT
 * compiler worked on in a fresh process). They agree with {@code split("\r\n|\r|\n", -1)} and with
 * {@code (?s)[A-Za-z0-9._ -]+(;.*)?:.*} (ContentLinesTest checks both).
 */
final class ContentLines {
    private ContentLines() {
    }

    /** The text cut at every CRLF, CR or LF; an empty line where two breaks meet and at either end. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** A name, then parameters or not, then a colon: what every iCalendar content line looks like. */
    static boolean isContentLine(CharSequence line) {
        int name = 0;
        while (name < line.length() && isNameChar(line.charAt(name))) {
            name++;
        }
        if (name == 0 || name == line.length()) {
            return false;
        }
        char next = line.charAt(name);
        if (next == ':') {
            return true;
        }
        if (next != ';') {
            return false;
        }
        for (int i = name + 1; i < line.length(); i++) {
            if (line.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ' ' || c == '-';
    }
}

package org.courseplanner.registrar;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text as RFC 4180 writes them: commas between values, values in double
 * quotes when they hold a comma, a quote (doubled) or a line break; CRLF, LF or CR between
 * records; a byte-order mark at the start is skipped. Blank lines are no records.
 */
final class CsvRecords {
    /** One record and the line of the file it starts on (1 for the first). */
    record Row(int line, List<String> values) {
    }

    /** A record whose quotes do not close before the end of the file. */
    static final class Unclosed extends Exception {
        final int line;

        Unclosed(int line) {
            super("a quoted value that starts on line " + line + " is not closed before the end of the file", null, false, false);
            this.line = line;
        }
    }

    private final Reader in;
    private final char separator;
    private int line = 1;
    private int pushedBack = -2;
    private boolean started;

    CsvRecords(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /**
     * The separator of a text whose first line is {@code firstLine}: a semicolon when that line has
     * more semicolons than commas (a spreadsheet in a language that writes 1,5 for one and a half), else a comma.
     */
    static char separatorOf(String firstLine) {
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    /** The next record, or {@code null} at the end of the text. */
    Row next() throws IOException, Unclosed {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                continue; // a blank line
            }
            unread(c);
            return record();
        }
    }

    private Row record() throws IOException, Unclosed {
        int startLine = line;
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new Unclosed(startLine);
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        value.append('"');
                    } else {
                        quoted = false;
                        unread(after);
                    }
                } else if (c == '\r' || c == '\n') {
                    endOfLine(c);
                    value.append('\n');
                } else {
                    value.append((char) c);
                }
                continue;
            }
            if (c == -1 || c == '\r' || c == '\n') {
                if (c != -1) {
                    endOfLine(c);
                }
                values.add(wasQuoted ? value.toString() : value.toString().strip());
                return new Row(startLine, values);
            }
            if (c == separator) {
                values.add(wasQuoted ? value.toString() : value.toString().strip());
                value.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && value.toString().isBlank() && !wasQuoted) {
                value.setLength(0); // spaces before an opening quote are not part of the value
                quoted = true;
                wasQuoted = true;
            } else if (!(wasQuoted && (c == ' ' || c == '\t'))) {
                value.append((char) c); // a stray quote inside a plain value is kept as written
            }
        }
    }

    /** Counts a line end, CRLF as one. */
    private void endOfLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                unread(after);
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }
}

package org.courseplanner.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.courseplanner.domain.CalendarImporter;
import org.courseplanner.domain.Refusal;

/**
 * Reads the text of an .ics file into {@link IcsComponent}s with ical4j's parser (unfolding,
 * parameters, quoting), keeping every value as written. A value ical4j could not make sense of
 * (an odd ATTENDEE, a date in an unknown zone) is therefore never a reason to refuse the file;
 * only text that is not iCalendar at all is.
 */
final class IcsReader {
    static {
        // Outlook and older exporters fold lines without the leading space and write odd names.
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
    }

    private IcsReader() {
    }

    /** What was read: the file's VCALENDAR, and a note for each line that had to be left out. */
    record Result(IcsComponent calendar, List<String> notes) {
    }

    private static final int MOST_LINES_LEFT_OUT = 50;

    /** A line of the file and its number there, so that a message names the line the student sees. */
    private record Line(String text, int number) {
        boolean continues() {
            return text.startsWith(" ") || text.startsWith("\t");
        }
    }

    /** The file's VCALENDAR; refused with a sentence when the text is not iCalendar. */
    static Result read(InputStream in) throws IOException {
        List<String> notes = new ArrayList<>();
        byte[] bytes = in.readNBytes((int) CalendarImporter.LARGEST_FILE_BYTES + 1);
        if (bytes.length > CalendarImporter.LARGEST_FILE_BYTES) {
            throw CalendarImporter.tooLarge("the file", bytes.length); // at least this much: the rest is not read
        }
        List<Line> lines = clean(decode(bytes), notes);
        String first = lines.isEmpty() ? "" : lines.get(0).text().strip();
        if (!first.equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw new Refusal("file", "this is not an iCalendar file: it begins with "
                    + (first.toUpperCase(Locale.ROOT).startsWith("BEGIN:V") && first.length() < 40 ? first + ", not BEGIN:VCALENDAR"
                    : "something other than BEGIN:VCALENDAR") + ". Nothing was imported; choose an .ics file exported by a calendar, "
                    + "a timetable or a learning platform");
        }
        Line last = lines.get(lines.size() - 1);
        if (!last.text().strip().equalsIgnoreCase("END:VCALENDAR")) {
            throw new Refusal("file", "this is not a valid iCalendar file: it stops at line " + last.number()
                    + " without END:VCALENDAR, so it was cut short. Nothing was imported; export or download the calendar again");
        }
        for (int attempt = 0; ; attempt++) {
            Builder builder = new Builder();
            try {
                String text = String.join("\r\n", lines.stream().map(Line::text).toList()) + "\r\n";
                new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(text), true), builder);
            } catch (ParserException e) {
                int at = Math.max(0, Math.min(lines.size() - 1, e.getLineNo() - 1));
                if (attempt >= MOST_LINES_LEFT_OUT || !leaveOut(lines, at, notes)) {
                    throw new Refusal("file", "this is not a valid iCalendar file: line " + lines.get(at).number()
                            + " cannot be read. Nothing was imported; export the calendar again, or check that line");
                }
                continue;
            } catch (RuntimeException e) {
                throw new Refusal("file", "this is not a valid iCalendar file: its text cannot be read as iCalendar. "
                        + "Nothing was imported; export the calendar again");
            }
            if (builder.calendar == null) {
                throw new Refusal("file", "this is not a valid iCalendar file: it has no complete calendar (END:VCALENDAR is missing). "
                        + "Nothing was imported; export the calendar again");
            }
            return new Result(builder.calendar, notes);
        }
    }

    /** UTF-8, or UTF-16 when the file starts with its byte order mark. */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The lines ical4j's parser can take: line ends of any kind (files mix CR, LF and CRLF), without
     * a byte order mark, blank lines, anything after END:VCALENDAR, or lines that cannot be content
     * lines (no name and colon), each of those left out with a note.
     */
    private static List<Line> clean(String text, List<String> notes) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> raw = ContentLines.split(text);
        List<Line> all = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (!raw.get(i).isBlank()) {
                all.add(new Line(raw.get(i), i + 1));
            }
        }
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int end = i + 1;
            StringBuilder logical = new StringBuilder(all.get(i).text());
            while (end < all.size() && all.get(end).continues()) {
                logical.append(all.get(end++).text().substring(1));
            }
            if (!all.get(i).continues() && !kept.isEmpty() && !ContentLines.isContentLine(logical)) {
                notes.add("line " + all.get(i).number() + " is not an iCalendar line and was left out");
            } else {
                kept.addAll(all.subList(i, end));
            }
            i = end - 1;
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (kept.get(i).text().strip().equalsIgnoreCase("END:VCALENDAR")) {
                return new ArrayList<>(kept.subList(0, i + 1));
            }
        }
        return kept;
    }

    /** Leaves out the content line at {@code index} (with its folded continuation); false when it is structure. */
    private static boolean leaveOut(List<Line> lines, int index, List<String> notes) {
        int start = index;
        while (start > 0 && lines.get(start).continues()) {
            start--; // the error was in a continuation: leave out the whole property
        }
        String line = lines.get(start).text().strip();
        String upper = line.toUpperCase(Locale.ROOT);
        if (upper.startsWith("BEGIN:") || upper.startsWith("END:") || line.isEmpty()) {
            return false;
        }
        int end = start + 1;
        while (end < lines.size() && lines.get(end).continues()) {
            end++;
        }
        String name = line.split("[;:]", 2)[0];
        notes.add("line " + lines.get(start).number() + " (" + (name.length() > 30 ? name.substring(0, 30) + "…" : name)
                + ") cannot be read and was left out");
        lines.subList(start, end).clear();
        return true;
    }

    /** Collects the parser's events into components. */
    private static final class Builder implements ContentHandler {
        private record Open(String name, List<IcsProperty> properties, List<IcsComponent> children) {
        }

        private final Deque<Open> open = new ArrayDeque<>();
        private IcsComponent calendar;
        private String propertyName;
        private Map<String, String> parameters;
        private String value;

        @Override
        public void startCalendar() {
            open.push(new Open("VCALENDAR", new ArrayList<>(), new ArrayList<>()));
        }

        @Override
        public void endCalendar() {
            while (open.size() > 1) {
                close(); // a component left open at the end
            }
            if (!open.isEmpty()) {
                Open o = open.pop();
                if (calendar == null) {
                    calendar = new IcsComponent(o.name(), o.properties(), o.children());
                }
            }
        }

        @Override
        public void startComponent(String name) {
            open.push(new Open(name, new ArrayList<>(), new ArrayList<>()));
        }

        @Override
        public void endComponent(String name) {
            if (open.size() > 1) {
                close();
            }
        }

        private void close() {
            Open o = open.pop();
            open.peek().children().add(new IcsComponent(o.name(), o.properties(), o.children()));
        }

        @Override
        public void startProperty(String name) {
            propertyName = name;
            parameters = new HashMap<>();
            value = "";
        }

        @Override
        public void parameter(String name, String parameterValue) {
            String v = parameterValue == null ? "" : parameterValue;
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1);
            }
            parameters.put(name.toUpperCase(Locale.ROOT), v);
        }

        @Override
        public void propertyValue(String propertyValue) {
            value = propertyValue;
        }

        @Override
        public void endProperty(String name) {
            if (!open.isEmpty() && propertyName != null) {
                open.peek().properties().add(new IcsProperty(propertyName, parameters, value));
            }
            propertyName = null;
        }
    }
}

package org.courseplanner.ical;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.sync.CalendarResource;
import org.courseplanner.domain.sync.ResourceWriter;

/**
 * The term as CalDAV calendar resources: the export's own calendar ({@link IcsExporter}), so that
 * a published calendar and an exported file say the same, split by UID as RFC 4791 4.1 asks:
 * one VCALENDAR per UID (a series with its exceptions stays together), with the VTIMEZONEs its
 * components name and without METHOD, which a stored resource may not have.
 */
public final class IcsResourceWriter implements ResourceWriter {
    private static final Pattern TZID = Pattern.compile(";TZID=(\"[^\"]*\"|[^;:]*)");
    private final IcsExporter exporter = new IcsExporter();

    @Override
    public List<CalendarResource> resources(TermPlan plan, String planUid, Map<Long, Integer> revisions, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(plan, planUid, revisions, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a calendar written to memory cannot fail to be written", e);
        }
        return split(out.toString(StandardCharsets.UTF_8));
    }

    /** One resource per UID of a VCALENDAR text, in the order the UIDs first appear. */
    static List<CalendarResource> split(String calendar) {
        List<String> lines = unfolded(calendar);
        List<String> header = new ArrayList<>();
        Map<String, List<String>> zones = new LinkedHashMap<>();
        Map<String, List<String>> byUid = new LinkedHashMap<>();
        Map<String, String> summaries = new LinkedHashMap<>();
        int i = 1; // after BEGIN:VCALENDAR
        while (i < lines.size() && !lines.get(i).equals("END:VCALENDAR")) {
            String line = lines.get(i);
            if (!line.startsWith("BEGIN:")) {
                if (!line.startsWith("METHOD:") && !line.startsWith("X-WR-CALNAME")) {
                    header.add(line);
                }
                i++;
                continue;
            }
            int end = endOf(lines, i);
            List<String> component = lines.subList(i, end + 1);
            if (line.equals("BEGIN:VTIMEZONE")) {
                zones.put(property(component, "TZID"), component);
            } else {
                String uid = property(component, "UID");
                if (uid == null) {
                    throw new IllegalStateException("the export wrote a " + line.substring(6) + " without a UID");
                }
                byUid.computeIfAbsent(uid, k -> new ArrayList<>()).addAll(component);
                summaries.putIfAbsent(uid, property(component, "SUMMARY"));
            }
            i = end + 1;
        }
        List<CalendarResource> resources = new ArrayList<>(byUid.size());
        byUid.forEach((uid, components) -> {
            StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\n");
            header.forEach(h -> text.append(h).append("\r\n"));
            for (String zone : zonesNamed(components)) {
                List<String> definition = zones.get(zone);
                if (definition == null) {
                    throw new IllegalStateException("the export named the zone " + zone + " without defining it");
                }
                definition.forEach(l -> text.append(l).append("\r\n"));
            }
            components.forEach(l -> text.append(l).append("\r\n"));
            text.append("END:VCALENDAR");
            String summary = summaries.get(uid);
            resources.add(CalendarResource.of(uid, summary == null ? uid : unescaped(summary),
                    IcsExporter.foldedByOctets(text.toString()) + "\r\n"));
        });
        return resources;
    }

    private static List<String> unfolded(String calendar) {
        List<String> lines = new ArrayList<>();
        for (String line : ContentLines.split(calendar)) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && !lines.isEmpty()) {
                int last = lines.size() - 1;
                lines.set(last, lines.get(last) + line.substring(1));
            } else if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty() || !lines.get(0).equals("BEGIN:VCALENDAR")) {
            throw new IllegalStateException("the export did not write a VCALENDAR");
        }
        return lines;
    }

    /** The index of the END line that closes the component beginning at {@code begin}. */
    private static int endOf(List<String> lines, int begin) {
        String end = "END:" + lines.get(begin).substring("BEGIN:".length());
        int depth = 0;
        for (int i = begin; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("BEGIN:")) {
                depth++;
            } else if (line.startsWith("END:")) {
                depth--;
                if (depth == 0) {
                    if (!line.equals(end)) {
                        throw new IllegalStateException("the export closed " + lines.get(begin) + " with " + line);
                    }
                    return i;
                }
            }
        }
        throw new IllegalStateException("the export left " + lines.get(begin) + " open");
    }

    /** The value of the component's own property (not a nested alarm's or observance's). */
    private static String property(List<String> component, String name) {
        int depth = 0;
        for (String line : component) {
            if (line.startsWith("BEGIN:")) {
                depth++;
            } else if (line.startsWith("END:")) {
                depth--;
            } else if (depth == 1 && (line.startsWith(name + ":") || line.startsWith(name + ";"))) {
                return line.substring(line.indexOf(':') + 1);
            }
        }
        return null;
    }

    private static TreeSet<String> zonesNamed(List<String> components) {
        TreeSet<String> names = new TreeSet<>();
        for (String line : components) {
            int colon = line.indexOf(':');
            Matcher m = TZID.matcher(colon < 0 ? line : line.substring(0, colon));
            while (m.find()) {
                String name = m.group(1);
                names.add(name.startsWith("\"") ? name.substring(1, name.length() - 1) : name);
            }
        }
        return names;
    }

    private static String unescaped(String text) {
        return text.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ").replace("\\N", " ").replace("\\\\", "\\");
    }
}

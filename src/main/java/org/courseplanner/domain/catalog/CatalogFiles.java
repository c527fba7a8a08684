package org.courseplanner.domain.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Term;

/**
 * Catalog files on disk, the same for the command line and the window: picks the format (the one
 * given, else the file's name, else its first bytes), reads the file with that format's reader,
 * and says what to do when it cannot.
 */
public final class CatalogFiles {
    /** Large enough for a whole university's term (QuACS's largest are a few MB), small enough to read in memory. */
    public static final long LARGEST_FILE_BYTES = 64L * 1024 * 1024;
    private final Map<CatalogFormat, CatalogReader> readers;

    public CatalogFiles(Map<CatalogFormat, CatalogReader> readers) {
        this.readers = readers.isEmpty() ? new EnumMap<>(CatalogFormat.class) : new EnumMap<>(readers);
    }

    /**
     * The catalog in the file, for the term.
     *
     * @param formatOrNull the format the student gave, or {@code null} to tell it from the file
     * @throws Refusal naming the file, when it is missing, empty, too large or not of the format
     */
    public CatalogReader.Reading read(Path file, CatalogFormat formatOrNull, Term term) {
        byte[] bytes = bytes(file);
        CatalogFormat format = formatOrNull != null ? formatOrNull
                : CatalogFormat.fromFileName(String.valueOf(file.getFileName())).orElseGet(() -> sniff(bytes));
        CatalogReader reader = readers.get(format);
        if (reader == null) {
            throw new Refusal("format", "Course Planner cannot read " + format.label() + " catalogs here; give --format with one of "
                    + String.join(", ", readers.keySet().stream().map(CatalogFormat::label).toList()));
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return reader.read(in, term);
        } catch (Refusal wrong) {
            String how = formatOrNull == null
                    ? " If it is another kind of catalog, name the file after its kind (.json for QuACS, .csv, .ics)"
                            + " or, on the command line, give --format quacs, csv or ics."
                    : " Check that it is " + describe(format) + ", or give another --format.";
            String why = wrong.getMessage().endsWith(".") ? wrong.getMessage() : wrong.getMessage() + ".";
            throw new Refusal(wrong.field(), file + " was read as " + describe(format) + " and cannot be: " + why + how);
        } catch (IOException e) {
            throw new Refusal("file", "cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    /** The format the first bytes that are not blank suggest: '[' or '{' QuACS JSON, BEGIN:VCALENDAR iCalendar, else CSV. */
    public static CatalogFormat sniff(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte-order mark
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i < bytes.length && (bytes[i] == '[' || bytes[i] == '{')) {
            return CatalogFormat.QUACS;
        }
        String start = new String(bytes, i, Math.min(15, bytes.length - i), StandardCharsets.US_ASCII);
        return start.equalsIgnoreCase("BEGIN:VCALENDAR") ? CatalogFormat.ICS : CatalogFormat.CSV;
    }

    private static String describe(CatalogFormat format) {
        return switch (format) {
            case QUACS -> "a QuACS JSON catalog";
            case CSV -> "a catalog CSV";
            case ICS -> "an iCalendar timetable";
        };
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new Refusal("file", file + " is a folder: give the path of a catalog file (.json, .csv or .ics)");
            }
            long size = Files.size(file);
            if (size > LARGEST_FILE_BYTES) {
                throw new Refusal("file", file + " is " + size / 1024 / 1024 + " MB; Course Planner reads catalogs of up to "
                        + LARGEST_FILE_BYTES / 1024 / 1024 + " MB: export only this term's sections");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (blank(bytes)) {
                throw new Refusal("file", file + " is empty: export the catalog again, or give the right file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new Refusal("file", "there is no file " + file + ": give the path of a catalog file (.json, .csv or .ics)");
        } catch (AccessDeniedException e) {
            throw new Refusal("file", "cannot open " + file + ": you may not read it; copy it somewhere you can, or change its permissions");
        } catch (IOException e) {
            throw new Refusal("file", "cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return true;
    }
}

package org.courseplanner.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.courseplanner.domain.CalendarExporter.ExportSummary;

/**
 * iCalendar files on disk, the same for the command line and the window: an export is written
 * beside its target and moved in place, so a failed export leaves the old file whole; a file that
 * cannot be read gets a message that says what to do.
 */
public final class CalendarFiles {
    private final Planner planner;
    private final CalendarExporter exporter;
    private final CalendarImporter importer;

    public CalendarFiles(Planner planner, CalendarExporter exporter, CalendarImporter importer) {
        this.planner = planner;
        this.exporter = exporter;
        this.importer = importer;
    }

    /** Writes the term to {@code out}, replacing it. */
    public ExportSummary export(TermPlan plan, ExportOptions options, Path out) {
        for (String code : options.courseCodes()) {
            plan.requireCourse(code); // a typo gets a message, not an empty file
        }
        Path target = out.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            // createFile, not createTempFile: the file gets the permissions any new file of the student's gets
            // (not 600), so a web server or a calendar app of another user can read a subscribed file
            temp = Files.createFile(target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part"));
            ExportSummary summary;
            try (OutputStream stream = Files.newOutputStream(temp)) {
                summary = exporter.export(plan, planner.repository().planUid(), planner.repository().revisions(plan.term().id()),
                        options, stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new Refusal("out", "cannot write " + out + " (" + e.getMessage() + "): give a file in a folder you can write to");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the export itself already failed or succeeded; a stray temp file is harmless
                }
            }
        }
    }

    /** Reads what an .ics file proposes for the term. */
    public CalendarImport read(Path file, Term term) {
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.isRegularFile(file) && Files.size(file) > CalendarImporter.LARGEST_FILE_BYTES) {
                throw CalendarImporter.tooLarge(file.toString(), Files.size(file)); // before a byte of it is read
            }
            return importer.read(in, term);
        } catch (NoSuchFileException e) {
            throw new Refusal("file", "there is no file " + file + ": give the path of an .ics file");
        } catch (IOException e) {
            throw new Refusal("file", "cannot read " + file + " (" + e.getMessage() + ")");
        }
    }
}

package org.courseplanner.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.domain.week.ConflictMarks;

/**
 * Prints a term from the model, never from the screen: a week on one landscape page, or the term as
 * an overview page followed by a page for every week with something in it. The pages are PDF
 * (PDFBox, with an embedded font); a PNG or a preview is that same page rendered, so the window,
 * the printer and the command line show one drawing.
 */
public final class PlanPrinter {
    /** Resolution of a PNG written to a file: sharp enough to print or zoom into. */
    public static final float PNG_DPI = 200;

    /** The file formats, told by the file name's extension. */
    public enum Format {
        PDF, PNG;

        /** The format a file name asks for, if it is one of ours. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".pdf") ? Optional.of(PDF) : name.endsWith(".png") ? Optional.of(PNG) : Optional.empty();
        }
    }

    /** What was written: the file and how many pages. */
    public record Written(Path file, int pages) {
    }

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE");

    private final TermPlan plan;
    private final PlanFindings findings;
    private final ConflictMarks marks;
    private final ZoneId zone;
    private final String zoneLabel;
    private final PDRectangle paper;

    /**
     * @param myZone true for times in the student's zone, false for the school's
     * @param locale decides the paper: US Letter where it is the custom (US, Canada, …), else A4; both landscape
     */
    public PlanPrinter(TermPlan plan, PlanFindings findings, boolean myZone, Locale locale) {
        this.plan = plan;
        this.findings = findings;
        this.marks = new ConflictMarks(findings.conflicts());
        this.zone = myZone ? plan.term().studentZone() : plan.term().schoolZone();
        this.zoneLabel = myZone ? "my zone" : "the school's zone";
        PDRectangle sheet = LETTER_COUNTRIES.contains(locale.getCountry()) ? PDRectangle.LETTER : PDRectangle.A4;
        this.paper = new PDRectangle(sheet.getHeight(), sheet.getWidth());
    }

    /** The Mondays of the term's weeks, first to last. */
    public List<LocalDate> weeks() {
        List<LocalDate> mondays = new ArrayList<>();
        LocalDate last = plan.term().lastDay();
        for (LocalDate m = monday(plan.term().firstDay()); !m.isAfter(last); m = m.plusWeeks(1)) {
            mondays.add(m);
        }
        return mondays;
    }

    /** The Mondays of the weeks that have a class, a shift, study time or a module window. */
    public List<LocalDate> weeksWithItems() {
        return weeks().stream().filter(m -> weekPage(m).hasItems()).toList();
    }

    /** "week 38 (Sep 14–20)". */
    public static String weekName(LocalDate monday) {
        return "week " + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " (" + WeekPage.range(monday) + ")";
    }

    /** The Monday of the week of {@code day}. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Writes the week of {@code monday} as a one-page PDF or a PNG, as the file's extension says; replaces the file. */
    public Written writeWeek(LocalDate monday, Path file) {
        Format format = format(file);
        try (PDDocument document = weekDocument(monday)) {
            if (format == Format.PNG) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, PNG_DPI, ImageType.RGB);
                return replace(file, temp -> {
                    if (!ImageIO.write(image, "png", temp.toFile())) {
                        throw new IOException("no PNG writer in this Java");
                    }
                }, 1);
            }
            return replace(file, temp -> document.save(temp.toFile()), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the term as a PDF: the overview page, then a page for every week with something in it. */
    public Written writeTerm(Path file) {
        if (format(file) != Format.PDF) {
            throw new Refusal("file", "a whole term prints as a PDF, one page a week: name the file " + withExtension(file, ".pdf"));
        }
        try (PDDocument document = termDocument()) {
            return replace(file, temp -> document.save(temp.toFile()), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The week's page as a picture at {@code dpi}: for a preview on screen or a printer. */
    public List<BufferedImage> weekPictures(LocalDate monday, float dpi) {
        try (PDDocument document = weekDocument(monday)) {
            return pictures(document, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The term's pages as pictures at {@code dpi}. */
    public List<BufferedImage> termPictures(float dpi) {
        try (PDDocument document = termDocument()) {
            return pictures(document, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BufferedImage> pictures(PDDocument document, float dpi) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
        }
        return pages;
    }

    private PDDocument weekDocument(LocalDate monday) {
        PDDocument document = new PDDocument();
        PageFonts fonts = new PageFonts(document);
        page(document, fonts, weekPage(monday(monday))::draw);
        describe(document, plan.term().name() + ", " + weekName(monday(monday)));
        return document;
    }

    private PDDocument termDocument() {
        PDDocument document = new PDDocument();
        PageFonts fonts = new PageFonts(document);
        page(document, fonts, new TermOverviewPage(plan, findings)::draw);
        for (LocalDate monday : weeks()) {
            WeekPage week = weekPage(monday);
            if (week.hasItems()) {
                page(document, fonts, week::draw);
            }
        }
        describe(document, plan.term().name());
        return document;
    }

    private void page(PDDocument document, PageFonts fonts, java.util.function.Consumer<Canvas> drawing) {
        try (Canvas canvas = new Canvas(document, paper, fonts)) {
            drawing.accept(canvas);
        }
    }

    private static void describe(PDDocument document, String title) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Course Planner");
    }

    private WeekPage weekPage(LocalDate monday) {
        return new WeekPage(plan, findings, marks, monday, zone, zoneLabel);
    }

    private static Format format(Path file) {
        return Format.of(file).orElseThrow(() -> new Refusal("file", "cannot tell what to write from the name " + file.getFileName()
                + ": end it in .pdf (a page to print) or .png (a picture of a week)"));
    }

    private static String withExtension(Path file, String extension) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + extension;
    }

    private interface Writing {
        void to(Path temp) throws IOException;
    }

    /** Writes next to the target, then moves it in place: a failed write leaves the old file as it was. */
    private static Written replace(Path file, Writing writing, int pages) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new Refusal("file", file + " is a folder: give a file in it, e.g. " + target.resolve("week.pdf"));
        }
        Path temp = null;
        try {
            // createFile, not createTempFile: the file gets the permissions any new file of the student's gets (not 600)
            temp = Files.createFile(target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part"));
            writing.to(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return new Written(file, pages);
        } catch (IOException e) {
            throw new Refusal("file", "cannot write " + file + " (" + e.getMessage() + "): choose a file in a folder you can write to");
        } finally {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // the move happened, or the folder is gone: nothing left to tidy
            }
        }
    }
}

package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print} from the shell: the PDF and PNG files read back as a student's viewer would. */
class PrintCommandTest {
    @TempDir
    Path dir;
    CliRun cli;
    String csColour;

    @BeforeEach
    void plan() {
        cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        Matcher colour = Pattern.compile("colour (#[0-9A-F]{6})").matcher(cli.ok("course", "add", "CS 101", "--title", "Intro", "--credits", "4"));
        assertThat(colour.find()).isTrue();
        csColour = colour.group(1);
        // four weeks of lectures (2026-W37 to W40) and an exam in W51: five weeks with something in them
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204",
                "--from", "2026-09-07", "--until", "2026-10-02");
        cli.ok("session", "add", "CS 101", "--date", "2026-12-14", "--start", "09:00", "--end", "12:00", "--kind", "exam");
        cli.ok("course", "add", "MATH 221", "--title", "Calculus");
        cli.ok("session", "add", "MATH 221", "--days", "WE", "--start", "10:30", "--end", "11:45", "--from", "2026-09-14", "--until", "2026-09-18");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The paper of this machine's locale: US Letter in the US and Canada, else A4. */
    private static PDRectangle paper() {
        String country = java.util.Locale.getDefault().getCountry();
        return country.equals("US") || country.equals("CA") ? PDRectangle.LETTER : PDRectangle.A4;
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    @Test
    void aWeekPrintsOnOneLandscapePageWithItsHeaderAndEveryClassCode() throws Exception {
        Path out = dir.resolve("week.pdf");
        assertThat(cli.ok("print", "--week", "38", "--out", out.toString())).isEqualTo("Wrote week 38 (Sep 14–20) to " + out + ", 1 page\n");
        String text = text(out);
        assertThat(text).contains("Fall 2026 · Week 3 of 16 · 2026-W38", "Monday Sep 14 to Sunday Sep 20, 2026", "times in America/New_York",
                "Mon Sep 14", "Sun Sep 20", "CS 101", "MATH 221", "10:00–11:15", "10:30–11:45", "ENG 204");
        assertThat(text).doesNotContain("Exam"); // that is week 51
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            PDRectangle page = d.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            assertThat(page.getWidth()).isEqualTo(paper().getHeight()); // the long side across
        }
        // the same week by its full ISO name, on the student's clock (Berlin is 6 hours ahead of New York)
        assertThat(cli.ok("print", "--week", "2026-W38", "--zone", "mine", "--out", out.toString())).startsWith("Wrote week 38");
        assertThat(text(out)).contains("times in Europe/Berlin (my zone)", "16:00–17:15").doesNotContain("10:00–11:15");
    }

    @Test
    void theTermPrintsAnOverviewAndAPageForEveryWeekWithSomethingInIt() throws Exception {
        Path out = dir.resolve("term.pdf");
        assertThat(cli.ok("print", "--term", "--out", out.toString()))
                .isEqualTo("Wrote Fall 2026 to " + out + ", 6 pages: the overview and 5 weeks with something planned\n");
        assertThat(pages(out)).isEqualTo(1 + 5);
        String text = text(out);
        assertThat(text).contains("Fall 2026 · the term at a glance", "weekly cap", "W36", "W51", "2026-W37", "2026-W40", "2026-W51", "Exam")
                .doesNotContain("2026-W41"); // nothing planned that week: no page
        assertThat(text).contains("1 conflict").contains("CS 101 Lecture and MATH 221 Lecture overlap");
        // --term NAME and no --week: the same
        assertThat(cli.ok("print", "--term", "Fall 2026", "--out", out.toString())).startsWith("Wrote Fall 2026");
    }

    @Test
    void aWeekAsPngIsAPrintResolutionPictureWithTheBlocksInTheirCourseColour() throws Exception {
        Path out = dir.resolve("week.png");
        assertThat(cli.ok("print", "--week", "38", "--out", out.toString())).isEqualTo("Wrote week 38 (Sep 14–20) to " + out + "\n");
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo((int) (paper().getHeight() / 72 * 200)); // 200 dpi: 2200 px on Letter, 2338 on A4
        assertThat(image.getHeight()).isEqualTo((int) (paper().getWidth() / 72 * 200));
        int course = Integer.parseInt(csColour.substring(1), 16);
        int inColour = 0;
        int white = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                inColour += rgb == course ? 1 : 0;
                white += rgb == 0xFFFFFF ? 1 : 0;
            }
        }
        // two CS 101 lectures of 75 minutes, a lane each: thousands of pixels in the course's colour
        assertThat(inColour).isGreaterThan(5_000);
        assertThat(white).isGreaterThan(image.getWidth() * image.getHeight() / 8); // and mostly paper, no window around it
    }

    @Test
    void whatCannotBePrintedIsWrongUsageAndWritesNothing() {
        CliRun.Result badExtension = cli.run("print", "--week", "38", "--out", dir.resolve("week.docx").toString());
        assertThat(badExtension.exitCode()).isEqualTo(2);
        assertThat(badExtension.err()).contains("end the file name in .pdf (a page to print) or .png (a picture of one week)");

        CliRun.Result noSuchWeek = cli.run("print", "--week", "3", "--out", dir.resolve("w.pdf").toString());
        assertThat(noSuchWeek.exitCode()).isEqualTo(2);
        assertThat(noSuchWeek.err()).contains("Fall 2026 has no week 3: it runs from week 36 (Aug 31–Sep 6) to week 51 (Dec 14–20)");

        CliRun.Result notAWeek = cli.run("print", "--week", "next", "--out", dir.resolve("w.pdf").toString());
        assertThat(notAWeek.exitCode()).isEqualTo(2);
        assertThat(notAWeek.err()).contains("--week next: give the ISO week number, e.g. --week 36");

        CliRun.Result termAsPng = cli.run("print", "--out", dir.resolve("term.png").toString());
        assertThat(termAsPng.exitCode()).isEqualTo(2);
        assertThat(termAsPng.err()).contains("a PNG shows one week: add --week N");

        assertThat(dir.resolve("week.docx")).doesNotExist();
        assertThat(dir.resolve("w.pdf")).doesNotExist();
        assertThat(dir.resolve("term.png")).doesNotExist();
    }

    @Test
    void titlesInAnyScriptPrintAndWhatTheFontLacksBecomesAQuestionMark() throws Exception {
        cli.ok("course", "add", "ÉCON 110", "--title", "Économie — 経済学 · Ελληνικά");
        cli.ok("session", "add", "ÉCON 110", "--days", "TU", "--start", "14:00", "--end", "15:30", "--location", "Salle Ω · Bâtiment 3");
        Path out = dir.resolve("term.pdf");
        cli.ok("print", "--out", out.toString());
        String text = text(out);
        assertThat(text).contains("ÉCON 110", "Économie — ??? · Ελληνικά", "Salle Ω · Bâtiment 3");
    }

    @Test
    void anExistingFileIsReplacedAsExportDoes() throws Exception {
        Path out = dir.resolve("week.pdf");
        Files.writeString(out, "an old file");
        cli.ok("print", "--week", "37", "--out", out.toString());
        assertThat(text(out)).contains("2026-W37");
        assertThat(new File(dir.toFile(), ".").list()).noneMatch(name -> name.endsWith(".part"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) { // a file to share: as readable as any new file, not 600
            Path probe = Files.createFile(dir.resolve("probe"));
            assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(probe));
        }
    }
}

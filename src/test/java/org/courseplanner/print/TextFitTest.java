package org.courseplanner.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text in a block: shrunk, then wrapped, then the last lines dropped; the code is never cut. */
class TextFitTest {
    private PDDocument document;
    private PageFonts fonts;
    private final List<TextFit.Line> block = List.of(new TextFit.Line("PHYS 150", true), new TextFit.Line("Lecture", false),
            new TextFit.Line("13:00–13:50", false), new TextFit.Line("PHY 100", false));

    @BeforeEach
    void fonts() {
        document = new PDDocument();
        fonts = new PageFonts(document);
    }

    @AfterEach
    void close() throws Exception {
        document.close();
    }

    private static List<String> texts(TextFit.Fitted f) {
        return f.lines().stream().map(TextFit.Line::text).toList();
    }

    @Test
    void roomForEverythingKeepsTheLargestType() {
        TextFit.Fitted f = TextFit.fit(fonts, block, 100, 60, 8.5f, 5.5f);
        assertThat(f.size()).isEqualTo(8.5f);
        assertThat(texts(f)).containsExactly("PHYS 150", "Lecture", "13:00–13:50", "PHY 100");
    }

    @Test
    void aShortBlockDropsTheLastLinesFirst() {
        TextFit.Fitted f = TextFit.fit(fonts, block, 100, 15, 8.5f, 5.5f);
        assertThat(texts(f)).containsExactly("PHYS 150", "Lecture");
    }

    @Test
    void aNarrowBlockShrinksThenWrapsAtSpaces() {
        float codeAt85 = PageFonts.width(fonts.bold, 8.5f, "PHYS 150");
        TextFit.Fitted shrunk = TextFit.fit(fonts, block.subList(0, 1), codeAt85 * 0.8f, 60, 8.5f, 5.5f);
        assertThat(texts(shrunk)).containsExactly("PHYS 150");
        assertThat(shrunk.size()).isLessThan(8.5f);
        TextFit.Fitted wrapped = TextFit.fit(fonts, block.subList(0, 1), codeAt85 * 0.5f, 60, 8.5f, 5.5f);
        assertThat(texts(wrapped)).containsExactly("PHYS", "150");
    }

    @Test
    void aSliverStillShowsTheWholeCodeInTinyType() {
        TextFit.Fitted f = TextFit.fit(fonts, block, 30, 4, 8.5f, 5.5f);
        assertThat(String.join(" ", texts(f))).isEqualTo("PHYS 150");
        assertThat(f.size()).isGreaterThanOrEqualTo(TextFit.SMALLEST);
    }

    @Test
    void whatTheFontLacksBecomesAQuestionMark() {
        assertThat(fonts.printable("Économie — 経済学 · Ελληνικά\tΩ")).isEqualTo("Économie — ??? · Ελληνικά Ω");
    }
}

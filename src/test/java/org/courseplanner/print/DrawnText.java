package org.courseplanner.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text of a PDF in the order they were drawn, each whole, whatever its direction
 * (PDFTextStripper sorts the glyphs of a line turned on its side into one line per letter).
 */
final class DrawnText extends PDFTextStripper {
    private final List<String> lines = new ArrayList<>();
    private StringBuilder current = new StringBuilder();

    private DrawnText() {
    }

    static List<String> of(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            DrawnText drawn = new DrawnText();
            drawn.getText(d);
            return drawn.lines;
        }
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        current = new StringBuilder();
        super.showText(string);
        lines.add(current.toString());
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        current.append(text.getUnicode());
    }
}

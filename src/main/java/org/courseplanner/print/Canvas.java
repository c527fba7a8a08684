package org.courseplanner.print;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * One page to draw on, measured in points from its top left corner (PDF counts from the bottom
 * left): rectangles, lines and single lines of text, nothing more.
 */
final class Canvas implements AutoCloseable {
    final PageFonts fonts;
    final float width;
    final float height;
    private final PDPageContentStream stream;

    Canvas(PDDocument document, PDRectangle paper, PageFonts fonts) {
        this.fonts = fonts;
        PDPage page = new PDPage(paper);
        document.addPage(page);
        width = paper.getWidth();
        height = paper.getHeight();
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float y, float w, float h, Color colour) {
        run(() -> {
            stream.setNonStrokingColor(colour);
            stream.addRect(x, height - y - h, w, h);
            stream.fill();
        });
    }

    void outline(float x, float y, float w, float h, Color colour, float lineWidth) {
        run(() -> {
            stream.setStrokingColor(colour);
            stream.setLineWidth(lineWidth);
            stream.addRect(x + lineWidth / 2, height - y - h + lineWidth / 2, w - lineWidth, h - lineWidth);
            stream.stroke();
        });
    }

    /** A rectangle's edge drawn dashed (study time the study planner placed). */
    void dashedOutline(float x, float y, float w, float h, Color colour, float lineWidth) {
        run(() -> {
            stream.setStrokingColor(colour);
            stream.setLineWidth(lineWidth);
            stream.setLineDashPattern(new float[] {2, 1.5f}, 0);
            stream.addRect(x + lineWidth / 2, height - y - h + lineWidth / 2, w - lineWidth, h - lineWidth);
            stream.stroke();
            stream.setLineDashPattern(new float[0], 0);
        });
    }

    void line(float x1, float y1, float x2, float y2, Color colour, float lineWidth, boolean dashed) {
        run(() -> {
            stream.setStrokingColor(colour);
            stream.setLineWidth(lineWidth);
            stream.setLineDashPattern(dashed ? new float[] {3, 2} : new float[0], 0);
            stream.moveTo(x1, height - y1);
            stream.lineTo(x2, height - y2);
            stream.stroke();
            stream.setLineDashPattern(new float[0], 0);
        });
    }

    /** A filled triangle pointing down, its tip at (x, y). */
    void marker(float x, float y, float size, Color colour) {
        run(() -> {
            stream.setNonStrokingColor(colour);
            stream.moveTo(x, height - y);
            stream.lineTo(x - size / 2, height - y + size);
            stream.lineTo(x + size / 2, height - y + size);
            stream.closePath();
            stream.fill();
        });
    }

    /** One line of text whose top is at {@code y}; the caller made it printable and fitting. */
    void text(float x, float y, PDFont font, float size, Color colour, String text) {
        show(Matrix.getTranslateInstance(x, height - y - size * 0.93f), font, size, colour, text);
    }

    /**
     * One line read from bottom to top (turned a quarter left), for a block too narrow for its code
     * across: {@code x} is the line's top edge (its left side once turned), {@code y} where it starts.
     */
    void textUp(float x, float y, PDFont font, float size, Color colour, String text) {
        show(Matrix.getRotateInstance(Math.PI / 2, x + size * 0.93f, height - y), font, size, colour, text);
    }

    private void show(Matrix where, PDFont font, float size, Color colour, String text) {
        run(() -> {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(colour);
            stream.setTextMatrix(where);
            stream.showText(text);
            stream.endText();
        });
    }

    /** One line, made printable and shrunk (never below {@code minSize}) to fit {@code maxWidth}; false (and nothing drawn) when it cannot. */
    boolean fitted(float x, float y, PDFont font, float size, float minSize, float maxWidth, Color colour, String text) {
        String shown = fonts.printable(text);
        for (float s = size; s >= minSize - 0.01f; s -= 0.5f) {
            if (PageFonts.width(font, s, shown) <= maxWidth) {
                text(x, y, font, s, colour, shown);
                return true;
            }
        }
        return false;
    }

    /** One line drawn whole: shrunk to fit if it can be, down to the smallest type, and drawn even if it still does not fit. */
    void whole(float x, float y, PDFont font, float size, float maxWidth, Color colour, String text) {
        String shown = fonts.printable(text);
        float s = size;
        while (s > TextFit.SMALLEST && PageFonts.width(font, s, shown) > maxWidth) {
            s -= 0.5f;
        }
        text(x, y, font, Math.max(s, TextFit.SMALLEST), colour, shown);
    }

    private interface Drawing {
        void run() throws IOException;
    }

    private void run(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        run(stream::close);
    }
}

package org.courseplanner.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu Sans Condensed, regular and bold, embedded (subset) in a document: the
 * standard PDF fonts know no "—", "·" or accents beyond Western Europe. A character the font lacks
 * prints as "?" and is logged, never refused.
 */
final class PageFonts {
    private static final Logger LOG = Logger.getLogger(PageFonts.class.getName());

    final PDFont regular;
    final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    PageFonts(PDDocument document) {
        regular = load(document, "DejaVuSansCondensed.ttf");
        bold = load(document, "DejaVuSansCondensed-Bold.ttf");
    }

    private static PDFont load(PDDocument document, String file) {
        try (InputStream in = PageFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the application");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + file, e);
        }
    }

    /** {@code text} with what the fonts cannot show replaced: line breaks and tabs by spaces, missing glyphs by "?". */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(c, this::hasGlyph)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        String one = new String(Character.toChars(codePoint));
        try {
            regular.encode(one);
            bold.encode(one);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            LOG.info(() -> "The print font has no " + String.format("U+%04X", codePoint) + "; it prints as ?");
            return false;
        }
    }

    /** Width of {@code text} in points. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot measure \"" + text + "\"", e);
        }
    }
}

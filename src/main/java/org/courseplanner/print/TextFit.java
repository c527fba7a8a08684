package org.courseplanner.print;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Fits the lines of a block into its box. The first line (a course code) is never cut: text that
 * does not fit is shrunk first, then wrapped at spaces, then the last lines are dropped one by
 * one; a box too small even for the code alone gets the code in a smaller type still.
 */
final class TextFit {
    /** Type never gets smaller than this, even for a code in a sliver. */
    static final float SMALLEST = 3f;
    static final float LEADING = 1.15f;

    /** One line as wanted: its text, bold or not. */
    record Line(String text, boolean bold) {
    }

    /** What fits: the type size and the lines (possibly wrapped) to draw, top to bottom. */
    record Fitted(float size, List<Line> lines) {
        float height() {
            return lines.size() * size * LEADING;
        }
    }

    private TextFit() {
    }

    static Fitted fit(PageFonts fonts, List<Line> wanted, float width, float height, float maxSize, float minSize) {
        List<Line> lines = wanted.stream().filter(l -> l.text() != null && !l.text().isBlank())
                .map(l -> new Line(fonts.printable(l.text()).strip(), l.bold())).toList();
        if (lines.isEmpty()) {
            return new Fitted(maxSize, List.of());
        }
        for (boolean wrap : new boolean[] {false, true}) { // shrink first, then wrap
            Fitted all = largest(fonts, lines, width, height, maxSize, minSize, wrap);
            if (all != null) {
                return all;
            }
        }
        for (int keep = lines.size() - 1; keep >= 1; keep--) { // then drop lines from the last
            Fitted some = largest(fonts, lines.subList(0, keep), width, height, maxSize, minSize, true);
            if (some != null) {
                return some;
            }
        }
        // the code alone, smaller than the smallest comfortable type
        Fitted code = largest(fonts, lines.subList(0, 1), width, height, minSize, SMALLEST, true);
        if (code != null) {
            return code;
        }
        List<Line> codeLines = wrapped(fonts, lines.get(0), SMALLEST, width);
        return new Fitted(SMALLEST, codeLines != null ? codeLines : lines.subList(0, 1));
    }

    private static Fitted largest(PageFonts fonts, List<Line> lines, float width, float height, float maxSize, float minSize, boolean wrap) {
        for (float size = maxSize; size >= minSize - 0.01f; size -= 0.5f) {
            List<Line> laid = new ArrayList<>();
            boolean fits = true;
            for (Line line : lines) {
                List<Line> parts = wrap ? wrapped(fonts, line, size, width)
                        : PageFonts.width(font(fonts, line), size, line.text()) <= width ? List.of(line) : null;
                if (parts == null) {
                    fits = false;
                    break;
                }
                laid.addAll(parts);
            }
            if (fits && laid.size() * size * LEADING <= height) {
                return new Fitted(size, laid);
            }
        }
        return null;
    }

    /** The line broken at spaces into lines no wider than {@code width}; null when one word is wider. */
    static List<Line> wrapped(PageFonts fonts, Line line, float size, float width) {
        PDFont font = font(fonts, line);
        List<Line> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.text().split(" +")) {
            if (PageFonts.width(font, size, word) > width) {
                return null;
            }
            String longer = current.length() == 0 ? word : current + " " + word;
            if (PageFonts.width(font, size, longer) <= width) {
                current.setLength(0);
                current.append(longer);
            } else {
                out.add(new Line(current.toString(), line.bold()));
                current.setLength(0);
                current.append(word);
            }
        }
        out.add(new Line(current.toString(), line.bold()));
        return out;
    }

    static PDFont font(PageFonts fonts, Line line) {
        return line.bold() ? fonts.bold : fonts.regular;
    }
}

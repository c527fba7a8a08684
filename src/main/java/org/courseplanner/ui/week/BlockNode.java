package org.courseplanner.ui.week;

import org.courseplanner.domain.week.WeekBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.ui.common.CourseColourStyle;
import org.courseplanner.ui.common.StyleClasses;

/**
 * One block of the week calendar (a class, a study block, a deadline or a shift): its course code
 * (a shift's title), never cut (wrapped at its spaces in a narrow lane), then as far as its height
 * allows its kind, its times and its place, a line each. A block too short for its code shows only its course colour; its code is in
 * its accessible text, which the calendar's tooltip shows. The calendar keeps its block nodes from
 * week to week and only shows other blocks in them, so a week switch makes no new nodes and
 * restyles only what changed.
 */
final class BlockNode extends Region {
    private final Label title = new TextLabel();
    /** Its kind (with ⚠ when in a conflict), its times, its place: as many as fit under the code, in this order. */
    private final Label kind = new TextLabel();
    private final Label time = new TextLabel();
    private final Label place = new TextLabel();
    private WeekBlock block;

    BlockNode() {
        title.getStyleClass().add(StyleClasses.BLOCK_TITLE);
        for (Label detail : List.of(kind, time, place)) {
            detail.getStyleClass().add(StyleClasses.BLOCK_DETAIL);
        }
        getChildren().addAll(title, kind, time, place);
    }

    /** What the block is called on the calendar: its course code, or a shift's own title. */
    static String code(WeekBlock b) {
        Occurrence o = b.occurrence();
        return o.courseCode() != null ? o.courseCode() : o.title();
    }

    /** The kind after the course code ("Lecture", "Module 3 study"), or "" when the title is the code. */
    private static String kind(Occurrence o) {
        String code = o.courseCode();
        return code != null && o.title().startsWith(code) ? o.title().substring(code.length()).strip() : code == null ? "" : o.title();
    }
    /** The block shown. */
    WeekBlock block() {
        return block;
    }

    /** "item id @ start second # day": the same block found again after a redraw. */
    String key() {
        return key(block.occurrence().itemId(), block.occurrence().startSecond(), block.day());
    }

    static String key(long itemId, long startSecond, int day) {
        return itemId + "@" + startSecond + "#" + day;
    }

    /**
     * How a block looks to CSS: its style classes and its course colour. A node that showed a
     * block with the same look shows another without being styled again (restyling is most of the
     * cost of a week switch), so the calendar hands blocks to nodes of their look first.
     *
     * @param mark the style class that sets it apart (placed by the study planner, a preview), or null
     */
    record Look(org.courseplanner.domain.engine.OccurrenceType type, boolean conflict, boolean highlighted, boolean movable, String mark,
                String colour) {
        static Look of(WeekBlock b, boolean highlighted, boolean movable, String mark) {
            return new Look(b.occurrence().type(), b.conflict(), highlighted, movable, mark, b.colour());
        }

        List<String> classes() {
            List<String> classes = new ArrayList<>(List.of(StyleClasses.BLOCK, StyleClasses.blockOf(type)));
            if (conflict) {
                classes.add(StyleClasses.BLOCK_CONFLICT);
            }
            if (highlighted) {
                classes.add(StyleClasses.BLOCK_HIGHLIGHTED);
            }
            if (movable) {
                classes.add(StyleClasses.MOVABLE);
            }
            if (mark != null) {
                classes.add(mark); // placed by the study planner, or only a preview of a schedule
            }
            return classes;
        }
    }

    /** The look of the block shown (null before the first). */
    Look look() {
        return look;
    }

    private Look look;

    /** The lines of text a block shows: its code, its kind (with ⚠ when in a conflict), its times on the calendar's clock, its place. */
    record Lines(String code, String kind, String times, String place) {
        static Lines of(WeekBlock b, ZoneId zone) {
            Occurrence o = b.occurrence();
            return new Lines(BlockNode.code(b), b.conflict() ? "⚠ " + BlockNode.kind(o) : BlockNode.kind(o),
                    clock(local(o.startSecond(), zone)) + "–" + clock(local(o.endSecond(), zone)), o.place() == null ? "" : o.place());
        }
    }

    /** The lines shown (null before the first block). */
    Lines lines() {
        return lines;
    }

    private Lines lines;

    /**
     * Shows {@code b} in this look and with these lines at (x, y) in this size, its date on
     * {@code zone}'s clock; its code wraps at its spaces when {@code codeWraps} (its lane is
     * narrower than the whole code). The details shrink ("Semi…", "10:00 – 1…") rather than wrap:
     * wrapping costs a text layout per block and week.
     */
    void show(WeekBlock b, Look newLook, Lines newLines, ZoneId zone, double x, double y, double width, double height, boolean codeWraps) {
        block = b;
        Occurrence o = b.occurrence();
        if (!newLook.equals(look)) {
            getStyleClass().setAll(newLook.classes());
            setStyle(CourseColourStyle.of(b.colour()));
            look = newLook;
        }
        // the calendar hands a block to a node that showed the same lines when it can: an unchanged text is not set again
        setIfChanged(title, newLines.code());
        title.setWrapText(codeWraps);
        setIfChanged(kind, newLines.kind());
        setIfChanged(time, newLines.times());
        setIfChanged(place, newLines.place());
        lines = newLines;
        setTranslateX(0);
        setTranslateY(0);
        relocate(x, y);
        setPrefSize(width, height);
        setMaxSize(width, height);
        setMinSize(width, height);
        setFocusTraversable(newLook.movable());
        StringBuilder said = new StringBuilder(96).append(o.title()).append('\n')
                .append(LocalDate.ofEpochDay(Math.floorDiv(local(o.startSecond(), zone), 86_400))).append(' ').append(newLines.times())
                .append(" (").append(zone.getId()).append(')');
        if (o.place() != null) {
            said.append('\n').append(o.place());
        }
        if (StyleClasses.AUTO_PLACED.equals(newLook.mark())) {
            said.append("\nPlaced by the study planner (dotted edge): move or change it to make it yours");
        }
        if (StyleClasses.PREVIEW.equals(newLook.mark())) {
            said.append("\nPreview of a generated schedule (dashed edge): not in your plan until you use it");
        }
        if (b.conflict()) {
            said.append("\nIn a conflict: see the findings");
        }
        setAccessibleText(said.toString());
    }

    /** An instant (epoch seconds) as seconds since 1970-01-01T00:00 on {@code zone}'s clock: no ZonedDateTime per block. */
    private static long local(long epochSecond, ZoneId zone) {
        return epochSecond + zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    private static String clock(long localSecond) {
        int minute = (int) Math.floorMod(localSecond, 86_400L) / 60;
        return clock(minute / 60, minute % 60);
    }

    private static void setIfChanged(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    /** "09:05": a clock time, written without a formatter (a week switch writes two thousand). */
    static String clock(int hour, int minute) {
        return new String(new char[] {(char) ('0' + hour / 10), (char) ('0' + hour % 10), ':', (char) ('0' + minute / 10),
            (char) ('0' + minute % 10)});
    }

    /**
     * Lays the texts out from the top: the code when it fits whole (wrapped at its spaces if need
     * be), then each detail line that fits whole under it; what does not fit is not shown.
     */
    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = Math.max(0, getWidth() - left - snappedRightInset());
        double bottom = getHeight() - snappedBottomInset();
        double y = snappedTopInset();
        boolean room = true;
        for (Label label : List.of(title, kind, time, place)) {
            if (label.getText().isEmpty()) {
                label.setVisible(false);
                continue;
            }
            double h = label.prefHeight(width);
            room = room && y + h <= bottom + 0.5;
            label.setVisible(room);
            if (room) {
                label.resizeRelocate(left, y, width, h);
                y += h;
            }
        }
    }
}

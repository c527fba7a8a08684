package org.courseplanner.ui.week;

import org.courseplanner.domain.week.WeekBlock;
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
    private final Label title = new Label();
    /** Its kind (with ⚠ when in a conflict), its times, its place: as many as fit under the code, in this order. */
    private final Label kind = new Label();
    private final Label time = new Label();
    private final Label place = new Label();
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
     */
    static String look(WeekBlock b, boolean highlighted, boolean movable, String mark) {
        return String.join(" ", classes(b, highlighted, movable, mark)) + " " + b.colour();
    }

    /** The look of the block shown (null before the first). */
    String look() {
        return look;
    }

    private String look;

    private static List<String> classes(WeekBlock b, boolean highlighted, boolean movable, String mark) {
        List<String> classes = new ArrayList<>(List.of(StyleClasses.BLOCK, StyleClasses.blockOf(b.occurrence().type())));
        if (b.conflict()) {
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

    /**
     * Shows {@code b} at (x, y) in this size, with its times on {@code zone}'s clock; its code
     * wraps at its spaces when {@code codeWraps} (its lane is narrower than the whole code). The
     * details shrink ("Semi…", "10:00 – 1…") rather than wrap: wrapping costs a text layout per
     * block and week.
     */
    void show(WeekBlock b, boolean highlighted, boolean movable, String mark, ZoneId zone, double x, double y, double width, double height,
              boolean codeWraps) {
        block = b;
        Occurrence o = b.occurrence();
        String newLook = look(b, highlighted, movable, mark);
        if (!newLook.equals(look)) {
            getStyleClass().setAll(classes(b, highlighted, movable, mark));
            setStyle(CourseColourStyle.of(b.colour()));
            look = newLook;
        }
        var start = o.start().withZoneSameInstant(zone);
        var end = o.end().withZoneSameInstant(zone);
        String times = clock(start.getHour(), start.getMinute()) + "–" + clock(end.getHour(), end.getMinute());
        // a node mostly shows the same class as last week: an unchanged text is not set again (that lays the label out anew)
        setIfChanged(title, code(b));
        title.setWrapText(codeWraps);
        setIfChanged(kind, (b.conflict() ? "⚠ " : "") + kind(o));
        setIfChanged(time, times);
        setIfChanged(place, o.place() == null ? "" : o.place());
        setTranslateX(0);
        setTranslateY(0);
        relocate(x, y);
        setPrefSize(width, height);
        setMaxSize(width, height);
        setMinSize(width, height);
        setFocusTraversable(movable);
        setAccessibleText(o.title() + "\n" + start.toLocalDate() + " " + times + " (" + zone.getId() + ")"
                + (o.place() == null ? "" : "\n" + o.place()) + (StyleClasses.AUTO_PLACED.equals(mark) ? "\nPlaced by the study planner (dotted edge): move or change it to make it yours" : "")
                + (StyleClasses.PREVIEW.equals(mark) ? "\nPreview of a generated schedule (dashed edge): not in your plan until you use it" : "")
                + (b.conflict() ? "\nIn a conflict: see the findings" : ""));
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

    /** Where the block sits in the week ("item#day#minute"): next week's meeting of a weekly class sits there again. */
    String slot() {
        return block == null ? "" : slot(block);
    }

    static String slot(WeekBlock b) {
        return b.occurrence().itemId() + "#" + b.day() + "#" + b.startMinute() + "#" + b.lane();
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

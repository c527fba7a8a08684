package org.courseplanner.ui.week;

import org.courseplanner.domain.week.WeekBlock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.ui.common.CourseColourStyle;
import org.courseplanner.ui.common.StyleClasses;

/**
 * One block of the week calendar (a class, a study block, a deadline or a shift): its title, its
 * times and, when there is room, its place. The calendar keeps its block nodes from week to week
 * and only shows other blocks in them, so a week switch makes no new nodes and restyles only what
 * changed.
 */
final class BlockNode extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** Below this height a block shows its title and times only. */
    private static final double ROOM_FOR_PLACE = 48;

    private final Label title = new Label();
    private final Label time = new Label();
    private final Label place = new Label();
    private WeekBlock block;

    BlockNode() {
        super(0);
        title.getStyleClass().add(StyleClasses.BLOCK_TITLE);
        time.getStyleClass().add(StyleClasses.BLOCK_DETAIL);
        place.getStyleClass().add(StyleClasses.BLOCK_DETAIL);
        getChildren().addAll(title, time, place);
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
    static String look(WeekBlock b, boolean highlighted, boolean movable) {
        return String.join(" ", classes(b, highlighted, movable)) + " " + b.colour();
    }

    /** The look of the block shown (null before the first). */
    String look() {
        return look;
    }

    private String look;

    private static List<String> classes(WeekBlock b, boolean highlighted, boolean movable) {
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
        return classes;
    }

    /** Shows {@code b} at (x, y) in this size, with its times on {@code zone}'s clock. */
    void show(WeekBlock b, boolean highlighted, boolean movable, ZoneId zone, double x, double y, double width, double height) {
        block = b;
        Occurrence o = b.occurrence();
        String newLook = look(b, highlighted, movable);
        if (!newLook.equals(look)) {
            getStyleClass().setAll(classes(b, highlighted, movable));
            setStyle(CourseColourStyle.of(b.colour()));
            look = newLook;
        }
        var start = o.start().withZoneSameInstant(zone);
        var end = o.end().withZoneSameInstant(zone);
        String times = TIME.format(start) + "–" + TIME.format(end);
        title.setText((b.conflict() ? "⚠ " : "") + o.title());
        time.setText(times);
        boolean roomForPlace = o.place() != null && height > ROOM_FOR_PLACE;
        place.setText(roomForPlace ? o.place() : "");
        place.setVisible(roomForPlace);
        place.setManaged(roomForPlace);
        setTranslateX(0);
        setTranslateY(0);
        relocate(x, y);
        setPrefSize(width, height);
        setMaxSize(width, height);
        setMinSize(width, height);
        setFocusTraversable(movable);
        setAccessibleText(o.title() + "\n" + start.toLocalDate() + " " + times + " (" + zone.getId() + ")"
                + (o.place() == null ? "" : "\n" + o.place()) + (b.conflict() ? "\nIn a conflict: see the findings" : ""));
    }
}

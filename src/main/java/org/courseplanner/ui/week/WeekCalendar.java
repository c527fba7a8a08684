package org.courseplanner.ui.week;

import org.courseplanner.domain.week.WindowBar;
import org.courseplanner.domain.week.WeekBlock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.courseplanner.ui.common.CourseColourStyle;
import org.courseplanner.ui.common.PlanDragFormats;
import org.courseplanner.ui.common.StyleClasses;

/**
 * The week calendar: seven day columns under their dates, module windows as bars in a strip above
 * them, and a scrollable day from 00:00 to 24:00 (opened at 07:00) with an hour axis, a 15-minute
 * grid, breaks shaded, today highlighted, a line at the current time and the week's blocks, side by
 * side where they overlap. It only draws what its view model says.
 */
public final class WeekCalendar extends VBox {
    static final double HOUR_HEIGHT = 44;
    static final double AXIS_WIDTH = 52;
    static final double BAR_HEIGHT = 18;
    private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    private WeekViewModel model;
    private MoveHandler onMove = (block, day, start, end) -> { };

    /** Called when the student drops a moved or resized block: its new day (0–6) and minutes on the calendar's clock. */
    @FunctionalInterface
    public interface MoveHandler {
        void moved(WeekBlock block, int day, int startMinute, int endMinute);
    }

    public void setOnMove(MoveHandler handler) {
        this.onMove = handler;
    }

    private Consumer<WeekBlock> onRemove = b -> { };
    private Consumer<WeekBlock> onEdit = b -> { };

    /** Called when the student presses Enter on a selected block (or double-clicks it). */
    public void setOnEdit(Consumer<WeekBlock> handler) {
        this.onEdit = handler;
    }

    /** Called when the student presses Delete on a selected block. */
    public void setOnRemove(Consumer<WeekBlock> handler) {
        this.onRemove = handler;
    }

    private BiConsumer<PlanDragFormats.DraggedItem, int[]> onDrop = (item, at) -> { };

    /** Called when an item of the plan is dropped from the course tree: the item, and {day, minute} snapped to 15 minutes. */
    public void setOnDrop(BiConsumer<PlanDragFormats.DraggedItem, int[]> handler) {
        this.onDrop = handler;
    }

    private void acceptDrops() {
        var format = PlanDragFormats.PLAN_ITEM;
        body.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(format)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        body.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasContent(format) && e.getX() >= AXIS_WIDTH) {
                var item = PlanDragFormats.DraggedItem.decode((String) e.getDragboard().getContent(format));
                int day = (int) Math.max(0, Math.min(6, Math.floor((e.getX() - AXIS_WIDTH) / dayWidth())));
                int minute = Math.max(0, Math.min(24 * 60 - 15, (int) Math.floor(e.getY() / HOUR_HEIGHT * 4) * 15));
                onDrop.accept(item, new int[] {day, minute});
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
    private final Pane header = new Pane();
    private final Pane strip = new Pane();
    private final Pane body = new Pane();
    private final ScrollPane scroll = new ScrollPane(body);
    /*
     * The body's layers, bottom to top: the day columns (today, breaks), the hour grid (drawn again
     * only when the width changes) and the week's items (blocks, the now line), the one layer a
     * week switch redraws.
     */
    private final Pane columns = new Pane();
    private final Pane grid = new Pane();
    private final Pane items = new Pane();
    /** Above the blocks: the line at the current time and the drag's time label. */
    private final Pane marks = new Pane();
    private double gridWidth = -1;

    public WeekCalendar() {
        getStyleClass().add(StyleClasses.WEEK_CALENDAR);
        header.getStyleClass().add(StyleClasses.WEEK_HEADER);
        strip.getStyleClass().add(StyleClasses.WINDOW_STRIP);
        body.getStyleClass().add(StyleClasses.WEEK_BODY);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(StyleClasses.WEEK_SCROLL);
        setVgrow(scroll, Priority.ALWAYS);
        header.setMinHeight(30);
        getChildren().addAll(header, strip, scroll);
        acceptDrops();
        body.setPrefHeight(24 * HOUR_HEIGHT);
        body.setMinHeight(24 * HOUR_HEIGHT);
        columns.setMouseTransparent(true);
        grid.setMouseTransparent(true);
        items.setPickOnBounds(false); // the empty space between blocks belongs to the body (drops)
        marks.setMouseTransparent(true);
        body.getChildren().addAll(columns, grid, items, marks);
        widthProperty().addListener((obs, old, now) -> redraw());
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (!scrolledToMorning && now.getHeight() > 0) {
                scrolledToMorning = true; // the day opens at 07:00; the rest is a scroll away
                scroll.setVvalue(Math.min(1, 7 * HOUR_HEIGHT / Math.max(1, 24 * HOUR_HEIGHT - now.getHeight())));
            }
        });
    }

    private boolean scrolledToMorning;

    /**
     * Scrolls the day so that the time from {@code fromMinute} to {@code toMinute} (minutes after
     * midnight) is in view, centred; its start first when it is taller than the view. Does nothing
     * when it is already in view.
     */
    public void scrollToMinutes(int fromMinute, int toMinute) {
        double view = scroll.getViewportBounds().getHeight();
        double scrollable = 24 * HOUR_HEIGHT - view;
        if (view <= 0 || scrollable <= 0) {
            return;
        }
        double top = scroll.getVvalue() * scrollable;
        double from = fromMinute / 60.0 * HOUR_HEIGHT;
        double to = toMinute / 60.0 * HOUR_HEIGHT;
        if (from >= top && to <= top + view) {
            return;
        }
        double margin = HOUR_HEIGHT / 2;
        double wanted = to - from + 2 * margin <= view ? (from + to - view) / 2 : from - margin;
        scrolledToMorning = true; // the student's time, not 07:00
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / scrollable)));
    }

    /** Binds the calendar to its view model; it redraws whenever the week changes. */
    public void setModel(WeekViewModel model) {
        this.model = model;
        model.laidOutProperty().addListener((obs, old, now) -> redraw()); // blocks, bars and breaks: once for all three
        model.highlightedProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    private double dayWidth() {
        return Math.max(40, (getWidth() - AXIS_WIDTH - 16) / 7);
    }

    private double x(int day) {
        return AXIS_WIDTH + day * dayWidth();
    }

    /** The block nodes, kept from week to week, each showing one of this week's blocks. */
    private final List<BlockNode> pool = new ArrayList<>();

    /** The nodes showing this week's blocks. */
    private List<BlockNode> drawn() {
        return pool;
    }

    /** The block that has the keyboard focus, if one has. */
    public java.util.Optional<WeekBlock> focusedBlock() {
        var owner = getScene() == null ? null : getScene().getFocusOwner();
        return java.util.Optional.ofNullable(owner instanceof BlockNode n && drawn().contains(n) ? n.block() : null);
    }
    private final Label ghost = new Label();

    /** The tooltip of every block and window bar: it shows the accessible text of the one under the mouse. */
    private final Tooltip blockTip = new Tooltip();

    /** Gives {@code node} the shared tooltip, saying its accessible text as it is when the mouse comes in. */
    private void installTip(Node node) {
        Tooltip.install(node, blockTip);
        node.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> blockTip.setText(node.getAccessibleText()));
    }

    /** Draws the week again from the view model (after a cancelled drag, for one). */
    public void refresh() {
        redraw();
    }

    private void redraw() {
        header.getChildren().clear();
        strip.getChildren().clear();
        columns.getChildren().clear();
        marks.getChildren().clear();
        double w = dayWidth();
        drawGrid(w); // an empty week, or no term yet, still shows its days and hours
        if (model == null || model.mondayProperty().get() == null) {
            showBlocks(List.of(), w);
            for (int d = 0; d < 7; d++) {
                header.getChildren().add(dayHeader(java.time.DayOfWeek.of(d + 1).getDisplayName(java.time.format.TextStyle.SHORT,
                        Locale.ENGLISH), d, w));
            }
            return;
        }
        int today = model.todayColumn();
        Set<Integer> breaks = model.breakDaysProperty().get();
        for (int d = 0; d < 7; d++) {
            Label day = dayHeader(HEADER.format(model.date(d)), d, w);
            if (breaks.contains(d)) {
                day.setTooltip(new Tooltip("A break: no classes"));
            }
            if (d == today) {
                day.getStyleClass().add(StyleClasses.TODAY);
            }
            header.getChildren().add(day);
            Region column = new Region();
            column.getStyleClass().add(breaks.contains(d) ? StyleClasses.BREAK_DAY
                    : d == today ? StyleClasses.TODAY_COLUMN : StyleClasses.DAY_COLUMN);
            column.relocate(x(d), 0);
            column.setPrefSize(w, 24 * HOUR_HEIGHT);
            columns.getChildren().add(column);
        }
        drawWindows(model.windowsProperty().get(), w);
        showBlocks(model.blocksProperty().get(), w);
        if (today >= 0) {
            double y = model.nowMinute() / 60.0 * HOUR_HEIGHT;
            Line now = new Line(x(today), y, x(today) + w, y);
            now.getStyleClass().add(StyleClasses.NOW_LINE);
            marks.getChildren().add(now);
        }
    }

    private Label dayHeader(String text, int d, double w) {
        Label day = new Label(text);
        day.getStyleClass().add(StyleClasses.DAY_HEADER);
        day.setAlignment(Pos.CENTER);
        day.relocate(x(d), 0);
        day.setPrefSize(w, 30);
        return day;
    }

    private static final double RESIZE_EDGE = 6;

    /**
     * Drag a block to move it; drag its bottom edge to change its end. Snaps to 15 minutes. The
     * block is the one the node shows when the mouse is pressed; blocks that cannot move ignore it.
     */
    private void dragToMove(BlockNode box) {
        double[] grab = new double[3]; // scene x, scene y, 1 when resizing
        WeekBlock[] held = new WeekBlock[1]; // the block being dragged, null when none
        box.setOnMouseMoved(e -> box.setCursor(!model.canMove(box.block()) ? Cursor.DEFAULT
                : e.getY() > box.getHeight() - RESIZE_EDGE ? Cursor.S_RESIZE : Cursor.MOVE));
        box.setOnMousePressed(e -> {
            held[0] = model.canMove(box.block()) ? box.block() : null;
            if (held[0] == null) {
                return;
            }
            grab[0] = e.getSceneX();
            grab[1] = e.getSceneY();
            grab[2] = e.getY() > box.getHeight() - RESIZE_EDGE ? 1 : 0;
            box.requestFocus();
            box.toFront();
            box.getStyleClass().add(StyleClasses.BLOCK_DRAGGING);
            e.consume();
        });
        box.setOnMouseDragged(e -> {
            WeekBlock b = held[0];
            if (b == null) {
                return;
            }
            double dx = e.getSceneX() - grab[0];
            double dy = e.getSceneY() - grab[1];
            int day = b.day();
            int start = b.startMinute();
            int end;
            if (grab[2] == 1) {
                double height = Math.max(HOUR_HEIGHT / 4, (b.endMinute() - b.startMinute()) / 60.0 * HOUR_HEIGHT + dy);
                box.setMinHeight(height);
                box.setPrefHeight(height);
                box.setMaxHeight(height);
                end = Math.max(start + 15, Math.min(24 * 60, snap(b.endMinute() + dy / HOUR_HEIGHT * 60)));
            } else {
                box.setTranslateX(dx);
                box.setTranslateY(dy);
                double centre = box.getLayoutX() + dx + box.getWidth() / 2;
                day = (int) Math.max(0, Math.min(6, Math.floor((centre - AXIS_WIDTH) / dayWidth())));
                int length = b.endMinute() - b.startMinute();
                start = Math.max(0, Math.min(24 * 60 - length, snap(b.startMinute() + dy / HOUR_HEIGHT * 60)));
                end = start + length;
            }
            showGhost(b, day, start, end);
            e.consume();
        });
        box.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.canMove(box.block())) {
                onEdit.accept(box.block());
            }
        });
        box.setOnMouseReleased(e -> {
            WeekBlock b = held[0];
            held[0] = null;
            if (b == null) {
                return;
            }
            box.getStyleClass().remove(StyleClasses.BLOCK_DRAGGING);
            hideGhost();
            double dx = e.getSceneX() - grab[0];
            double dy = e.getSceneY() - grab[1];
            if (Math.abs(dx) < 3 && Math.abs(dy) < 3) {
                return; // a click, not a drag
            }
            int length = b.endMinute() - b.startMinute();
            if (grab[2] == 1) {
                int end = snap(b.endMinute() + dy / HOUR_HEIGHT * 60);
                onMove.moved(b, b.day(), b.startMinute(), Math.max(b.startMinute() + 15, Math.min(24 * 60, end)));
            } else {
                double centre = box.getLayoutX() + box.getTranslateX() + box.getWidth() / 2;
                int day = (int) Math.max(0, Math.min(6, Math.floor((centre - AXIS_WIDTH) / dayWidth())));
                int start = Math.max(0, Math.min(24 * 60 - length, snap(b.startMinute() + dy / HOUR_HEIGHT * 60)));
                onMove.moved(b, day, start, start + length);
            }
            e.consume();
        });
    }

    /** The block that had the keyboard focus, found again after a redraw: "item id @ start second". */
    private String focused;

    /**
     * The keyboard way to do what a drag does: Tab to a block, Alt+Up/Down moves it 15 minutes,
     * Alt+Left/Right a day, Alt+Shift+Up/Down shortens or lengthens it.
     */
    private void moveWithKeys(BlockNode box) {
        box.focusedProperty().addListener((obs, old, now) -> {
            if (now && box.block() != null) {
                focused = box.key();
            }
        });
        box.setOnKeyPressed(e -> {
            WeekBlock b = box.block();
            if (b == null || !model.canMove(b)) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onEdit.accept(b);
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                onRemove.accept(b);
                return;
            }
            if (!e.isAltDown()) {
                selectNeighbour(b, e);
                return;
            }
            int start = b.startMinute();
            int end = b.endMinute();
            int day = b.day();
            switch (e.getCode()) {
                case UP -> {
                    if (e.isShiftDown()) {
                        end -= 15;
                    } else {
                        start -= 15;
                        end -= 15;
                    }
                }
                case DOWN -> {
                    if (e.isShiftDown()) {
                        end += 15;
                    } else {
                        start += 15;
                        end += 15;
                    }
                }
                case LEFT -> day--;
                case RIGHT -> day++;
                default -> {
                    return;
                }
            }
            e.consume();
            if (day < 0 || day > 6 || start < 0 || end > 24 * 60 || end <= start) {
                return;
            }
            focused = BlockNode.key(b.occurrence().itemId(), b.occurrence().startSecond() + (start - b.startMinute()) * 60L
                    + (day - b.day()) * 86_400L, day);
            onMove.moved(b, day, start, end);
        });
    }

    /** While dragging: the time range it would take, and the blocks it would run into, lit up. */
    private void showGhost(WeekBlock moving, int day, int start, int end) {
        ghost.getStyleClass().setAll(StyleClasses.DRAG_GHOST);
        ghost.setText(String.format(Locale.ROOT, "%s %02d:%02d–%02d:%02d", HEADER.format(model.date(day)), start / 60, start % 60,
                end / 60, end % 60));
        ghost.relocate(x(day) + 4, Math.max(0, start / 60.0 * HOUR_HEIGHT - 20));
        if (!marks.getChildren().contains(ghost)) {
            marks.getChildren().add(ghost);
        }
        ghost.toFront();
        long dayShift = (day - moving.day()) * 86_400L;
        var preview = moving.occurrence().shifted(dayShift + (start - moving.startMinute()) * 60L,
                dayShift + (end - moving.endMinute()) * 60L);
        drawn().forEach(box -> {
            WeekBlock other = box.block();
            boolean hit = other != moving && preview.clashesWith(other.occurrence()); // as the engine would find it
            box.getStyleClass().remove(StyleClasses.WOULD_CONFLICT);
            if (hit) {
                box.getStyleClass().add(StyleClasses.WOULD_CONFLICT);
            }
        });
    }

    private void hideGhost() {
        marks.getChildren().remove(ghost);
        drawn().forEach(box -> box.getStyleClass().remove(StyleClasses.WOULD_CONFLICT));
    }

    /** Arrows without Alt walk from block to block: up/down within the day, left/right to the nearest on the next day. */
    private void selectNeighbour(WeekBlock from, KeyEvent e) {
        Comparator<BlockNode> byTime = Comparator.comparingInt(x -> x.block().day() * 24 * 60 + x.block().startMinute());
        List<BlockNode> movable = drawn().stream().filter(BlockNode::isFocusTraversable).sorted(byTime).toList();
        Optional<BlockNode> next = switch (e.getCode()) {
            case DOWN -> movable.stream().filter(x -> x.block().day() == from.day() && x.block().startMinute() > from.startMinute())
                    .findFirst();
            case UP -> movable.stream().filter(x -> x.block().day() == from.day() && x.block().startMinute() < from.startMinute())
                    .reduce((a, b) -> b);
            case RIGHT -> movable.stream().filter(x -> x.block().day() > from.day())
                    .min(Comparator.comparingInt((BlockNode x) -> x.block().day())
                            .thenComparingInt(x -> Math.abs(x.block().startMinute() - from.startMinute())));
            case LEFT -> movable.stream().filter(x -> x.block().day() < from.day())
                    .min(Comparator.comparingInt((BlockNode x) -> -x.block().day())
                            .thenComparingInt(x -> Math.abs(x.block().startMinute() - from.startMinute())));
            default -> Optional.empty();
        };
        next.ifPresent(x -> {
            x.requestFocus();
            e.consume();
        });
    }

    static int snap(double minute) {
        return (int) Math.round(minute / 15) * 15;
    }

    private void drawGrid(double w) {
        if (w == gridWidth) {
            return;
        }
        gridWidth = w;
        grid.getChildren().clear();
        for (int q = 0; q <= 24 * 4; q++) {
            double y = q * HOUR_HEIGHT / 4;
            Line line = new Line(AXIS_WIDTH, y, AXIS_WIDTH + 7 * w, y);
            line.getStyleClass().add(q % 4 == 0 ? StyleClasses.HOUR_LINE : StyleClasses.QUARTER_LINE);
            grid.getChildren().add(line);
            if (q % 4 == 0 && q < 24 * 4) {
                Label hour = new Label(String.format(Locale.ROOT, "%02d:00", q / 4));
                hour.getStyleClass().add(StyleClasses.HOUR_LABEL);
                hour.relocate(6, y + 2);
                grid.getChildren().add(hour);
            }
        }
        for (int d = 0; d <= 7; d++) {
            Line line = new Line(x(d), 0, x(d), 24 * HOUR_HEIGHT);
            line.getStyleClass().add(StyleClasses.DAY_LINE);
            grid.getChildren().add(line);
        }
    }

    private void drawWindows(List<WindowBar> bars, double w) {
        int rows = bars.stream().mapToInt(WindowBar::row).max().orElse(-1) + 1;
        strip.setPrefHeight(rows == 0 ? 0 : rows * (BAR_HEIGHT + 3) + 4);
        strip.setMinHeight(strip.getPrefHeight());
        for (WindowBar bar : bars) {
            Label label = new Label(bar.title() + (bar.dueInWeek() ? " · due" : ""));
            label.getStyleClass().add(StyleClasses.WINDOW_BAR);
            label.setStyle(CourseColourStyle.of(bar.colour()));
            double left = AXIS_WIDTH + bar.from() * w;
            double width = Math.max(8, (bar.to() - bar.from()) * w - 2);
            label.relocate(left, 2 + bar.row() * (BAR_HEIGHT + 3));
            label.setPrefSize(width, BAR_HEIGHT);
            label.setMaxWidth(width);
            label.setAccessibleText(bar.title() + (bar.dueInWeek() ? " — due this week" : ""));
            installTip(label);
            strip.getChildren().add(label);
            if (bar.dueInWeek()) {
                Polygon marker = new Polygon(0, 0, 8, BAR_HEIGHT / 2, 0, BAR_HEIGHT);
                marker.getStyleClass().add(StyleClasses.DEADLINE_MARKER);
                marker.relocate(left + width - 4, 2 + bar.row() * (BAR_HEIGHT + 3));
                strip.getChildren().add(marker);
            }
        }
    }

    /**
     * Shows {@code blocks} in the pooled nodes, each in a node that last showed a block of the same
     * look when there is one (no restyling), makes more nodes when needed, drops the rest, and
     * gives the focus back to the block that had it.
     */
    private void showBlocks(List<WeekBlock> blocks, double dayWidth) {
        Map<String, Deque<BlockNode>> free = new HashMap<>();
        for (BlockNode node : pool) {
            free.computeIfAbsent(node.look(), k -> new ArrayDeque<>()).add(node);
        }
        BlockNode[] chosen = new BlockNode[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            WeekBlock b = blocks.get(i);
            Deque<BlockNode> same = free.get(BlockNode.look(b, model.isHighlighted(b), model.canMove(b)));
            chosen[i] = same == null ? null : same.poll();
        }
        Iterator<BlockNode> others = free.values().stream().flatMap(Deque::stream).iterator();
        for (int i = 0; i < blocks.size(); i++) {
            if (chosen[i] == null) {
                chosen[i] = others.hasNext() ? others.next() : newBlockNode();
            }
        }
        List<BlockNode> unused = new ArrayList<>();
        others.forEachRemaining(unused::add);
        items.getChildren().removeAll(unused);
        pool.clear();
        pool.addAll(List.of(chosen));
        BlockNode refocus = null;
        for (int i = 0; i < blocks.size(); i++) {
            WeekBlock b = blocks.get(i);
            double laneWidth = (dayWidth - 6) / b.lanes();
            double height = Math.max(14, (b.endMinute() - b.startMinute()) / 60.0 * HOUR_HEIGHT - 1);
            BlockNode node = pool.get(i);
            node.show(b, model.isHighlighted(b), model.canMove(b), model.zone(), x(b.day()) + 3 + b.lane() * laneWidth,
                    b.startMinute() / 60.0 * HOUR_HEIGHT, laneWidth - 2, height);
            if (node.isFocusTraversable() && node.key().equals(focused)) {
                refocus = node;
            }
        }
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (refocus != null && refocus != owner) {
            Platform.runLater(refocus::requestFocus);
        } else if (refocus == null && owner instanceof BlockNode) {
            scroll.requestFocus(); // the focused block is gone: the focus must not stay on a node that now shows another
        }
    }

    /** A block node with its mouse and keyboard handling; what it does depends on the block it shows when used. */
    private BlockNode newBlockNode() {
        BlockNode node = new BlockNode();
        items.getChildren().add(node);
        installTip(node); // one tooltip for every block and bar
        dragToMove(node);
        moveWithKeys(node);
        return node;
    }
}

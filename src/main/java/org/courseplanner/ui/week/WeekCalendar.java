package org.courseplanner.ui.week;

import org.courseplanner.domain.week.WindowBar;
import org.courseplanner.domain.week.WeekBlock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.courseplanner.domain.week.WeekLayout;
import org.courseplanner.ui.common.CourseColourStyle;
import org.courseplanner.ui.common.PlanDragFormats;
import org.courseplanner.ui.common.StyleClasses;

/**
 * The week calendar: seven day columns under their dates, module windows as bars in a strip above
 * them, and a scrollable day from 00:00 to 24:00 (opened at 07:00) with an hour axis, a 15-minute
 * grid, breaks shaded, today highlighted, a line at the current time and the week's blocks, side by
 * side where they overlap, each lane wide enough for its course codes: a crowded day is wider than
 * the others, and when the days need more than the view the week scrolls sideways (ADR 0019). It
 * only draws what its view model says.
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
                int day = dayAt(e.getX());
                int minute = Math.max(0, Math.min(24 * 60 - 15, (int) Math.floor(e.getY() / HOUR_HEIGHT * 4) * 15));
                onDrop.accept(item, new int[] {day, minute});
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
    /*
     * The day headers and the module windows sit above the scroll pane (they stay in view when the
     * day scrolls down); when a crowded week scrolls sideways they move with it: each is a clipped
     * row whose content is shifted by the scroll.
     */
    private final Pane header = new Pane();
    private final Pane headerDays = new Pane();
    private final Pane strip = new Pane();
    private final Pane stripBars = new Pane();
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
    /** The hours, kept in view at the left when the week scrolls sideways. */
    private final Pane axis = new Pane();
    /** Styled as a block's title: the font course codes are measured in. */
    private final Label codeFont = new Label();
    /** Styled as a day's header: the font its date is measured in. */
    private final Label headerFont = new Label();
    private final Text measure = new Text();
    private final Map<String, Double> codeWidths = new HashMap<>();
    /** The width of a code's widest word, by code. */
    private final Map<String, Double> wordWidths = new HashMap<>();
    private Font measuredIn;
    /** The left edge of each day column, and of the space after the last (index 7). */
    private double[] lefts = new double[8];
    private double[] gridLefts;

    public WeekCalendar() {
        getStyleClass().add(StyleClasses.WEEK_CALENDAR);
        header.getStyleClass().add(StyleClasses.WEEK_HEADER);
        strip.getStyleClass().add(StyleClasses.WINDOW_STRIP);
        body.getStyleClass().add(StyleClasses.WEEK_BODY);
        scroll.setFitToWidth(true); // and wider when the days need more: body's minimum width
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add(StyleClasses.WEEK_SCROLL);
        setVgrow(scroll, Priority.ALWAYS);
        header.setMinHeight(30);
        headerFont.getStyleClass().add(StyleClasses.DAY_HEADER);
        headerFont.setVisible(false);
        headerFont.setManaged(false);
        header.getChildren().addAll(headerDays, headerFont);
        strip.getChildren().add(stripBars);
        clipFromAxis(header);
        clipFromAxis(strip);
        getChildren().addAll(header, strip, scroll);
        acceptDrops();
        body.setPrefHeight(24 * HOUR_HEIGHT);
        body.setMinHeight(24 * HOUR_HEIGHT);
        columns.setMouseTransparent(true);
        grid.setMouseTransparent(true);
        items.setPickOnBounds(false); // the empty space between blocks belongs to the body (drops)
        marks.setMouseTransparent(true);
        axis.getStyleClass().add(StyleClasses.WEEK_AXIS);
        axis.setMouseTransparent(true);
        axis.setPrefSize(AXIS_WIDTH, 24 * HOUR_HEIGHT);
        drawAxis();
        codeFont.getStyleClass().add(StyleClasses.BLOCK_TITLE);
        codeFont.setVisible(false);
        codeFont.setManaged(false);
        body.getChildren().addAll(columns, grid, items, marks, axis, codeFont);
        watchFonts();
        scroll.hvalueProperty().addListener((obs, old, now) -> followSideways());
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            followSideways();
            if (now.getWidth() != old.getWidth() && now.getWidth() != laidOutFor) {
                redraw(); // the days share the view's width (known once the scroll pane is laid out)
            }
        });
        body.widthProperty().addListener((obs, old, now) -> followSideways());
        widthProperty().addListener((obs, old, now) -> redraw());
        // the day opens at 07:00, the rest a scroll away: kept there while the window settles its height (its bars come
        // later, and each new height moves the same scroll value elsewhere), until the student or a finding scrolls
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (!scrolledToMorning && now.getHeight() > 0 && now.getHeight() != old.getHeight()) {
                showMorning(now.getHeight());
            }
        });
        scroll.vvalueProperty().addListener((obs, old, now) -> {
            if (!showingMorning) {
                scrolledToMorning = true;
            }
        });
    }

    /** True once something other than the day's opening scrolled the day (the student, a finding). */
    private boolean scrolledToMorning;
    private boolean showingMorning;

    private void showMorning(double viewportHeight) {
        showingMorning = true;
        try {
            scroll.setVvalue(Math.min(1, MORNING_MINUTE * HOUR_HEIGHT / 60.0 / Math.max(1, 24 * HOUR_HEIGHT - viewportHeight)));
        } finally {
            showingMorning = false;
        }
    }

    /** Where the day opens: a quarter before 07:00, so that the 07:00 line and its label show whole. */
    private static final int MORNING_MINUTE = 6 * 60 + 45;

    /*
     * The fonts days and codes are measured in are styled once in a scene, not on every switch
     * (that was a tenth of it); when a theme or stylesheet changes them later, the days are laid
     * out again for the new fonts.
     */
    private boolean fontsStyled;
    private boolean measuring;

    private void watchFonts() {
        sceneProperty().addListener((obs, old, now) -> fontsStyled = false);
        javafx.beans.value.ChangeListener<Font> changed = (obs, old, now) -> {
            if (!measuring) {
                Platform.runLater(this::redraw);
            }
        };
        codeFont.fontProperty().addListener(changed);
        headerFont.fontProperty().addListener(changed);
    }

    /*
     * The days are as wide as the view (or wider, scrolling sideways): the width the calendar asks
     * of the window is only what seven narrow days need, never its content's, which would push the
     * side panels out of the window.
     */
    @Override
    protected double computeMinWidth(double height) {
        return AXIS_WIDTH + 7 * MIN_DAY_WIDTH + 16;
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    /** Shows only what lies above the days in view: right of the hour axis, left of the scroll bar. */
    private void clipFromAxis(Region row) {
        Rectangle clip = new Rectangle();
        clip.xProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> AXIS_WIDTH + scroll.snappedLeftInset(),
                scroll.insetsProperty()));
        clip.widthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, scroll.getViewportBounds().getWidth() - AXIS_WIDTH), scroll.viewportBoundsProperty()));
        clip.heightProperty().bind(row.heightProperty());
        row.setClip(clip);
    }

    /** How far the week is scrolled sideways, in pixels. */
    private double sideways() {
        return scroll.getHvalue() * Math.max(0, body.getWidth() - scroll.getViewportBounds().getWidth());
    }

    /** The day headers and the window bars move with the days; the hours stay at the left. */
    private void followSideways() {
        double offset = sideways();
        double inset = scroll.snappedLeftInset(); // the days start inside the scroll pane's border
        headerDays.setTranslateX(inset - offset);
        stripBars.setTranslateX(inset - offset);
        axis.setTranslateX(offset);
    }

    /**
     * Scrolls the week sideways so that {@code blocks} are in view, centred (the leftmost first
     * when they do not all fit). Does nothing when the whole week fits.
     */
    public void scrollToBlocks(List<WeekBlock> blocks) {
        double view = scroll.getViewportBounds().getWidth() - AXIS_WIDTH;
        double scrollable = body.getMinWidth() - scroll.getViewportBounds().getWidth(); // laid out, maybe not yet resized
        if (view <= 0 || scrollable <= 0) {
            return;
        }
        if (blocks.isEmpty()) {
            return;
        }
        double left = blocks.stream().mapToDouble(this::blockLeft).min().orElseThrow() - AXIS_WIDTH - DAY_PADDING;
        double right = blocks.stream().mapToDouble(b -> blockLeft(b) + laneWidth(b)).max().orElseThrow() - AXIS_WIDTH + DAY_PADDING;
        double offset = scroll.getHvalue() * scrollable;
        if (left >= offset && right <= offset + view) {
            return;
        }
        double wanted = right - left <= view ? left - (view - (right - left)) / 2 : left;
        scroll.setHvalue(Math.max(0, Math.min(1, wanted / scrollable)));
    }

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
        scrolledToMorning = true; // the student's time, not 07:00, from now on
        if (from >= top && to <= top + view) {
            return;
        }
        double margin = HOUR_HEIGHT / 2;
        double wanted = to - from + 2 * margin <= view ? (from + to - view) / 2 : from - margin;
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / scrollable)));
    }

    /** Binds the calendar to its view model; it redraws whenever the week changes. */
    public void setModel(WeekViewModel model) {
        this.model = model;
        model.laidOutProperty().addListener((obs, old, now) -> redraw()); // blocks, bars and breaks: once for all three
        model.highlightedProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    /** The width the seven days share when none is crowded (the vertical scroll bar aside). */
    private double available() {
        double view = scroll.getViewportBounds().getWidth();
        laidOutFor = view;
        return Math.max(7 * MIN_DAY_WIDTH, (view > 0 ? view : getWidth() - 18) - AXIS_WIDTH);
    }

    /** The view's width the days were last laid out for. */
    private double laidOutFor = -1;

    private static final double MIN_DAY_WIDTH = 48;
    /** Room left and right of a day's date in its header (today's is on a rounded badge). */
    private static final double DAY_HEADER_PADDING = 8;
    /** A day column's margins around its lanes, and the gap between two lanes. */
    private static final double DAY_PADDING = 6;
    private static final double LANE_GAP = 2;
    /** A block's insets left and right, the same for every block: see WeekView.css. */
    private static final double BLOCK_INSETS = 9;
    /** The same, above and below. */
    private static final double BLOCK_INSETS_TALL = 4;
    /** The height of a line of a block's code. */
    private double codeLine = 16;

    private static double height(WeekBlock b) {
        return Math.max(14, (b.endMinute() - b.startMinute()) / 60.0 * HOUR_HEIGHT - 1);
    }

    private double x(int day) {
        return lefts[day];
    }

    private double width(int day) {
        return lefts[day + 1] - lefts[day];
    }

    /** The day (0–6) whose column holds {@code x}, on the body. */
    private int dayAt(double x) {
        int day = 0;
        while (day < 6 && x >= lefts[day + 1]) {
            day++;
        }
        return day;
    }

    /** Where the week's {@code days} (0.0 Monday 00:00 to 7.0) falls, on the body. */
    private double xAtDays(double days) {
        int day = (int) Math.min(6, Math.max(0, Math.floor(days)));
        return x(day) + (days - day) * width(day);
    }

    /**
     * Lays the days out for {@code blocks}: each lane at least as wide as the codes it shows (so no
     * code is cut), a crowded day wider than the others, and the body as wide as all of them.
     */
    private void layDays(List<WeekBlock> blocks, List<String> days) {
        if (!fontsStyled && getScene() != null) {
            measuring = true;
            try {
                headerFont.applyCss();
                codeFont.applyCss();
                fontsStyled = true;
            } finally {
                measuring = false;
            }
        }
        measure.setFont(headerFont.getFont());
        double minDay = MIN_DAY_WIDTH;
        for (String day : days) {
            measure.setText(day);
            minDay = Math.max(minDay, Math.ceil(measure.getLayoutBounds().getWidth()) + 2 * DAY_HEADER_PADDING);
        }
        Font font = codeFont.getFont();
        measure.setFont(font);
        if (!font.equals(measuredIn)) {
            measuredIn = font;
            codeWidths.clear();
            wordWidths.clear();
            measure.setText("Hg");
            codeLine = Math.ceil(measure.getLayoutBounds().getHeight());
        }
        double room = available();
        double[] widths = WeekLayout.columnWidths(blocks, b -> codeWidth(b, false) + BLOCK_INSETS + LANE_GAP + 1, DAY_PADDING,
                minDay, room);
        if (java.util.Arrays.stream(widths).sum() > room) { // codes on one line do not fit: tall blocks wrap theirs
            widths = WeekLayout.columnWidths(blocks, b -> codeWidth(b, true) + BLOCK_INSETS + LANE_GAP + 1, DAY_PADDING, minDay, room);
        }
        lefts = new double[8];
        lefts[0] = AXIS_WIDTH;
        for (int d = 0; d < 7; d++) {
            lefts[d + 1] = lefts[d] + Math.floor(widths[d]);
        }
        body.setMinWidth(lefts[7]);
        body.setPrefWidth(lefts[7]);
    }

    /**
     * The width a block's code needs in the title font: the whole code on one line, or, when
     * {@code wrapping} and the block is tall enough for two lines, its widest word (it wraps at its spaces).
     */
    private double codeWidth(WeekBlock b, boolean wrapping) {
        String code = BlockNode.code(b);
        if (!wrapping || height(b) < 2 * codeLine + BLOCK_INSETS_TALL) {
            return codeWidths.computeIfAbsent(code, this::textWidth);
        }
        return wordWidths.computeIfAbsent(code, this::widestWord);
    }

    private double widestWord(String text) {
        double widest = 0;
        for (String word : text.split(" ")) {
            widest = Math.max(widest, codeWidths.computeIfAbsent(word, this::textWidth));
        }
        return widest;
    }

    private double textWidth(String text) {
        measure.setText(text);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    /** The block nodes, kept from week to week, each showing one of this week's blocks. */
    private final List<BlockNode> pool = new ArrayList<>();
    /** Block nodes a week did not need, out of the scene, to be shown again before new ones are made. */
    private final Deque<BlockNode> spare = new ArrayDeque<>();

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
        headerDays.getChildren().clear();
        columns.getChildren().clear();
        marks.getChildren().clear();
        boolean noWeek = model == null || model.mondayProperty().get() == null;
        List<WeekBlock> blocks = noWeek ? List.of() : model.blocksProperty().get();
        List<String> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(noWeek ? java.time.DayOfWeek.of(d + 1).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                    : HEADER.format(model.date(d)));
        }
        layDays(blocks, days);
        drawGrid(); // an empty week, or no term yet, still shows its days and hours
        if (noWeek) {
            showBlocks(List.of());
            drawWindows(List.of());
            for (int d = 0; d < 7; d++) {
                headerDays.getChildren().add(dayHeader(days.get(d), d));
            }
            return;
        }
        int today = model.todayColumn();
        Set<Integer> breaks = model.breakDaysProperty().get();
        for (int d = 0; d < 7; d++) {
            Label day = dayHeader(days.get(d), d);
            if (breaks.contains(d)) {
                day.setTooltip(new Tooltip("A break: no classes"));
            }
            if (d == today) {
                day.getStyleClass().add(StyleClasses.TODAY);
            }
            headerDays.getChildren().add(day);
            Region column = new Region();
            column.getStyleClass().add(breaks.contains(d) ? StyleClasses.BREAK_DAY
                    : d == today ? StyleClasses.TODAY_COLUMN : StyleClasses.DAY_COLUMN);
            column.relocate(x(d), 0);
            column.setPrefSize(width(d), 24 * HOUR_HEIGHT);
            columns.getChildren().add(column);
        }
        drawWindows(model.windowsProperty().get());
        showBlocks(blocks);
        followSideways();
        if (today >= 0) {
            double y = model.nowMinute() / 60.0 * HOUR_HEIGHT;
            Line now = new Line(x(today), y, x(today) + width(today), y);
            now.getStyleClass().add(StyleClasses.NOW_LINE);
            marks.getChildren().add(now);
        }
    }

    private Label dayHeader(String text, int d) {
        Label day = new Label(text);
        day.getStyleClass().add(StyleClasses.DAY_HEADER);
        day.setAlignment(Pos.CENTER);
        day.relocate(x(d), 0);
        day.setPrefSize(width(d), 30);
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
                day = dayAt(centre);
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
                int day = dayAt(centre);
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

    /** The grid's lines, made once: a crowded week only moves the day lines and stretches the others. */
    private void drawGrid() {
        if (java.util.Arrays.equals(lefts, gridLefts)) {
            return;
        }
        gridLefts = lefts.clone();
        if (grid.getChildren().isEmpty()) {
            for (int q = 0; q <= 24 * 4; q++) {
                double y = q * HOUR_HEIGHT / 4;
                Line line = new Line(AXIS_WIDTH, y, AXIS_WIDTH, y);
                line.getStyleClass().add(q % 4 == 0 ? StyleClasses.HOUR_LINE : StyleClasses.QUARTER_LINE);
                grid.getChildren().add(line);
            }
            for (int d = 0; d <= 7; d++) {
                Line line = new Line(0, 0, 0, 24 * HOUR_HEIGHT);
                line.getStyleClass().add(StyleClasses.DAY_LINE);
                grid.getChildren().add(line);
            }
        }
        int hours = 24 * 4 + 1;
        for (int q = 0; q < hours; q++) {
            ((Line) grid.getChildren().get(q)).setEndX(lefts[7]);
        }
        for (int d = 0; d <= 7; d++) {
            Line line = (Line) grid.getChildren().get(hours + d);
            line.setStartX(lefts[d]);
            line.setEndX(lefts[d]);
        }
    }

    private void drawAxis() {
        for (int h = 0; h < 24; h++) {
            Label hour = new Label(String.format(Locale.ROOT, "%02d:00", h));
            hour.getStyleClass().add(StyleClasses.HOUR_LABEL);
            hour.relocate(6, h * HOUR_HEIGHT + 2);
            axis.getChildren().add(hour);
        }
    }

    /** The window bars and their deadline markers, kept from week to week: a switch sets their texts and places. */
    private final List<Label> barLabels = new ArrayList<>();
    private final List<Polygon> barMarkers = new ArrayList<>();
    /** A course colour's inline style, by colour (a bar's colour is checked by a regular expression). */
    private final Map<String, String> colourStyles = new HashMap<>();

    private void drawWindows(List<WindowBar> bars) {
        int rows = bars.stream().mapToInt(WindowBar::row).max().orElse(-1) + 1;
        strip.setPrefHeight(rows == 0 ? 0 : rows * (BAR_HEIGHT + 3) + 4);
        strip.setMinHeight(strip.getPrefHeight());
        int markers = 0;
        for (int i = 0; i < bars.size(); i++) {
            WindowBar bar = bars.get(i);
            Label label = i < barLabels.size() ? barLabels.get(i) : newWindowBar();
            String text = bar.title() + (bar.dueInWeek() ? " · due" : "");
            if (!text.equals(label.getText())) {
                label.setText(text);
            }
            String style = colourStyles.computeIfAbsent(bar.colour(), CourseColourStyle::of);
            if (!style.equals(label.getStyle())) {
                label.setStyle(style);
            }
            double left = xAtDays(bar.from());
            double width = Math.max(8, xAtDays(bar.to()) - left - 2);
            label.relocate(left, 2 + bar.row() * (BAR_HEIGHT + 3));
            label.setPrefSize(width, BAR_HEIGHT);
            label.setMaxWidth(width);
            label.setAccessibleText(bar.title() + (bar.dueInWeek() ? " — due this week" : ""));
            if (bar.dueInWeek()) {
                Polygon marker = markers < barMarkers.size() ? barMarkers.get(markers) : newDeadlineMarker();
                marker.relocate(left + width - 4, 2 + bar.row() * (BAR_HEIGHT + 3));
                markers++;
            }
        }
        showFirst(barLabels, bars.size(), true);
        showFirst(barMarkers, markers, false);
    }

    /** Puts the first {@code count} of {@code nodes} on the strip and takes the rest off; bars go under the markers. */
    private void showFirst(List<? extends Node> nodes, int count, boolean under) {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (i < count && node.getParent() == null) {
                if (under) {
                    stripBars.getChildren().add(0, node);
                } else {
                    stripBars.getChildren().add(node);
                }
            } else if (i >= count && node.getParent() != null) {
                stripBars.getChildren().remove(node);
            }
        }
    }

    private Label newWindowBar() {
        Label label = new TextLabel();
        label.getStyleClass().add(StyleClasses.WINDOW_BAR);
        installTip(label);
        barLabels.add(label);
        return label;
    }

    private Polygon newDeadlineMarker() {
        Polygon marker = new Polygon(0, 0, 8, BAR_HEIGHT / 2, 0, BAR_HEIGHT);
        marker.getStyleClass().add(StyleClasses.DEADLINE_MARKER);
        barMarkers.add(marker);
        return marker;
    }

    /**
     * Shows {@code blocks} in the pooled nodes, each in a node that last showed a block of the same
     * look when there is one (no restyling), makes more nodes when needed, drops the rest, and
     * gives the focus back to the block that had it.
     */
    private void showBlocks(List<WeekBlock> blocks) {
        // first a node that showed the same lines in the same look (nothing to set), then one of the same look (no restyling)
        ZoneId zone = blocks.isEmpty() ? null : model.zone(); // no week yet (no model, or no term): nothing to place
        Map<BlockNode.Lines, List<BlockNode>> byLines = new HashMap<>();
        for (BlockNode node : pool) {
            byLines.computeIfAbsent(node.lines(), k -> new ArrayList<>(1)).add(node);
        }
        Set<BlockNode> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        BlockNode[] chosen = new BlockNode[blocks.size()];
        BlockNode.Look[] looks = new BlockNode.Look[blocks.size()];
        BlockNode.Lines[] lines = new BlockNode.Lines[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            WeekBlock b = blocks.get(i);
            looks[i] = BlockNode.Look.of(b, model.isHighlighted(b), model.canMove(b), model.markOf(b));
            lines[i] = BlockNode.Lines.of(b, zone);
            List<BlockNode> same = byLines.get(lines[i]);
            for (int k = 0; same != null && k < same.size(); k++) {
                if (looks[i].equals(same.get(k).look())) {
                    chosen[i] = same.remove(k);
                    taken.add(chosen[i]);
                    break;
                }
            }
        }
        Map<BlockNode.Look, Deque<BlockNode>> free = new HashMap<>();
        for (BlockNode node : pool) {
            if (!taken.contains(node)) {
                free.computeIfAbsent(node.look(), k -> new ArrayDeque<>()).add(node);
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Deque<BlockNode> same = chosen[i] == null ? free.get(looks[i]) : null;
            chosen[i] = same == null ? chosen[i] : same.poll();
        }
        Iterator<BlockNode> others = free.values().stream().flatMap(Deque::stream).iterator();
        for (int i = 0; i < blocks.size(); i++) {
            if (chosen[i] == null) {
                chosen[i] = others.hasNext() ? others.next() : spareOrNewBlockNode();
            }
        }
        List<BlockNode> unused = new ArrayList<>();
        others.forEachRemaining(unused::add);
        items.getChildren().removeAll(unused);
        spare.addAll(unused); // out of the scene (no stale block to find), kept with their handlers for a busier week
        pool.clear();
        pool.addAll(List.of(chosen));
        BlockNode refocus = null;
        for (int i = 0; i < blocks.size(); i++) {
            WeekBlock b = blocks.get(i);
            double laneWidth = laneWidth(b);
            BlockNode node = pool.get(i);
            node.show(b, looks[i], lines[i], zone, blockLeft(b), b.startMinute() / 60.0 * HOUR_HEIGHT, laneWidth - LANE_GAP, height(b),
                    laneWidth - LANE_GAP - BLOCK_INSETS < codeWidth(b, false) + 1);
            if (focused != null && node.isFocusTraversable() && node.key().equals(focused)) {
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

    /** The width of a block's lane, its gap to the next lane included. */
    private double laneWidth(WeekBlock b) {
        return (width(b.day()) - DAY_PADDING) / b.lanes();
    }

    /** Where a block's left edge is, on the body. */
    private double blockLeft(WeekBlock b) {
        return x(b.day()) + DAY_PADDING / 2 + b.lane() * laneWidth(b);
    }

    /** A node a quieter week did not need, back in the scene, or a new one. */
    private BlockNode spareOrNewBlockNode() {
        BlockNode node = spare.poll();
        if (node == null) {
            return newBlockNode();
        }
        items.getChildren().add(node);
        return node;
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

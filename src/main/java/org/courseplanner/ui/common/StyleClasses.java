package org.courseplanner.ui.common;

/**
 * The style-class names the views set from code, in one place: the stylesheets (theme-light.css,
 * theme-dark.css and each view's own) select on them, and tests look nodes up by them.
 */
public final class StyleClasses {
    public static final String AXIS_LABEL = "axis-label";
    public static final String BAR_OUTLINE = "bar-outline";
    public static final String BAR_VALUE = "bar-value";
    public static final String BASE_LINE = "base-line";
    public static final String BLOCK = "block";
    public static final String BLOCK_CONFLICT = "block-conflict";
    /** A study or homework block the study planner placed (not yet taken by the student). */
    public static final String AUTO_PLACED = "auto-placed";
    /** A class of a generated schedule shown on the week before it is used (nothing saved). */
    public static final String PREVIEW = "preview";
    public static final String BLOCK_DETAIL = "block-detail";
    public static final String BLOCK_DRAGGING = "block-dragging";
    public static final String BLOCK_HIGHLIGHTED = "block-highlighted";
    public static final String BLOCK_TITLE = "block-title";
    public static final String BREAK_DAY = "break-day";
    public static final String BREAK_FIRST = "break-first";
    public static final String BREAK_LAST = "break-last";
    public static final String BREAK_NAME = "break-name";
    public static final String BREAK_REMOVE = "break-remove";
    public static final String CAP_LABEL = "cap-label";
    public static final String CAP_LINE = "cap-line";
    public static final String DAY_COLUMN = "day-column";
    public static final String DAY_HEADER = "day-header";
    public static final String DAY_LINE = "day-line";
    public static final String DEADLINE_MARKER = "deadline-marker";
    public static final String DRAG_GHOST = "drag-ghost";
    /** What a finding offers to mend it ("Re-plan study time"). */
    public static final String FINDING_ACTION = "finding-action";
    public static final String FINDING_COUNT = "finding-count";
    public static final String FINDING_ERROR = "finding-error";
    public static final String FINDING_ICON = "finding-icon";
    public static final String FINDING_MESSAGE = "finding-message";
    public static final String FINDING_WARNING = "finding-warning";
    public static final String GRID_LINE = "grid-line";
    public static final String HOUR_LABEL = "hour-label";
    public static final String HOUR_LINE = "hour-line";
    public static final String HOURS_CHART = "hours-chart";
    public static final String IMPORT_PREVIEW = "import-preview";
    /** A page in the print preview. */
    public static final String PRINT_PAGE = "print-page";
    public static final String ITEM_DETAIL = "item-detail";
    public static final String MOVABLE = "movable";
    public static final String NOW_LINE = "now-line";
    public static final String PEAK_MARKER = "peak-marker";
    public static final String PEAK_ROW = "peak-row";
    public static final String PLAN_PROBLEM = "plan-problem";
    public static final String QUARTER_LINE = "quarter-line";
    public static final String SEGMENT = "segment";
    public static final String SHORTCUT_KEY = "shortcut-key";
    public static final String SHORTCUTS = "shortcuts";
    public static final String TEMPLATE_LABEL = "template-label";
    public static final String THEME_DARK = "theme-dark";
    public static final String THEME_LIGHT = "theme-light";
    public static final String TODAY = "today";
    public static final String TODAY_COLUMN = "today-column";
    public static final String UNPLACED = "unplaced";
    public static final String WEEK_BODY = "week-body";
    public static final String WEEK_CALENDAR = "week-calendar";
    public static final String WEEK_HEADER = "week-header";
    public static final String WEEK_SCROLL = "week-scroll";
    /** The hour axis at the left of the week, kept in view when it scrolls sideways. */
    public static final String WEEK_AXIS = "week-axis";
    public static final String WINDOW_BAR = "window-bar";
    public static final String WINDOW_STRIP = "window-strip";
    public static final String WOULD_CONFLICT = "would-conflict";

    /** A style-class for each kind of occurrence a block can show ("block-session", "block-study"…). */
    public static String blockOf(org.courseplanner.domain.engine.OccurrenceType type) {
        return BLOCK + "-" + type.label();
    }

    private StyleClasses() {
    }

    /** A line of the side panel's term facts (dates, zones, breaks). */
    public static final String SUMMARY_LINE = "summary-line";
}

package org.courseplanner.print;

import java.awt.Color;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.OccurrenceType;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.domain.week.ConflictMarks;
import org.courseplanner.domain.week.CourseInk;
import org.courseplanner.domain.week.WeekBlock;
import org.courseplanner.domain.week.WeekLayout;
import org.courseplanner.domain.week.WindowBar;

/**
 * One week on a page: a header (term, week, dates, zone), the module windows as bars above seven
 * day columns, and the week's blocks over the hours in use, each in its course's colour.
 */
final class WeekPage {
    static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_HEADER = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    static final Color INK = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x5F5F5F);
    static final Color CONFLICT = new Color(0xC62828);
    private static final Color GRID = new Color(0xCFCFCF);
    private static final Color HALF_HOUR = new Color(0xE6E6E6);
    private static final Color BREAK_DAY = new Color(0xE9E9E9);
    private static final Color COMMITMENT = new Color(0xD5D5D5);
    private static final float MARGIN = 30;
    private static final float AXIS = 30;
    private static final float BAR_ROW = 13;
    private static final float DAY_HEADER_HEIGHT = 26;
    /** The hours a week shows at least, so that a quiet week still looks like a day. */
    private static final int EARLIEST_SHOWN = 8 * 60;
    private static final int LATEST_SHOWN = 18 * 60;
    private static final int DAY = 24 * 60;

    private final TermPlan plan;
    private final LocalDate monday;
    private final ZoneId zone;
    private final String zoneLabel;
    private final List<WeekBlock> blocks;
    private final List<WindowBar> bars;

    WeekPage(TermPlan plan, PlanFindings findings, ConflictMarks marks, LocalDate monday, ZoneId zone, String zoneLabel) {
        this.plan = plan;
        this.monday = monday;
        this.zone = zone;
        this.zoneLabel = zoneLabel;
        Map<String, String> colours = new HashMap<>();
        for (Course c : plan.courses()) {
            colours.put(c.code(), c.colour());
        }
        List<Occurrence> week = findings.calendar().between(monday, monday.plusDays(6), zone);
        blocks = WeekLayout.blocks(week, monday, zone, colours, marks.in(week, plan.term().schoolZone()));
        bars = WeekLayout.windows(findings.calendar().windows(), monday, zone, colours);
    }

    /** True for a study or homework block the study planner placed (not one the student placed or moved). */
    private boolean planned(Occurrence o) {
        return plan.studyBlock(o.itemId()).map(org.courseplanner.domain.StudyBlock::auto).orElse(false);
    }

    /** True when the week has a block or a module window to show. */
    boolean hasItems() {
        return !blocks.isEmpty() || !bars.isEmpty();
    }

    List<WeekBlock> blocks() {
        return blocks;
    }

    /** "2026-W38". */
    static String isoWeek(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "Sep 14–20" or "Sep 28–Oct 4". */
    static String range(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        return MONTH_DAY.format(monday) + "–" + (sunday.getMonth() == monday.getMonth() ? String.valueOf(sunday.getDayOfMonth())
                : MONTH_DAY.format(sunday));
    }

    void draw(Canvas page) {
        float left = MARGIN;
        float right = page.width - MARGIN;
        float top = MARGIN;
        PageFonts fonts = page.fonts;

        LocalDate termMonday = plan.term().firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long number = ChronoUnit.WEEKS.between(termMonday, monday) + 1;
        long weeks = ChronoUnit.WEEKS.between(termMonday, plan.term().lastDay()) + 1;
        String which = number >= 1 && number <= weeks ? "Week " + number + " of " + weeks : "Outside the term";
        page.fitted(left, top, fonts.bold, 15, 8, right - left, INK, plan.term().name() + " · " + which + " · " + isoWeek(monday));
        LocalDate sunday = monday.plusDays(6);
        page.fitted(left, top + 19, fonts.regular, 9.5f, 6, right - left, MUTED, "Monday " + MONTH_DAY.format(monday) + " to Sunday "
                + MONTH_DAY.format(sunday) + ", " + sunday.getYear() + " · times in " + zone.getId() + " (" + zoneLabel + ")");
        top += 38;

        float gridLeft = left + AXIS;
        float dayWidth = (right - gridLeft) / 7;
        int rows = bars.stream().mapToInt(WindowBar::row).max().orElse(-1) + 1;
        if (rows > 0) {
            page.fitted(left, top + 2, fonts.regular, 6.5f, 5, AXIS - 3, MUTED, "Modules");
            for (WindowBar bar : bars) {
                drawBar(page, bar, gridLeft + (float) bar.from() * dayWidth, top + bar.row() * BAR_ROW,
                        (float) (bar.to() - bar.from()) * dayWidth);
            }
            top += rows * BAR_ROW + 4;
        }

        float bottom = page.height - MARGIN - 12;
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            float x = gridLeft + d * dayWidth;
            String breakName = plan.term().breaks().stream().filter(b -> b.contains(date)).map(DateRange::name).findFirst().orElse(null);
            if (breakName != null) {
                page.fill(x, top, dayWidth, bottom - top, BREAK_DAY);
            }
            page.fitted(x + 3, top + 2, fonts.bold, 9.5f, 6, dayWidth - 6, INK, DAY_HEADER.format(date));
            if (breakName != null) {
                page.fitted(x + 3, top + 14, fonts.regular, 7.5f, 5, dayWidth - 6, MUTED, breakName);
            }
        }
        top += DAY_HEADER_HEIGHT;

        int[] hours = hoursShown(blocks);
        int from = hours[0];
        int to = hours[1];
        float perMinute = (bottom - top) / (to - from);
        for (int m = from; m <= to; m += 30) {
            float y = top + (m - from) * perMinute;
            boolean hour = m % 60 == 0;
            page.line(gridLeft, y, right, y, hour ? GRID : HALF_HOUR, hour ? 0.6f : 0.4f, !hour);
            if (hour && m < to) {
                page.fitted(left, y + 1, fonts.regular, 7, 5, AXIS - 3, MUTED, String.format(Locale.ROOT, "%02d:00", m / 60));
            }
        }
        for (int d = 0; d <= 7; d++) {
            float x = gridLeft + d * dayWidth;
            page.line(x, top - DAY_HEADER_HEIGHT, x, bottom, GRID, 0.6f, false);
        }
        for (WeekBlock b : blocks) {
            float laneWidth = dayWidth / b.lanes();
            drawBlock(page, b, gridLeft + b.day() * dayWidth + b.lane() * laneWidth, top + (b.startMinute() - from) * perMinute,
                    laneWidth, Math.max(2, (b.endMinute() - b.startMinute()) * perMinute));
        }
        if (blocks.isEmpty()) {
            page.fitted(gridLeft + 6, top + 6, fonts.regular, 10, 7, right - gridLeft - 12, MUTED, "No classes, shifts or study time planned this week.");
        }
        boolean anyPlanned = blocks.stream().anyMatch(b -> b.occurrence().type() == OccurrenceType.STUDY && planned(b.occurrence()));
        page.fitted(left, page.height - MARGIN - 8, fonts.regular, 7, 5, right - left, MUTED,
                "Course Planner · red outline and ⚠: in a conflict (the findings say which) · pale blocks: planned study time"
                        + (anyPlanned ? " (dashed edge: placed by the study planner)" : "") + " · grey: your commitments · ▼ a module's deadline");
    }

    /**
     * The minutes of the day the grid shows: from the earliest start to the latest end, in whole
     * hours, widened to ten hours at least (08:00–18:00 for an empty week) so a quiet week still
     * looks like a day.
     */
    static int[] hoursShown(List<WeekBlock> blocks) {
        if (blocks.isEmpty()) {
            return new int[] {EARLIEST_SHOWN, LATEST_SHOWN};
        }
        int from = blocks.stream().mapToInt(b -> b.startMinute() / 60 * 60).min().orElseThrow();
        int to = blocks.stream().mapToInt(b -> (b.endMinute() + 59) / 60 * 60).max().orElseThrow();
        int missing = LATEST_SHOWN - EARLIEST_SHOWN - (to - from);
        if (missing > 0) {
            from = Math.max(0, from - missing / 120 * 60);
            to = Math.min(DAY, from + LATEST_SHOWN - EARLIEST_SHOWN);
            from = to - (LATEST_SHOWN - EARLIEST_SHOWN);
        }
        return new int[] {from, to};
    }

    private void drawBlock(Canvas page, WeekBlock b, float x, float y, float width, float height) {
        Occurrence o = b.occurrence();
        float inset = 0.6f;
        x += inset;
        y += inset;
        width -= 2 * inset;
        height -= 2 * inset;
        Color fill;
        if (b.colour() == null || o.type() == OccurrenceType.COMMITMENT) {
            fill = COMMITMENT;
        } else if (o.type() == OccurrenceType.STUDY) {
            fill = paler(colour(b.colour()));
        } else {
            fill = colour(b.colour());
        }
        page.fill(x, y, width, height, fill);
        if (o.type() == OccurrenceType.STUDY && planned(o)) {
            page.dashedOutline(x, y, width, height, colour(b.colour()), 1);
        } else if (o.type() == OccurrenceType.STUDY) {
            page.outline(x, y, width, height, colour(b.colour()), 1);
        }
        if (b.conflict()) {
            page.outline(x, y, width, height, CONFLICT, 2);
        }
        Color ink = ink(fill);
        var start = o.start().withZoneSameInstant(zone);
        var end = o.end().withZoneSameInstant(zone);
        String code = o.courseCode() != null ? o.courseCode() : o.title();
        String kind = o.courseCode() != null && o.title().startsWith(o.courseCode()) ? o.title().substring(o.courseCode().length()).strip() : "";
        if (b.conflict()) {
            kind = ("⚠ " + kind).strip();
        }
        float pad = Math.min(b.conflict() ? 3 : 2, width / 8);
        List<TextFit.Line> lines = List.of(new TextFit.Line(code, true), new TextFit.Line(kind, false),
                new TextFit.Line(TIME.format(start) + "–" + TIME.format(end), false), new TextFit.Line(o.place(), false));
        TextFit.Fitted text = TextFit.fit(page.fonts, lines, width - 2 * pad, height - 2 * pad + 1, 8.5f, 6.5f);
        if (text.size() < 6.5f && height > width * 1.5f) {
            // a narrow lane of a crowded day: the text runs up the block rather than shrink to dust
            TextFit.Fitted up = TextFit.fit(page.fonts, lines, height - 2 * pad, width - 2 * pad + 1, 8.5f, 4f);
            if (up.size() > text.size()) {
                float lineX = x + pad - 0.5f;
                for (TextFit.Line line : up.lines()) {
                    page.textUp(lineX, y + height - pad, TextFit.font(page.fonts, line), up.size(), ink, line.text());
                    lineX += up.size() * TextFit.LEADING;
                }
                return;
            }
        }
        float lineY = y + (text.size() * TextFit.LEADING > height ? (height - text.size()) / 2 : pad - 0.5f);
        for (TextFit.Line line : text.lines()) {
            page.text(x + pad, lineY, TextFit.font(page.fonts, line), text.size(), ink, line.text());
            lineY += text.size() * TextFit.LEADING;
        }
    }

    private void drawBar(Canvas page, WindowBar bar, float x, float y, float width) {
        float height = BAR_ROW - 2;
        Color fill = bar.colour() == null ? COMMITMENT : colour(bar.colour());
        page.fill(x, y, Math.max(1, width), height, fill);
        float textWidth = width - 4 - (bar.dueInWeek() ? 7 : 0);
        String title = bar.title();
        int space = title.indexOf(' ', title.indexOf(' ') + 1); // "HIST 210 Module 3": the code is the first two words
        String code = space > 0 ? title.substring(0, space) : title;
        // the whole title if it fits, else the code alone, in smaller type if need be: never a cut code
        Color ink = ink(fill);
        if (!page.fitted(x + 2, y + 1.5f, page.fonts.regular, 7, 4.5f, textWidth, ink, title + (bar.dueInWeek() ? " · due" : ""))
                && !page.fitted(x + 2, y + 1.5f, page.fonts.regular, 7, 4.5f, textWidth, ink, title)) {
            page.whole(x + 2, y + 1.5f, page.fonts.regular, 7, textWidth, ink, code);
        }
        if (bar.dueInWeek()) {
            float end = x + width;
            page.line(end - 0.8f, y - 1, end - 0.8f, y + height + 1, INK, 1.6f, false);
            page.marker(end - 0.8f, y + height + 1, 5, INK);
        }
    }

    static Color colour(String hex) {
        return hex != null && hex.matches("#[0-9a-fA-F]{6}") ? new Color(Integer.parseInt(hex.substring(1), 16)) : COMMITMENT;
    }

    /** The course colour half mixed with white: study time is planned, not scheduled. */
    private static Color paler(Color c) {
        return new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
    }

    static Color ink(Color fill) {
        return CourseInk.darkInkReadsBetter(String.format(Locale.ROOT, "#%06X", fill.getRGB() & 0xFFFFFF)) ? Color.BLACK : Color.WHITE;
    }
}

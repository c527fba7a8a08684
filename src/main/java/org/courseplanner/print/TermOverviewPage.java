package org.courseplanner.print;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.domain.engine.Severity;
import org.courseplanner.domain.engine.WorkloadWeek;

/**
 * The first page of a printed term: its facts, its courses, the hours of every week as stacked
 * bars against the weekly cap (peaks marked), and the conflicts and peaks the planner found.
 */
final class TermOverviewPage {
    private static final float MARGIN = 30;
    private static final Color CAP = new Color(0xC62828);
    /** Classes, homework, modules, commitments: as the window's chart stacks them, in colours that print apart. */
    private static final Color[] BUCKETS = {new Color(0x2F6DB5), new Color(0xF0A33A), new Color(0x3A9E8F), new Color(0x9A9A9A)};
    private static final String[] BUCKET_NAMES = {"classes", "homework", "online modules", "commitments"};

    private final TermPlan plan;
    private final PlanFindings findings;

    TermOverviewPage(TermPlan plan, PlanFindings findings) {
        this.plan = plan;
        this.findings = findings;
    }

    void draw(Canvas page) {
        PageFonts fonts = page.fonts;
        float left = MARGIN;
        float right = page.width - MARGIN;
        float width = right - left;
        float y = MARGIN;
        var term = plan.term();
        List<WorkloadWeek> weeks = findings.workload().weeks();
        page.fitted(left, y, fonts.bold, 16, 8, width, WeekPage.INK, term.name() + " · the term at a glance");
        y += 21;
        page.fitted(left, y, fonts.regular, 9.5f, 6, width, WeekPage.INK, term.firstDay() + " to " + term.lastDay() + " · "
                + weeks.size() + " weeks · the school's zone " + term.schoolZone().getId() + " · my zone " + term.studentZone().getId());
        y += 13;
        String breaks = term.breaks().isEmpty() ? "no breaks" : "breaks: " + String.join(", ", term.breaks().stream()
                .map(b -> b.name() + " " + b.first() + (b.last().equals(b.first()) ? "" : " to " + b.last())).toList());
        page.fitted(left, y, fonts.regular, 9.5f, 6, width, WeekPage.INK, "Weekly cap " + hours(plan.weeklyCap()) + " · daily cap "
                + hours(term.dailyCapHours()) + " · " + breaks);
        y += 17;

        // the courses, in up to three columns
        List<Course> courses = plan.courses();
        int columns = 3;
        float columnWidth = width / columns;
        for (int i = 0; i < courses.size(); i++) {
            Course c = courses.get(i);
            float x = left + (i % columns) * columnWidth;
            float rowY = y + (i / columns) * 12;
            page.fill(x, rowY + 1, 8, 8, WeekPage.colour(c.colour()));
            page.whole(x + 11, rowY, fonts.bold, 8.5f, columnWidth - 14, WeekPage.INK, c.code());
            float codeWidth = PageFonts.width(fonts.bold, 8.5f, fonts.printable(c.code()));
            page.fitted(x + 14 + codeWidth, rowY, fonts.regular, 8.5f, 5.5f, columnWidth - 18 - codeWidth, WeekPage.MUTED,
                    c.title() + " · " + number(c.credits()) + " credits");
        }
        y += ((courses.size() + columns - 1) / columns) * 12 + 10;

        y = chart(page, weeks, left, y, width, 230) + 14;

        List<Finding> conflicts = findings.conflicts();
        List<Finding> peaks = findings.workload().peaks();
        page.fitted(left, y, fonts.bold, 11, 7, width, WeekPage.INK, count(conflicts.size(), "conflict", "conflicts") + " · "
                + count(peaks.size(), "workload peak", "workload peaks"));
        y += 15;
        List<Finding> all = new ArrayList<>(conflicts);
        all.addAll(peaks);
        float bottom = page.height - MARGIN - 12;
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i);
            String line = f.severity().label() + " · " + f.message()
                    + (f.count() > 1 && !f.message().contains(f.count() + " times") ? " (" + f.count() + " times)" : "");
            List<TextFit.Line> lines = TextFit.wrapped(fonts, new TextFit.Line(fonts.printable(line), false), 8.5f, width);
            float needed = lines == null ? Float.MAX_VALUE : lines.size() * 8.5f * TextFit.LEADING;
            if (y + needed > bottom - 12 && i < all.size() - 1 || y + needed > bottom) {
                page.fitted(left, y, fonts.regular, 8.5f, 6, width, WeekPage.MUTED, "… and " + (all.size() - i)
                        + " more: the window's findings list or `course-planner conflicts` and `workload` show them all.");
                break;
            }
            for (TextFit.Line l : lines) {
                page.text(left, y, fonts.regular, 8.5f, f.severity() == Severity.ERROR ? CAP : WeekPage.INK, l.text());
                y += 8.5f * TextFit.LEADING;
            }
            y += 2;
        }
        page.fitted(left, page.height - MARGIN - 8, fonts.regular, 7, 5, width, WeekPage.MUTED,
                "Course Planner · one page per week follows, for every week with something planned");
    }

    /** The stacked bars of the weeks, the cap as a dashed line; returns the y below the chart. */
    private float chart(Canvas page, List<WorkloadWeek> weeks, float left, float top, float width, float height) {
        PageFonts fonts = page.fonts;
        float axis = 26;
        float labels = 22;
        float legend = 14;
        float plotLeft = left + axis;
        float plotTop = top + legend + 8;
        float plotBottom = top + height - labels;
        float plotWidth = width - axis;
        double cap = plan.weeklyCap();
        double max = Math.max(cap, weeks.stream().mapToDouble(WorkloadWeek::hours).max().orElse(0));
        double step = max <= 20 ? 5 : max <= 60 ? 10 : 20;
        double scaleTop = Math.max(step, Math.ceil(max * 1.08 / step) * step);
        float perHour = (float) ((plotBottom - plotTop) / scaleTop);

        float x = left;
        for (int i = 0; i < BUCKETS.length; i++) {
            page.fill(x, top + 2, 8, 8, BUCKETS[i]);
            page.text(x + 11, top + 1.5f, fonts.regular, 8, WeekPage.INK, BUCKET_NAMES[i]);
            x += 16 + PageFonts.width(fonts.regular, 8, BUCKET_NAMES[i]);
        }
        page.line(x, top + 6, x + 14, top + 6, CAP, 1.2f, true);
        page.text(x + 17, top + 1.5f, fonts.regular, 8, WeekPage.INK, "weekly cap " + hours(cap));
        x += 24 + PageFonts.width(fonts.regular, 8, "weekly cap " + hours(cap));
        page.text(x, top + 1.5f, fonts.bold, 8, CAP, "PEAK");
        page.text(x + 3 + PageFonts.width(fonts.bold, 8, "PEAK"), top + 1.5f, fonts.regular, 8, WeekPage.INK, "a week the planner flags");

        for (double h = 0; h <= scaleTop + 0.01; h += step) {
            float lineY = plotBottom - (float) h * perHour;
            page.line(plotLeft, lineY, left + width, lineY, new Color(0xE0E0E0), 0.5f, false);
            page.fitted(left, lineY - 4, fonts.regular, 7, 5, axis - 3, WeekPage.MUTED, number(h) + " h");
        }
        float slot = plotWidth / Math.max(1, weeks.size());
        float barWidth = Math.min(36, slot * 0.7f);
        for (int i = 0; i < weeks.size(); i++) {
            WorkloadWeek w = weeks.get(i);
            float bx = plotLeft + i * slot + (slot - barWidth) / 2;
            float by = plotBottom;
            double[] parts = {w.sync(), w.homework(), w.async(), w.commitments()};
            for (int p = 0; p < parts.length; p++) {
                float h = (float) parts[p] * perHour;
                if (h > 0) {
                    page.fill(bx, by - h, barWidth, h, BUCKETS[p]);
                    by -= h;
                }
            }
            if (w.peak()) {
                page.outline(bx - 1.5f, by - 1.5f, barWidth + 3, plotBottom - by + 1.5f, CAP, 1.5f);
                page.fitted(bx, by - 11, fonts.bold, 7, 4.5f, barWidth + (slot - barWidth) / 2, CAP, "PEAK");
            }
            float labelX = plotLeft + i * slot + 1;
            page.fitted(labelX, plotBottom + 3, fonts.bold, 7, 4, slot - 2, WeekPage.INK, "W" + w.number());
            page.fitted(labelX, plotBottom + 12, fonts.regular, 6.5f, 4, slot - 2, WeekPage.MUTED, WeekPage.MONTH_DAY.format(w.start()));
        }
        float capY = plotBottom - (float) cap * perHour;
        page.line(plotLeft, capY, left + width, capY, CAP, 1.2f, true);
        page.line(plotLeft, plotBottom, left + width, plotBottom, WeekPage.INK, 0.8f, false);
        return top + height;
    }

    static String hours(double h) {
        return number(h) + " h";
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

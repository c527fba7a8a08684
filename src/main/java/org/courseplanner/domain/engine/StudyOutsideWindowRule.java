package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Study time planned for a module week outside that week's window: after the deadline is an
 * error (too late to count), before the material opens a warning. A course's homework block
 * outside its term week (Monday to Sunday, school time) is flagged the same way.
 */
public final class StudyOutsideWindowRule implements ConflictRule {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d HH:mm", Locale.ENGLISH);

    @Override
    public String name() {
        return "study-outside-window";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        Map<String, ModuleWindowOccurrence> windows = new HashMap<>();
        for (ModuleWindowOccurrence w : calendar.windows()) {
            windows.put(w.moduleId() + "/" + w.number(), w);
        }
        var zone = calendar.term().schoolZone();
        List<Finding> findings = new ArrayList<>();
        for (Occurrence block : calendar.studyBlocks()) {
            Window w = calendar.isHomework(block) ? homeworkWeek(calendar, block)
                    : Window.of(windows.get(calendar.studyModules().get(block.itemId()) + "/" + block.number()));
            if (w == null) {
                continue; // the week is skipped: nothing is due
            }
            ZonedDateTime start = block.start().withZoneSameInstant(zone);
            String message;
            Severity severity;
            if (block.end().toInstant().isAfter(w.ends().toInstant())) {
                severity = Severity.ERROR;
                message = block.title() + " on " + WHEN.format(start) + " ends after " + w.endsAs() + " ("
                        + WHEN.format(w.ends().withZoneSameInstant(zone)) + ")";
            } else if (block.start().toInstant().isBefore(w.opens().toInstant())) {
                severity = Severity.WARNING;
                message = block.title() + " on " + WHEN.format(start) + " starts before " + w.opensAs() + " ("
                        + WHEN.format(w.opens().withZoneSameInstant(zone)) + ")";
            } else {
                continue;
            }
            findings.add(new Finding(name(), severity, List.of(block.title(), w.title()), List.of(block.itemId(), w.itemId()),
                    start.toLocalDate(), start.toLocalDate(), 1, null, message));
        }
        return findings;
    }

    /** The time a block belongs in: its module's window, or its term week; how the messages name its ends. */
    private record Window(String title, long itemId, ZonedDateTime opens, ZonedDateTime ends, String opensAs, String endsAs) {
        static Window of(ModuleWindowOccurrence w) {
            return w == null ? null : new Window(w.title(), w.moduleId(), w.opens(), w.due(), w.title() + " opens", w.title() + " is due");
        }
    }

    /** A homework block's term week: Monday 00:00 to the next Monday 00:00 in the school's zone. */
    private static Window homeworkWeek(TermCalendar calendar, Occurrence block) {
        var term = calendar.term();
        var monday = term.weekMonday(block.number());
        String title = block.courseCode() + " homework week " + block.number();
        return new Window(title, calendar.homeworkCourses().get(block.itemId()), monday.atStartOfDay(term.schoolZone()),
                monday.plusWeeks(1).atStartOfDay(term.schoolZone()), "week " + block.number() + " starts",
                "week " + block.number() + " is over");
    }
}

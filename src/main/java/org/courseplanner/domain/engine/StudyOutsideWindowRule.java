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
 * error (too late to count), before the material opens a warning.
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
            ModuleWindowOccurrence w = windows.get(moduleOf(calendar, block) + "/" + block.number());
            if (w == null) {
                continue; // the week is skipped: nothing is due
            }
            ZonedDateTime start = block.start().withZoneSameInstant(zone);
            String message;
            Severity severity;
            if (block.end().toInstant().isAfter(w.due().toInstant())) {
                severity = Severity.ERROR;
                message = block.title() + " on " + WHEN.format(start) + " ends after " + w.title() + " is due ("
                        + WHEN.format(w.due().withZoneSameInstant(zone)) + ")";
            } else if (block.start().toInstant().isBefore(w.opens().toInstant())) {
                severity = Severity.WARNING;
                message = block.title() + " on " + WHEN.format(start) + " starts before " + w.title() + " opens ("
                        + WHEN.format(w.opens().withZoneSameInstant(zone)) + ")";
            } else {
                continue;
            }
            findings.add(new Finding(name(), severity, List.of(block.title(), w.title()), List.of(block.itemId(), w.moduleId()),
                    start.toLocalDate(), start.toLocalDate(), 1, null, message));
        }
        return findings;
    }

    private static long moduleOf(TermCalendar calendar, Occurrence block) {
        return calendar.studyModules().get(block.itemId());
    }
}

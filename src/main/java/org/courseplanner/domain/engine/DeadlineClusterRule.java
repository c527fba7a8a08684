package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Several deadlines within 24 hours (three by default): the week before is crowded. Weekly
 * clusters of the same modules at the same weekday and time are one finding.
 */
public final class DeadlineClusterRule implements ConflictRule {
    private static final Duration DAY = Duration.ofHours(24);

    @Override
    public String name() {
        return "deadline-cluster";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        List<Occurrence> due = calendar.deadlines();
        FindingGroups groups = new FindingGroups();
        Set<Long> weekly = new HashSet<>();
        for (Occurrence d : due) {
            if (d.number() > 1) {
                weekly.add(d.itemId());
            }
        }
        int lastEnd = 0;
        for (int i = 0; i < due.size(); i++) {
            long limit = due.get(i).startSecond() + DAY.toSeconds();
            int j = i;
            while (j < due.size() && due.get(j).startSecond() <= limit) {
                j++;
            }
            // Report maximal runs only: a run inside the one reported before adds nothing.
            if (j - i >= settings.deadlineClusterSize() && j > lastEnd) {
                add(groups, due.subList(i, j), calendar, weekly);
                lastEnd = j;
            }
        }
        return groups.findings();
    }

    private void add(FindingGroups groups, List<Occurrence> run, TermCalendar calendar, Set<Long> weekly) {
        Set<String> names = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>();
        for (Occurrence o : run) {
            names.add(o.title());
            ids.add(o.itemId());
        }
        ZonedDateTime first = run.get(0).start().withZoneSameInstant(calendar.term().schoolZone());
        ZonedDateTime last = run.get(run.size() - 1).start().withZoneSameInstant(calendar.term().schoolZone());
        // Group the weekly repeats by the modules involved, not by their week numbers.
        List<String> modules = run.stream().map(o -> withoutWeekNumber(o, weekly.contains(o.itemId()))).toList();
        String sentence = run.size() + " deadlines within 24 hours: " + String.join(", ", modules.stream()
                .distinct().toList()) + " {when}";
        groups.add(new FindingGroups.Key(name(), Severity.WARNING, modules, ids.stream().distinct().toList(), first.getDayOfWeek(),
                first.toLocalTime(), last.toLocalTime(), null, sentence), first.toLocalDate());
    }

    /** "CS 101 Reading 3 due" → "CS 101 Reading due" for a weekly module; a one-off's title stays whole. */
    private static String withoutWeekNumber(Occurrence deadline, boolean weekly) {
        String numbered = " " + deadline.number() + " due";
        return weekly && deadline.title().endsWith(numbered)
                ? deadline.title().substring(0, deadline.title().length() - numbered.length()) + " due"
                : deadline.title();
    }
}

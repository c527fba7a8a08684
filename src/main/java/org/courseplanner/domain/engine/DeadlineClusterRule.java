package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
        int lastEnd = 0;
        for (int i = 0; i < due.size(); i++) {
            long limit = due.get(i).startSecond() + DAY.toSeconds();
            int j = i;
            while (j < due.size() && due.get(j).startSecond() <= limit) {
                j++;
            }
            // Report maximal runs only: a run inside the one reported before adds nothing.
            if (j - i >= settings.deadlineClusterSize() && j > lastEnd) {
                add(groups, due.subList(i, j), calendar);
                lastEnd = j;
            }
        }
        return groups.findings();
    }

    private void add(FindingGroups groups, List<Occurrence> run, TermCalendar calendar) {
        Set<String> names = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>();
        for (Occurrence o : run) {
            names.add(o.title());
            ids.add(o.itemId());
        }
        ZonedDateTime first = run.get(0).start().withZoneSameInstant(calendar.term().schoolZone());
        ZonedDateTime last = run.get(run.size() - 1).start().withZoneSameInstant(calendar.term().schoolZone());
        // Group the weekly repeats by the modules involved, not by their week numbers.
        List<String> modules = run.stream().map(o -> o.courseCode() + "#" + o.itemId()).toList();
        String sentence = run.size() + " deadlines within 24 hours: " + String.join(", ", names.stream()
                .map(n -> n.replaceAll(" \\d+ due$", " due")).distinct().toList()) + " {when}";
        groups.add(new FindingGroups.Key(name(), Severity.WARNING, modules, ids.stream().distinct().toList(), first.getDayOfWeek(),
                first.toLocalTime(), last.toLocalTime(), null, sentence), first.toLocalDate());
    }
}

package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Several deadlines within 24 hours (three by default): the week before is crowded. One finding
 * per crowded stretch: the 24-hour windows that start at a deadline and hold enough deadlines
 * are merged while they share a deadline, and the stretch runs from the first deadline of its
 * first window to the last deadline of its last one. A feed with a deadline every 7 hours is one
 * stretch, not one finding per window. Weekly stretches of the same modules at the same weekday
 * and times are one finding.
 */
public final class DeadlineClusterRule implements ConflictRule {
    private static final Duration DAY = Duration.ofHours(24);
    /** How many deadlines a message names before "and N more" (the finding's items name them all). */
    static final int NAMED = 8;

    @Override
    public String name() {
        return "deadline-cluster";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        List<Occurrence> due = calendar.deadlines(); // sorted by time
        FindingGroups groups = new FindingGroups();
        Set<Long> weekly = new HashSet<>();
        for (Occurrence d : due) {
            if (d.number() > 1) {
                weekly.add(d.itemId());
            }
        }
        int size = settings.deadlineClusterSize();
        // Two pointers, linear: window i holds deadlines i..j-1; a stretch is from..to-1.
        int from = -1;
        int to = -1;
        int j = 0;
        for (int i = 0; i < due.size(); i++) {
            long limit = due.get(i).startSecond() + DAY.toSeconds();
            j = Math.max(j, i);
            while (j < due.size() && due.get(j).startSecond() <= limit) {
                j++;
            }
            if (j - i < size) {
                continue;
            }
            if (from >= 0 && i < to) {
                to = j; // shares a deadline with the stretch: it grows (j never goes back)
            } else {
                if (from >= 0) {
                    add(groups, due.subList(from, to), calendar, weekly, size);
                }
                from = i;
                to = j;
            }
        }
        if (from >= 0) {
            add(groups, due.subList(from, to), calendar, weekly, size);
        }
        return groups.findings();
    }

    private void add(FindingGroups groups, List<Occurrence> run, TermCalendar calendar, Set<Long> weekly, int size) {
        List<Long> ids = new ArrayList<>();
        for (Occurrence o : run) {
            ids.add(o.itemId());
        }
        Occurrence firstDue = run.get(0);
        Occurrence lastDue = run.get(run.size() - 1);
        ZonedDateTime first = firstDue.start().withZoneSameInstant(calendar.term().schoolZone());
        ZonedDateTime last = lastDue.start().withZoneSameInstant(calendar.term().schoolZone());
        // Group the weekly repeats by the modules involved, not by their week numbers.
        List<String> modules = run.stream().map(o -> withoutWeekNumber(o, weekly.contains(o.itemId()))).toList();
        Set<String> names = new LinkedHashSet<>(modules);
        String named = String.join(", ", names.stream().limit(NAMED).toList())
                + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "");
        String sentence = lastDue.startSecond() - firstDue.startSecond() <= DAY.toSeconds()
                ? run.size() + " deadlines within 24 hours: " + named + " {when}"
                : run.size() + " deadlines in a crowded stretch (" + size + " or more within 24 hours, again and again): " + named
                + " {when}";
        int toDays = (int) ChronoUnit.DAYS.between(first.toLocalDate(), last.toLocalDate());
        groups.add(new FindingGroups.Key(name(), Severity.WARNING, modules, ids.stream().distinct().toList(), first.getDayOfWeek(),
                first.toLocalTime(), last.toLocalTime(), toDays, null, sentence), first.toLocalDate());
    }

    /** "CS 101 Reading 3 due" → "CS 101 Reading due" for a weekly module; a one-off's title stays whole. */
    private static String withoutWeekNumber(Occurrence deadline, boolean weekly) {
        String numbered = " " + deadline.number() + " due";
        return weekly && deadline.title().endsWith(numbered)
                ? deadline.title().substring(0, deadline.title().length() - numbered.length()) + " due"
                : deadline.title();
    }
}

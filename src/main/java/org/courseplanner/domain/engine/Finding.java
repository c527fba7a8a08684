package org.courseplanner.domain.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Something in the plan that breaks it: a conflict (grouped over the weeks it repeats in) or a
 * workload peak.
 *
 * @param rule           the rule's name, e.g. "session-overlap", or "weekly-peak"
 * @param items          the items involved, named with their course codes ("CS 101 Lecture")
 * @param itemIds        their ids
 * @param count          how many times it happens
 * @param overlapMinutes minutes of overlap per occurrence, where that applies, else {@code null}
 * @param message        one sentence for the student that names the items, the days and the times
 */
public record Finding(String rule, Severity severity, List<String> items, List<Long> itemIds, LocalDate first, LocalDate last,
                      int count, Long overlapMinutes, String message) {

    public Finding {
        items = List.copyOf(items);
        itemIds = List.copyOf(itemIds);
    }
}

package org.courseplanner.domain.catalog;

import java.util.List;

/** One conflict-free choice of sections, with its rank (1 is the best) and its score. */
public record Schedule(int rank, List<CourseChoice> choices, ScheduleScore score) {

    public Schedule {
        choices = List.copyOf(choices);
    }

    /** The sections to add to the plan: the applied combination of each course. */
    public List<CatalogSection> sections() {
        return choices.stream().flatMap(c -> c.sections().stream()).toList();
    }
}

package org.courseplanner.domain.catalog;

import java.util.List;

/**
 * The sections of one course in a generated schedule. Combinations of sections that meet at the
 * same times are one choice: {@code sections} is the one that is applied (preferred instructors
 * first), {@code alternatives} every combination at the same times, that one included.
 */
public record CourseChoice(String courseCode, String courseTitle, List<CatalogSection> sections,
                           List<List<CatalogSection>> alternatives) {

    public CourseChoice {
        sections = List.copyOf(sections);
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }
}

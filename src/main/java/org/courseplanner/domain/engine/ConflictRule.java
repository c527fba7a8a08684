package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.util.List;

/** One kind of conflict, found in a term's occurrences. */
public interface ConflictRule {

    /** Its name, as findings and the store carry it: "session-overlap". */
    String name();

    List<Finding> find(TermCalendar calendar, ConflictSettings settings);
}

package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.util.List;

/** Planned study time that clashes with a class, a commitment or other study time. */
public final class StudyOverlapRule implements ConflictRule {
    @Override
    public String name() {
        return "study-overlap";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        FindingGroups groups = new FindingGroups();
        WallClock school = new WallClock(calendar.term().schoolZone());
        for (List<Occurrence> busy : List.of(calendar.sessions(), calendar.commitments())) { // each sorted already: no merged copy to sort
            OverlapSweep.across(calendar.studyBlocks(), busy, (study, other) -> Overlaps.add(groups, name(), Severity.ERROR, study, other,
                    school, "{a} overlaps {b} {when}"));
        }
        OverlapSweep.within(calendar.studyBlocks(), (a, b) -> Overlaps.add(groups, name(), Severity.ERROR, a, b,
                school, "{a} and {b} overlap {when}"));
        return groups.findings();
    }
}

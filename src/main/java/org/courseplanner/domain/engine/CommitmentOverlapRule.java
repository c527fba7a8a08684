package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.util.List;

/** A live session during the student's own busy time (a job shift, a commute). */
public final class CommitmentOverlapRule implements ConflictRule {
    @Override
    public String name() {
        return "commitment-overlap";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        FindingGroups groups = new FindingGroups();
        WallClock school = new WallClock(calendar.term().schoolZone());
        OverlapSweep.across(calendar.sessions(), calendar.commitments(), (s, c) -> Overlaps.add(groups, name(), Severity.ERROR, s, c,
                school, "{a} overlaps your commitment \"{b}\" {when}"));
        return groups.findings();
    }
}

package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.util.List;

/** Two live sessions at the same time: the student cannot attend both. */
public final class SessionOverlapRule implements ConflictRule {
    @Override
    public String name() {
        return "session-overlap";
    }

    @Override
    public List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        FindingGroups groups = new FindingGroups();
        WallClock school = new WallClock(calendar.term().schoolZone());
        OverlapSweep.within(calendar.sessions(), (a, b) -> Overlaps.add(groups, name(), Severity.ERROR, a, b,
                school, "{a} and {b} overlap {when}"));
        return groups.findings();
    }
}

package org.courseplanner.domain.engine;

import org.courseplanner.domain.ConflictSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every conflict rule over a term's calendar. */
public final class ConflictFinder {
    /** The rules, in the order their findings are listed. */
    public static final List<ConflictRule> RULES = List.of(new SessionOverlapRule(), new CommitmentOverlapRule(),
            new StudyOverlapRule(), new StudyOutsideWindowRule(), new DeadlineClusterRule(), new TightTransferRule(),
            new QuietHoursRule());

    private ConflictFinder() {
    }

    /**
     * All findings: errors first, then by first date. The rules only read the calendar and keep no
     * state, so they run side by side where there are cores to spare (the caller's thread takes
     * part); their findings are listed in the same order either way.
     */
    public static List<Finding> find(TermCalendar calendar, ConflictSettings settings) {
        List<Finding> findings = new ArrayList<>();
        RULES.parallelStream().map(rule -> rule.find(calendar, settings)).toList().forEach(findings::addAll);
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::first).thenComparing(Finding::message));
        return findings;
    }
}

package org.courseplanner.domain;

import java.util.List;

/**
 * One section a student chose from a registrar's catalog, as the sessions it becomes in a course
 * of the plan ({@link Planner#takeSections} finds or creates the course, so the sessions' course
 * id is not used). Every session carries the section's facts, its CRN among them.
 *
 * @param sessions one per meeting, at the catalog's dates (clipped to the term when taken); a TBA
 *                 session for a section with no time, so that its CRN is kept
 */
public record ChosenSection(String courseCode, String courseTitle, double credits, String crn, List<SyncSession> sessions) {

    public ChosenSection {
        courseCode = Course.tidyCode(courseCode);
        crn = Refusal.requireText(crn, "crn", "the registrar's number of the section, e.g. 40068");
        sessions = List.copyOf(sessions);
        Refusal.require(!sessions.isEmpty(), "sessions", "section " + crn + " of " + courseCode + " needs at least one session,"
                + " a TBA one when it has no time");
        for (SyncSession s : sessions) {
            Refusal.require(crn.equals(s.sectionFacts().crn()), "crn", "a session of section " + crn + " of " + courseCode
                    + " carries the CRN " + s.sectionFacts().crn() + ": every session of a section carries its CRN");
        }
    }

    /** True when some session has days and times. */
    boolean hasTime() {
        return sessions.stream().anyMatch(s -> s.pattern().isPlaced());
    }

    /** True when some session meets through a meeting link. */
    boolean meetsOnline() {
        return sessions.stream().anyMatch(SyncSession::isOnline);
    }
}

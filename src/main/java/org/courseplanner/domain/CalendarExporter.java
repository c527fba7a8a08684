package org.courseplanner.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Writes a term as an iCalendar file that calendar apps import. */
public interface CalendarExporter {

    /**
     * @param planUid   the plan's random id, part of every UID
     * @param revisions how often each item was changed (exported as SEQUENCE)
     */
    ExportSummary export(TermPlan plan, String planUid, Map<Long, Integer> revisions, ExportOptions options, OutputStream out)
            throws IOException;

    /** How many of each were written. */
    record ExportSummary(int sessions, int deadlines, int tasks, int studyBlocks, int commitments) {
        public int events() {
            return sessions + deadlines + studyBlocks + commitments;
        }
    }
}

package org.courseplanner.domain.sync;

import java.util.List;
import java.util.Map;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.TermPlan;

/** Writes a term as calendar resources, one per UID: what a publish puts on a CalDAV calendar. */
public interface ResourceWriter {

    /**
     * The term as the export would write it ({@code CalendarExporter}), split by UID.
     *
     * @param planUid   the plan's random id, part of every UID
     * @param revisions how often each item was changed (SEQUENCE)
     */
    List<CalendarResource> resources(TermPlan plan, String planUid, Map<Long, Integer> revisions, ExportOptions options);
}

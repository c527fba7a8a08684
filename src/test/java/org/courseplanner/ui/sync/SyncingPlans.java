package org.courseplanner.ui.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.sync.CalendarResource;
import org.courseplanner.domain.sync.ResourceWriter;
import org.courseplanner.persistence.SqlitePlanRepository;

/** Plans on SQLite files (which keep calendar sync), and a resource writer that is easy to read: one resource per class series. */
final class SyncingPlans {
    private SyncingPlans() {
    }

    /** A planner on a SQLite plan file, which keeps the calendar sync beside the plan. */
    static Planner planner(Path file, Clock clock) {
        return new Planner(SqlitePlanRepository.open(file), clock);
    }

    /** One resource per class series (and per commitment when asked), its text the series' times. */
    static final ResourceWriter SERIES = (plan, planUid, revisions, options) -> {
        List<CalendarResource> all = new ArrayList<>();
        for (SyncSession s : plan.sessions()) {
            if (s.pattern().isPlaced()) {
                String summary = plan.courseById(s.courseId()).code() + " " + s.kind().title();
                all.add(CalendarResource.of(planUid + "-" + s.id(), summary, "BEGIN:VCALENDAR\r\nSUMMARY:" + summary + "\r\nWHEN:"
                        + s.pattern().describe() + "\r\nDTSTAMP:20261201T000000Z\r\nEND:VCALENDAR\r\n"));
            }
        }
        if (options.withCommitments()) {
            for (Commitment c : plan.commitments()) {
                all.add(CalendarResource.of(planUid + "-" + c.id(), c.title(), "BEGIN:VCALENDAR\r\nSUMMARY:" + c.title() + "\r\nWHEN:"
                        + c.pattern().describe() + "\r\nEND:VCALENDAR\r\n"));
            }
        }
        return all;
    };
}

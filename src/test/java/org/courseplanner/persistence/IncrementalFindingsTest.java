package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.PlanFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit writes only the findings it changes: after random adds, moves and removals the stored
 * findings are exactly the engine's for the plan as it is, and a finding the edit did not touch
 * keeps its row.
 */
class IncrementalFindingsTest {
    @TempDir
    Path dir;

    @Test
    void storedFindingsFollowRandomEditsAndUntouchedRowsStay() throws Exception {
        Random random = new Random(20261206);
        try (SqlitePlanRepository plan = SqlitePlanRepository.open(dir.resolve("plan.db"))) {
            Term term = plan.add(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18),
                    ZoneId.of("America/New_York")));
            List<Course> courses = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                courses.add(plan.add(new Course(0, term.id(), "C " + c, "Course " + c, 3, "#4E79A7", Delivery.SYNC, null)));
            }
            List<SyncSession> sessions = new ArrayList<>();
            for (int step = 0; step < 60; step++) {
                int what = random.nextInt(3);
                if (what == 0 || sessions.size() < 3) {
                    sessions.add(plan.add(session(courses.get(random.nextInt(courses.size())), random)));
                } else if (what == 1) {
                    int i = random.nextInt(sessions.size());
                    SyncSession moved = session(courses.get(random.nextInt(courses.size())), random);
                    SyncSession changed = new SyncSession(sessions.get(i).id(), moved.courseId(), moved.kind(), moved.pattern(), null);
                    plan.update(changed);
                    sessions.set(i, changed);
                } else {
                    plan.remove(sessions.remove(random.nextInt(sessions.size())).id());
                }
                assertThat(stored(term.id()).keySet()).as("after step %d", step)
                        .isEqualTo(expected(PlanFindings.of(plan.load(term.id())).all()));
            }

            Map<String, Long> before = stored(term.id());
            Course first = courses.get(0);
            plan.update(new Course(first.id(), term.id(), first.code(), "A new title, in no finding", first.credits(), first.colour(),
                    first.delivery(), first.homeworkHours()));
            assertThat(stored(term.id())).as("an edit that changes no finding rewrites no row").isEqualTo(before);
        }
    }

    private static SyncSession session(Course course, Random random) {
        LocalTime start = LocalTime.of(8 + random.nextInt(10), random.nextInt(4) * 15);
        return new SyncSession(0, course.id(), SessionKind.LECTURE,
                WeeklyPattern.weekly(EnumSet.of(DayOfWeek.of(1 + random.nextInt(5))), start, start.plusMinutes(75)), null);
    }

    /** The stored findings of the term as "kind|message|first|last|count" (with a counter for repeats), by row id. */
    private Map<String, Long> stored(long termId) throws Exception {
        Map<String, Long> rows = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("plan.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, kind, message, first_day, last_day, occurrences FROM finding WHERE term_id = "
                     + termId + " ORDER BY id")) {
            Map<String, Integer> seen = new HashMap<>();
            while (rs.next()) {
                String key = rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getInt(6);
                rows.put(key + "#" + seen.merge(key, 1, Integer::sum), rs.getLong(1));
            }
        }
        return rows;
    }

    private static java.util.Set<String> expected(List<Finding> findings) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            String key = f.rule() + "|" + f.message() + "|" + f.first() + "|" + f.last() + "|" + f.count();
            keys.add(key + "#" + seen.merge(key, 1, Integer::sum));
        }
        return keys;
    }
}

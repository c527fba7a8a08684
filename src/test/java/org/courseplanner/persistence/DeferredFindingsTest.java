package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many changes in one transaction (an import) write the term's findings once, as the transaction commits. */
class DeferredFindingsTest {
    @TempDir
    Path dir;
    private SqlitePlanRepository plan;
    private Term term;
    private Course cs;
    private Course math;

    @BeforeEach
    void open() {
        plan = SqlitePlanRepository.open(dir.resolve("plan.db"));
        term = plan.add(Term.of("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), ZoneId.of("America/New_York")));
        cs = plan.add(new Course(0, term.id(), "CS 101", "Intro", 4, "#4E79A7", Delivery.SYNC, null));
        math = plan.add(new Course(0, term.id(), "MATH 200", "Calculus", 4, "#F28E2B", Delivery.SYNC, null));
    }

    @AfterEach
    void close() {
        plan.close();
    }

    private static SyncSession monday(Course course, int hour) {
        return new SyncSession(0, course.id(), SessionKind.LECTURE,
                WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(hour, 0), LocalTime.of(hour + 1, 15)), null);
    }

    private int overlaps() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("plan.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM finding WHERE kind = 'session-overlap'")) {
            return rs.getInt(1);
        }
    }

    @Test
    void findingsOfChangesMadeTogetherAreWrittenWhenTheyCommit() throws Exception {
        plan.atomically(() -> {
            plan.add(monday(cs, 10));
            plan.add(monday(math, 11)); // 11:00–12:15 overlaps 10:00–11:15
            return null;
        });

        assertThat(overlaps()).isEqualTo(1);
    }

    @Test
    void changesRolledBackTogetherLeaveNoFindings() throws Exception {
        assertThatThrownBy(() -> plan.atomically(() -> {
            plan.add(monday(cs, 10));
            plan.add(monday(math, 11));
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");

        assertThat(overlaps()).isZero();
        assertThat(plan.load(term.id()).sessions()).isEmpty();

        plan.add(monday(cs, 10)); // and the next single change still writes its findings at once
        plan.add(monday(math, 11));
        assertThat(overlaps()).isEqualTo(1);
    }
}

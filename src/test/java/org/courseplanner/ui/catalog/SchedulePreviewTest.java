package org.courseplanner.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SectionFacts;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.Catalog;
import org.junit.jupiter.api.Test;

class SchedulePreviewTest {
    private final Catalog catalog = CatalogSamples.catalog();
    private final ZoneId newYork = ZoneId.of("America/New_York");
    private final Term term = new Term(7, "Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18), newYork, newYork, List.of(),
            null, Term.DEFAULT_DAILY_CAP_HOURS);

    @Test
    void aCourseNotInThePlanIsMadeUpWithNegativeIdsAndItsSectionsMeetingsBecomeSessionsWithTheirFacts() {
        TermPlan plan = new TermPlan(term, List.of(), List.of(), List.of(), List.of(), List.of());
        SchedulePreview preview = SchedulePreview.of(plan, CatalogSamples.schedule(catalog, 1, "40001", "40003", "41002"), code -> "#E15759");

        assertThat(preview.plan().courses()).extracting(Course::code).containsExactly("CS 101", "MATH 200");
        assertThat(preview.plan().courses()).allSatisfy(c -> {
            assertThat(c.id()).isNegative();
            assertThat(c.colour()).isEqualTo("#E15759");
        });
        assertThat(preview.plan().sessions()).hasSize(2).allSatisfy(s -> assertThat(s.id()).isNegative());
        assertThat(preview.plan().sessions()).extracting(SyncSession::sectionFacts)
                .containsExactly(new SectionFacts("01", "Lopez", "40001"), new SectionFacts("L1", "Patel", "40003"));
        assertThat(preview.previewItems()).hasSize(4).allSatisfy(id -> assertThat(id).isNegative());
    }

    @Test
    void theCatalogSessionsOfAChosenCourseAreReplacedAndItsOwnSessionsAndOtherCoursesStay() {
        Course cs = new Course(1, term.id(), "CS 101", "Intro to Programming", 4, "#4E79A7", Delivery.SYNC, null);
        Course hist = new Course(2, term.id(), "HIST 110", "World History", 3, "#59A14F", Delivery.SYNC, null);
        var mw = WeeklyPattern.weekly(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(14, 0), LocalTime.of(15, 15));
        SyncSession fromCatalog = new SyncSession(10, 1, SessionKind.LECTURE, mw, "DCC 318", new SectionFacts("02", "Chen", "40002"));
        SyncSession ownStudyGroup = new SyncSession(11, 1, SessionKind.DISCUSSION, mw.withDays(EnumSet.of(DayOfWeek.FRIDAY)), null);
        SyncSession history = new SyncSession(12, 2, SessionKind.LECTURE, mw, null, new SectionFacts("01", "Brown", "42001"));
        TermPlan plan = new TermPlan(term, List.of(cs, hist), List.of(fromCatalog, ownStudyGroup, history), List.of(), List.of(), List.of());

        SchedulePreview preview = SchedulePreview.of(plan, CatalogSamples.schedule(catalog, 1, "40001"), code -> "#000000");

        assertThat(preview.plan().courses()).as("CS 101 is the plan's own").containsExactly(cs, hist);
        assertThat(preview.plan().sessions()).contains(ownStudyGroup, history).doesNotContain(fromCatalog);
        assertThat(preview.plan().sessions()).filteredOn(s -> s.id() < 0).singleElement()
                .satisfies(s -> assertThat(s.courseId()).isEqualTo(1));
    }
}

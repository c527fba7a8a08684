package org.courseplanner.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.NoSchedule;
import org.courseplanner.domain.catalog.ScheduleResults;
import org.courseplanner.domain.catalog.ScheduleScore;
import org.junit.jupiter.api.Test;

class SectionTextTest {
    private final Catalog catalog = CatalogSamples.catalog();

    @Test
    void aSectionReadsAsItsComponentCrnTimesRoomAndInstructor() {
        var lecture = catalog.requireSection("40001");
        assertThat(SectionText.heading(lecture)).isEqualTo("Lecture 01 · CRN 40001");
        assertThat(SectionText.times(lecture)).isEqualTo("MO,WE 10:00–11:15 · DCC 308");
        assertThat(SectionText.instructor(lecture)).isEqualTo("Lopez");
    }

    @Test
    void aSectionWithNoMeetingOrOnlyMeetingsStillTbaSaysItHasNoTime() {
        assertThat(SectionText.times(catalog.requireSection("41002"))).isEqualTo("no time (online/arranged)");
        var tba = new org.courseplanner.domain.catalog.CatalogSection("41003", "MATH 200", "Linear Algebra", 3, "03", "Lecture", null, null,
                java.util.List.of(new org.courseplanner.domain.catalog.CatalogMeeting(org.courseplanner.domain.SessionKind.LECTURE,
                        org.courseplanner.domain.WeeklyPattern.unplaced(), "online")));
        assertThat(SectionText.times(tba)).isEqualTo("no time (online/arranged) · online");
    }

    @Test
    void theCountSaysAtLeastWhenTheSearchWasStopped() {
        var best = List.of(CatalogSamples.schedule(catalog, 1, "40001", "40003"));
        assertThat(SectionText.count(new ScheduleResults(1234, true, 5000, best, true, null, List.of()))).isEqualTo("1,234 schedules fit");
        assertThat(SectionText.count(new ScheduleResults(1, true, 2, best, true, null, List.of()))).isEqualTo("1 schedule fits");
        assertThat(SectionText.count(new ScheduleResults(1234, false, 5000, best, false, null, List.of())))
                .isEqualTo("At least 1,234 schedules fit (the search was stopped)");
        assertThat(SectionText.shown(new ScheduleResults(1234, false, 5000, best, false, null, List.of())))
                .isEqualTo("the best found so far is shown");
        assertThat(SectionText.count(new ScheduleResults(0, true, 4, List.of(), true, new NoSchedule(List.of(), "x"), List.of())))
                .isEqualTo("No schedule fits");
    }

    @Test
    void aScoreNamesDaysGapsAndTheDaysSpan() {
        assertThat(SectionText.score(new ScheduleScore(3, 90, LocalTime.of(9, 0), LocalTime.of(15, 50), 10, 0, 7)))
                .isEqualTo("3 days on campus · 1.5 h of gaps · 09:00–15:50");
        assertThat(SectionText.score(new ScheduleScore(1, 0, null, null, 0, 2, 7)))
                .isEqualTo("1 day on campus · no gaps · no timed classes · 2 preferred instructors");
    }

    @Test
    void theConstraintsThatCannotHoldAreListed() {
        assertThat(SectionText.constraints(new NoSchedule(List.of("MATH 200", "Fridays off"), "every MATH 200 section meets on Fridays")))
                .isEqualTo("These cannot all hold together: MATH 200 · Fridays off");
    }

    @Test
    void aChoiceNamesItsSectionsAndHowManyMoreMeetAtTheSameTimes() {
        var s = CatalogSamples.schedule(catalog, 1, "40001", "40003");
        assertThat(SectionText.choice(s.choices().get(0))).isEqualTo("CS 101: Lecture 01 (40001), Lab L1 (40003)");
    }
}

package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 8, 31);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 18);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Term termWithBreaks(List<DateRange> breaks) {
        return new Term(0, "Fall 2026", FIRST, LAST, NEW_YORK, null, breaks, null, Term.DEFAULT_DAILY_CAP_HOURS);
    }

    private static Course course(String code, double credits) {
        return new Course(0, 1, code, "Title of " + code, credits, null, Delivery.SYNC, null);
    }

    @Test
    void endBeforeStartIsRefused() {
        assertRefused(() -> Term.of("Fall 2026", LAST, FIRST, NEW_YORK), "end", "2026-08-31", "2026-12-18",
                "before it starts");
    }

    @Test
    void aOneDayTermIsAccepted() {
        assertThat(Term.of("Intensive", FIRST, FIRST, NEW_YORK).contains(FIRST)).isTrue();
    }

    @Test
    void aTermLongerThanAYearIsRefused() {
        assertRefused(() -> Term.of("Forever", FIRST, FIRST.plusYears(1).plusDays(1), NEW_YORK), "end",
                "more than a year");
    }

    @Test
    void blankNameIsRefused() {
        assertRefused(() -> Term.of(" ", FIRST, LAST, NEW_YORK), "term name", "empty");
    }

    @Test
    void missingSchoolZoneIsRefused() {
        assertRefused(() -> Term.of("Fall 2026", FIRST, LAST, null), "zone", "time zone");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-08-30, 2026-09-01", // starts the day before the term
        "2026-12-18, 2026-12-19", // ends the day after the term
        "2027-01-04, 2027-01-08", // wholly after the term
    })
    void breakOutsideTheTermIsRefused(LocalDate first, LocalDate last) {
        DateRange b = new DateRange("Recess", first, last);

        assertRefused(() -> termWithBreaks(List.of(b)), "break", b.toString(), "not inside the term");
    }

    @Test
    void breaksOnTheTermsFirstAndLastDayAreAccepted() {
        Term t = termWithBreaks(List.of(new DateRange("Opening", FIRST, FIRST), new DateRange("Closing", LAST, LAST)));

        assertThat(t.isBreak(FIRST)).isTrue();
        assertThat(t.isBreak(FIRST.plusDays(1))).isFalse();
        assertThat(t.isBreak(LAST)).isTrue();
    }

    @Test
    void twoBreaksWithTheSameNameAreRefused() {
        List<DateRange> breaks = List.of(new DateRange("Recess", LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13)),
                new DateRange("recess", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27)));

        assertRefused(() -> termWithBreaks(breaks), "break", "Recess");
    }

    @Test
    void theDefaultWeeklyCapIsThreeHoursPerCredit() {
        Term t = Term.of("Fall 2026", FIRST, LAST, NEW_YORK);

        assertThat(t.weeklyCapHours()).isNull();
        assertThat(t.weeklyCap(List.of(course("CS 101", 3), course("MATH 201", 4.5)))).isEqualTo(22.5);
        assertThat(t.weeklyCap(List.of())).isZero();
    }

    @Test
    void anExplicitWeeklyCapWins() {
        Term t = new Term(0, "Fall 2026", FIRST, LAST, NEW_YORK, null, List.of(), 12.0, 8);

        assertThat(t.weeklyCap(List.of(course("CS 101", 3), course("MATH 201", 4)))).isEqualTo(12);
    }

    @Test
    void theDefaultDailyCapIsTenHours() {
        assertThat(Term.of("Fall 2026", FIRST, LAST, NEW_YORK).dailyCapHours()).isEqualTo(10);
    }

    @ParameterizedTest
    @CsvSource({"0", "-2", "168.5"})
    void weeklyCapOutOfRangeIsRefused(double cap) {
        assertRefused(() -> new Term(0, "Fall 2026", FIRST, LAST, NEW_YORK, null, List.of(), cap, 10), "weekly-cap",
                "between 0 and 168", "not " + cap);
    }

    @ParameterizedTest
    @CsvSource({"0", "24.5"})
    void dailyCapOutOfRangeIsRefused(double cap) {
        assertRefused(() -> new Term(0, "Fall 2026", FIRST, LAST, NEW_YORK, null, List.of(), null, cap), "daily-cap",
                "between 0 and 24", "not " + cap);
    }

    @Test
    void theStudentZoneDefaultsToTheSystemZone() {
        assertThat(Term.of("Fall 2026", FIRST, LAST, NEW_YORK).studentZone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void anExplicitStudentZoneIsKept() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        Term t = new Term(0, "Fall 2026", FIRST, LAST, NEW_YORK, tokyo, List.of(), null, 10);

        assertThat(t.studentZone()).isEqualTo(tokyo);
        assertThat(t.schoolZone()).isEqualTo(NEW_YORK);
    }

    @Test
    void missingConflictSettingsTakeTheDefaults() {
        assertThat(Term.of("Fall 2026", FIRST, LAST, NEW_YORK).conflictSettings()).isEqualTo(ConflictSettings.DEFAULTS);
    }

    @Test
    void containsBothEnds() {
        Term t = Term.of("Fall 2026", FIRST, LAST, NEW_YORK);

        assertThat(t.contains(FIRST)).isTrue();
        assertThat(t.contains(LAST)).isTrue();
        assertThat(t.contains(FIRST.minusDays(1))).isFalse();
        assertThat(t.contains(LAST.plusDays(1))).isFalse();
    }

    @Test
    void aTermWithoutStudySettingsHasTheDefaultsAndKeepsOnesItIsGiven() {
        Term t = Term.of("Fall 2026", FIRST, LAST, NEW_YORK);
        assertThat(t.studySettings()).isEqualTo(StudySettings.DEFAULTS);
        StudySettings mine = new StudySettings(45, 90, 10, 1440, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0));
        Term set = t.withStudySettings(mine);
        assertThat(set.studySettings()).isEqualTo(mine);
        assertThat(set.withId(5).studySettings()).isEqualTo(mine);
    }

    @ParameterizedTest(name = "term from {0}: {1} is in week {2}")
    @CsvSource({
            "2026-08-31, 2026-08-31, 1",  // a Monday start
            "2026-08-31, 2026-09-06, 1",  // its Sunday
            "2026-08-31, 2026-09-07, 2",
            "2026-08-31, 2026-08-30, 0",  // the Sunday before
            "2026-08-31, 2026-08-23, -1",
            "2026-09-02, 2026-08-31, 1",  // a Wednesday start: its week starts on the Monday before
            "2026-09-02, 2026-09-06, 1",
            "2026-09-02, 2026-09-07, 2",
            "2026-09-06, 2026-09-06, 1",  // a Sunday start
            "2026-09-06, 2026-09-07, 2",
            "2026-09-02, 2026-12-18, 16",
    })
    void weeksRunMondayToSundayFromTheWeekOfTheFirstDay(LocalDate first, LocalDate day, int week) {
        Term t = Term.of("Fall 2026", first, LocalDate.of(2026, 12, 18), NEW_YORK);
        assertThat(t.weekNumber(day)).isEqualTo(week);
        LocalDate monday = t.weekMonday(week);
        assertThat(monday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(day).isBetween(monday, monday.plusDays(6));
    }
}

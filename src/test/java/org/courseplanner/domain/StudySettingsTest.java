package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudySettingsTest {

    @Test
    void theDefaultsAreHalfAnHourToTwoHoursWithAQuarterHourBufferDoneTwelveHoursEarly() {
        StudySettings d = StudySettings.DEFAULTS;
        assertThat(d).isEqualTo(new StudySettings(30, 120, 15, 720, null, null));
        assertThat(d.hasStudyHours()).isFalse();
    }

    @ParameterizedTest(name = "{0}-{1} min, buffer {2}, {3} min before due: {4}")
    @CsvSource({
            "10, 120, 15, 720, min-block, 15 to 720",
            "20, 120, 15, 720, min-block, steps of 15",
            "30, 735, 15, 720, max-block, 15 to 720",
            "30, 100, 15, 720, max-block, steps of 15",
            "60, 45, 15, 720, max-block, shorter than the shortest",
            "30, 120, -1, 720, buffer, 0 to 120",
            "30, 120, 121, 720, buffer, 0 to 120",
            "30, 120, 15, -60, before-due, 0 to 168 hours",
            "30, 120, 15, 10081, before-due, 0 to 168 hours",
    })
    void aValueOutOfItsRangeIsRefusedAtItsField(int min, int max, int buffer, int beforeDue, String field, String says) {
        assertRefused(() -> new StudySettings(min, max, buffer, beforeDue, null, null), field, says);
    }

    @Test
    void theWidestSettingsAreAccepted() {
        StudySettings s = new StudySettings(15, 720, 120, 7 * 24 * 60, null, null);
        assertThat(s.minBlockMinutes()).isEqualTo(15);
        assertThat(new StudySettings(720, 720, 0, 0, null, null).maxBlockMinutes()).isEqualTo(720);
    }

    @Test
    void studyHoursAreBothGivenOrNeitherAndMayCrossMidnight() {
        StudySettings evenings = StudySettings.DEFAULTS.withStudyHours(LocalTime.of(20, 0), LocalTime.of(1, 0));
        assertThat(evenings.hasStudyHours()).isTrue();
        assertThat(evenings.studyFrom()).isEqualTo(LocalTime.of(20, 0));
        assertThat(evenings.withStudyHours(null, null)).isEqualTo(StudySettings.DEFAULTS);

        assertRefused(() -> StudySettings.DEFAULTS.withStudyHours(LocalTime.of(9, 0), null), "study-hours", "09:00-18:00");
        assertRefused(() -> StudySettings.DEFAULTS.withStudyHours(null, LocalTime.of(9, 0)), "study-hours", "FROM-TO");
        assertRefused(() -> StudySettings.DEFAULTS.withStudyHours(LocalTime.of(9, 0), LocalTime.of(9, 0)), "study-hours",
                "start and end at 09:00");
    }
}

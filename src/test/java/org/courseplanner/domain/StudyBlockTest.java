package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StudyBlockTest {
    private static final LocalDateTime WED_19 = LocalDateTime.of(2026, 9, 2, 19, 0);

    @Test
    void theShortConstructorMakesAModuleBlockTheStudentPlaced() {
        StudyBlock b = new StudyBlock(4, 9, 2, WED_19, 90);
        assertThat(b).isEqualTo(new StudyBlock(4, 9, 0, 2, WED_19, 90, false));
        assertThat(b.isHomework()).isFalse();
        assertThat(b.end()).isEqualTo(WED_19.plusMinutes(90));
    }

    @Test
    void aHomeworkBlockIsForACourseAndMayBePlacedByThePlanner() {
        StudyBlock h = StudyBlock.homework(0, 3, 1, WED_19, 60, true);
        assertThat(h.isHomework()).isTrue();
        assertThat(h.courseId()).isEqualTo(3);
        assertThat(h.moduleId()).isZero();
        assertThat(h.auto()).isTrue();
        assertThat(h.withAuto(false).auto()).isFalse();
        assertThat(h.withStart(WED_19.plusDays(1))).isEqualTo(StudyBlock.homework(0, 3, 1, WED_19.plusDays(1), 60, true));
        assertThat(h.withId(8).id()).isEqualTo(8);
        assertThat(h.withId(8).withStart(WED_19).withAuto(true)).isEqualTo(StudyBlock.homework(8, 3, 1, WED_19, 60, true));
    }

    @Test
    void aBlockIsForAModuleOrACourseNeverBothNorNeither() {
        assertRefused(() -> new StudyBlock(0, 9, 3, 1, WED_19, 60, false), "course", "not both");
        assertRefused(() -> new StudyBlock(0, 0, 0, 1, WED_19, 60, false), "module", "not neither");
        assertRefused(() -> StudyBlock.homework(0, 3, 0, WED_19, 60, false), "week", "numbered from 1");
        assertRefused(() -> StudyBlock.homework(0, 3, 1, WED_19, 4, false), "minutes", "5 to 720");
    }
}

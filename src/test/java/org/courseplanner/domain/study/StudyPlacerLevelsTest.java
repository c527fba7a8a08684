package org.courseplanner.domain.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A need stays in its preferred time when it fits there, and moves out only as far as it must. */
class StudyPlacerLevelsTest {
    private static final long DAY = 1440;

    private static StudyProblem problem(List<StudyProblem.Need> needs) {
        return new StudyProblem(30, 4, new long[] {0, DAY, 2 * DAY}, new int[] {0, 0}, new long[] {0, 0}, needs);
    }

    @Test
    void aNeedThatFitsInItsPreferredTimeStaysThere() {
        Spans preferred = Spans.of(9 * 60, 12 * 60);
        Spans wide = Spans.of(0, 2 * DAY);
        Placement p = StudyPlacer.place(problem(List.of(new StudyProblem.Need("a", 120, List.of(preferred, wide)))));
        assertThat(p.levels()).containsExactly(0);
        assertThat(p.blocks()).allSatisfy(b -> assertThat(preferred.covers(b.start(), b.end())).isTrue());
        assertThat(p.blocks()).extracting(Placement.Block::minutes).containsExactly(120);
    }

    @Test
    void onlyTheNeedsThatDoNotFitMoveToWiderTime() {
        Spans morning = Spans.of(9 * 60, 11 * 60);          // 2 h
        Spans evening = Spans.of(18 * 60, 20 * 60);         // 2 h
        Spans wide = Spans.of(0, DAY);
        StudyProblem problem = problem(List.of(
                new StudyProblem.Need("a", 120, List.of(morning, wide)),
                new StudyProblem.Need("b", 180, List.of(morning, wide)),  // a and b cannot both fit in the morning
                new StudyProblem.Need("c", 120, List.of(evening, wide))));
        Placement p = StudyPlacer.place(problem);
        assertThat(p.complete()).isTrue();
        assertThat(p.levels()).containsExactly(1, 1, 0);
        assertThat(p.blocks()).filteredOn(b -> b.need() == 2)
                .allSatisfy(b -> assertThat(evening.covers(b.start(), b.end())).isTrue());
    }

    @Test
    void whenEvenTheWidestTimeIsTooSmallTheShortageNamesTheNeedsThatCompete() {
        Spans evening = Spans.of(18 * 60, 20 * 60); // 2 h on day 0
        Spans nextDay = Spans.of(DAY + 9 * 60, DAY + 17 * 60);
        Placement p = StudyPlacer.place(problem(List.of(
                new StudyProblem.Need("a", 90, List.of(evening)),
                new StudyProblem.Need("b", 90, List.of(evening)),
                new StudyProblem.Need("c", 240, List.of(nextDay)))));
        assertThat(p.complete()).isFalse();
        assertThat(p.shortages()).singleElement().satisfies(s -> {
            assertThat(s.needs()).containsExactly(0, 1);
            assertThat(s.neededMinutes()).isEqualTo(180);
            assertThat(s.placeableMinutes()).isEqualTo(120);
            assertThat(s.shortMinutes()).isEqualTo(60);
        });
    }
}

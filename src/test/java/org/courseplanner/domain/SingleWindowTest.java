package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleWindowTest {
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 10, 16, 23, 59);

    @Test
    void opensAWeekBeforeItIsDueByDefault() {
        SingleWindow w = SingleWindow.due(DUE);

        assertThat(w.opens()).isEqualTo(LocalDateTime.of(2026, 10, 9, 23, 59));
        assertThat(w.due()).isEqualTo(DUE);
        assertThat(w.windows()).isEqualTo(1);
    }

    @Test
    void anExplicitOpeningIsKept() {
        SingleWindow w = new SingleWindow(LocalDateTime.of(2026, 9, 1, 8, 0), DUE);

        assertThat(w.opens()).isEqualTo(LocalDateTime.of(2026, 9, 1, 8, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-17T00:00", "2026-10-16T23:59"})
    void openingAtOrAfterTheDueTimeIsRefused(LocalDateTime opens) {
        assertRefused(() -> new SingleWindow(opens, DUE), "opens", opens.toString(), "2026-10-16T23:59");
    }

    @Test
    void missingDueIsRefused() {
        assertRefused(() -> new SingleWindow(LocalDateTime.of(2026, 9, 1, 8, 0), null), "due", "due date-time");
    }
}

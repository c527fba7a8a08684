package org.courseplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.WeeklyPattern;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class SessionDialogTest extends DialogTest {
    private static final WeeklyPattern MO_WE = WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
            LocalTime.of(10, 0), LocalTime.of(11, 15));

    private static Optional<Refusal> check(SessionDialog.Answer a) {
        return DialogProbe.refusalOf(() -> a.toPattern(Set.of()));
    }

    @Test
    void aRefusedPlaceIsShownAtThePlace(FxRobot robot) throws Exception {
        var initial = SessionDialog.Answer.of(SessionKind.LECTURE, "ENG 204", MO_WE);
        DialogProbe<SessionDialog.Answer> dialog = DialogProbe.open(robot, () -> SessionDialog.ask(owner, "CS 101 Lecture",
                initial, a -> a.location().isBlank() ? Optional.of(new Refusal("location", "give a room")) : Optional.empty()));
        dialog.type("#place", " ");
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("Give a room.");
        assertThat(dialog.decorated("#place")).isTrue();

        dialog.type("#place", "ENG 305");
        dialog.pressOk();
        assertThat(dialog.closedWith()).contains(new SessionDialog.Answer(SessionKind.LECTURE, "ENG 305", "MO,WE", "10:00", "11:15", "1",
                null, null));
    }

    @Test
    void daysTimesRepetitionAndDatesAreEdited(FxRobot robot) throws Exception {
        DialogProbe<SessionDialog.Answer> dialog = DialogProbe.open(robot, () -> SessionDialog.ask(owner, "CS 101 Lecture",
                SessionDialog.Answer.of(SessionKind.LECTURE, "ENG 204", MO_WE), SessionDialogTest::check));
        dialog.type("#days", "TU,TH");
        dialog.type("#start", "9:30");
        dialog.type("#end", "ten");
        dialog.pressOk();
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.decorated("#end")).isTrue();
        assertThat(dialog.problem()).contains("\"ten\" is not a time");

        dialog.type("#end", "10:45");
        dialog.type("#every", "2");
        dialog.type("#firstDate .text-field", "2026-09-01");
        dialog.type("#lastDate .text-field", "2026-11-10");
        dialog.pressOk();
        var answer = dialog.closedWith().orElseThrow();
        assertThat(answer.toPattern(Set.of())).isEqualTo(new WeeklyPattern(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(9, 30), LocalTime.of(10, 45), 2, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 10), Set.of()));
    }

    @Test
    void noDaysAndNoTimesLeaveTheSessionTba() {
        var answer = SessionDialog.Answer.of(SessionKind.OFFICE_HOURS, "", WeeklyPattern.unplaced());
        assertThat(answer.days()).isEmpty();
        assertThat(answer.toPattern(Set.of()).isPlaced()).isFalse();
    }
}

package org.courseplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.WeeklyPattern;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class CommitmentDialogTest extends DialogTest {
    private static Optional<Refusal> check(CommitmentDialog.Answer a) {
        return DialogProbe.refusalOf(() -> new Commitment(0, 1, a.title(),
                WeeklyPattern.weekly(Weekdays.parse(a.days()), LocalTime.parse(a.start()), LocalTime.parse(a.end())), null));
    }

    @Test
    void anEndAtTheStartIsRefusedAtTheEnd(FxRobot robot) throws Exception {
        var initial = new CommitmentDialog.Answer("Café shift", "TU,TH", "17:00", "17:00");
        DialogProbe<CommitmentDialog.Answer> dialog = DialogProbe.open(robot,
                () -> CommitmentDialog.ask(owner, "Europe/Berlin", initial, CommitmentDialogTest::check));
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("The time ends when it starts (17:00): give an end after the start.");
        assertThat(dialog.decorated("#end")).isTrue();
        assertThat(dialog.decorated("#start")).isFalse();
        assertThat(dialog.tooltip("#end")).isEqualTo(dialog.problem());

        dialog.type("#end", "21:00");
        assertThat(dialog.decorated("#end")).isFalse();
        assertThat(dialog.problem()).isEmpty();
        dialog.pressOk();
        assertThat(dialog.closedWith()).contains(new CommitmentDialog.Answer("Café shift", "TU,TH", "17:00", "21:00"));
    }
}

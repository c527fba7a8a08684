package org.courseplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class SessionDialogTest extends DialogTest {
    @Test
    void aRefusedPlaceIsShownAtThePlace(FxRobot robot) throws Exception {
        var initial = new SessionDialog.Answer(SessionKind.values()[0], "ENG 204");
        DialogProbe<SessionDialog.Answer> dialog = DialogProbe.open(robot, () -> SessionDialog.ask(owner, "CS 101 Lecture", "MO,WE 10:00-11:15",
                initial, a -> a.location().isBlank() ? Optional.of(new Refusal("location", "give a room")) : Optional.empty()));
        dialog.type("#place", " ");
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("Give a room.");
        assertThat(dialog.decorated("#place")).isTrue();

        dialog.type("#place", "ENG 305");
        dialog.pressOk();
        assertThat(dialog.closedWith()).contains(new SessionDialog.Answer(SessionKind.values()[0], "ENG 305"));
    }

    @Test
    void theOldCallStillAnswersWithTheEdit(FxRobot robot) throws Exception {
        DialogProbe<SessionDialog.Answer> dialog = DialogProbe.open(robot,
                () -> SessionDialog.ask(owner, "CS 101 Lecture", "MO,WE 10:00-11:15", SessionKind.values()[0], null));
        dialog.type("#place", "Zoom");
        dialog.pressOk();
        assertThat(dialog.closedWith()).contains(new SessionDialog.Answer(SessionKind.values()[0], "Zoom"));
    }
}

package org.courseplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.StudyBlock;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class StudyBlockDialogTest extends DialogTest {
    private static Optional<Refusal> check(StudyBlockDialog.Answer a) {
        return DialogProbe.refusalOf(() -> a.toStudyBlock(0, 9));
    }

    @Test
    void aTwoMinuteBlockIsRefusedAtItsMinutes(FxRobot robot) throws Exception {
        DialogProbe<StudyBlockDialog.Answer> dialog = DialogProbe.open(robot, () -> StudyBlockDialog.ask(owner, null, StudyBlockDialogTest::check));
        dialog.type("#week", "3");
        dialog.type("#date .text-field", "2026-09-02");
        dialog.type("#time", "19:00");
        dialog.type("#minutes", "2");
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("A study block lasts 5 to 720 minutes, not 2.");
        assertThat(dialog.decorated("#minutes")).isTrue();
        assertThat(dialog.decorated("#week")).isFalse();
        assertThat(dialog.tooltip("#minutes")).isEqualTo(dialog.problem());

        dialog.type("#minutes", "90");
        assertThat(dialog.decorated("#minutes")).isFalse();
        dialog.pressOk();
        var answer = dialog.closedWith().orElseThrow();
        assertThat(answer).isEqualTo(new StudyBlockDialog.Answer("3", LocalDate.of(2026, 9, 2), "19:00", "90"));
        assertThat(answer.toStudyBlock(0, 9)).isEqualTo(new StudyBlock(0, 9, 3, LocalDateTime.of(2026, 9, 2, 19, 0), 90));
    }

    @Test
    void aHomeworkBlockStaysItsCoursesWithTheWeekStartAndLengthTyped() {
        StudyBlock planned = StudyBlock.homework(5, 2, 3, LocalDateTime.of(2026, 9, 16, 18, 0), 60, true);
        var answer = StudyBlockDialog.Answer.of(planned);
        assertThat(answer).isEqualTo(new StudyBlockDialog.Answer("3", LocalDate.of(2026, 9, 16), "18:00", "60"));

        StudyBlock changed = new StudyBlockDialog.Answer("4", LocalDate.of(2026, 9, 22), "07:30", "45").toStudyBlock(planned);
        assertThat(changed).isEqualTo(StudyBlock.homework(5, 2, 4, LocalDateTime.of(2026, 9, 22, 7, 30), 45, true));
    }

    @Test
    void aTimeThatDoesNotParseIsRefusedAtTheTime(FxRobot robot) throws Exception {
        var initial = StudyBlockDialog.Answer.of(new StudyBlock(4, 9, 2, LocalDateTime.of(2026, 9, 9, 18, 30), 60));
        DialogProbe<StudyBlockDialog.Answer> dialog = DialogProbe.open(robot, () -> StudyBlockDialog.ask(owner, initial, StudyBlockDialogTest::check));
        dialog.type("#time", "half past six");
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).startsWith("\"half past six\" is not a time");
        assertThat(dialog.decorated("#time")).isTrue();

        dialog.type("#time", "18:45");
        dialog.pressOk();
        assertThat(dialog.closedWith().orElseThrow().toStudyBlock(4, 9).start()).isEqualTo(LocalDateTime.of(2026, 9, 9, 18, 45));
    }
}

package org.courseplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.WeeklyWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class ModuleDialogTest extends DialogTest {
    private static Optional<Refusal> check(ModuleDialog.Answer a) {
        return DialogProbe.refusalOf(() -> a.toModule(0, 1));
    }

    @Test
    void tooMuchEffortIsRefusedAtTheEffort(FxRobot robot) throws Exception {
        DialogProbe<ModuleDialog.Answer> dialog = DialogProbe.open(robot, () -> ModuleDialog.ask(owner, null, ModuleDialogTest::check));
        dialog.type("#title", "Module");
        dialog.type("#effort", "150");
        dialog.type("#firstWeek .text-field", "2026-08-31");
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("Effort is hours of work per window and must be between 0 and 100, not 150.0.");
        assertThat(dialog.decorated("#effort")).isTrue();
        assertThat(dialog.decorated("#title")).isFalse();
        assertThat(dialog.tooltip("#effort")).isEqualTo(dialog.problem());

        dialog.type("#effort", "4");
        assertThat(dialog.decorated("#effort")).isFalse();
        dialog.pressOk();
        var answer = dialog.closedWith().orElseThrow();
        assertThat(answer).isEqualTo(new ModuleDialog.Answer("Module", "4",
                new ModuleDialog.Weekly(DayOfWeek.MONDAY, "09:00", DayOfWeek.SUNDAY, "23:59", "14", LocalDate.of(2026, 8, 31))));
        AsyncModule module = answer.toModule(0, 1);
        assertThat(module.schedule()).isEqualTo(new WeeklyWindow(DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0), DayOfWeek.SUNDAY,
                java.time.LocalTime.of(23, 59), 14, LocalDate.of(2026, 8, 31)));
    }

    @Test
    void aSingleWindowThatOpensAfterItIsDueIsRefusedAtItsOpening(FxRobot robot) throws Exception {
        DialogProbe<ModuleDialog.Answer> dialog = DialogProbe.open(robot, () -> ModuleDialog.ask(owner, null, ModuleDialogTest::check));
        dialog.type("#title", "Term paper");
        dialog.type("#effort", "10");
        dialog.press("#single");
        dialog.type("#opensDate .text-field", "2026-10-20");
        dialog.type("#opensTime", "9:00");
        dialog.type("#dueDate .text-field", "2026-10-16");
        dialog.type("#dueTime", "23:59");
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("The module opens (2026-10-20T09:00) after it is due (2026-10-16T23:59):"
                + " give an opening before the due time.");
        assertThat(dialog.decorated("#opensDate")).isTrue();
        assertThat(dialog.decorated("#opensAt")).isFalse();

        dialog.type("#opensDate .text-field", "2026-10-02");
        dialog.pressOk();
        AsyncModule module = dialog.closedWith().orElseThrow().toModule(5, 1);
        assertThat(module.schedule()).isEqualTo(new SingleWindow(LocalDateTime.of(2026, 10, 2, 9, 0), LocalDateTime.of(2026, 10, 16, 23, 59)));
        assertThat(ModuleDialog.Answer.of(module).toModule(5, 1)).isEqualTo(module);
    }
}

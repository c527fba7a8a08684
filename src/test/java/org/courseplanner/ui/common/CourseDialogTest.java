package org.courseplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class CourseDialogTest extends DialogTest {
    private static Optional<Refusal> check(CourseDialog.Answer a) {
        return DialogProbe.refusalOf(() -> new Course(0, 1, a.code(), a.title(), a.credits(), null, a.delivery(), null));
    }

    @Test
    void aRefusedTitleIsShownAtTheTitleUntilFixed(FxRobot robot) throws Exception {
        DialogProbe<CourseDialog.Answer> dialog = DialogProbe.open(robot, () -> CourseDialog.ask(owner, null, CourseDialogTest::check));
        dialog.type("#code", "CS 101");
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("The title is empty: give one, e.g. \"Intro to Programming\".");
        assertThat(dialog.decorated("#title")).isTrue();
        assertThat(dialog.decorated("#code")).isFalse();
        assertThat(dialog.tooltip("#title")).isEqualTo(dialog.problem());
        assertThat(dialog.decorationTooltip()).contains(dialog.problem());

        dialog.type("#title", "Intro to Programming");
        assertThat(dialog.decorated("#title")).isFalse();
        dialog.pressOk();
        assertThat(dialog.closedWith()).contains(new CourseDialog.Answer("CS 101", "Intro to Programming", 3, Delivery.SYNC));
    }

    @Test
    void editingStartsFromTheCourseAndRefusesCreditsAtTheCredits(FxRobot robot) throws Exception {
        var initial = new CourseDialog.Answer("HIST 210", "Modern Europe", 4, Delivery.HYBRID);
        DialogProbe<CourseDialog.Answer> dialog = DialogProbe.open(robot, () -> CourseDialog.ask(owner, initial, CourseDialogTest::check));
        dialog.type("#credits .text-field", "45");
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("Credits must be between 0 and 30, not 45.0.");
        assertThat(dialog.decorated("#credits")).isTrue();

        dialog.type("#credits .text-field", "5");
        dialog.pressOk();
        assertThat(dialog.closedWith()).contains(new CourseDialog.Answer("HIST 210", "Modern Europe", 5, Delivery.HYBRID));
    }

    @Test
    void theOldMessageCheckStillKeepsTheDialogOpen(FxRobot robot) throws Exception {
        DialogProbe<CourseDialog.Answer> dialog = DialogProbe.open(robot,
                () -> CourseDialog.ask(owner, a -> a.code().isBlank() ? "Add a term first." : ""));
        dialog.pressOk();
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("Add a term first.");
        dialog.type("#code", "X 1");
        dialog.pressOk();
        assertThat(dialog.closedWith()).isPresent();
    }
}

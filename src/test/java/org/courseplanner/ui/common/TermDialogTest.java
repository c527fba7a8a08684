package org.courseplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Term;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class TermDialogTest extends DialogTest {
    private static Optional<Refusal> check(TermDialog.Answer a) {
        return DialogProbe.refusalOf(() -> a.toTerm(0));
    }

    @Test
    void aTermThatEndsBeforeItStartsIsRefusedAtItsLastDay(FxRobot robot) throws Exception {
        DialogProbe<TermDialog.Answer> dialog = DialogProbe.open(robot, () -> TermDialog.ask(owner, null, TermDialogTest::check));
        dialog.type("#name", "Fall 2026");
        dialog.type("#firstDay .text-field", "2026-08-31");
        dialog.type("#lastDay .text-field", "2026-08-01");
        dialog.set(() -> ((ComboBox<?>) dialog.node("#schoolZone")).getEditor().setText("America/New_York"));
        dialog.set(() -> ((ComboBox<?>) dialog.node("#myZone")).getEditor().setText("Europe/Berlin"));
        dialog.pressOk();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("The term \"Fall 2026\" ends (2026-08-01) before it starts (2026-08-31):"
                + " give an end on or after the start.");
        assertThat(dialog.decorated("#lastDay")).isTrue();
        assertThat(dialog.decorated("#firstDay")).isFalse();
        assertThat(dialog.tooltip("#lastDay")).isEqualTo(dialog.problem());

        dialog.type("#lastDay .text-field", "2026-12-18");
        assertThat(dialog.decorated("#lastDay")).isFalse();
        dialog.pressOk();
        var answer = dialog.closedWith().orElseThrow();
        assertThat(answer).isEqualTo(new TermDialog.Answer("Fall 2026", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 18),
                "America/New_York", "Europe/Berlin", List.of(), "", "10", "22:00", "07:00"));
        Term term = answer.toTerm(7);
        assertThat(term.weeklyCapHours()).isNull();
        assertThat(term.studentZone().getId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void everyDateShowsAndReadsAsIsoWhateverTheLocale(FxRobot robot) throws Exception {
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.US); // its own dates read 1/11/2027
        try {
            var spring = Term.of("Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7), java.time.ZoneId.of("America/Chicago"));
            var initial = TermDialog.Answer.of(new Term(0, spring.name(), spring.firstDay(), spring.lastDay(), spring.schoolZone(),
                    spring.studentZone(), List.of(new org.courseplanner.domain.DateRange("Spring break", LocalDate.of(2027, 3, 15),
                    LocalDate.of(2027, 3, 21))), null, spring.dailyCapHours()));
            DialogProbe<TermDialog.Answer> dialog = DialogProbe.open(robot, () -> TermDialog.ask(owner, initial, TermDialogTest::check));
            List<String> shown = robot.lookup(".date-picker").queryAllAs(javafx.scene.control.DatePicker.class).stream()
                    .map(p -> p.getEditor().getText()).sorted().toList();
            assertThat(shown).containsExactly("2027-01-11", "2027-03-15", "2027-03-21", "2027-05-07");

            dialog.type("#lastDay .text-field", "2027-05-14");
            dialog.pressOk();
            assertThat(dialog.closedWith().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2027, 5, 14));
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
    }

    @Test
    void refusalsOfCapsAndBreaksGoToTheirFields(FxRobot robot) throws Exception {
        var initial = TermDialog.Answer.of(Term.of("Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7),
                java.time.ZoneId.of("America/Chicago")));
        DialogProbe<TermDialog.Answer> dialog = DialogProbe.open(robot, () -> TermDialog.ask(owner, initial, TermDialogTest::check));
        dialog.type("#weeklyCap", "200");
        dialog.pressOk();
        assertThat(dialog.problem()).isEqualTo("The weekly cap must be between 0 and 168 hours, not 200.0.");
        assertThat(dialog.decorated("#weeklyCap")).isTrue();

        dialog.type("#weeklyCap", "40");
        dialog.press("#addBreak");
        dialog.pressOk();
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).isEqualTo("The break name is empty: give one, e.g. \"Spring break\".");
        assertThat(dialog.decorated(".break-name")).isTrue();

        dialog.type(".break-name", "Spring break");
        dialog.type(".break-first .text-field", "soon");
        dialog.pressOk();
        assertThat(dialog.isOpen()).isTrue(); // and no DateTimeParseException escaped from the picker
        assertThat(dialog.problem()).isEqualTo("\"soon\" is not a date: write it like 2026-08-31 or pick one from the calendar.");
        assertThat(dialog.decorated(".break-first")).isTrue();
        assertThat(dialog.decorated(".break-name")).isFalse();

        dialog.type(".break-first .text-field", "2027-03-15");
        dialog.type(".break-last .text-field", "2027-03-21");
        dialog.type("#quietFrom", "7:00");
        dialog.pressOk();
        assertThat(dialog.problem()).isEqualTo("Quiet hours start and end at 07:00: give an end other than the start, e.g. 22:00-07:00.");
        assertThat(dialog.decorated("#quietFrom")).isTrue();

        dialog.type("#quietFrom", "23:00");
        dialog.pressOk();
        var answer = dialog.closedWith().orElseThrow();
        assertThat(answer.breaks()).containsExactly(new TermDialog.BreakAnswer("Spring break", LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 21)));
        Term term = answer.toTerm(3);
        assertThat(term.weeklyCapHours()).isEqualTo(40);
        assertThat(term.conflictSettings().quietFrom()).isEqualTo(java.time.LocalTime.of(23, 0));
        assertThat(term.schoolZone().getId()).isEqualTo("America/Chicago");
    }

    @Test
    void studySettingsAreRefusedAtTheirFieldAndKeptWhenFine(FxRobot robot) throws Exception {
        var initial = TermDialog.Answer.of(Term.of("Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7),
                java.time.ZoneId.of("America/Chicago")));
        assertThat(initial.minBlockMinutes()).isEqualTo("30");
        assertThat(initial.beforeDueHours()).isEqualTo("12");
        assertThat(initial.studyFrom()).isEmpty();
        DialogProbe<TermDialog.Answer> dialog = DialogProbe.open(robot, () -> TermDialog.ask(owner, initial, TermDialogTest::check));
        dialog.type("#minBlock", "20");
        dialog.pressOk();
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.problem()).contains("steps of 15");
        assertThat(dialog.decorated("#minBlock")).isTrue();

        dialog.type("#minBlock", "45");
        dialog.type("#studyFrom", "09:00");
        dialog.pressOk();
        assertThat(dialog.problem()).contains("study hours");
        assertThat(dialog.decorated("#studyFrom")).isTrue();

        dialog.type("#studyTo", "18:00");
        dialog.type("#beforeDue", "1.5");
        dialog.pressOk();
        var term = dialog.closedWith().orElseThrow().toTerm(3);
        assertThat(term.studySettings()).isEqualTo(new org.courseplanner.domain.StudySettings(45, 120, 15, 90,
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0)));
    }

    @Test
    void typingPartOfAZoneOffersTheZonesThatMatch(FxRobot robot) throws Exception {
        DialogProbe<TermDialog.Answer> dialog = DialogProbe.open(robot, () -> TermDialog.ask(owner, null, TermDialogTest::check));
        dialog.type("#schoolZone .text-field", "Berl");
        // ControlsFX finds the suggestions off the FX thread: wait until they show.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> suggestions(robot).contains("Europe/Berlin"));
        assertThat(suggestions(robot)).allMatch(zone -> zone.contains("Berl"));
        robot.type(KeyCode.ESCAPE);
    }

    private static List<String> suggestions(FxRobot robot) {
        return robot.lookup(".auto-complete-popup .list-cell").queryAll().stream()
                .map(n -> ((ListCell<?>) n).getText()).filter(java.util.Objects::nonNull).toList();
    }
}

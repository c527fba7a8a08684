package org.courseplanner.ui.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courseplanner.ui.workload.WorkloadSamples.CONFERENCE_WEEK;
import static org.courseplanner.ui.workload.WorkloadSamples.FIRST_MONDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.courseplanner.domain.engine.Workload;
import org.courseplanner.domain.engine.WorkloadWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workload panel's state, without JavaFX started, on the sample fall term. */
class WorkloadViewModelTest {
    private static final Workload FALL = WorkloadSamples.fallWorkload();
    private final WorkloadViewModel model = new WorkloadViewModel();

    @BeforeEach
    void showTheTerm() {
        model.show(FALL, LocalDate.of(2026, 9, 14));
    }

    private HoursBar week(LocalDate monday) {
        return model.weeksProperty().get().stream().filter(b -> b.date().equals(monday)).findFirst().orElseThrow();
    }

    @Test
    void oneBarPerWeekOfTheTermWithItsHoursByKind() {
        List<HoursBar> weeks = model.weeksProperty().get();

        assertThat(weeks).hasSize(WorkloadSamples.WEEKS);
        assertThat(weeks).extracting(HoursBar::date).containsExactlyElementsOf(FALL.weeks().stream().map(WorkloadWeek::start).toList());
        WorkloadWeek source = FALL.weeks().get(2);
        HoursBar bar = weeks.get(2);
        assertThat(List.of(bar.sync(), bar.study(), bar.homework(), bar.commitments(), bar.hours()))
                .containsExactly(source.sync(), source.async(), source.homework(), source.commitments(), source.hours());
        assertThat(model.weeklyCapProperty().get()).isEqualTo(40);
        assertThat(model.dailyCapProperty().get()).isEqualTo(8);
    }

    @Test
    void theConferenceWeekIsAPeakOverTheCapAndSaysWhy() {
        HoursBar conference = week(CONFERENCE_WEEK);

        assertThat(conference.peak()).isTrue();
        assertThat(conference.hours()).isGreaterThan(40);
        assertThat(conference.description()).startsWith("Week 7 · Oct 12 – 18: " + WorkloadViewModel.hours(conference.hours()) + " h (cap 40 h)")
                .contains("classes 7.5 h", "commitments 48 h", "Over the weekly cap by", "most of it: Conference 40 h, CS 101 13 h, HIST 210 8.5 h");
        assertThat(week(CONFERENCE_WEEK.plusWeeks(1)).peak()).isFalse();
        assertThat(week(CONFERENCE_WEEK.plusWeeks(1)).description()).doesNotContain("Over");
        assertThat(model.summaryProperty().get()).isEqualTo("1 of 16 weeks over the 40 h cap");
    }

    @Test
    void monthsLabelTheWeeksTheyStartIn() {
        List<String> labelled = new ArrayList<>();
        for (HoursBar b : model.weeksProperty().get()) {
            if (!b.axisLabel().isEmpty()) {
                labelled.add(b.axisLabel() + " " + b.date());
            }
        }
        assertThat(labelled).containsExactly("Sep 2026-08-31", "Oct 2026-09-28", "Nov 2026-10-26", "Dec 2026-11-30");
    }

    @Test
    void theShownWeeksDaysRunMondayToSundayWithTheirDates() {
        assertThat(model.shownWeekProperty().get()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(model.daysProperty().get()).extracting(HoursBar::axisLabel).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(model.daysProperty().get().get(1).description()).startsWith("Tue Sep 15: ").contains("(cap 8 h)", "classes 1.3 h");
        assertThat(model.dayTitleProperty().get()).isEqualTo("Week 3 by day · Sep 14 – 20");

        model.showWeek(LocalDate.of(2026, 10, 15)); // a Thursday: its week is shown

        assertThat(model.shownWeekProperty().get()).isEqualTo(CONFERENCE_WEEK);
        assertThat(model.daysProperty().get()).extracting(HoursBar::date).first().isEqualTo(CONFERENCE_WEEK);
        assertThat(model.daysProperty().get()).filteredOn(HoursBar::peak).extracting(HoursBar::axisLabel)
                .containsExactly("Mon", "Tue", "Wed", "Thu", "Fri");
        assertThat(model.daysProperty().get().get(1).description()).contains("Over the daily cap; most of it: Conference 8 h, Café shift 4 h, HIST 210 2.1 h");
    }

    @Test
    void daysBeforeTheTermSaySo() {
        model.showWeek(FIRST_MONDAY);

        assertThat(model.daysProperty().get().get(0).description()).isEqualTo("Mon Aug 31: not in the term");
        assertThat(model.daysProperty().get().get(0).hours()).isZero();
        assertThat(model.daysProperty().get().get(2).hours()).isPositive();
        assertThat(model.dayTitleProperty().get()).isEqualTo("Week 1 by day · Aug 31 – Sep 6");
    }

    @Test
    void choosingAWeekShowsItAndTellsTheMainWindow() {
        List<LocalDate> told = new ArrayList<>();
        model.setOnWeekChosen(told::add);

        model.chooseWeek(CONFERENCE_WEEK);

        assertThat(told).containsExactly(CONFERENCE_WEEK);
        assertThat(model.shownWeekProperty().get()).isEqualTo(CONFERENCE_WEEK);
    }

    @Test
    void scalesLeaveRoomForTheHighestBarAndTheCap() {
        double highest = FALL.weeks().stream().mapToDouble(WorkloadWeek::hours).max().orElseThrow();
        HoursAxis axis = model.weekAxisProperty().get();

        assertThat(axis.max()).isGreaterThan(highest);
        assertThat(axis.ticks()).isBetween(3, 5);
        assertThat(model.dayAxisProperty().get()).isEqualTo(new HoursAxis(10, 2)); // cap 8 h, longest day 8.2 h

        model.showWeek(CONFERENCE_WEEK);

        assertThat(model.dayAxisProperty().get().max()).isGreaterThan(16.2);
    }

    @ParameterizedTest
    @CsvSource({"0, 1.5, 0.5", "8, 10, 2", "40, 50, 10", "61.5, 80, 20", "27, 30, 10", "168, 200, 50"})
    void axesEndOnARoundNumber(double hours, double max, double step) {
        assertThat(HoursAxis.covering(hours)).isEqualTo(new HoursAxis(max, step));
    }

    @Test
    void anAxisNeedsAStep() {
        assertThatThrownBy(() -> new HoursAxis(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"31.5, 31.5", "12.0, 12", "5.25, 5.3", "1.1428, 1.1", "0, 0"})
    void hoursReadWithOneDecimalAtMost(double hours, String text) {
        assertThat(WorkloadViewModel.hours(hours)).isEqualTo(text);
    }

    @Test
    void beforeATermNothingIsShown() {
        WorkloadViewModel empty = new WorkloadViewModel();

        assertThat(empty.weeksProperty().get()).isEmpty();
        assertThat(empty.daysProperty().get()).isEmpty();
        assertThat(empty.shownWeekProperty().get()).isNull();
        assertThat(empty.summaryProperty().get()).isEqualTo("No term shown");
    }
}

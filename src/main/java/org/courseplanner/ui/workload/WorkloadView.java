package org.courseplanner.ui.workload;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The workload panel's controller: binds the two charts and the headings to the view model. */
public final class WorkloadView {
    private final WorkloadViewModel model;

    @FXML
    private Label summary;
    @FXML
    private HoursChart weekChart;
    @FXML
    private Label dayTitle;
    @FXML
    private HoursChart dayChart;

    public WorkloadView(WorkloadViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        dayTitle.textProperty().bind(model.dayTitleProperty());

        weekChart.setOnChoose(model::chooseWeek);
        follow(weekChart, model.weekAxisProperty(), model.weeklyCapProperty(), model.weeksProperty());
        weekChart.setShown(model.shownWeekProperty().get());
        model.shownWeekProperty().addListener((obs, old, now) -> weekChart.setShown(now));
        follow(dayChart, model.dayAxisProperty(), model.dailyCapProperty(), model.daysProperty());
    }

    /** Draws the chart from the view model now, and again whenever its axis, cap or bars change. */
    private static void follow(HoursChart chart, ReadOnlyObjectProperty<HoursAxis> axis, ReadOnlyDoubleProperty cap,
                               ReadOnlyObjectProperty<List<HoursBar>> bars) {
        chart.setAxis(axis.get());
        chart.setCap(cap.get());
        chart.setBars(bars.get());
        axis.addListener((obs, old, now) -> chart.setAxis(now));
        cap.addListener((obs, old, now) -> chart.setCap(now.doubleValue()));
        bars.addListener((obs, old, now) -> chart.setBars(now));
    }
}

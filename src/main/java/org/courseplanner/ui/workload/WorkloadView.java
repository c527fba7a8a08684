package org.courseplanner.ui.workload;

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
        weekChart.setAxis(model.weekAxisProperty().get());
        weekChart.setCap(model.weeklyCapProperty().get());
        weekChart.setBars(model.weeksProperty().get());
        weekChart.setShown(model.shownWeekProperty().get());
        model.weekAxisProperty().addListener((obs, old, now) -> weekChart.setAxis(now));
        model.weeklyCapProperty().addListener((obs, old, now) -> weekChart.setCap(now.doubleValue()));
        model.weeksProperty().addListener((obs, old, now) -> weekChart.setBars(now));
        model.shownWeekProperty().addListener((obs, old, now) -> weekChart.setShown(now));

        dayChart.setAxis(model.dayAxisProperty().get());
        dayChart.setCap(model.dailyCapProperty().get());
        dayChart.setBars(model.daysProperty().get());
        model.dayAxisProperty().addListener((obs, old, now) -> dayChart.setAxis(now));
        model.dailyCapProperty().addListener((obs, old, now) -> dayChart.setCap(now.doubleValue()));
        model.daysProperty().addListener((obs, old, now) -> dayChart.setBars(now));
    }
}

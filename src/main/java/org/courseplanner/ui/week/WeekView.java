package org.courseplanner.ui.week;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/** The week calendar's controller: navigation and the zone toggle, bound to its view model. */
public final class WeekView {
    private final WeekViewModel model;

    @FXML
    private Label title;
    @FXML
    private ToggleButton schoolTime;
    @FXML
    private ToggleButton myTime;
    @FXML
    private ToggleGroup zoneGroup;
    @FXML
    private WeekCalendar calendar;

    public WeekView(WeekViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        calendar.setModel(model);
        title.textProperty().bind(model.titleProperty());
        javafx.scene.control.Tooltip zoneTip = new javafx.scene.control.Tooltip();
        zoneTip.textProperty().bind(model.zoneNameProperty().map(z -> "Times shown in " + z));
        schoolTime.setTooltip(zoneTip);
        myTime.setTooltip(zoneTip);
        zoneGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            } else {
                model.zoneChoiceProperty().set(now == myTime ? WeekViewModel.ZoneChoice.MINE : WeekViewModel.ZoneChoice.SCHOOL);
            }
        });
    }

    @FXML
    private void previous() {
        model.previous();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void thisWeek() {
        model.thisWeek();
    }
}

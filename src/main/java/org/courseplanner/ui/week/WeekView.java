package org.courseplanner.ui.week;

import org.courseplanner.domain.week.WeekBlock;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.courseplanner.ui.common.SessionDialog;
import org.courseplanner.ui.common.FocusedItemRemover;
import org.courseplanner.ui.common.ZoneChoice;

/** The week calendar's controller: navigation and the zone toggle, bound to its view model. */
public final class WeekView implements FocusedItemRemover {
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
    @FXML
    private javafx.scene.control.Button planStudy;

    public WeekView(WeekViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        calendar.setModel(model);
        calendar.setOnMove(this::moved);
        calendar.setOnDrop((item, at) -> model.drop(item, at[0], at[1]));
        calendar.setOnRemove(this::removed);
        calendar.setOnEdit(block -> {
            var editor = model.itemEditorProperty().get();
            if (editor != null) {
                editor.accept(block.occurrence().itemId()); // the window's form for that item
                return;
            }
            // without the window's forms: the kind and place change here, the days and times on the calendar
            model.sessionOf(block).ifPresent(session -> SessionDialog.ask(calendar.getScene().getWindow(), block.occurrence().title(),
                    SessionDialog.Answer.of(session.kind(), session.location(), session.pattern()), answer -> java.util.Optional.empty())
                    .ifPresent(answer -> model.edit(session, answer.kind(), answer.location())));
        });
        // a chosen finding opens its week: scroll it to the outlined items, now and once the week is loaded
        model.highlightedProperty().addListener((obs, old, now) -> {
            toHighlighted = !now.isEmpty();
            scrollToHighlighted();
        });
        model.previewsShownProperty().addListener((obs, old, now) -> toPreview = true);
        model.laidOutProperty().addListener((obs, old, now) -> {
            if (toPreview) {
                toPreview = false;
                scrollToPreview();
            }
            if (scrollToHighlighted()) {
                toHighlighted = false;
            }
        });
        title.textProperty().bind(model.titleProperty());
        planStudy.disableProperty().bind(model.studyPlannerProperty().isNull().or(model.planningStudyProperty()));
        planStudy.setTooltip(new Tooltip("Place the hours every module week and homework week still needs into your free time,"
                + " from now on (Ctrl+Shift+P). Blocks you placed stay; Edit ▸ Undo takes the run back."));
        Tooltip zoneTip = new Tooltip();
        zoneTip.textProperty().bind(model.zoneNameProperty().map(z -> "Times shown in " + z));
        schoolTime.setTooltip(zoneTip);
        myTime.setTooltip(zoneTip);
        zoneGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            } else {
                model.zoneChoiceProperty().set(now == myTime ? ZoneChoice.MINE : ZoneChoice.SCHOOL);
            }
        });
        // the View menu (or the saved settings) may choose the zone too
        model.zoneChoiceProperty().addListener((obs, old, now) -> (now == ZoneChoice.MINE ? myTime : schoolTime)
                .setSelected(true));
        (model.zoneChoiceProperty().get() == ZoneChoice.MINE ? myTime : schoolTime).setSelected(true);
    }

    /** True while a schedule's preview was asked for and the week has not yet been scrolled to it. */
    private boolean toPreview;

    /** Scrolls the week up or down so that a previewed schedule's classes are in view (an 8:00 class above the hours shown). */
    private void scrollToPreview() {
        var shown = model.blocksProperty().get().stream().filter(model::isPreview).toList();
        if (!shown.isEmpty()) {
            calendar.scrollToMinutes(shown.stream().mapToInt(WeekBlock::startMinute).min().orElseThrow(),
                    shown.stream().mapToInt(WeekBlock::endMinute).max().orElseThrow());
        }
    }

    /** True while a finding was chosen and its week has not yet been scrolled to its items. */
    private boolean toHighlighted;

    /** Scrolls the week so that every highlighted block is in view; false when this week shows none. */
    private boolean scrollToHighlighted() {
        if (!toHighlighted) {
            return false;
        }
        var lit = model.blocksProperty().get().stream().filter(model::isHighlighted).toList();
        if (lit.isEmpty()) {
            return false;
        }
        calendar.scrollToMinutes(lit.stream().mapToInt(WeekBlock::startMinute).min().orElseThrow(),
                lit.stream().mapToInt(WeekBlock::endMinute).max().orElseThrow());
        calendar.scrollToBlocks(lit);
        return true;
    }

    /** A weekly class moved on one week: ask whether it moves that week only or every week. */
    private void moved(WeekBlock block, int day, int start, int end) {
        boolean everyWeek = true;
        boolean resized = day == block.day() && start == block.startMinute();
        if (model.isWeekly(block) && !resized) {
            ButtonType thisWeek = new ButtonType("This week only");
            ButtonType every = new ButtonType("Every week");
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                    "Move " + block.occurrence().title() + " this week only, or every week?", thisWeek, every,
                    ButtonType.CANCEL);
            ask.setTitle("Course Planner");
            ask.setHeaderText("Move a weekly class");
            ask.initOwner(calendar.getScene().getWindow());
            var answer = ask.showAndWait().orElse(ButtonType.CANCEL);
            if (answer == ButtonType.CANCEL) {
                calendar.refresh(); // nothing changes: the block goes back
                return;
            }
            everyWeek = answer == every;
        }
        model.move(block, day, start, end, everyWeek);
    }

    /** Edit ▸ Delete while a block of the week has the focus: deletes it as its Delete key does; false when none has. */
    @Override
    public boolean removeFocused() {
        var block = calendar.focusedBlock();
        block.ifPresent(this::removed);
        return block.isPresent();
    }

    /** Delete on a weekly class: ask whether only this class goes, or every week of it (and how many that is). */
    private void removed(WeekBlock block) {
        if (!model.isWeekly(block)) {
            model.remove(block);
            return;
        }
        ButtonType thisClass = new ButtonType("This class only");
        ButtonType every = new ButtonType("Every week (" + model.meetings(block) + " classes)");
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + block.occurrence().title() + " on "
                + model.date(block.day()) + " only, or every week of it?", thisClass, every, ButtonType.CANCEL);
        ask.setTitle("Course Planner");
        ask.setHeaderText("Delete a weekly class");
        ask.initOwner(calendar.getScene().getWindow());
        var answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == thisClass) {
            model.removeMeeting(block);
        } else if (answer == every) {
            model.remove(block);
        }
    }

    @FXML
    private void planStudyTime() {
        Runnable planner = model.studyPlannerProperty().get();
        if (planner != null) {
            planner.run();
        }
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

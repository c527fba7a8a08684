package org.courseplanner.ui.sync;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.courseplanner.ui.common.Form;
import org.courseplanner.ui.common.RefusalDisplay;

/** The "Sync with a calendar" form's controller: binds the fields to its view model and forwards the buttons. */
public final class SyncSetUpView {
    /** OK, shown as "Save": the window's form checks (and tests) press a form's OK. */
    static final ButtonType SAVE = ButtonType.OK;
    static final ButtonType STOP = new ButtonType("Stop syncing", ButtonBar.ButtonData.LEFT);

    @FXML
    private TextField url;
    @FXML
    private TextField user;
    @FXML
    private PasswordField password;
    @FXML
    private CheckBox remember;
    @FXML
    private Label rememberHint;
    @FXML
    private CheckBox commitments;
    @FXML
    private CheckBox tasks;
    @FXML
    private TextField reminder;
    @FXML
    private Button test;
    @FXML
    private Label connection;
    @FXML
    private Label problem;

    private SyncSetUpViewModel model;

    /** Shows the form until it is saved, the sync is stopped, or it is cancelled. */
    public static void show(Window owner, SyncSetUpViewModel model, String termName) {
        Form<SyncSetUpView> form = Form.load(SyncSetUpView.class);
        SyncSetUpView view = form.controller();
        view.bind(model);
        Dialog<ButtonType> dialog = model.synced()
                ? form.dialog(owner, "Publish " + termName + " to a calendar", SAVE, STOP, ButtonType.CANCEL)
                : form.dialog(owner, "Publish " + termName + " to a calendar", SAVE, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(SAVE)).setText("Save");
        Runnable close = () -> {
            dialog.setResult(ButtonType.OK);
            dialog.close();
        };
        // both run in the background: the form stays open (and shows a refusal) until they are done
        whenPressed(dialog, SAVE, () -> model.save(close));
        if (model.synced()) {
            whenPressed(dialog, STOP, () -> model.stopSyncing(close));
        }
        for (ButtonType type : new ButtonType[] {SAVE, STOP}) {
            Node button = dialog.getDialogPane().lookupButton(type);
            if (button != null) {
                button.disableProperty().bind(model.busyProperty());
            }
        }
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> view.firstEmptyField().requestFocus()));
        dialog.showAndWait();
    }

    private static void whenPressed(Dialog<ButtonType> dialog, ButtonType type, Runnable action) {
        dialog.getDialogPane().lookupButton(type).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
    }

    private void bind(SyncSetUpViewModel vm) {
        this.model = vm;
        url.textProperty().bindBidirectional(vm.urlProperty());
        user.textProperty().bindBidirectional(vm.userProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        commitments.selectedProperty().bindBidirectional(vm.commitmentsProperty());
        tasks.selectedProperty().bindBidirectional(vm.tasksProperty());
        reminder.textProperty().bindBidirectional(vm.reminderProperty());
        rememberHint.textProperty().bind(vm.rememberHintProperty());
        connection.textProperty().bind(vm.connectionProperty());
        // where passwords go is found in the background, and a connection's answer comes later: the form grows with them
        RefusalDisplay.growsItsForm(rememberHint);
        RefusalDisplay.growsItsForm(connection);
        test.disableProperty().bind(vm.busyProperty());
        RefusalDisplay refusals = new RefusalDisplay(problem).field(url, "url").field(user, "user").field(password, "password")
                .field(reminder, "alarm");
        vm.refusalProperty().addListener((obs, old, now) -> refusals.show(Optional.ofNullable(now)));
    }

    /** Where typing starts: the first field still empty, else the password. */
    private Node firstEmptyField() {
        for (TextField field : new TextField[] {url, user, password}) {
            if (field.getText() == null || field.getText().isEmpty()) {
                return field;
            }
        }
        return password;
    }

    @FXML
    private void testConnection() {
        model.testConnection();
    }
}

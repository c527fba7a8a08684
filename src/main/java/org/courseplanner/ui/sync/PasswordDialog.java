package org.courseplanner.ui.sync;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.courseplanner.domain.sync.SyncAccount;
import org.courseplanner.ui.common.Theme;

/** Asks for the calendar's password when none is saved: kept in memory for this window session only. */
final class PasswordDialog {
    private PasswordDialog() {
    }

    /** The password typed; empty when cancelled or left empty. */
    static Optional<char[]> ask(Window owner, SyncAccount account) {
        PasswordField field = new PasswordField();
        field.setAccessibleText("Password");
        Label label = new Label("_Password of " + account.user() + " on " + account.calendar().getHost());
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        Label hint = new Label("Kept until the window closes. To save it, tick “Remember the password” in File ▸ Sync with a calendar….");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        VBox content = new VBox(8, label, field, hint);
        content.getStyleClass().add("form");
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Course Planner");
        dialog.setHeaderText("Your calendar's password");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Theme.style(dialog.getDialogPane(), owner);
        dialog.setOnShown(e -> Platform.runLater(field::requestFocus));
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> field.getText()).filter(t -> !t.isEmpty())
                .map(String::toCharArray);
    }
}

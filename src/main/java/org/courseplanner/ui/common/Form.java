package org.courseplanner.ui.common;

import java.io.IOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A dialog's form: the FXML named like its controller class, loaded, and shown in a dialog that
 * belongs to the owner's window and takes its theme.
 */
record Form<C>(Parent root, C controller) {

    /** Loads {@code Type.fxml} beside {@code type}, with {@code type} as its controller. */
    static <C> Form<C> load(Class<C> type) {
        String file = type.getSimpleName() + ".fxml";
        FXMLLoader loader = new FXMLLoader(type.getResource(file));
        try {
            Parent root = loader.load();
            return new Form<>(root, loader.getController());
        } catch (IOException e) {
            throw new IllegalStateException(file + " is missing from the build", e);
        }
    }

    /** A dialog titled "Course Planner" with this form under {@code header}; OK and Cancel unless other buttons are given. */
    Dialog<ButtonType> dialog(Window owner, String header, ButtonType... buttons) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Course Planner");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(root);
        dialog.getDialogPane().getButtonTypes().setAll(buttons.length > 0 ? buttons : new ButtonType[] {ButtonType.OK, ButtonType.CANCEL});
        Theme.style(dialog.getDialogPane(), owner);
        return dialog;
    }
}

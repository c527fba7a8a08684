package org.courseplanner.ui.common;

import java.io.IOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A dialog's form: the FXML named like its controller class, loaded, and shown in a dialog that
 * belongs to the owner's window and takes its theme.
 */
public record Form<C>(Parent root, C controller) {

    /** Loads {@code Type.fxml} beside {@code type}, with {@code type} as its controller. */
    public static <C> Form<C> load(Class<C> type) {
        String file = type.getSimpleName() + ".fxml";
        URL url = type.getResource(file);
        if (url == null) {
            throw new IllegalStateException(file + " is missing from the build");
        }
        FXMLLoader loader = new FXMLLoader(url);
        try {
            Parent root = loader.load();
            return new Form<>(root, loader.getController());
        } catch (IOException e) {
            // FXMLLoader wraps whatever failed (the controller's initialize(), a bad attribute...) in a LoadException:
            // say what really failed, e.g. an IllegalAccessError when a library reaches into JavaFX's internals
            throw new IllegalStateException(file + " could not be loaded: " + rootCause(e), e);
        }
    }

    /** The innermost cause, as "Type: message". */
    static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    /** A dialog titled "Course Planner" with this form under {@code header}; OK and Cancel unless other buttons are given. */
    public Dialog<ButtonType> dialog(Window owner, String header, ButtonType... buttons) {
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

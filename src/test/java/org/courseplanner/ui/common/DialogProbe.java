package org.courseplanner.ui.common;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.courseplanner.domain.Refusal;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a dialog from a test owner window and reads what it shows: the problem label, decorations, the answer. */
final class DialogProbe<A> {
    private final FxRobot robot;
    private final AtomicReference<Optional<A>> result = new AtomicReference<>();

    private DialogProbe(FxRobot robot) {
        this.robot = robot;
    }

    /**
     * A window for the dialog to belong to: a stage of its own, not the primary stage, which the window tests
     * in this JVM show the application in (a primary stage once shown with a small scene breaks them).
     */
    static Stage showOwner() {
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.setTitle("owner");
        stage.show();
        return stage;
    }

    /** Hides every window the test opened. */
    static void closeAll() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Opens the dialog on the FX thread (showAndWait blocks) and waits until it shows. */
    static <A> DialogProbe<A> open(FxRobot robot, Supplier<Optional<A>> ask) throws Exception {
        DialogProbe<A> probe = new DialogProbe<>(robot);
        Platform.runLater(() -> probe.result.set(ask.get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return probe;
    }

    /** Runs a refusal-raising domain constructor as a check does. */
    static Optional<Refusal> refusalOf(Runnable build) {
        try {
            build.run();
            return Optional.empty();
        } catch (Refusal r) {
            return Optional.of(r);
        }
    }

    <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    void set(Runnable onFxThread) {
        robot.interact(onFxThread);
    }

    /** Replaces a text field's text by typing, as a student who tabs through the form does (no mouse travel). */
    void type(String query, String text) {
        TextInputControl field = node(query);
        Node owner = field;
        for (Node n = field; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> || n instanceof Spinner<?>) {
                owner = n; // a picker keeps the focus and hands the keys to its editor
            }
        }
        Node focus = owner;
        robot.interact(() -> {
            focus.getScene().getWindow().requestFocus();
            focus.requestFocus();
            field.clear();
        });
        robot.targetWindow(focus.getScene().getWindow()); // write() types into the target window's focus owner
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a button (or radio button) with the keyboard. */
    void press(Node button) {
        robot.interact(() -> {
            button.getScene().getWindow().requestFocus();
            button.requestFocus();
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void press(String query) {
        press(node(query));
    }

    void pressOk() {
        DialogPane pane = node(".dialog-pane");
        press(pane.lookupButton(ButtonType.OK));
    }

    boolean isOpen() {
        return robot.lookup(".dialog-pane").queryAll().stream().anyMatch(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing());
    }

    String problem() {
        return ((Label) node("#problem")).getText();
    }

    /** Whether ControlsFX decorated the control as refused: its error decoration and style class. */
    boolean decorated(String query) {
        Control c = node(query);
        var decorations = Decorator.getDecorations(c);
        return decorations != null && !decorations.isEmpty() && c.getStyleClass().contains(RefusalDisplay.ERROR_CLASS);
    }

    /** The error mark ControlsFX draws over the window (an image in a label whose tooltip says the message). */
    Optional<String> decorationTooltip() {
        return robot.lookup(".label").queryAll().stream().map(n -> (Label) n)
                .filter(l -> l.getGraphic() instanceof javafx.scene.image.ImageView && l.getTooltip() != null)
                .map(l -> l.getTooltip().getText()).findFirst();
    }

    String tooltip(String query) {
        Control c = node(query);
        return c.getTooltip() == null ? null : c.getTooltip().getText();
    }

    Optional<A> closedWith() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        return result.get();
    }
}

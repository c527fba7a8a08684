package org.courseplanner.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a form's window tall enough for what it shows. A window keeps the size it opened at, so a
 * sentence that appears under the fields later (a refusal, a hint found in the background, a
 * connection's answer) would push the buttons out of its bottom. After every layout of the form,
 * its window grows by what its content lacks, never past the screen, and never shrinks: the
 * student may have made it taller.
 *
 * <p>A window's new height reaches its scene a few pulses later. Several texts may grow meanwhile,
 * so the growth already asked for counts as done until it is laid out (or the window is sized by
 * someone else); otherwise each would add its lines again.
 */
final class FormHeight implements Runnable {
    private static final String KEY = FormHeight.class.getName();

    private final Scene scene;
    private final DialogPane pane;
    /** The scene height and the window height last asked for; NaN when nothing is on its way. */
    private double askedSceneHeight = Double.NaN;
    private double askedWindowHeight = Double.NaN;

    private FormHeight(Scene scene, DialogPane pane) {
        this.scene = scene;
        this.pane = pane;
    }

    /** Starts keeping the form that shows {@code text} tall enough; nothing for a text outside a form (the main window). */
    static void keep(Node text) {
        DialogPane pane = dialogOf(text);
        Scene scene = text.getScene();
        if (pane == null || scene == null || scene.getProperties().containsKey(KEY)) {
            return;
        }
        FormHeight keeper = new FormHeight(scene, pane);
        scene.getProperties().put(KEY, keeper);
        scene.addPostLayoutPulseListener(keeper);
    }

    /** After a layout of the form's scene: grows its window by what the content lacks. */
    @Override
    public void run() {
        Window window = scene.getWindow();
        if (window == null || !window.isShowing() || pane.getScene() != scene) {
            return;
        }
        double pending = pendingGrowth(window);
        // the dialog's root may lay the pane out taller than the root's own preferred height says: the pane's bottom counts
        double paneBottom = pane.localToScene(0, 0).getY() + pane.prefHeight(pane.getWidth());
        double missing = Math.max(scene.getRoot().prefHeight(scene.getWidth()), paneBottom) - scene.getHeight() - pending;
        if (missing <= 0.5) {
            return;
        }
        double growth = Math.min(Math.ceil(missing), roomBelow(window));
        if (growth < 1) {
            return; // the screen ends here: the content scrolls or the student moves the window
        }
        askedSceneHeight = scene.getHeight() + pending + growth;
        askedWindowHeight = window.getHeight() + growth;
        window.setHeight(askedWindowHeight);
    }

    /** How much taller the scene is about to be by this keeper's last growth (0 once laid out, or sized since by others). */
    private double pendingGrowth(Window window) {
        if (window.getHeight() == askedWindowHeight && scene.getHeight() < askedSceneHeight - 0.5) {
            return askedSceneHeight - scene.getHeight();
        }
        askedSceneHeight = Double.NaN;
        askedWindowHeight = Double.NaN;
        return 0;
    }

    /** How much taller the window can be on its screen. */
    private static double roomBelow(Window window) {
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        return Math.max(0, screen.getHeight() - window.getHeight());
    }

    private static DialogPane dialogOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }
}

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
 * its window grows by what its content lacks, never past the screen; when the sentence goes (the
 * refusal is fixed) it gives back what it grew by, but never more, so a size the student gave it stays.
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
    /** How much this keeper has grown the window in all, which it may give back. */
    private double grown;
    /** The window's height after the last look: another height means someone else sized it. */
    private double lastWindowHeight = Double.NaN;

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

    /**
     * After a layout of the form's scene: grows its window by what the content lacks, or gives back
     * what it grew by when the content needs less again (a refusal fixed), never below the size it
     * opened at or the student gave it.
     */
    @Override
    public void run() {
        Window window = scene.getWindow();
        if (window == null || !window.isShowing() || pane.getScene() != scene) {
            return;
        }
        if (!Double.isNaN(lastWindowHeight) && window.getHeight() != lastWindowHeight) {
            grown = 0; // the student (or the desktop) sized the window since: that size is theirs
        }
        double pending = pendingChange(window);
        // the dialog's root may lay the pane out taller than the root's own preferred height says: the pane's bottom counts
        double paneBottom = pane.localToScene(0, 0).getY() + pane.prefHeight(pane.getWidth());
        double change = Math.max(scene.getRoot().prefHeight(scene.getWidth()), paneBottom) - scene.getHeight() - pending;
        double step = 0;
        if (change > 0.5) {
            step = Math.min(Math.ceil(change), roomBelow(window)); // at the screen's end the student moves the window
        } else if (change < -0.5 && grown > 0) {
            step = -Math.min(Math.floor(-change), grown);
        }
        if (Math.abs(step) >= 1) {
            grown += step;
            askedSceneHeight = scene.getHeight() + pending + step;
            askedWindowHeight = window.getHeight() + step;
            window.setHeight(askedWindowHeight);
        }
        lastWindowHeight = window.getHeight();
    }

    /** How much the scene's height is about to change by this keeper's last step (0 once laid out, or sized since by others). */
    private double pendingChange(Window window) {
        if (window.getHeight() == askedWindowHeight && Math.abs(scene.getHeight() - askedSceneHeight) > 0.5) {
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

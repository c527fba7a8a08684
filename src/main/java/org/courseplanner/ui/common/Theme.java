package org.courseplanner.ui.common;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Light or dark: one stylesheet of colour variables that every view's CSS reads. */
public enum Theme {
    LIGHT("theme-light.css"),
    DARK("theme-dark.css");

    private final String stylesheet;

    Theme(String file) {
        this.stylesheet = Objects.requireNonNull(Theme.class.getResource(file), file).toExternalForm();
    }

    public String stylesheet() {
        return stylesheet;
    }

    /** Puts this theme on the scene in place of the other one. */
    public void applyTo(Scene scene) {
        for (Theme t : values()) {
            scene.getStylesheets().remove(t.stylesheet);
        }
        scene.getStylesheets().add(0, stylesheet);
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(this == DARK ? StyleClasses.THEME_DARK : StyleClasses.THEME_LIGHT);
    }

    /** The theme a scene shows (light when none is set). */
    public static Theme of(Scene scene) {
        return scene != null && scene.getStylesheets().contains(DARK.stylesheet) ? DARK : LIGHT;
    }

    /** Gives a dialog the theme of the window it belongs to, and the dialogs' own sheet. */
    public static void style(DialogPane pane, Window owner) {
        Theme theme = owner == null ? LIGHT : of(owner.getScene());
        pane.getStylesheets().add(theme.stylesheet);
        pane.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource("Dialog.css")).toExternalForm());
    }
}

package org.courseplanner.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The reference of the startup benchmark: a bare JavaFX window of the planner's size, with one label. */
public final class BareWindow {
    private BareWindow() {
    }

    /** Launched from a class that is not the Application, as the planner's own Launcher does (class path). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new Label("Hello"), 1280, 800));
            stage.show();
        }
    }
}

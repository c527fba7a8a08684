package org.courseplanner.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.courseplanner.domain.Planner;
import org.courseplanner.ui.common.FxBackgroundTasks;
import org.courseplanner.ui.main.MainView;
import org.courseplanner.ui.main.MainViewModel;
import org.courseplanner.ui.week.WeekView;

/**
 * The window. Parameters: {@code --db=FILE} (default: the per-user plan), {@code --empty}
 * (a new file gets no sample term) and, for tests and screenshots, {@code --today=YYYY-MM-DD}. The plan is opened in {@link #init()}, off the JavaFX thread.
 */
public final class CoursePlannerApp extends Application {
    public static final String TITLE = "Course Planner";
    private static volatile int exitStatus;

    private Planner planner;
    private Clock clock = Clock.systemDefaultZone();
    private RuntimeException openingFailure;
    private FxBackgroundTasks tasks;

    /** 0 after a normal close, 1 when the plan could not be opened. */
    static int exitStatus() {
        return exitStatus;
    }

    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        boolean empty = getParameters().getRaw().contains("--empty");
        Path db = named.containsKey("db") ? Path.of(named.get("db")) : null;
        if (named.containsKey("today")) {
            // for tests and screenshots: the window's "today" (noon, in this computer's zone)
            ZoneId zone = ZoneId.systemDefault();
            clock = Clock.fixed(LocalDate.parse(named.get("today")).atTime(12, 0).atZone(zone).toInstant(), zone);
        }
        try {
            planner = Wiring.openForWindow(db, empty, clock);
        } catch (RuntimeException e) {
            openingFailure = e;
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        stage.setTitle(TITLE);
        if (openingFailure != null) {
            exitStatus = 1;
            Alert alert = new Alert(Alert.AlertType.ERROR, openingFailure.getMessage());
            alert.setTitle(TITLE);
            alert.setHeaderText("This plan cannot be opened");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        tasks = new FxBackgroundTasks();
        MainViewModel model = new MainViewModel(planner, tasks, clock);
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"));
        loader.setControllerFactory(type -> {
            if (type == MainView.class) {
                return new MainView(model);
            }
            if (type == WeekView.class) {
                return new WeekView(model.week());
            }
            throw new IllegalStateException("no controller for " + type);
        });
        Parent root = loader.load();
        Scene scene = new Scene(root, 1280, 800);
        org.courseplanner.ui.common.Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
    }

    @Override
    public void stop() throws Exception {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (planner != null && planner.repository() instanceof AutoCloseable store) {
            store.close(); // folds the write-ahead log back into the plan file
        }
    }
}

package org.courseplanner.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.Planner;
import org.courseplanner.ical.IcsExporter;
import org.courseplanner.ical.CatalogReaders;
import org.courseplanner.ical.IcsImporter;
import org.courseplanner.ical.IcsResourceWriter;
import org.courseplanner.caldav.CalDavClient;
import org.courseplanner.credentials.Credentials;
import org.courseplanner.domain.sync.CalendarServers;
import org.courseplanner.domain.sync.CredentialStore;
import org.courseplanner.ui.common.FxDelays;
import org.courseplanner.ui.sync.SyncFeature;
import org.courseplanner.ui.sync.SyncTiming;
import org.courseplanner.ui.catalog.CatalogFeature;
import org.courseplanner.ui.catalog.CatalogView;
import org.courseplanner.ui.catalog.GenerateView;
import org.courseplanner.ui.catalog.ScheduleSearch;
import org.courseplanner.logging.Logs;
import org.courseplanner.persistence.DataFolder;
import org.courseplanner.persistence.PlanFileException;
import org.courseplanner.ui.common.FileAsker;
import org.courseplanner.ui.common.FxBackgroundTasks;
import org.courseplanner.ui.common.FxFileAsker;
import org.courseplanner.ui.common.PlanProblemDialog;
import org.courseplanner.ui.common.Settings;
import org.courseplanner.ui.common.Theme;
import org.courseplanner.ui.main.MainView;
import org.courseplanner.ui.main.MainViewModel;
import org.courseplanner.ui.main.PlanSwitcher;
import org.courseplanner.ui.week.WeekView;
import org.courseplanner.ui.week.WeekViewModel;
import org.courseplanner.ui.workload.WorkloadView;
import org.courseplanner.ui.workload.WorkloadViewModel;

/**
 * The window. Parameters: {@code --db=FILE} (default: the plan opened last, else the per-user
 * plan), {@code --empty} (a new file gets no sample term), {@code --settings=FILE} (where the
 * window's settings live) and, for tests and screenshots, {@code --today=YYYY-MM-DD}. Plans are
 * opened off the JavaFX thread; one that is refused gets a dialog, never a change.
 */
public final class CoursePlannerApp extends Application implements PlanSwitcher {
    public static final String TITLE = "Course Planner";
    private static final Logger LOG = Logger.getLogger(CoursePlannerApp.class.getName());
    private static volatile int exitStatus;
    /** Tests answer the file choosers themselves (a native dialog cannot be driven headless). */
    static volatile FileAsker fileAskerForTests;
    /** Tests publish to a calendar of their own, with passwords of their own and shorter waits. */
    static volatile CalendarServers calendarsForTests;
    static volatile CredentialStore credentialsForTests;
    static volatile SyncTiming syncTimingForTests;

    private Planner planner;
    private Path planFile;
    private Clock clock = Clock.systemDefaultZone();
    private RuntimeException openingFailure;
    private FxBackgroundTasks tasks;
    /** Calendar sync waits on the network: on a thread of its own, so that edits are never held up by it. */
    private FxBackgroundTasks syncTasks;
    private SyncFeature calendar;
    private final CredentialStore credentials = new CredentialsOnFirstUse(Credentials::forThisComputer);
    private SettingsFile settings;
    private FileAsker files;
    private Stage stage;

    private Boolean implicitExitBefore;
    private MainViewModel shownModel;
    /** How soon the window shows a change saved by another window or a command (a look at SQLite's data_version, no read). */
    static final java.time.Duration OTHERS_EDITS_SEEN_WITHIN = java.time.Duration.ofSeconds(2);

    /** 0 after a normal close, 1 when no plan could be opened. */
    static int exitStatus() {
        return exitStatus;
    }

    @Override
    public void init() {
        Path defaultPlan = DataFolder.defaultDatabase();
        Logs.start(defaultPlan.getParent());
        Map<String, String> named = getParameters().getNamed();
        boolean empty = getParameters().getRaw().contains("--empty");
        if (named.containsKey("today")) {
            // for tests and screenshots: the window's "today" (noon, in this computer's zone)
            ZoneId zone = ZoneId.systemDefault();
            clock = Clock.fixed(LocalDate.parse(named.get("today")).atTime(12, 0).atZone(zone).toInstant(), zone);
        }
        settings = SettingsFile.load(named.containsKey("settings") ? Path.of(named.get("settings"))
                : defaultPlan.resolveSibling("settings.properties"));
        planFile = named.containsKey("db") ? Path.of(named.get("db")) : lastPlanOr(defaultPlan);
        this.empty = empty;
    }

    /** --empty: a plan file created on opening gets no sample term. */
    private boolean empty;

    /** The plan opened last, when it is still there; else the default one. */
    private Path lastPlanOr(Path defaultPlan) {
        String last = settings.get(Settings.LAST_PLAN, null);
        return last != null && Files.isRegularFile(Path.of(last)) ? Path.of(last) : defaultPlan;
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        Thread.setDefaultUncaughtExceptionHandler(this::uncaught);
        stage.setTitle(TITLE);
        java.net.URL icon = CoursePlannerApp.class.getResource("course-planner.png");
        if (icon != null) { // the task bar's and the window switcher's picture, read in the background
            stage.getIcons().setAll(new javafx.scene.image.Image(icon.toExternalForm(), true)); // set, not added: tests reuse one stage
        }
        tasks = new FxBackgroundTasks();
        syncTasks = new FxBackgroundTasks("course-planner-calendar-sync");
        syncTasks.run("Finding where passwords are kept", credentials::where, where -> { },
                failure -> LOG.log(Level.WARNING, "No place to keep calendar passwords", failure));
        files = fileAskerForTests != null ? fileAskerForTests : new FxFileAsker();
        Scene scene = new Scene(new Label("Opening…"), number(Settings.WIDTH, 1280), number(Settings.HEIGHT, 800));
        themeFromSettings().applyTo(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setMaximized(Boolean.parseBoolean(settings.get(Settings.MAXIMIZED, "false")));
        // The window shows at once; the plan opens behind it (a first run seeds the sample term), then the views are built.
        stage.show();
        tasks.run("Opening " + planFile, () -> Wiring.openForWindow(planFile, empty, clock), opened -> {
            planner = opened;
            show(opened, planFile);
        }, failure -> {
            openingFailure = asProblem(failure);
            exitStatus = 1;
            // no window is showing until another plan opens: JavaFX must not take that for the end
            implicitExitBefore = Platform.isImplicitExit();
            Platform.setImplicitExit(false);
            stage.hide();
            cannotOpen(openingFailure);
        });
    }

    private Theme themeFromSettings() {
        try {
            return Theme.valueOf(settings.get(Settings.THEME, Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    private double number(String key, double fallback) {
        try {
            return Math.max(600, Double.parseDouble(settings.get(key, String.valueOf(fallback))));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Builds the window's views on a plan. */
    private void show(Planner opened, Path file) {
        CalendarFiles calendarFiles = new CalendarFiles(opened, new IcsExporter(), new IcsImporter());
        MainViewModel model = new MainViewModel(opened, tasks, calendarFiles,
                undo -> new WeekViewModel(clock, opened, undo),
                window -> new CatalogFeature(opened, tasks, CatalogReaders.files(), ScheduleSearch.generator(), window), clock);
        CatalogFeature catalogs = (CatalogFeature) model.catalogs();
        if (shownModel != null) {
            shownModel.stopWatching(); // the plan shown before
        }
        shownModel = model;
        model.watchOtherProcesses(new FxDelays(), OTHERS_EDITS_SEEN_WITHIN);
        WorkloadViewModel workload = new WorkloadViewModel();
        // the features meet here: the chart follows the plan and the week shown, and a bar opens its week
        model.loadedFindingsProperty().addListener((obs, old, findings) -> workload.show(findings.workload(),
                model.week().mondayProperty().get()));
        model.week().mondayProperty().addListener((obs, old, monday) -> workload.showWeek(monday));
        workload.setOnWeekChosen(monday -> model.week().showWeekOf(monday));
        SyncFeature sync = calendarSync(opened, calendarFiles, model);
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"));
        loader.setControllerFactory(type -> {
            if (type == MainView.class) {
                return new MainView(model, new MainView.Services(files, this, settings, sync));
            }
            if (type == WeekView.class) {
                return new WeekView((WeekViewModel) model.week());
            }
            if (type == WorkloadView.class) {
                return new WorkloadView(workload);
            }
            if (type == CatalogView.class) {
                return new CatalogView(catalogs.catalog());
            }
            if (type == GenerateView.class) {
                return new GenerateView(catalogs.generatePanel(), catalogs::titleOf);
            }
            throw new IllegalStateException("no controller for " + type);
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("MainView.fxml could not be loaded", e);
        }
        stage.getScene().setRoot(root);
        Theme.of(stage.getScene()).applyTo(stage.getScene()); // the new root takes the theme's class too
        stage.setTitle(TITLE);
        settings.put(Settings.LAST_PLAN, file.toAbsolutePath().toString());
        settings.save(); // now, not only at a normal close: the last plan survives a crash
    }

    /**
     * The calendar the term shown is kept in sync with, and its subscribed .ics file: they follow
     * every saved edit (the undo history's revision) and the term chosen. The plan shown before
     * stops publishing.
     */
    private SyncFeature calendarSync(Planner opened, CalendarFiles calendarFiles, MainViewModel model) {
        if (calendar != null) {
            calendar.stop();
        }
        CalendarServers servers = calendarsForTests != null ? calendarsForTests : CalDavClient::new;
        CredentialStore credentials = credentialsForTests != null ? credentialsForTests : this.credentials;
        SyncFeature sync = new SyncFeature(opened, new SyncFeature.Parts(new IcsResourceWriter(), servers, credentials, calendarFiles,
                settings, files), syncTasks, new FxDelays(), syncTimingForTests != null ? syncTimingForTests : SyncTiming.DEFAULT,
                () -> stage);
        model.undo().revisionProperty().addListener((obs, old, now) -> sync.edited());
        model.selectedTermProperty().addListener((obs, old, term) -> sync.termShown(term));
        calendar = sync;
        return sync;
    }

    @Override
    public void open(Path chosen, boolean create) {
        Path file = create ? withExtension(chosen) : chosen;
        if (create && Files.exists(file)) {
            Alert taken = new Alert(Alert.AlertType.INFORMATION, file + " already exists, and Course Planner never writes over a file."
                    + " Choose File ▸ New plan… again with a name of its own, or File ▸ Open… to open this one.");
            taken.setTitle(TITLE);
            taken.setHeaderText("A new plan needs a new file");
            if (stage.isShowing()) {
                taken.initOwner(stage);
            }
            Theme.style(taken.getDialogPane(), stage.isShowing() ? stage : null);
            taken.showAndWait();
            if (planner == null) {
                cannotOpen(openingFailure);
            }
            return;
        }
        if (!create && !Files.isRegularFile(file)) {
            cannotOpen(new IllegalArgumentException("There is no plan file " + file + "."));
            return;
        }
        tasks.run("Opening " + file, () -> Wiring.openForWindow(file, true, clock), opened -> {
            Planner old = planner;
            planner = opened;
            planFile = file;
            exitStatus = 0;
            show(opened, file);
            if (old != null) {
                // after the old plan's last edits, which run first on the same background thread
                tasks.run("Closing the previous plan", () -> {
                    closeStore(old);
                    return null;
                }, done -> { }, failed -> LOG.log(Level.WARNING, "Could not close the previous plan", failed));
            }
            if (!stage.isShowing()) {
                stage.show();
            }
            if (implicitExitBefore != null) {
                Platform.setImplicitExit(implicitExitBefore);
                implicitExitBefore = null;
            }
        }, failure -> cannotOpen(asProblem(failure)));
    }

    /**
     * Why a plan did not open, for the dialog: a file the planner refuses explains itself; anything
     * else is logged with its stack trace, and its sentence says where the log is.
     */
    private static RuntimeException asProblem(Throwable e) {
        if (e instanceof PlanFileException refused) {
            return refused;
        }
        LOG.log(Level.SEVERE, "Could not open a plan", e);
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new RuntimeException(why + Logs.detailsIn(), e);
    }

    /** An exception nothing caught, on any thread (mostly the JavaFX thread): logged, and the status bar says where. */
    private void uncaught(Thread thread, Throwable e) {
        MainViewModel model = shownModel;
        if (model == null) {
            LOG.log(Level.SEVERE, "Unexpected failure on " + thread.getName(), e);
            return;
        }
        if (Platform.isFxApplicationThread()) {
            model.unexpected(e);
            return;
        }
        try {
            Platform.runLater(() -> model.unexpected(e));
        } catch (IllegalStateException closing) {
            LOG.log(Level.SEVERE, "Unexpected failure on " + thread.getName(), e);
        }
    }

    /** Says why a plan cannot be opened and offers another file or a new plan; the current plan, if any, stays. */
    private void cannotOpen(RuntimeException problem) {
        boolean keepsCurrent = planner != null;
        PlanProblemDialog.Choice choice = PlanProblemDialog.ask(stage.isShowing() ? stage : null, problem.getMessage(), keepsCurrent);
        var owner = stage.isShowing() ? stage : null;
        switch (choice) {
            case OPEN_ANOTHER -> files.toOpen(owner, "Open a plan", FileAsker.Kind.PLAN)
                    .ifPresentOrElse(f -> open(f, false), () -> askAgainUnlessOpen(problem));
            case NEW_PLAN -> files.toSave(owner, "Start a new plan", FileAsker.Kind.PLAN, "my-plan.db")
                    .ifPresentOrElse(f -> open(f, true), () -> askAgainUnlessOpen(problem));
            case CLOSE -> {
                if (!keepsCurrent) {
                    Platform.exit();
                }
            }
        }
    }

    private void askAgainUnlessOpen(RuntimeException problem) {
        if (planner == null) {
            cannotOpen(problem);
        }
    }

    /** "my plan" becomes "my plan.db"; a name with an extension stays. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".db");
    }

    @Override
    public void stop() throws Exception {
        if (stage != null && stage.getScene() != null) {
            settings.put(Settings.MAXIMIZED, String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized() && stage.getWidth() > 0) {
                settings.put(Settings.WIDTH, String.valueOf(Math.round(stage.getWidth())));
                settings.put(Settings.HEIGHT, String.valueOf(Math.round(stage.getHeight())));
            }
            settings.put(Settings.THEME, Theme.of(stage.getScene()).name());
        }
        settings.save();
        if (shownModel != null) {
            shownModel.stopWatching();
            shownModel.files().cancelLongWork(); // an import still running is rolled back, not left to finish unseen
            shownModel.study().cancel(); // so is a study plan
            shownModel.catalogs().cancelLongWork(); // and a search for schedules
        }
        if (calendar != null) {
            calendar.stop(); // a publish under way stops at its next step; what it sent is recorded
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        if (syncTasks != null) {
            syncTasks.shutdown();
        }
        if (planner != null) {
            closeStore(planner); // folds the write-ahead log back into the plan file
        }
    }

    private static void closeStore(Planner planner) throws Exception {
        planner.close();
    }
}

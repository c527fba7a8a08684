package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.sync.CalendarResource;
import org.courseplanner.domain.sync.CalendarServer;
import org.courseplanner.domain.sync.SyncAccount;
import org.courseplanner.caldav.RadicaleServer;
import org.courseplanner.ical.IcsResourceWriter;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.RefusalDisplay;
import org.courseplanner.ui.common.Pictures;
import org.courseplanner.ui.common.Theme;
import org.courseplanner.ui.sync.TestCalendar;
import org.courseplanner.domain.sync.InMemoryCredentials;
import org.courseplanner.ui.sync.SyncTiming;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Calendar sync in the real window, headless, at 1280×800, the way a student goes: File ▸ Sync
 * with a calendar…, the form filled from the keyboard, a connection test, Save (everything is
 * published), a class moved (only it is sent again), the server gone (the status counts what is
 * pending) and back (up to date), and a class changed on the calendar meanwhile (a conflict, shown
 * and overwritten from the status bar's link).
 */
class SyncWindowTest {
    private static final String URL = "http://127.0.0.1:5232/ana/courses/";

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final TestCalendar server = new TestCalendar();
    private final InMemoryCredentials credentials = new InMemoryCredentials("your desktop's keyring (Secret Service)"); // as on a desktop with one
    private Application app;
    private Path db;

    @BeforeEach
    void calendar() {
        CoursePlannerApp.calendarsForTests = server.servers();
        CoursePlannerApp.credentialsForTests = credentials;
        CoursePlannerApp.syncTimingForTests = new SyncTiming(Duration.ofMillis(400), List.of(Duration.ofMillis(800)));
    }

    @AfterEach
    void close() throws Exception {
        CoursePlannerApp.calendarsForTests = null;
        CoursePlannerApp.credentialsForTests = null;
        CoursePlannerApp.syncTimingForTests = null;
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** The sample term (a first run), opened on Tuesday Nov 24, 2026 at 1280×800. */
    private void open() throws Exception {
        open(Theme.LIGHT);
    }

    private void open(Theme theme) throws Exception {
        db = dir.resolve("planner.db");
        Path settings = dir.resolve("settings.properties");
        java.nio.file.Files.writeString(settings, "window.width=1280\nwindow.height=800\ntheme=" + theme.name() + "\n");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CoursePlannerApp.class, "--db=" + db, "--today=2026-11-24", "--settings=" + settings);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> NothingCutTest.main().isPresent() && status().contains("courses"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return robot.lookup(".status").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private String calendarStatus() {
        return robot.lookup(".calendar-status").tryQueryAs(Hyperlink.class).filter(Node::isVisible).map(Hyperlink::getText).orElse("");
    }

    private void waitForCalendarStatus(String wanted) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> calendarStatus().equals(wanted));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the status bar says \"" + calendarStatus() + "\", not \"" + wanted + "\"", e);
        }
    }

    private void keys(KeyCode... chord) {
        robot.press(chord);
        for (int i = chord.length - 1; i >= 0; i--) {
            robot.release(chord[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The resources the plan publishes now, by href on the fake server. */
    private Set<String> planHrefs(SyncAccount account) {
        return planHrefs(account, server::hrefFor);
    }

    private Set<String> planHrefs(SyncAccount account, java.util.function.UnaryOperator<String> hrefFor) {
        return resources(account).stream().map(r -> hrefFor.apply(r.uid())).collect(Collectors.toSet());
    }

    private List<CalendarResource> resources(SyncAccount account) {
        try (SqlitePlanRepository store = SqlitePlanRepository.open(db)) {
            Planner planner = new Planner(store, Clock.systemUTC());
            Term term = planner.term("Fall 2026");
            return new IcsResourceWriter().resources(planner.plan(term.id()), planner.planUid(), planner.revisions(term.id()),
                    account.exportOptions());
        }
    }

    private String lectureHref(SyncAccount account) {
        return lectureHref(account, server::hrefFor);
    }

    private String lectureHref(SyncAccount account, java.util.function.UnaryOperator<String> hrefFor) {
        return hrefFor.apply(resources(account).stream().filter(r -> r.summary().startsWith("CS 101 Lecture")).findFirst()
                .orElseThrow().uid());
    }

    /** Moves Monday's CS 101 lecture 15 minutes later, every week, from the keyboard. */
    private void moveTheLecture() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".block").queryAll().isEmpty());
        Node lecture = robot.lookup(".block").match(n -> n.getAccessibleText() != null && n.getAccessibleText().startsWith("CS 101 Lecture\n"))
                .queryAll().stream().min(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getX())).orElseThrow();
        robot.sleep(800); // two quick clicks on a block are a double click, which opens its editor
        robot.clickOn(lecture);
        keys(KeyCode.ALT, KeyCode.DOWN);
        robot.clickOn("Every week");
    }

    @Test
    void setUpFromTheMenuPublishAfterEditsOfflineAndBackAndAConflictOverwritten() throws Exception {
        open();
        robot.clickOn("File");
        robot.clickOn("Sync with a calendar…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".sync-set-up").tryQuery().isPresent());
        TextField url = robot.lookup(".sync-set-up .text-field").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, url::isFocused); // the form opens with the focus in its first field
        robot.clickOn(url); // Monocle sends keys to the window last clicked

        // plain http to another computer: refused at the URL, nothing saved
        robot.write("http://cloud.example.org/ana/courses/");
        keys(KeyCode.TAB);
        robot.write("ana");
        keys(KeyCode.TAB);
        robot.write("secret");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> url.getStyleClass().contains(RefusalDisplay.ERROR_CLASS));
        assertThat(robot.lookup(".sync-set-up .refusal").queryAs(Label.class).getText()).contains("plain http");
        assertThat(server.writes()).isEmpty();

        // the address fixed from the keyboard alone: the URL's mnemonic, the connection test's, "Remember" ticked
        keys(KeyCode.ALT, KeyCode.U);
        keys(KeyCode.CONTROL, KeyCode.A);
        robot.write(URL);
        keys(KeyCode.ALT, KeyCode.T);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".sync-set-up .connection").queryAs(Label.class)
                .getText().equals("Connected to “Courses”."));
        keys(KeyCode.ALT, KeyCode.R); // a check box's mnemonic takes the focus; the space bar ticks it
        keys(KeyCode.SPACE);
        saveSnapshot(robot.lookup(".sync-set-up").query().getScene().getRoot(), "sync-dialog");
        robot.clickOn("Save");

        SyncAccount account = new SyncAccount(java.net.URI.create(URL), "ana", false, false, null);
        waitForCalendarStatus("Calendar up to date");
        assertThat(server.held().keySet()).isEqualTo(planHrefs(account)).isNotEmpty();
        assertThat(credentials.saved()).containsEntry(URL + " ana", "secret");

        // a class moved: after the quiet moment, exactly it is sent again
        server.forgetWrites();
        String lecture = lectureHref(account);
        moveTheLecture();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !server.writes().isEmpty() && calendarStatus().equals("Calendar up to date"));
        assertThat(server.writes()).containsExactly("PUT " + lecture);
        assertThat(server.held().get(lecture).ics()).contains("T101500");

        // the server goes away: the change waits, and the status says so; back, it is sent
        server.setOffline(true);
        moveTheLecture();
        waitForCalendarStatus("1 change not yet on your calendar");
        server.setOffline(false);
        waitForCalendarStatus("Calendar up to date");
        assertThat(server.held().get(lecture).ics()).contains("T103000");
        saveSnapshot(robot.lookup(".status-bar").query().getScene().getRoot(), "sync-window");

        // another app changed the lecture on the calendar: a conflict, shown from the status bar, then overwritten
        server.changedByAnotherApp(lecture);
        moveTheLecture();
        waitForCalendarStatus("1 conflict on your calendar");
        assertThat(server.held().get(lecture).ics()).contains("Edited elsewhere");
        robot.clickOn(".calendar-status");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".sync-conflicts .list-view").tryQuery().isPresent());
        ListView<String> conflicts = robot.lookup(".sync-conflicts .list-view").queryListView();
        assertThat(conflicts.getItems()).containsExactly("CS 101 Lecture (change): it was changed on the calendar since the last publish");
        robot.clickOn("Overwrite them with the plan");
        waitForCalendarStatus("Calendar up to date");
        assertThat(server.held().get(lecture).ics()).doesNotContain("Edited elsewhere").contains("T104500");
        assertThat(server.held().keySet()).isEqualTo(planHrefs(account));
    }

    @Test
    void aRealCalDavServerHoldsThePlanAfterSaveAnEditAndARestart() throws Exception {
        try (RadicaleServer radicale = RadicaleServer.start(dir.resolve("radicale"))) {
            CoursePlannerApp.calendarsForTests = null; // the real CalDAV client
            SyncAccount account = radicale.account();
            credentials.save(account.calendar(), RadicaleServer.USER, radicale.password()); // saved before: no password typed
            open();
            robot.clickOn("File");
            robot.clickOn("Sync with a calendar…");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".sync-set-up").tryQuery().isPresent());
            robot.clickOn(robot.lookup(".sync-set-up .text-field").queryAs(TextField.class));
            robot.write(account.calendar().toString());
            keys(KeyCode.TAB);
            robot.write(RadicaleServer.USER);
            robot.clickOn("Save");
            waitForCalendarStatus("Calendar up to date");
            assertThat(heldBy(radicale)).isEqualTo(planHrefs(account, radicale.client()::hrefFor)).isNotEmpty();

            moveTheLecture();
            String lecture = lectureHref(account, radicale.client()::hrefFor);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> radicale.client().fetch(lecture).orElseThrow().ics().contains("T101500"));
            waitForCalendarStatus("Calendar up to date");

            radicale.stop();
            moveTheLecture();
            waitForCalendarStatus("1 change not yet on your calendar");
            radicale.restart();
            waitForCalendarStatus("Calendar up to date");
            assertThat(radicale.client().fetch(lecture).orElseThrow().ics()).contains("T103000");
            assertThat(heldBy(radicale)).isEqualTo(planHrefs(account, radicale.client()::hrefFor));
        }
    }

    /** The hrefs the server's own REPORT lists. */
    private static Set<String> heldBy(RadicaleServer radicale) throws IOException {
        return radicale.client().list().stream().map(CalendarServer.RemoteCopy::href).collect(Collectors.toSet());
    }

    @Test
    void anIcsFileChosenFromTheMenuIsRewrittenAfterAnEdit() throws Exception {
        Path ics = dir.resolve("feed").resolve("fall-2026.ics");
        CoursePlannerApp.fileAskerForTests = new org.courseplanner.ui.common.FileAsker() {
            @Override
            public java.util.Optional<Path> toOpen(javafx.stage.Window owner, String title, Kind kind) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> toSave(javafx.stage.Window owner, String title, Kind kind, String suggestedName) {
                assertThat(kind).isEqualTo(Kind.CALENDAR);
                return java.util.Optional.of(ics);
            }
        };
        try {
            open();
            robot.clickOn("File");
            robot.clickOn("Keep an .ics file up to date…");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(ics));
            assertThat(java.nio.file.Files.readString(ics)).contains("BEGIN:VCALENDAR", "CS 101 Lecture").doesNotContain("T101500");

            moveTheLecture();

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.readString(ics).contains("T101500"));
            // written beside it and renamed: once written, nothing else is left in the folder
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                try (var files = java.nio.file.Files.list(ics.getParent())) {
                    return files.toList().equals(List.of(ics));
                }
            });
            assertThat(calendarStatus()).as("no calendar is synced, and the file was written").isEmpty();
        } finally {
            CoursePlannerApp.fileAskerForTests = null;
        }
    }

    @Test
    void theFormReadsInTheDarkTheme() throws Exception {
        open(Theme.DARK);
        robot.clickOn("File");
        robot.clickOn("Sync with a calendar…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".sync-set-up").tryQuery().isPresent());
        Node form = robot.lookup(".sync-set-up").query();
        Label hint = robot.lookup(".sync-set-up .hint").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !hint.getText().isEmpty());
        WritableImage picture = snapshot(form);
        saveSnapshot(form, "sync-dialog-dark");

        javafx.scene.paint.Color background = picture.getPixelReader().getColor(2, (int) picture.getHeight() - 2);
        assertThat(background.getBrightness()).as("the dialog's own background in the dark theme").isLessThan(0.3);
        javafx.scene.paint.Color hintText = (javafx.scene.paint.Color) hint.getTextFill();
        assertThat(hintText.getBrightness()).as("the hint's muted text on it").isGreaterThan(0.5);
    }

    /** A picture for review, in target/screenshots. */
    private void saveSnapshot(Node root, String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        Pictures.savePng(snapshot(root), folder.resolve(name + ".png"));
    }

    private WritableImage snapshot(Node root) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = root.getScene().snapshot(null));
        return image[0];
    }
}

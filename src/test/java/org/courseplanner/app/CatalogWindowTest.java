package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.catalog.CatalogSamples;
import org.courseplanner.ui.common.FileAsker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The catalog and schedules in the real window, headless, at its default size: import a CSV
 * catalog, search it, choose courses, generate, see the results, preview one on the week, use it,
 * and take it back with one Ctrl+Z.
 */
class CatalogWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void close() throws Exception {
        CoursePlannerApp.fileAskerForTests = null;
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** Fall 2026 with nothing in it, opened on Monday Oct 12, 2026 at 1280×800; the file chooser answers with {@code catalog}. */
    private Stage open(Path catalog) throws Exception {
        Path db = dir.resolve("planner.db");
        try (SqlitePlanRepository store = SqlitePlanRepository.open(db)) {
            CatalogSamples.term(new Planner(store, Clock.systemUTC()));
        }
        Path settings = dir.resolve("settings.properties");
        Files.writeString(settings, "window.width=1280\nwindow.height=800\n");
        CoursePlannerApp.fileAskerForTests = new FileAsker() {
            @Override
            public Optional<Path> toOpen(Window owner, String title, Kind kind) {
                assertThat(kind).isEqualTo(Kind.CATALOG);
                return Optional.of(catalog);
            }

            @Override
            public Optional<Path> toSave(Window owner, String title, Kind kind, String suggestedName) {
                return Optional.empty();
            }
        };
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CoursePlannerApp.class, "--db=" + db, "--today=2026-10-12", "--settings=" + settings);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> NothingCutTest.main().isPresent() && status().contains("0 courses"));
        WaitForAsyncUtils.waitForFxEvents();
        return NothingCutTest.main().orElseThrow();
    }

    private String status() {
        return robot.lookup(".status").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private TermPlan stored() {
        try (SqlitePlanRepository store = SqlitePlanRepository.open(dir.resolve("planner.db"))) {
            return new Planner(store, Clock.systemUTC()).plan(CatalogSamples.TERM);
        }
    }

    private List<Node> shown(String query) {
        return robot.lookup(query).queryAll().stream().filter(Node::isVisible).filter(n -> n.getScene() != null).toList();
    }

    private Label line(String style, String startsWith) {
        return (Label) shown(style).stream().filter(n -> ((Label) n).getText().startsWith(startsWith)).findFirst().orElseThrow();
    }

    /** Chooses an item of the context menu of the line a node is on (Monocle sends no context-menu request on a right click). */
    private void fromContextMenu(Node onLine, String text) {
        Node n = onLine;
        while (!(n instanceof javafx.scene.control.Cell<?>)) {
            n = n.getParent();
        }
        javafx.scene.control.ContextMenu menu = ((javafx.scene.control.Cell<?>) n).getContextMenu();
        assertThat(menu).as("the context menu of " + onLine).isNotNull();
        javafx.scene.control.MenuItem item = menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + text + "\" in " + menu.getItems().stream().map(i -> i.getText()).toList()));
        assertThat(item.isDisable()).as(text + " is on").isFalse();
        robot.interact(item::fire);
    }

    @Test
    void importSearchChooseGeneratePreviewUseAndUndo() throws Exception {
        Path csv = dir.resolve("fall-2026-catalog.csv");
        Files.writeString(csv, CatalogSamples.csv());
        Stage main = open(csv);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().startsWith("Imported"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).isEqualTo("Imported fall-2026-catalog.csv into Fall 2026: 3 courses, 6 sections (6 new).");
        TabPane tabs = robot.lookup(".side-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Catalog");
        assertThat(NothingCutTest.cut(main.getScene().getRoot())).as("texts cut with the catalog shown").isEmpty();

        TextField search = robot.lookup(".catalog-search").queryAs(TextField.class);
        robot.clickOn(search).write("cs101");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".catalog-count").queryAs(Label.class).getText()).isEqualTo("1 course, 3 sections match \"cs101\"");
        assertThat(shown(".catalog-section")).extracting(n -> ((Label) n).getText())
                .containsExactly("Lecture 01 · CRN 40001", "Lecture 02 · CRN 40002", "Lab L1 · CRN 40003");
        robot.clickOn(line(".catalog-course", "CS 101"));
        robot.clickOn("Required");

        robot.clickOn(search).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("algebra");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(".catalog-untimed")).extracting(n -> ((Label) n).getText()).containsExactly("no time (online/arranged)");
        robot.clickOn(line(".catalog-course", "MATH 200"));
        robot.clickOn("Required");

        robot.clickOn("Schedules");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> chosen = robot.lookup(".chosen-courses").queryAs(ListView.class);
        assertThat(chosen.getItems()).containsExactly("CS 101", "MATH 200");

        robot.clickOn(".generate-button");
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup(".schedule-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // two lectures of CS 101 with its one lab, times two sections of MATH 200: none of the four clash
        assertThat(robot.lookup(".generate-count").queryAs(Label.class).getText()).isEqualTo("4 schedules fit; the 4 best are shown");
        assertThat(shown(".schedule-picture")).isNotEmpty();
        assertThat(shown(".picture-box")).isNotEmpty();
        assertThat(NothingCutTest.cut(main.getScene().getRoot())).as("texts cut with the schedules shown").isEmpty();

        robot.clickOn(shown(".schedule-score").get(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown(".block.preview").isEmpty());
        assertThat(shown(".block.preview")).allSatisfy(b -> assertThat(b.getAccessibleText()).contains("Preview of a generated schedule"));
        assertThat(stored().sessions()).as("a preview saves nothing").isEmpty();

        robot.clickOn(".use-schedule");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().startsWith("Added "));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(".block.preview").isEmpty() && !shown(".block-session").isEmpty());
        List<SyncSession> added = stored().sessions();
        assertThat(added).isNotEmpty().allSatisfy(s -> assertThat(s.sectionFacts().crn()).isNotNull());
        assertThat(stored().courses()).extracting(c -> c.code()).containsExactlyInAnyOrder("CS 101", "MATH 200");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().sessions().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(".block-session").isEmpty());
        assertThat(stored().courses()).as("one Ctrl+Z took the whole schedule back").isEmpty();
    }

    @Test
    void whenNothingFitsTheReasonAndItsConstraintsAreShown() throws Exception {
        Path csv = dir.resolve("catalog.csv");
        Files.writeString(csv, CatalogSamples.csv());
        open(csv);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().startsWith("Imported"));
        fromContextMenu(line(".catalog-course", "CS 101"), "Add CS 101 to the schedule request as required");
        fromContextMenu(line(".catalog-section", "Lecture 02"), "Exclude Lecture 02 (no schedule uses it)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(".catalog-mark")).extracting(n -> ((Label) n).getText()).containsExactly("excluded");
        robot.clickOn("Schedules");
        robot.clickOn("Limits");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(".check-box").stream()
                .anyMatch(n -> "FR".equals(((javafx.scene.control.CheckBox) n).getText())));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // the pane opens with an animation
        javafx.scene.control.CheckBox friday = (javafx.scene.control.CheckBox) shown(".check-box").stream()
                .filter(n -> "FR".equals(((javafx.scene.control.CheckBox) n).getText())).findFirst().orElseThrow();
        robot.clickOn(friday);
        assertThat(friday.isSelected()).as("Fridays off").isTrue();
        robot.clickOn(".generate-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".generate-count").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".generate-count").queryAs(Label.class).getText()).isEqualTo("No schedule fits");
        assertThat(robot.lookup(".generate-none").queryAs(Label.class).getText()).contains("CS 101");
        assertThat(robot.lookup(".generate-constraints").queryAs(Label.class).getText()).contains("CS 101").contains("Friday");
    }
}

package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.ui.main.PlanTreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real window on the sample term at the default 1280×800 (and the small 1024×700), then each
 * form, as shown and after a refusal, and fails on any shown label, button or cell whose text is cut:
 * drawn ending in "…" where its text does not, or a list line taller than its row (drawn over the next one).
 * Only the week's block titles and details may shrink.
 */
class NothingCutTest {
    private static final List<String> MAY_SHRINK = List.of("block-title", "block-detail");
    /** The blank room a form may open with below its buttons' row (a dialog's own rounding and minimum sizes). */
    private static final double OPENED_WITH_AT_MOST = 12;

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    private Stage open(double width, double height) throws Exception {
        return open(width, height, "planner.db", "2026-11-24");
    }

    private Stage open(double width, double height, String db, String today) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CoursePlannerApp.class, "--db=" + dir.resolve(db), "--today=" + today,
                "--settings=" + dir.resolve("settings.properties"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> main().filter(s -> tree(s) != null
                && tree(s).getRoot() != null && !tree(s).getRoot().getChildren().isEmpty()).isPresent());
        Stage main = main().orElseThrow();
        robot.interact(() -> {
            main.setWidth(width);
            main.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the week's blocks and the chart lay out after the views
        WaitForAsyncUtils.waitForFxEvents();
        return main;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    @Test
    void theWindowCutsNoTextAtItsDefaultSize() throws Exception {
        Stage main = open(1280, 800);
        assertThat(cut(main.getScene().getRoot())).as("texts cut in the window at 1280×800").isEmpty();
        robot.interact(() -> OpenEveryForm.menuItem(main, "_Term overview").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cut(main.getScene().getRoot())).as("texts cut in the term overview at 1280×800").isEmpty();
    }

    @Test
    void theWindowCutsNoTextAtASmallSize() throws Exception {
        Stage main = open(1024, 700);
        assertThat(cut(main.getScene().getRoot())).as("texts cut in the window at 1024×700").isEmpty();
        // nothing runs past the window's right edge: the panels fit beside a week that gives up room
        javafx.scene.layout.Region root = (javafx.scene.layout.Region) main.getScene().getRoot();
        assertThat(root.minWidth(-1)).as("the narrowest the window's content can be").isLessThanOrEqualTo(1024);
        javafx.scene.Node panel = main.getScene().lookup(".side-panel");
        assertThat(panel.localToScene(panel.getLayoutBounds()).getMaxX()).as("the findings panel's right edge")
                .isLessThanOrEqualTo(main.getScene().getWidth() + 0.5);
        // the week's toolbar gives its buttons a second line rather than pushing them out of the week's sight
        javafx.geometry.Bounds week = main.getScene().lookup(".week-view").localToScene(main.getScene().lookup(".week-view").getLayoutBounds());
        for (javafx.scene.Node button : main.getScene().getRoot().lookupAll(".week-toolbar .button")) {
            javafx.geometry.Bounds b = button.localToScene(button.getLayoutBounds());
            assertThat(b.getMinX() >= week.getMinX() - 0.5 && b.getMaxX() <= week.getMaxX() + 0.5)
                    .as("%s inside the week (%s), at %s", ((Labeled) button).getText(), week, b).isTrue();
        }
    }

    @Test
    void noFormCutsItsTextOrItsRefusal() throws Exception {
        Stage main = open(1280, 800);
        List<String> problems = new ArrayList<>();
        form(main, "term", () -> OpenEveryForm.button(main, "✎").fire(), problems);
        form(main, "course", () -> OpenEveryForm.button(main, "+ Course").fire(), problems);
        form(main, "commitment", () -> OpenEveryForm.button(main, "+ Commitment").fire(), problems);
        for (ItemKind kind : List.of(ItemKind.SESSION, ItemKind.STUDY)) {
            form(main, kind.label(), () -> {
                OpenEveryForm.choose(tree(main), n -> n.kind() == kind && !n.template());
                OpenEveryForm.menuItem(main, "_Change the chosen item…").fire();
            }, problems);
        }
        form(main, "module", () -> {
            OpenEveryForm.choose(tree(main), n -> n.kind() == ItemKind.COURSE && !n.template());
            OpenEveryForm.button(main, "+ Module").fire();
        }, problems);
        form(main, "export", () -> OpenEveryForm.menuItem(main, "_Export .ics…").fire(), problems);
        form(main, "print preview", () -> OpenEveryForm.menuItem(main, "_Print…").fire(), problems);
        form(main, "calendar sync", () -> OpenEveryForm.menuItem(main, "S_ync with a calendar…").fire(), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBlockOfEveryWeekOfTheSampleTermShowsItsWholeCode() throws Exception {
        Stage main = open(1280, 800, "planner.db", "2026-08-24"); // the term's first week
        List<String> problems = new ArrayList<>();
        for (int week = 0; week < 16; week++) {
            problems.addAll(WeekReadability.unreadable(main, codes(main)));
            ScrollPane view = (ScrollPane) main.getScene().lookup(".week-scroll");
            if (view.getContent().getLayoutBounds().getWidth() > view.getViewportBounds().getWidth()) {
                problems.add(((Label) main.getScene().lookup(".week-title")).getText() + " is " + view.getContent().getLayoutBounds()
                        .getWidth() + " px wide in a view of " + view.getViewportBounds().getWidth() + ": the sample term fits without scrolling sideways");
            }
            robot.interact(() -> OpenEveryForm.button(main, "▶").fire());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(problems).as("blocks whose course code is cut, at 1280×800").isEmpty();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1024, 700"})
    void everyBlockOfACrowdedWeekShowsItsWholeCode(int width, int height) throws Exception {
        WeekReadability.buildPlan(dir.resolve("crowded.db"), "crowded-week.txt");
        Stage main = open(width, height, "crowded.db", "2027-01-12");
        List<String> codes = codes(main);
        assertThat(codes).contains("PHYS 150", "WRIT 1010");
        long blocks = WeekReadability.blocks(main).size();
        assertThat(blocks).as("the crowded week's classes").isEqualTo(30);
        assertThat(WeekReadability.unreadable(main, codes)).as("blocks whose course code is cut in a crowded week").isEmpty();
        assertThat(WeekReadability.blocks(main)).as("the 15-minute office hour: its colour only, its code in its accessible text (the tooltip)")
                .anySatisfy(b -> {
                    assertThat(b.lookup(".block-title").isVisible()).isFalse();
                    assertThat(b.getAccessibleText()).startsWith("CS 101 Office hours");
                });
        ScrollPane week = (ScrollPane) main.getScene().lookup(".week-scroll");
        assertThat(week.getContent().getLayoutBounds().getWidth()).as("a crowded week is wider than its view: it scrolls sideways")
                .isGreaterThan(week.getViewportBounds().getWidth());
        for (double sideways : new double[] {0, 0.5, 1}) {
            robot.interact(() -> week.setHvalue(sideways));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(WeekReadability.misaligned(main)).as("day headers off their columns, scrolled %s", sideways).isEmpty();
        }
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> findings = (javafx.scene.control.ListView<Object>) main.getScene().lookup(".findings");
        List<String> outOfView = new ArrayList<>();
        for (int i = 0; i < findings.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> findings.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            outOfView.addAll(WeekReadability.outlinedOutOfView(main, String.valueOf(findings.getItems().get(i))));
        }
        assertThat(outOfView).as("a chosen finding scrolls the crowded week sideways to its classes").isEmpty();
    }

    /** The plan's course codes and commitment titles, as the course list shows them. */
    private static List<String> codes(Stage main) {
        List<String> codes = new ArrayList<>();
        var root = tree(main).getRoot();
        java.util.ArrayDeque<javafx.scene.control.TreeItem<PlanTreeNode>> todo = new java.util.ArrayDeque<>(root.getChildren());
        while (!todo.isEmpty()) {
            var item = todo.pop();
            PlanTreeNode n = item.getValue();
            if (n != null && !n.template() && n.kind() == ItemKind.COURSE) {
                codes.add(n.label().split(" {2}")[0]);
            } else if (n != null && !n.template() && n.kind() == ItemKind.COMMITMENT) {
                codes.add(n.label());
            }
            todo.addAll(item.getChildren());
        }
        return codes;
    }

    /** Opens a form, looks at it, presses OK with its first text field emptied, looks again and closes it. */
    private void form(Stage main, String name, Runnable opening, List<String> problems) throws Exception {
        Platform.runLater(opening); // a form waits for its answer in a nested event loop: do not wait for it here
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(main).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = dialog(main).orElseThrow();
        if (pane.lookup(".print-pages") != null) { // the print preview draws its pages in the background: look once they show
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.lookup(".print-page") != null);
            WaitForAsyncUtils.waitForFxEvents();
        }
        cut(pane).forEach(c -> problems.add(name + " form: " + c));
        Node ok = pane.lookupButton(ButtonType.OK);
        if (ok instanceof Button okButton) {
            String typed = OpenEveryForm.firstTextField(pane.getContent()).map(javafx.scene.control.TextField::getText).orElse("");
            robot.interact(() -> {
                OpenEveryForm.firstTextField(pane.getContent()).ifPresent(field -> field.setText(""));
                okButton.fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            if (pane.getScene() != null && pane.getScene().getWindow().isShowing()) {
                cut(pane).forEach(c -> problems.add(name + " form, refused: " + c));
                WaitForAsyncUtils.waitForFxEvents(); // the window grows for its refusal after it is laid out
                double missing = WaitForAsyncUtils.asyncFx(() -> pane.prefHeight(pane.getWidth()) - pane.getScene().getHeight()).get();
                if (missing > 1) {
                    problems.add(name + " form, refused: its window is " + Math.round(missing) + " px too short for the refusal and buttons");
                }
                // the student fixes the field: the refusal goes, and so does the room the window grew for it
                robot.interact(() -> OpenEveryForm.firstTextField(pane.getContent()).ifPresent(field -> field.setText(typed.isEmpty() ? "x" : typed)));
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                double blank = WaitForAsyncUtils.asyncFx(() -> pane.getScene().getHeight() - pane.prefHeight(pane.getWidth())).get();
                if (blank > OPENED_WITH_AT_MOST + 1) {
                    problems.add(name + " form, fixed: its window keeps " + Math.round(blank) + " px of blank room after the refusal went");
                }
            }
        }
        robot.interact(() -> {
            if (pane.getScene() != null && pane.getScene().getWindow().isShowing()) {
                pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                        .findFirst().map(pane::lookupButton).map(Button.class::cast).ifPresent(Button::fire);
            }
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog(main).isEmpty());
    }

    /** Every shown Labeled under {@code root} whose drawn text is cut, with its class and text. */
    static List<String> cut(Parent root) {
        if (!Platform.isFxApplicationThread()) { // laid out on the FX thread only: its pulses lay the same nodes out meanwhile
            try {
                return WaitForAsyncUtils.asyncFx(() -> cut(root)).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("could not look at " + root, e);
            }
        }
        List<String> found = new ArrayList<>();
        root.applyCss();
        root.layout();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible() || MAY_SHRINK.stream().anyMatch(node.getStyleClass()::contains)) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String drawn = drawnText(labeled);
            if (drawn != null && !drawn.equals(labeled.getText()) && drawn.endsWith(labeled.getEllipsisString())
                    && !labeled.getText().endsWith(labeled.getEllipsisString())) {
                found.add(labeled.getClass().getSimpleName() + labeled.getStyleClass() + " \"" + labeled.getText()
                        + "\" drawn as \"" + drawn + "\" in " + Math.round(labeled.getWidth()) + " px");
            }
        }
        if (node instanceof javafx.scene.control.IndexedCell<?> cell && cell.getGraphic() != null && cell.getGraphic().isVisible()
                && cell.getGraphic().getLayoutBounds().getHeight() > cell.getHeight() + 1) {
            found.add(cell.getClass().getSimpleName() + " \"" + cell.getAccessibleText() + "\" is " + Math.round(cell.getHeight())
                    + " px high but its text needs " + Math.round(cell.getGraphic().getLayoutBounds().getHeight()) + " px: it is drawn over the next line");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    /** The text a Labeled's skin draws (its Text child styled "text"), or null before it has a skin. */
    private static String drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    /** The form shown over {@code main}, if one is. */
    static Optional<DialogPane> dialog(Stage main) {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).map(DialogPane.class::cast).findFirst();
    }

    /** The planner's main window, once shown. */
    static Optional<Stage> main() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage s
                && CoursePlannerApp.TITLE.equals(s.getTitle())).map(Stage.class::cast).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<PlanTreeNode> tree(Stage main) {
        return main.getScene() == null || main.getScene().getRoot() instanceof Label ? null
                : (TreeView<PlanTreeNode>) main.getScene().lookup(".tree-view");
    }
}

package org.courseplanner.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.ui.main.PlanTreeNode;

/**
 * A test-only main class (run by {@link ModulePathWindowIT} in a JVM of its own): starts the app through
 * {@link Launcher#main}, as {@code mvn javafx:run} does, then opens every form of the window through the
 * window's own buttons and menu items, lets each render, presses OK on it with its first text field
 * emptied (so a refusal is drawn at its field), and closes it. Exits 0 when every form opened and
 * nothing was thrown; else prints what failed and exits 1.
 */
public final class OpenEveryForm {
    private static final List<Throwable> FAILURES = Collections.synchronizedList(new ArrayList<>());
    private static final long WAIT_MS = 20_000;

    private OpenEveryForm() {
    }

    /** Arguments: those of the launcher, e.g. {@code --db FILE}. */
    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            FAILURES.add(e);
            e.printStackTrace();
        });
        Thread driver = new Thread(OpenEveryForm::drive, "open-every-form");
        driver.setDaemon(true);
        driver.start();
        Launcher.main(args); // returns only through System.exit
    }

    private static long shownAfterMs;
    private static long start;

    private static void drive() {
        List<String> opened = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            Stage main = waitFor("the main window", () -> Window.getWindows().stream().filter(Window::isShowing)
                    .filter(w -> w instanceof Stage s && CoursePlannerApp.TITLE.equals(s.getTitle()))
                    .map(Stage.class::cast).filter(s -> s.getScene().lookup(".tree-view") != null).findFirst());
            shownAfterMs = ManagementFactory.getRuntimeMXBean().getUptime();
            start = System.currentTimeMillis();
            TreeView<PlanTreeNode> tree = waitFor("the course list", () -> Optional.ofNullable(treeOf(main))
                    .filter(t -> t.getRoot() != null && !t.getRoot().getChildren().isEmpty()));

            form(main, "term (✎)", () -> button(main, "✎").fire(), opened, problems);
            form(main, "term (+ Term)", () -> button(main, "+ Term").fire(), opened, problems);
            form(main, "term (Edit ▸ Change the term…)", () -> menuItem(main, "Change the _term…").fire(), opened, problems);
            form(main, "course (+ Course)", () -> button(main, "+ Course").fire(), opened, problems);
            form(main, "commitment (+ Commitment)", () -> button(main, "+ Commitment").fire(), opened, problems);
            for (ItemKind kind : List.of(ItemKind.COURSE, ItemKind.SESSION, ItemKind.MODULE, ItemKind.STUDY, ItemKind.COMMITMENT)) {
                form(main, kind.label() + " (Edit ▸ Change the chosen item…)", () -> {
                    choose(tree, n -> n.kind() == kind && !n.template());
                    menuItem(main, "_Change the chosen item…").fire();
                }, opened, problems);
            }
            form(main, "module (+ Module)", () -> {
                choose(tree, n -> n.kind() == ItemKind.COURSE && !n.template());
                button(main, "+ Module").fire();
            }, opened, problems);
            form(main, "export (File ▸ Export .ics…)", () -> menuItem(main, "_Export .ics…").fire(), opened, problems);
            form(main, "calendar sync (File ▸ Sync with a calendar…)", () -> menuItem(main, "S_ync with a calendar…").fire(), opened,
                    problems);
            form(main, "print preview (File ▸ Print…)", () -> menuItem(main, "_Print…").fire(), opened, problems);
            form(main, "keyboard shortcuts (Help)", () -> menuItem(main, "_Keyboard shortcuts").fire(), opened, problems);
            form(main, "about (Help)", () -> menuItem(main, "_About Course Planner").fire(), opened, problems);
            for (String tab : List.of("Catalog", "Schedules", "Findings")) {
                showTab(main, tab, opened, problems);
            }
        } catch (Throwable e) {
            FAILURES.add(e);
        }
        if (!FAILURES.isEmpty() || !problems.isEmpty()) {
            System.out.println("opened: " + opened);
            problems.forEach(p -> System.out.println("PROBLEM: " + p));
            synchronized (FAILURES) {
                for (Throwable e : FAILURES) {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    System.out.println("FAILED: " + trace);
                }
            }
            System.out.flush();
            System.exit(1);
        }
        System.out.println("opened " + opened.size() + " forms: " + opened);
        System.out.println("the window showed after " + shownAfterMs + " ms; all forms took " + (System.currentTimeMillis() - start) + " ms");
        System.out.flush();
        Platform.runLater(Platform::exit); // Launcher.main then exits with the window's status (0)
    }

    /**
     * Runs {@code open} on the JavaFX thread; the form it shows (modal, in a nested event loop, or not) is
     * rendered, refused once if it has OK and Cancel, and closed. Records the form as opened or the problem.
     */
    private static void form(Stage main, String name, Runnable open, List<String> opened, List<String> problems) throws Exception {
        int failuresBefore = FAILURES.size();
        CompletableFuture<String> closed = new CompletableFuture<>();
        boolean threw = onFx(() -> {
            closeWhenShown(main, closed);
            try {
                open.run();
                return false;
            } catch (Throwable e) {
                FAILURES.add(new AssertionError("opening the " + name + " form threw", e));
                return true;
            }
        });
        String header = null;
        if (!threw) {
            try {
                header = closed.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // no form showed
            }
        }
        closed.cancel(false); // the closer stops looking
        if (header == null) {
            problems.add("the " + name + " form did not open");
        } else if (FAILURES.size() == failuresBefore) {
            opened.add(name + ": \"" + header + "\"");
        }
    }

    /** Until {@code closed} is done: looks for a dialog over {@code main}; when one shows, lets it render, presses OK once, closes it. */
    private static void closeWhenShown(Stage main, CompletableFuture<String> closed) {
        Platform.runLater(() -> {
            if (closed.isDone()) {
                return;
            }
            Optional<DialogPane> dialog = Window.getWindows().stream().filter(w -> w != main && w.isShowing())
                    .map(w -> w.getScene() == null ? null : w.getScene().getRoot()).filter(r -> r instanceof DialogPane)
                    .map(DialogPane.class::cast).findFirst();
            if (dialog.isEmpty()) {
                closeWhenShown(main, closed);
                return;
            }
            DialogPane pane = dialog.get();
            String header = pane.getHeaderText() != null ? pane.getHeaderText() : String.valueOf(pane.getScene().getWindow());
            if (pane.getStyleClass().contains("error")) { // the window reporting a failure, not a form
                FAILURES.add(new AssertionError("an error showed instead of a form: " + header + ": " + pane.getContentText()));
            }
            whenDrawn(pane, System.currentTimeMillis(), () -> {
                Node ok = pane.lookupButton(ButtonType.OK);
                Optional<Node> cancel = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                        .map(pane::lookupButton).findFirst();
                try {
                    if (ok instanceof Button okButton && cancel.isPresent()) {
                        firstTextField(pane.getContent()).ifPresent(field -> field.setText(""));
                        okButton.fire(); // most forms refuse an empty first field: the refusal is drawn at it
                    }
                } finally {
                    pause(() -> {
                        try {
                            if (pane.getScene() != null && pane.getScene().getWindow() != null && pane.getScene().getWindow().isShowing()) {
                                ((Button) cancel.orElseGet(() -> pane.lookupButton(pane.getButtonTypes().get(0)))).fire();
                            }
                        } finally {
                            closed.complete(header);
                        }
                    });
                }
            });
        });
    }

    /**
     * Runs {@code then} once the form is drawn: after a few pulses, and for the print preview once its
     * pages (drawn by PDFBox in the background) show; pages that never show are a failure.
     */
    private static void whenDrawn(DialogPane pane, long since, Runnable then) {
        pause(() -> {
            if (pane.lookup(".print-pages") == null || pane.lookup(".print-page") != null) {
                then.run();
            } else if (System.currentTimeMillis() - since > WAIT_MS) {
                FAILURES.add(new AssertionError("the print preview showed no page in " + WAIT_MS + " ms"));
                then.run();
            } else {
                whenDrawn(pane, since, then);
            }
        });
    }

    /** Runs {@code then} after a few pulses (CSS, layout, rendering); what it throws is a failure (the app's own handler would hide it). */
    private static void pause(Runnable then) {
        PauseTransition pause = new PauseTransition(Duration.millis(100));
        pause.setOnFinished(e -> {
            try {
                then.run();
            } catch (Throwable t) {
                FAILURES.add(t);
            }
        });
        pause.play();
    }

    static Optional<TextField> firstTextField(Node node) {
        if (node instanceof TextField field && field.isEditable() && field.isVisible()) {
            return Optional.of(field);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<TextField> found = firstTextField(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<PlanTreeNode> treeOf(Stage main) {
        return (TreeView<PlanTreeNode>) main.getScene().lookup(".tree-view");
    }

    static void choose(TreeView<PlanTreeNode> tree, Predicate<PlanTreeNode> which) {
        TreeItem<PlanTreeNode> item = find(tree.getRoot(), which)
                .orElseThrow(() -> new AssertionError("the sample plan has no such line in the course list"));
        tree.getSelectionModel().select(item);
    }

    static Optional<TreeItem<PlanTreeNode>> find(TreeItem<PlanTreeNode> item, Predicate<PlanTreeNode> which) {
        if (item.getValue() != null && which.test(item.getValue())) {
            return Optional.of(item);
        }
        for (TreeItem<PlanTreeNode> child : item.getChildren()) {
            Optional<TreeItem<PlanTreeNode>> found = find(child, which);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Selects a tab of the right panel and lets its panel (its FXML, controller and CSS) render. */
    private static void showTab(Stage main, String text, List<String> opened, List<String> problems) throws Exception {
        String found = onFx(() -> {
            for (javafx.scene.Node n : main.getScene().getRoot().lookupAll(".tab-pane")) {
                javafx.scene.control.TabPane pane = (javafx.scene.control.TabPane) n;
                for (javafx.scene.control.Tab tab : pane.getTabs()) {
                    if (text.equals(tab.getText())) {
                        pane.getSelectionModel().select(tab);
                        return tab.getContent() == null ? "the tab " + text + " has nothing in it" : null;
                    }
                }
            }
            return "no tab " + text;
        });
        Thread.sleep(500); // a few pulses: layout and CSS of the panel
        onFx(() -> {
            main.getScene().getRoot().applyCss();
            main.getScene().getRoot().layout();
            return null;
        });
        if (found == null) {
            opened.add("tab " + text);
        } else {
            problems.add(found);
        }
    }

    static Button button(Stage main, String text) {
        return main.getScene().getRoot().lookupAll(".button").stream().filter(n -> n instanceof Button b && text.equals(b.getText()))
                .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }

    static MenuItem menuItem(Stage main, String text) {
        MenuBar bar = (MenuBar) main.getScene().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (text.equals(item.getText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(WAIT_MS, TimeUnit.MILLISECONDS);
    }

    /** Asks {@code probe}, on the JavaFX thread, until it finds something. */
    private static <T> T waitFor(String what, Supplier<Optional<T>> probe) throws Exception {
        long end = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < end) {
            try {
                Optional<T> found = onFx(probe);
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IllegalStateException notYet) {
                // the JavaFX toolkit is not up yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + " did not show within " + WAIT_MS / 1000 + " s");
    }
}

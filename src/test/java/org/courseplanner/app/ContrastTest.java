package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.courseplanner.ui.common.Contrast;
import org.courseplanner.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text a student reads meets WCAG AA in both themes: the theme files' text variables on their
 * backgrounds, and, in the rendered window (the sample term's first week with a class, a study
 * block, a shift and module windows; a chosen finding; the term overview; a form showing a refusal),
 * every shown text's colour against the background it is drawn on (the nearest opaque fill under it,
 * with translucent fills and opacity composited): 4.5:1, or 3:1 for large text.
 */
class ContrastTest {
    /** Text variables of the theme files and the backgrounds they are drawn on. */
    private static final Map<String, List<String>> TEXT_ON = new LinkedHashMap<>();

    static {
        TEXT_ON.put("-cp-text", List.of("-cp-bg", "-cp-surface", "-cp-today", "-cp-break"));
        TEXT_ON.put("-cp-muted", List.of("-cp-bg", "-cp-surface", "-cp-today"));
        TEXT_ON.put("-cp-danger", List.of("-cp-bg", "-cp-surface", "-cp-selection-fill"));
        TEXT_ON.put("-cp-warning", List.of("-cp-bg", "-cp-surface"));
        TEXT_ON.put("-cp-selection-text", List.of("-cp-selection-fill"));
        TEXT_ON.put("-cp-on-accent", List.of("-cp-accent"));
    }

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) { // the theme files' test starts no window
            FxToolkit.cleanupStages();
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theThemesTextVariablesReadOnTheirBackgrounds(Theme theme) throws IOException {
        Map<String, Color> colours = variables(theme);
        List<String> low = new ArrayList<>();
        TEXT_ON.forEach((text, backgrounds) -> backgrounds.forEach(bg -> {
            double ratio = Contrast.ratio(colours.get(text), colours.get(bg));
            if (ratio < Contrast.SMALL_TEXT) {
                low.add(String.format(Locale.ROOT, "%s on %s: %.2f", text, bg, ratio));
            }
        }));
        assertThat(low).as("text variables below 4.5:1 in " + theme.name()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyShownTextReadsOnItsBackground(Theme theme) throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "theme=" + theme.name() + "\n");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CoursePlannerApp.class, "--db=" + dir.resolve("planner.db"), "--today=2026-08-26",
                "--settings=" + dir.resolve("settings.properties"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> NothingCutTest.main().filter(s -> s.getScene().lookup(".block") != null).isPresent());
        Stage main = NothingCutTest.main().orElseThrow();
        robot.interact(() -> {
            main.setWidth(1280);
            main.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> low = new ArrayList<>();
        assertThat(main.getScene().getRoot().lookupAll(".block-study")).as("the week shows a study block").isNotEmpty();
        assertThat(main.getScene().getRoot().lookupAll(".block-commitment")).as("and a shift").isNotEmpty();
        low.addAll(lowContrast("week", main.getScene().getRoot()));

        @SuppressWarnings("unchecked")
        ListView<Object> findings = (ListView<Object>) main.getScene().lookup(".findings");
        robot.interact(() -> {
            findings.requestFocus();
            findings.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        low.addAll(lowContrast("a chosen finding", main.getScene().getRoot()));

        robot.interact(() -> OpenEveryForm.menuItem(main, "_Term overview").fire());
        WaitForAsyncUtils.waitForFxEvents();
        low.addAll(lowContrast("term overview", main.getScene().getRoot()));

        Platform.runLater(() -> OpenEveryForm.button(main, "+ Course").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> NothingCutTest.dialog(main).isPresent());
        DialogPane pane = NothingCutTest.dialog(main).orElseThrow();
        robot.interact(() -> {
            OpenEveryForm.firstTextField(pane.getContent()).ifPresent(field -> field.setText(""));
            ((Button) pane.lookupButton(ButtonType.OK)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        low.addAll(lowContrast("course form refusing", pane));
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());

        assertThat(low).as("texts below WCAG AA in the " + theme.name() + " theme").isEmpty();
    }

    /** Every shown, enabled text under {@code root} whose contrast on its background is too low. */
    static List<String> lowContrast(String where, Parent root) {
        root.applyCss();
        root.layout();
        List<String> found = new ArrayList<>();
        walk(root, where, found);
        return found;
    }

    private static void walk(Node node, String where, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.isDisabled()) {
            return; // a disabled control is exempt from WCAG's contrast rule
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                && text.getFill() instanceof Color fill) {
            Color background = backgroundOf(text);
            Color drawn = Contrast.over(Color.color(fill.getRed(), fill.getGreen(), fill.getBlue(),
                    fill.getOpacity() * opacityUpTo(text)), background);
            double ratio = Contrast.ratio(drawn, background);
            double least = large(text.getFont()) ? Contrast.LARGE_TEXT : Contrast.SMALL_TEXT;
            if (ratio < least) {
                Node owner = text.getParent() == null ? text : text.getParent();
                found.add(String.format(Locale.ROOT, "%s: \"%s\" (%s%s) %s on %s: %.2f", where, text.getText().lines().findFirst()
                        .orElse(""), owner.getClass().getSimpleName(), owner.getStyleClass(), hex(drawn), hex(background), ratio));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, where, found);
            }
        }
    }

    /** The colour under {@code node}: its ancestors' fills, the nearest first, down to an opaque one. */
    private static Color backgroundOf(Node node) {
        List<Color> layers = new ArrayList<>();
        Color base = Color.WHITE;
        search:
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region region && region.getBackground() != null) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    Color c = Contrast.colourOf(fills.get(i).getFill());
                    if (c == null || c.getOpacity() == 0) {
                        continue;
                    }
                    if (c.getOpacity() >= 0.99) {
                        base = c;
                        break search;
                    }
                    layers.add(c);
                }
            }
        }
        Color result = base;
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = Contrast.over(layers.get(i), result);
        }
        return result;
    }

    /** The opacity a text is drawn with: its own and its ancestors' multiplied. */
    private static double opacityUpTo(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    private static boolean large(Font font) {
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return font.getSize() >= 24 || bold && font.getSize() >= 18.66;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** The .root variables of a theme file that are plain colours (#rrggbb). */
    private static Map<String, Color> variables(Theme theme) throws IOException {
        String file = theme == Theme.DARK ? "theme-dark.css" : "theme-light.css";
        String css;
        try (InputStream in = Objects.requireNonNull(Theme.class.getResourceAsStream(file))) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Color> colours = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(-cp-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(css);
        while (m.find()) {
            colours.put(m.group(1), Color.web(m.group(2)));
        }
        for (var pair : TEXT_ON.entrySet()) {
            assertThat(colours).as(file).containsKey(pair.getKey());
            pair.getValue().forEach(bg -> assertThat(colours).as(file).containsKey(bg));
        }
        return colours;
    }
}

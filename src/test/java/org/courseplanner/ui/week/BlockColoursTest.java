package org.courseplanner.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.engine.OccurrenceType;
import org.courseplanner.ui.common.Contrast;
import org.courseplanner.ui.common.CourseColourStyle;
import org.courseplanner.ui.common.StyleClasses;
import org.courseplanner.ui.common.Theme;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Block and window-bar colours come from the theme files, derived from each course's colour: in
 * both themes every palette colour gives a block of that course's hue whose title reads on its fill
 * (WCAG contrast of at least 4.5, the bar for small text).
 */
@ExtendWith(ApplicationExtension.class)
class BlockColoursTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    record Shown(String colour, String kind, Color fill, Color text) {
        double contrast() {
            return Contrast.ratio(fill, text);
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyCourseColourReadsInEveryKindOfBlock(Theme theme) throws Exception {
        List<Shown> shown = WaitForAsyncUtils.asyncFx(() -> show(theme)).get();

        assertThat(shown).hasSize(Course.PALETTE.length * 5);
        assertThat(shown).allSatisfy(s -> assertThat(s.contrast()).as("%s %s text on its fill in the %s theme", s.kind(), s.colour(), theme)
                .isGreaterThanOrEqualTo(Contrast.SMALL_TEXT));
        assertThat(shown.stream().filter(s -> s.kind().equals("session")).map(Shown::fill).distinct())
                .as("each course keeps its own colour").hasSize(Course.PALETTE.length);
        for (Shown s : shown) {
            if (s.kind().equals("session")) {
                assertThat(s.fill()).as("a class is drawn in its course's colour").isEqualTo(Color.web(s.colour()));
            } else {
                assertThat(Math.abs(s.fill().getHue() - Color.web(s.colour()).getHue()) % 360)
                        .as("%s of %s keeps the course's hue", s.kind(), s.colour()).isLessThan(3.0);
            }
        }
    }

    private List<Shown> show(Theme theme) {
        FlowPane pane = new FlowPane();
        List<Label> titles = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (String colour : Course.PALETTE) {
            for (OccurrenceType type : OccurrenceType.values()) {
                titles.add(node(pane, colour, StyleClasses.BLOCK, StyleClasses.blockOf(type), StyleClasses.BLOCK_TITLE));
                kinds.add(type.label());
                colours.add(colour);
            }
            titles.add(node(pane, colour, StyleClasses.WINDOW_BAR, null, null));
            kinds.add("window bar");
            colours.add(colour);
        }
        Scene scene = new Scene(pane, 800, 600);
        theme.applyTo(scene);
        scene.getStylesheets().add(Objects.requireNonNull(WeekView.class.getResource("WeekView.css")).toExternalForm());
        stage.setScene(scene);
        pane.applyCss();
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            Label title = titles.get(i);
            Region box = title.getParent() instanceof VBox v ? v : title;
            shown.add(new Shown(colours.get(i), kinds.get(i), (Color) box.getBackground().getFills().get(0).getFill(),
                    (Color) title.getTextFill()));
        }
        return shown;
    }

    /** A node styled as WeekCalendar styles a block (a box with a title) or a window bar (a label). */
    private static Label node(FlowPane pane, String colour, String styleClass, String kindClass, String titleClass) {
        Label label = new Label("CS 101 Lecture");
        if (titleClass == null) {
            label.getStyleClass().add(styleClass);
            label.setStyle(CourseColourStyle.of(colour));
            pane.getChildren().add(label);
            return label;
        }
        label.getStyleClass().add(titleClass);
        VBox box = new VBox(label);
        box.getStyleClass().addAll(styleClass, kindClass);
        box.setStyle(CourseColourStyle.of(colour));
        pane.getChildren().add(box);
        return label;
    }
}

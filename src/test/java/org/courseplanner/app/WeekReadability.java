package org.courseplanner.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.courseplanner.cli.CoursePlannerCommand;

/**
 * What a student sees of the week's blocks: for each block, its course code drawn whole inside the
 * block and inside what scrolling the week can reveal, or, for a block too small for any text, the
 * code in its accessible text (the tooltip says it too).
 */
final class WeekReadability {
    private static final Pattern ARGUMENT = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private WeekReadability() {
    }

    /** Builds a plan file with the command lines of a resource (one command a line, "quoted" arguments). */
    static void buildPlan(Path db, String resource) throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(WeekReadability.class.getResourceAsStream(resource))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of("--db=" + db));
            Matcher m = ARGUMENT.matcher(line);
            while (m.find()) {
                args.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            int status = CoursePlannerCommand.commandLine(new CoursePlannerCommand((file, empty, today) -> 0, Clock.systemDefaultZone()))
                    .execute(args.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("exit " + status + ": " + line);
            }
        }
    }

    /** The week's block nodes as shown. */
    static List<Region> blocks(Stage main) {
        main.getScene().getRoot().applyCss();
        main.getScene().getRoot().layout();
        return main.getScene().getRoot().lookupAll(".block").stream().filter(Node::isVisible).map(Region.class::cast).toList();
    }

    /**
     * Every block whose code a student cannot read: the first text it draws must start with one of
     * {@code codes}, whole (not ending in "…"), no wider than its label, the label inside the block
     * and the block inside the week's scrollable area; a block drawing no text must say its code in
     * its accessible text.
     */
    static List<String> unreadable(Stage main, List<String> codes) {
        List<String> found = new ArrayList<>();
        String week = ((Label) main.getScene().lookup(".week-title")).getText();
        ScrollPane scroll = (ScrollPane) main.getScene().lookup(".week-scroll");
        Region body = (Region) scroll.getContent();
        boolean scrollsSideways = scroll.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
        double reachable = scrollsSideways ? body.getWidth() : Math.min(body.getWidth(), scroll.getViewportBounds().getWidth());
        for (Region block : blocks(main)) {
            String said = block.getAccessibleText() == null ? "" : block.getAccessibleText();
            String name = week + ": block \"" + said.lines().findFirst().orElse("") + "\"";
            Bounds inBody = body.sceneToLocal(block.localToScene(block.getLayoutBounds()));
            if (inBody.getMinX() < -0.5 || inBody.getMaxX() > reachable + 0.5) {
                found.add(name + " lies outside the week's scrollable width (" + Math.round(inBody.getMinX()) + ".."
                        + Math.round(inBody.getMaxX()) + " of " + Math.round(reachable) + " px)");
                continue;
            }
            Label title = (Label) block.lookup(".block-title");
            Text drawn = title == null || !title.isVisible() ? null : drawnText(title);
            if (drawn == null || drawn.getText().isEmpty()) {
                if (codes.stream().noneMatch(said::startsWith)) {
                    found.add(name + " draws no title and its accessible text does not start with its code");
                }
                continue;
            }
            String text = drawn.getText().replace('\n', ' ');
            String shown = text.startsWith("⚠ ") ? text.substring(2) : text;
            if (codes.stream().noneMatch(shown::startsWith)) {
                found.add(name + " draws \"" + drawn.getText() + "\": not a whole course code");
                continue;
            }
            Bounds textInBlock = block.sceneToLocal(drawn.localToScene(drawn.getLayoutBounds()));
            if (drawn.getLayoutBounds().getWidth() > title.getWidth() + 0.5 || textInBlock.getMinX() < -0.5
                    || textInBlock.getMaxX() > block.getWidth() + 0.5 || textInBlock.getMinY() < -0.5
                    || textInBlock.getMaxY() > block.getHeight() + 0.5) {
                found.add(name + " draws \"" + drawn.getText() + "\" " + Math.round(drawn.getLayoutBounds().getWidth()) + "×"
                        + Math.round(drawn.getLayoutBounds().getHeight()) + " px at " + Math.round(textInBlock.getMinX()) + ","
                        + Math.round(textInBlock.getMinY()) + " in a block of " + Math.round(block.getWidth()) + "×"
                        + Math.round(block.getHeight()) + " px");
            }
        }
        return found;
    }

    /** Each day header's left edge and width against its column's on screen, when they differ: "Tue 12 at 400+80, its column at 380+80". */
    static List<String> misaligned(Stage main) {
        var root = main.getScene().getRoot();
        root.applyCss();
        root.layout();
        List<Node> headers = root.lookupAll(".day-header").stream().filter(Node::isVisible).sorted(java.util.Comparator.comparingDouble(WeekReadability::left)).toList();
        List<Node> columns = java.util.stream.Stream.of(".day-column", ".today-column", ".break-day").flatMap(c -> root.lookupAll(c).stream())
                .sorted(java.util.Comparator.comparingDouble(WeekReadability::left)).toList();
        List<String> found = new ArrayList<>();
        if (headers.size() != 7 || columns.size() != 7) {
            found.add(headers.size() + " day headers and " + columns.size() + " day columns");
            return found;
        }
        for (int d = 0; d < 7; d++) {
            Bounds h = headers.get(d).localToScene(headers.get(d).getLayoutBounds());
            Bounds c = columns.get(d).localToScene(columns.get(d).getLayoutBounds());
            if (Math.abs(h.getMinX() - c.getMinX()) > 1 || Math.abs(h.getWidth() - c.getWidth()) > 1) {
                found.add(((Label) headers.get(d)).getText() + " at " + Math.round(h.getMinX()) + "+" + Math.round(h.getWidth())
                        + ", its column at " + Math.round(c.getMinX()) + "+" + Math.round(c.getWidth()));
            }
        }
        return found;
    }

    /**
     * The outlined blocks of a chosen finding that lie outside the week's view sideways: all of them
     * when they fit in it side by side, else those of the first outlined day.
     */
    static List<String> outlinedOutOfView(Stage main, String finding) {
        ScrollPane scroll = (ScrollPane) main.getScene().lookup(".week-scroll");
        main.getScene().getRoot().applyCss();
        main.getScene().getRoot().layout();
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        List<Bounds> lit = main.getScene().getRoot().lookupAll(".block-highlighted").stream().filter(Node::isVisible)
                .map(n -> n.localToScene(n.getLayoutBounds())).toList();
        if (lit.isEmpty()) {
            return List.of();
        }
        double from = lit.stream().mapToDouble(Bounds::getMinX).min().orElseThrow();
        double to = lit.stream().mapToDouble(Bounds::getMaxX).max().orElseThrow();
        boolean allFit = to - from <= view.getWidth() - 52 - 20; // the hours and the scroll bar take the rest
        double firstLeft = from;
        List<String> found = new ArrayList<>();
        for (Bounds b : lit) {
            boolean needed = allFit || b.getMinX() < firstLeft + 1;
            if (needed && (b.getMinX() < view.getMinX() + 50 || b.getMaxX() > view.getMaxX() - 12)) {
                found.add(finding + ": an outlined class at x " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX())
                        + ", the view " + Math.round(view.getMinX()) + ".." + Math.round(view.getMaxX()));
            }
        }
        return found;
    }

    private static double left(Node n) {
        return n.localToScene(n.getLayoutBounds()).getMinX();
    }

    /** The text node a Label's skin draws. */
    private static Text drawnText(Label label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }
}

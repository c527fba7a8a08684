package org.courseplanner.ui.main;

import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;

/** File ▸ Export week as PNG: a snapshot of the week view, as the student sees it. */
final class WeekPicture {
    private WeekPicture() {
    }

    static void save(Node week, Path file, FileActions files) {
        SnapshotParameters parameters = new SnapshotParameters();
        WritableImage image = week.snapshot(parameters, null); // on the UI thread, as JavaFX requires
        files.writePicture(SwingFXUtils.fromFXImage(image, null), file);
    }
}

package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the window the way {@code mvn javafx:run} (the README's command) does: JavaFX on the module
 * path, the app and its other libraries on the class path, the options of the javafx plugin (the pom's
 * {@code javafx.run.options}, handed over as a system property), in a JVM of its own, headless with
 * Monocle patched into javafx.graphics. {@link OpenEveryForm} then opens every form of the window; a
 * library that reaches into JavaFX's internals without an export (an IllegalAccessError) fails here.
 */
class ModulePathWindowIT {
    @TempDir
    Path dir;

    @Test
    void everyFormOpensWithJavaFxOnTheModulePath() throws Exception {
        List<String> modulePath = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        String monocle = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("openjfx-monocle-")) {
                monocle = entry;
            } else if (name.startsWith("javafx-") && entry.replace(File.separatorChar, '/').contains("/org/openjfx/")) {
                modulePath.add(entry); // as the plugin does: every org.openjfx jar, the platform's and the empty one
            } else {
                classPath.add(entry);
            }
        }
        assertThat(modulePath).as("JavaFX jars on the test class path").isNotEmpty();
        assertThat(monocle).as("openjfx-monocle on the test class path").isNotNull();

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "javafx.controls,javafx.fxml,javafx.swing"));
        String options = System.getProperty("javafx.run.options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(Arrays.asList(options.split("\\s+")));
        }
        command.addAll(List.of("--patch-module", "javafx.graphics=" + monocle,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-cp", String.join(File.pathSeparator, classPath),
                OpenEveryForm.class.getName(), "--db", dir.resolve("plan.db").toString()));

        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the window did not finish within 90 s\n" + read(out) + read(err));
        }
        String stdout = read(out);
        String stderr = read(err);
        assertThat(p.exitValue()).as("exit status; stdout:\n%s\nstderr:\n%s", stdout, stderr).isZero();
        assertThat(stdout).contains("opened 19 forms", "term (✎)", "course (+ Course)", "study (Edit", "export (File", "calendar sync (File",
                "print preview (File", "tab Catalog", "tab Schedules");
        assertThat(stderr).as("stderr").doesNotContain("Exception", "Error");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}

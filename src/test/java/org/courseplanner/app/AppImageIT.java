package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.courseplanner.app.ChildProcess.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the application that jpackage built (mvn -Pinstaller verify) as on a machine that never had Java: no java on
 * the PATH, no JAVA_HOME. On Linux it also opens the .deb and runs the launcher it installs.
 */
@Tag("installer")
class AppImageIT {
    private static final Path INSTALLER_DIR = Path.of(System.getProperty("installer.dir", "target/installer"));
    private static final Path CLI = Path.of(System.getProperty("installer.cli", "target/installer/course-planner/bin/course-planner"));
    // what -Xlog:os prints for each native library the JVM loads
    private static final Pattern LIBJAVA_LOADED = Pattern.compile("shared library load of (.+(libjava\\.so|libjava\\.dylib|java\\.dll)) was successful");

    @TempDir
    Path dir;

    private Run run(Path launcher, Map<String, String> extraEnvironment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        for (String name : List.of("JAVA_HOME", "JDK_HOME", "JRE_HOME", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS",
                "CLASSPATH", "DISPLAY", "WAYLAND_DISPLAY")) {
            env.remove(name);
        }
        Path emptyBin = Files.createDirectories(dir.resolve("empty-bin"));
        env.put("PATH", emptyBin.toString());
        env.put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        env.putAll(extraEnvironment);
        return ChildProcess.run(pb, dir);
    }

    private Run cli(String... args) throws IOException, InterruptedException {
        return run(CLI, Map.of(), args);
    }

    @Test
    void versionIsTheBuildsVersion() throws Exception {
        Run version = cli("--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out().strip()).isEqualTo("Course Planner " + System.getProperty("project.version"));
    }

    @Test
    void aPlanIsMadeAndListedWithoutASystemJava() throws Exception {
        String db = dir.resolve("plan.db").toString();
        Run added = cli("--db", db, "term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone", "America/New_York");
        assertThat(added.exitCode()).as(added.err()).isZero();
        Run list = cli("--db", db, "term", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("Fall 2026").contains("2026-08-31").contains("America/New_York");
        assertThat(list.err()).isEmpty();
    }

    @Test
    void theJavaThatRunsIsTheApplicationsOwn() throws Exception {
        Run version = run(CLI, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:os=info:stderr"), "--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        Matcher loaded = LIBJAVA_LOADED.matcher(version.err());
        assertThat(loaded.find()).as(version.err()).isTrue();
        assertThat(Path.of(loaded.group(1)).toRealPath()).startsWith(INSTALLER_DIR.toRealPath());
    }

    /** Unpacks the .deb: its files under the folder returned, its control files (postinst, prerm) under {@link #control()}. */
    private Path unpackDeb() throws IOException, InterruptedException {
        Path root = dir.resolve("root");
        Path control = control();
        Path deb;
        try (Stream<Path> files = Files.list(INSTALLER_DIR)) {
            deb = files.filter(f -> f.getFileName().toString().matches("course-planner_.*_amd64\\.deb")).findFirst().orElseThrow(
                    () -> new AssertionError("no course-planner_*.deb in " + INSTALLER_DIR));
        }
        assertThat(dpkgDeb("-x", deb.toString(), root.toString()).exitCode()).isZero();
        assertThat(dpkgDeb("-e", deb.toString(), control.toString()).exitCode()).isZero();
        return root;
    }

    private Path control() {
        return dir.resolve("control");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theDebianPackageInstallsTheMenuEntryAndTheCommand() throws Exception {
        Path root = unpackDeb();
        Path control = control();

        String desktop = Files.readString(root.resolve("opt/course-planner/lib/course-planner-course-planner.desktop"), StandardCharsets.UTF_8);
        assertThat(desktop).contains("Name=Course Planner", "Exec=/opt/course-planner/bin/course-planner",
                "Icon=/opt/course-planner/lib/course-planner.png", "Categories=Education;", "Terminal=false",
                "StartupWMClass=" + CoursePlannerApp.class.getName()); // the window's WM_CLASS: docks match it to this entry
        assertThat(root.resolve("opt/course-planner/lib/course-planner.png")).exists();
        assertThat(Files.readString(control.resolve("control"))).contains("Package: course-planner", "libgtk-3-0");
        assertThat(Files.readString(control.resolve("postinst"))).contains(
                "ln -sf /opt/course-planner/lib/course-planner-course-planner.desktop /usr/share/applications/course-planner.desktop",
                "ln -sf /opt/course-planner/bin/course-planner /usr/bin/course-planner");
        assertThat(Files.readString(control.resolve("prerm")))
                .contains("unlink_ours /usr/bin/course-planner", "unlink_ours /usr/share/applications/course-planner.desktop");

        Run version = run(root.resolve("opt/course-planner/bin/course-planner"), Map.of(), "--version");
        assertThat(version.out().strip()).as(version.err()).isEqualTo("Course Planner " + System.getProperty("project.version"));
    }

    /**
     * What the .deb's postinst does after unpacking (ADR 28): it archives the classes of a few commands for the
     * installed paths, and the launcher then loads the application's classes from that archive. An archive that
     * Java refuses (made for other paths) changes nothing a command prints.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void theDebianPackageArchivesTheClassesOfItsCommandsWhereItIsInstalled() throws Exception {
        Path root = unpackDeb();
        Path control = control();
        Path app = root.resolve("opt/course-planner");
        Path archive = app.resolve("lib/app/course-planner.jsa");

        Run made = ChildProcess.run(new ProcessBuilder("sh", control.resolve("postinst").toString(), "class-archive", app.toString()), dir);
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(archive).isNotEmptyFile();

        String db = dir.resolve("archived.db").toString();
        Path loads = dir.resolve("class-load.log");
        Run listed = run(app.resolve("bin/course-planner"), Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + loads),
                "--db", db, "term", "list");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).startsWith("No terms yet");
        // (picocli's own classes are built for Java 5, which class-data sharing leaves out)
        assertThat(Files.readString(loads)).contains("org.courseplanner.app.Launcher source: shared objects file",
                "org.courseplanner.cli.CoursePlannerCommand source: shared objects file", "org.sqlite.core.NativeDB source: shared objects file");

        // the same archive beside another copy of the application: Java refuses it, silently
        Path elsewhere = dir.resolve("elsewhere");
        Run copied = ChildProcess.run(new ProcessBuilder("cp", "-a", app.toString(), elsewhere.toString()), dir);
        assertThat(copied.exitCode()).as(copied.err()).isZero();
        Run refused = run(elsewhere.resolve("bin/course-planner"), Map.of(), "--db", db, "term", "list");
        assertThat(refused.exitCode()).as(refused.err()).isZero();
        assertThat(refused.out()).isEqualTo(listed.out());
        assertThat(refused.err()).isEmpty();
    }

    private Run dpkgDeb(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dpkg-deb"));
        command.addAll(List.of(args));
        return ChildProcess.run(new ProcessBuilder(command), dir);
    }
}

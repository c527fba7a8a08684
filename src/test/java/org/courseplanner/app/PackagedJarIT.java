package org.courseplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.courseplanner.app.ChildProcess.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs target/course-planner.jar in its own JVM with no display, as a student runs it from a shell. */
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("jar.path", "target/course-planner.jar"));

    @TempDir
    Path dir;

    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        return ChildProcess.run(pb, dir);
    }

    @Test
    void commandsRunWithoutADisplay() throws Exception {
        String db = dir.resolve("plan.db").toString();
        Run added = jar("--db", db, "term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone", "America/New_York");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Added term 1: \"Fall 2026\"");
        assertThat(added.err()).isEmpty();

        Run course = jar("--db", db, "course", "add", "CS 101", "--title", "Intro to Programming", "--term", "Fall 2026");
        assertThat(course.exitCode()).as(course.err()).isZero();
        Run list = jar("--db", db, "list", "--term", "Fall 2026", "--json");
        assertThat(list.out()).contains("\"type\" : \"course\"").contains("\"course\" : \"CS 101\"");
    }

    @Test
    void exportAndImportWorkFromTheJar() throws Exception {
        String db = dir.resolve("plan.db").toString();
        jar("--db", db, "term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone", "America/New_York");
        jar("--db", db, "course", "add", "CS 101", "--title", "Intro", "--term", "Fall 2026");
        jar("--db", db, "session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--term", "Fall 2026");
        String ics = dir.resolve("fall.ics").toString();
        Run export = jar("--db", db, "export", "--out", ics, "--term", "Fall 2026");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty(); // no logging noise from the libraries
        String other = dir.resolve("other.db").toString();
        jar("--db", other, "term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18", "--zone", "America/New_York");
        Run imported = jar("--db", other, "import", ics, "--term", "Fall 2026");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("create  session CS 101 lecture, MO,WE 10:00-11:15");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run help = jar("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("term", "course", "session", "module", "commitment", "study", "list", "remove", "agenda",
                "conflicts", "workload", "export", "import", "catalog", "generate");
    }

    @Test
    void versionIsTheBuildsVersion() throws Exception {
        Run version = jar("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().strip()).isEqualTo("Course Planner " + System.getProperty("project.version"));
    }

    @Test
    void carriesTheJavaFxOfLinuxWindowsAndMacOs() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String entry : List.of("libglass.so", "libglassgtk3.so", "com/sun/glass/ui/gtk/GtkApplication.class",
                    "glass.dll", "prism_d3d.dll", "com/sun/glass/ui/win/WinApplication.class",
                    "libglass.dylib", "libprism_es2.dylib", "com/sun/glass/ui/mac/MacApplication.class")) {
                assertThat(jar.getEntry(entry)).as(entry).isNotNull();
            }
        }
    }

    @Test
    void defaultDatabaseLivesInTheDataFolder() throws Exception {
        Run r = jar("term", "list");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dir.resolve("xdg/course-planner/planner.db")).exists();
    }

    @Test
    void badUsageExitsTwoOnStderr() throws Exception {
        Run r = jar("--db", dir.resolve("p.db").toString(), "term", "add", "X", "--start", "yesterday");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not a date");
        assertThat(r.out()).isEmpty();
    }
}

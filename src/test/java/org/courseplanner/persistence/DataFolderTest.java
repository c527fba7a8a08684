package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the default plan lives on each system. */
class DataFolderTest {
    private static final Path HOME = Path.of("/home/ana");

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Linux      | XDG_DATA_HOME | /data/ana   | /data/ana/course-planner/planner.db
        Linux      | -             | -           | /home/ana/.local/share/course-planner/planner.db
        Linux      | XDG_DATA_HOME | relative    | /home/ana/.local/share/course-planner/planner.db
        FreeBSD    | -             | -           | /home/ana/.local/share/course-planner/planner.db
        Mac OS X   | XDG_DATA_HOME | /data/ana   | /home/ana/Library/Application Support/Course Planner/planner.db
        Windows 11 | APPDATA       | /C/Users/ana/AppData/Roaming | /C/Users/ana/AppData/Roaming/Course Planner/planner.db
        Windows 11 | -             | -           | /home/ana/AppData/Roaming/Course Planner/planner.db
        """)
    void defaultPlanFile(String os, String variable, String value, String expected) {
        Map<String, String> env = variable == null ? Map.of() : Map.of(variable, value);
        assertThat(DataFolder.defaultDatabase(os, env, HOME)).isEqualTo(Path.of(expected));
    }
}

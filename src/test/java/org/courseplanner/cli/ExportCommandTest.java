package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} from the shell, read back by an independent iCalendar reader. */
class ExportCommandTest {
    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void plan() {
        cli = new CliRun(dir.resolve("plan.db")).withFallTerm();
        cli.ok("course", "add", "CS 101", "--title", "Intro; to, \"Programming\"", "--credits", "4");
        cli.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204, Room 3");
        cli.ok("course", "add", "HIST 210", "--title", "History", "--delivery", "async");
        cli.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "15");
        cli.ok("commitment", "add", "Café shift", "--days", "TU", "--start", "17:00", "--end", "21:00");
    }

    private static List<String> uids(String ics) {
        List<String> uids = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^UID:([^\\r\\n]*)").matcher(ics.replace("\r\n ", "")); // unfold long lines
        while (m.find()) {
            uids.add(m.group(1));
        }
        return uids;
    }

    @Test
    void exportSaysWhatItWroteAndExportingAgainKeepsTheUids() throws Exception {
        Path out = dir.resolve("fall.ics");
        assertThat(cli.ok("export", "--out", out.toString(), "--with-commitments"))
                .startsWith("Exported Fall 2026 to " + out + ": 1 class, 15 deadlines, 0 study blocks, 1 commitment");
        String first = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(first).contains("TZID:America/New_York", "TZID:Europe/Berlin"); // the commitment is in the student's zone
        cli.ok("export", "--out", out.toString(), "--with-commitments");
        String second = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(uids(second)).hasSize(17).isEqualTo(uids(first));
        assertThat(second).contains("SEQUENCE:0");

        // the term changes: its new break is an EXDATE of the session, whose event changes with it
        cli.ok("term", "set", "Fall 2026", "--break", "Fall break=2026-10-12..2026-10-13");
        cli.ok("module", "done", "5", "--week", "1"); // and the module changes itself
        cli.ok("export", "--out", out.toString(), "--with-commitments");
        String third = Files.readString(out, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(uids(third)).isEqualTo(uids(first));
        assertThat(third).contains("EXDATE;TZID=America/New_York:20261012T100000,20261125T100000");
        int module = third.indexOf("SUMMARY:HIST 210 Module 1 due");
        assertThat(third.substring(module, third.indexOf("END:VEVENT", module))).contains("SEQUENCE:2");
        int session = third.indexOf("EXDATE;TZID=America/New_York:20261012T100000");
        assertThat(third.substring(third.lastIndexOf("BEGIN:VEVENT", session), third.indexOf("END:VEVENT", session))).contains("SEQUENCE:1");
    }

    /** An export is readable by whoever may read the student's other new files (a web server, for a subscribed file): not 600. */
    @Test
    void anExportGetsThePermissionsOfAnyNewFile() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path out = dir.resolve("fall.ics");
        cli.ok("export", "--out", out.toString());
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
        cli.ok("export", "--out", out.toString()); // and again, replacing it
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anUnknownCourseIsRefusedAndNoFileIsWritten() {
        Path out = dir.resolve("x.ics");
        CliRun.Result r = cli.run("export", "--out", out.toString(), "--courses", "MATH 9");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no course \"MATH 9\"");
        assertThat(out).doesNotExist();
    }

    @Test
    void calcurseImportsEverythingWithoutSkipping() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/calcurse")), "calcurse is not installed (.ci/run installs it)");
        Path out = dir.resolve("fall.ics");
        cli.ok("export", "--out", out.toString(), "--tasks", "--alarm", "10", "--with-commitments");
        Path home = Files.createDirectories(dir.resolve("calcurse"));
        Process p = new ProcessBuilder("calcurse", "-D", home.toString(), "-C", home.toString(), "-i", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("calcurse.txt").toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String report = Files.readString(dir.resolve("calcurse.txt"));
        assertThat(report).contains("0 skipped").contains("15 todos");
    }
}

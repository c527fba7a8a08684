package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public test calendars of ical.js, python-icalendar and ical.net (src/test/resources/ical-corpus),
 * each imported with {@code import} into a fresh plan whose term covers the file's first date: each
 * imports, or is refused with a sentence, and a refusal leaves the plan file as it was.
 */
class IcsCorpusTest {
    /** What a message must never show a student: Java's own words. */
    static final Pattern JAVA_TEXT = Pattern.compile(
            "\\b(java|javax|net\\.fortuna|org\\.courseplanner)\\.[a-z]|[A-Za-z]+(Exception|Error)\\b|cannot be cast|\\n\\s+at [a-z]");
    private static final Pattern FIRST_DATE = Pattern.compile("(?m)^(?:DTSTART|DUE)[^:\\r\\n]*:(\\d{4})(\\d{2})(\\d{2})");

    @TempDir
    Path dir;

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(IcsCorpusTest.class.getResource("/ical-corpus").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".ics")).sorted().toList();
            assertThat(all).hasSizeGreaterThan(100);
            return all.stream();
        }
    }

    /** The first date of an event or to-do in the file (not a VTIMEZONE's), or a fixed one. */
    static LocalDate firstDate(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                .replaceAll("(?s)BEGIN:VTIMEZONE.*?END:VTIMEZONE", "");
        Matcher m = FIRST_DATE.matcher(text);
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (d.getYear() > 1900) {
                    return d;
                }
            } catch (RuntimeException e) {
                // not a real date: try the next
            }
        }
        return LocalDate.of(2026, 8, 31);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void importsOrIsRefusedWithASentence(Path file) throws Exception {
        LocalDate first = firstDate(file).minusDays(7);
        CliRun cli = new CliRun(dir.resolve("plan.db"));
        cli.ok("term", "add", "Corpus term", "--start", first.toString(), "--end", first.plusDays(350).toString(),
                "--zone", "America/New_York", "--my-zone", "Europe/Berlin");
        String before = cli.ok("list", "--json");
        byte[] bytesBefore = Files.readAllBytes(cli.db);

        CliRun.Result r = cli.run("import", file.toString());

        String said = r.out() + r.err();
        assertThat(said).as("no Java text in what the student reads").doesNotContainPattern(JAVA_TEXT);
        if (r.exitCode() != 0) {
            assertThat(r.err()).as("a refusal, not a crash").startsWith("refused: ").doesNotContain("\n\tat ");
            assertThat(r.err().strip()).as("a sentence").matches("(?s)refused: [a-z].{20,}");
            assertThat(Files.readAllBytes(cli.db)).as("the plan file after a refusal").isEqualTo(bytesBefore);
            assertThat(cli.ok("list", "--json")).isEqualTo(before);
            System.out.println("CORPUS refused " + file.getParent().getFileName() + "/" + file.getFileName() + ": " + r.err().strip());
        } else {
            long skipped = r.out().lines().filter(l -> l.startsWith("skip")).count();
            long created = r.out().lines().filter(l -> l.startsWith("create")).count();
            System.out.println("CORPUS imported " + file.getParent().getFileName() + "/" + file.getFileName() + ": created " + created
                    + ", skipped " + skipped);
            r.out().lines().filter(l -> l.startsWith("skip")).forEach(l -> System.out.println("CORPUS skipline " + l));
        }
    }
}

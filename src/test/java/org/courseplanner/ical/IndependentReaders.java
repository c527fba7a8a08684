package org.courseplanner.ical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the two independent iCalendar readers of {@code src/test/readers} as external processes
 * and returns every occurrence they read in a file: Mozilla's ical.js (expands with the file's
 * own VTIMEZONE) and python's recurring-ical-events (RFC 5545 over the system tz database).
 *
 * <p>A reader that is not installed skips the calling test with how to install it, except when
 * the environment variable {@code CI} is {@code true}: there a missing reader fails the test.
 */
public final class IndependentReaders {
    /** One occurrence as a reader saw it; {@code start}/{@code end} are null for floating values (see {@code localStart}). */
    public record ReadOccurrence(String uid, String summary, String component, Instant start, Instant end, boolean floating,
                                 String localStart, String localEnd) {
        public ReadOccurrence(String uid, String summary, String component, Instant start, Instant end) {
            this(uid, summary, component, start, end, false, null, null);
        }
    }

    /** Which reader. */
    public enum Reader {
        ICAL_JS("ical.js", "npm ci --prefix src/test/readers (Node 20 and npm: apt-get install nodejs npm)"),
        RFC5545("recurring-ical-events", "apt-get install python3-recurring-ical-events python3-icalendar");

        private final String label;
        private final String install;

        Reader(String label, String install) {
            this.label = label;
            this.install = install;
        }

        public String label() {
            return label;
        }
    }

    private static final long TIMEOUT_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Reader, String> MISSING = new ConcurrentHashMap<>();

    private IndependentReaders() {
    }

    /** Occurrences starting in [from, to + 1 day) UTC, as ical.js reads them. */
    public static List<ReadOccurrence> icalJs(Path ics, LocalDate from, LocalDate to) {
        return read(Reader.ICAL_JS, ics, from, to);
    }

    /** Occurrences starting in [from, to + 1 day) UTC, as recurring-ical-events reads them. */
    public static List<ReadOccurrence> rfc5545(Path ics, LocalDate from, LocalDate to) {
        return read(Reader.RFC5545, ics, from, to);
    }

    public static List<ReadOccurrence> read(Reader reader, Path ics, LocalDate from, LocalDate to) {
        requireAvailable(reader);
        List<String> command = command(reader);
        command.addAll(List.of(ics.toAbsolutePath().toString(), from.toString(), to.toString()));
        Run run = run(command);
        if (run.exitCode != 0) {
            Assertions.fail(reader.label + " could not read " + ics + " (exit " + run.exitCode + "): " + run.err.strip());
        }
        List<ReadOccurrence> occurrences = new ArrayList<>();
        for (String line : run.out.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode row = JSON.readTree(line);
                occurrences.add(new ReadOccurrence(text(row, "uid"), text(row, "summary"), text(row, "component"),
                        instant(row, "start"), instant(row, "end"), row.path("floating").asBoolean(false),
                        text(row, "startLocal"), text(row, "endLocal")));
            } catch (IOException e) {
                Assertions.fail(reader.label + " printed a line that is not JSON: " + line + "\nstderr: " + run.err.strip());
            }
        }
        return occurrences;
    }

    /** Runs another script of ical.js's in {@code src/test/readers} and returns what it printed. */
    public static String node(String script, String... arguments) {
        requireAvailable(Reader.ICAL_JS);
        List<String> command = new ArrayList<>(List.of("node", readers().resolve(script).toString()));
        command.addAll(List.of(arguments));
        Run run = run(command);
        if (run.exitCode != 0) {
            Assertions.fail(script + " failed (exit " + run.exitCode + "): " + run.err.strip());
        }
        return run.out;
    }

    /** Skips the test (fails it on CI) when the reader cannot run here. */
    public static void requireAvailable(Reader reader) {
        String missing = MISSING.computeIfAbsent(reader, IndependentReaders::probe);
        if (missing.isEmpty()) {
            return;
        }
        String message = "the independent reader " + reader.label + " is not available (" + missing + "); install it with: "
                + reader.install;
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    /** Empty when the reader runs, else why not. */
    private static String probe(Reader reader) {
        try {
            Run run = switch (reader) {
                case ICAL_JS -> Files.isDirectory(readers().resolve("node_modules/ical.js"))
                        ? run(List.of("node", "-e", "import('ical.js').then(() => process.exit(0))"), readers())
                        : new Run(1, "", "src/test/readers/node_modules/ical.js is missing");
                case RFC5545 -> run(List.of("/usr/bin/python3", "-c", "import recurring_ical_events, icalendar"), readers());
            };
            return run.exitCode == 0 ? "" : run.err.isBlank() ? "exit " + run.exitCode : run.err.strip();
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    private static List<String> command(Reader reader) {
        return new ArrayList<>(switch (reader) {
            case ICAL_JS -> List.of("node", readers().resolve("icaljs-occurrences.mjs").toString());
            case RFC5545 -> List.of("/usr/bin/python3", readers().resolve("rfc5545-occurrences.py").toString());
        });
    }

    /** The readers' folder, found from the Maven project's base directory. */
    static Path readers() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/readers");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(List<String> command) {
        return run(command, readers());
    }

    private static Run run(List<String> command, Path dir) {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).start();
        } catch (IOException e) {
            // the program itself is missing: say which
            throw new UncheckedIOException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close(); // the readers read no input
        } catch (IOException ignored) {
            // nothing to close
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> slurp(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> slurp(process.getErrorStream()));
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                Assertions.fail(String.join(" ", command) + " took longer than " + TIMEOUT_SECONDS + " s; stderr: " + err.getNow(""));
            }
            return new Run(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + command, e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot read the output of " + command, e);
        }
    }

    private static String slurp(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : Instant.ofEpochSecond(value.asLong());
    }
}

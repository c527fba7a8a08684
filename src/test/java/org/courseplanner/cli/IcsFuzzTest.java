package org.courseplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: mutated .ics files (the public corpus and our own exports; lines deleted, duplicated and
 * swapped, characters flipped, files cut short, huge counts and rules, odd TZIDs, control characters)
 * through {@code import}. Each must import or be refused with a sentence, with no Java text, within a
 * generous time (a hang detector, not a benchmark), and a refusal leaves the plan file as it was.
 * Seeded: {@code -Dfuzz.seed=N -Dfuzz.cases=N}.
 */
class IcsFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261206L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 200);
    private static final String[] ODD_TZIDS = {"Mars/Olympus", "../../etc/passwd", "", "/", "Europe/", "ical4j~00000000-0000",
        "US-Eastern", "W. Europe Standard Time", "\"quoted\"", "A".repeat(5000), "Etc/GMT+99", "+05:00", "UTC", "%s%n"};
    private static final String[] ODD_LINES = {
        "RRULE:FREQ=WEEKLY;COUNT=2147483647", "RRULE:FREQ=SECONDLY", "RRULE:FREQ=WEEKLY;INTERVAL=0",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;"
            + "BYMINUTE=" + String.join(",", java.util.stream.IntStream.range(0, 60).mapToObj(String::valueOf).toList()),
        "RRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z", "RRULE:FREQ=WEEKLY;BYSETPOS=-1;BYDAY=MO", "RRULE:", "EXDATE:", "RDATE:20260230",
        "DURATION:P1W", "DURATION:P99999999999W", "DURATION:-PT1H", "DURATION:PT", "DTSTART:20260230", "DTSTART:99991231T235959Z",
        "DTSTART:00000101", "DTEND:20261301T000000", "DTSTART;VALUE=DATE:2026", "SUMMARY:\u001B[2J\u0000\u0007",
        "SUMMARY:\u200B", "LOCATION:https://zoom.us/j/1 2", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VALARM", "END:VCALENDAR",
        "BEGIN:VTIMEZONE", "X-COURSE-PLANNER-COURSE:\u0000", "CATEGORIES:" + "C".repeat(300), "RECURRENCE-ID:20260907T100000",
        "UID:", "STATUS:CANCELLED", "X-COURSE-PLANNER-EFFORT:NaN", "X-COURSE-PLANNER-CREDITS:1e308", " continuation without a line"};

    @TempDir
    Path dir;

    @Test
    void mutatedFilesImportOrAreRefusedWithASentence() throws Exception {
        List<String> sources = sources();
        Path template = dir.resolve("template.db");
        new CliRun(template).withFallTerm();
        Random random = new Random(SEED);
        int imported = 0;
        int refused = 0;
        long slowest = 0;
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            String source = sources.get(random.nextInt(sources.size()));
            String mutated = mutate(source, random);
            int number = n;
            Path file = dir.resolve("case-" + n + ".ics");
            Files.writeString(file, mutated, StandardCharsets.UTF_8);
            Path db = dir.resolve("case.db");
            Files.copy(template, db, StandardCopyOption.REPLACE_EXISTING);
            CliRun cli = new CliRun(db);
            byte[] before = Files.readAllBytes(db);
            long started = System.nanoTime();
            CliRun.Result r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli.run("import", file.toString()),
                    () -> "case " + number + " (seed " + SEED + ") hangs: " + file);
            slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
            String said = r.out() + r.err();
            String problem = null;
            // a long run of letters (a mutated line echoed in a note) is no exception name, and would make the pattern slow
            if (IcsCorpusTest.JAVA_TEXT.matcher(said.replaceAll("[A-Za-z]{200,}", "...")).find()) {
                problem = "Java text in what the student reads";
            } else if (r.exitCode() == 0) {
                imported++;
            } else if (r.exitCode() == 1 && r.err().startsWith("refused: ") && r.err().strip().matches("(?s)refused: \\S.{20,}")) {
                refused++;
                if (!Arrays.equals(Files.readAllBytes(db), before)) {
                    problem = "the plan file changed after a refusal";
                }
            } else {
                problem = "exit " + r.exitCode();
            }
            if (problem != null) {
                Path kept = Path.of("target", "fuzz", "case-" + n + ".ics");
                Files.createDirectories(kept.getParent());
                Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
                failures.add("case " + n + " (" + kept + "): " + problem + ": " + said.lines().limit(5).toList());
            }
        }
        System.out.println("FUZZ seed " + SEED + ", " + CASES + " cases: " + imported + " imported, " + refused + " refused, slowest "
                + slowest + " ms, " + failures.size() + " failures");
        assertThat(failures).isEmpty();
    }

    /** The corpus files and two of our own exports (a rich plan, with to-dos and commitments). */
    private List<String> sources() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path p : IcsCorpusTest.corpus().toList()) {
            texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)); // a file that is not UTF-8 is garbled: a mutation too
        }
        CliRun own = new CliRun(dir.resolve("own.db")).withFallTerm();
        own.ok("course", "add", "CS 101", "--title", "Intro; to, \\programming 🎓", "--credits", "4");
        own.ok("session", "add", "CS 101", "--days", "MO,WE", "--start", "10:00", "--end", "11:15", "--location", "ENG 204, Room 3");
        own.ok("session", "add", "CS 101", "--days", "FR", "--start", "14:00", "--end", "15:30", "--every", "2", "--kind", "lab",
                "--skip", "2026-10-16", "--location", "https://zoom.us/j/1 2");
        own.ok("session", "add", "CS 101", "--date", "2026-12-14", "--start", "09:00", "--end", "12:00", "--kind", "exam");
        own.ok("course", "add", "HIST 210", "--title", "History", "--delivery", "async");
        String module = own.ok("module", "add", "HIST 210", "--title", "Module", "--opens", "MO@09:00", "--due", "SU@23:59", "--weeks", "15")
                .replaceFirst("(?s)^Added module (\\d+):.*", "$1");
        own.ok("study", "add", module, "--week", "1", "--at", "2026-09-02T19:00", "--minutes", "90");
        own.ok("commitment", "add", "Night shift", "--days", "SA", "--start", "22:00", "--end", "06:00");
        Path ics = dir.resolve("own.ics");
        own.ok("export", "--out", ics.toString(), "--tasks", "--alarm", "15", "--with-commitments");
        String export = Files.readString(ics, StandardCharsets.UTF_8);
        for (int i = 0; i < 40; i++) {
            texts.add(export); // our own files meet the term: most mutations reach the planner's checks
        }
        return texts;
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\n", -1)));
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(11)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String l = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, l);
                }
                case 3 -> lines.set(at, flip(lines.get(at), random));
                case 4 -> lines.subList(random.nextInt(lines.size()), lines.size()).clear(); // cut short
                case 5 -> lines.add(at, ODD_LINES[random.nextInt(ODD_LINES.length)]);
                case 6 -> lines.replaceAll(l -> l.replaceFirst("TZID=[^:;]*", "TZID=" + ODD_TZIDS[random.nextInt(ODD_TZIDS.length)]
                        .replace("\\", "\\\\").replace("$", "\\$")));
                case 7 -> lines.replaceAll(l -> l.replaceFirst("(COUNT|INTERVAL)=\\d+", "$1=" + (random.nextBoolean() ? "999999999" : "0")));
                case 8 -> { // a whole event copied many times
                    int begin = lines.indexOf("BEGIN:VEVENT");
                    int end = lines.indexOf("END:VEVENT");
                    if (begin >= 0 && end > begin) {
                        List<String> event = new ArrayList<>(lines.subList(begin, end + 1));
                        for (int k = 0; k < 200; k++) {
                            lines.addAll(end + 1, event);
                        }
                    }
                }
                case 9 -> lines.set(at, lines.get(at) + "x".repeat(random.nextInt(20_000)));
                default -> lines.set(at, lines.get(at).replaceAll("\\d{8}", random.nextBoolean() ? "20260230" : "20261301"));
            }
        }
        String joined = String.join(random.nextInt(4) == 0 ? "\n" : "\r\n", lines);
        if (random.nextInt(10) == 0) {
            joined = joined.substring(0, random.nextInt(joined.length() + 1)); // cut mid-line
        }
        return joined;
    }

    private static String flip(String line, Random random) {
        if (line.isEmpty()) {
            return String.valueOf((char) random.nextInt(0x100));
        }
        char[] chars = line.toCharArray();
        BiFunction<Character, Random, Character> odd = (c, r) -> switch (r.nextInt(5)) {
            case 0 -> (char) r.nextInt(0x20);
            case 1 -> (char) (0x80 + r.nextInt(0x20));
            case 2 -> ':';
            case 3 -> ';';
            default -> (char) (c ^ (1 << r.nextInt(7)));
        };
        int at = random.nextInt(chars.length);
        chars[at] = odd.apply(chars[at], random);
        return new String(chars);
    }
}

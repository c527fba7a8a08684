package org.courseplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Registrar-scale benchmark (a main, not a test): a generated catalog of weekly sections imported
 * into a term, then the commands a student runs on it, in one warm JVM, through the command line's
 * own path (parsing, the planner's checks, the transaction, the findings written).
 *
 * <pre>mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.cli.CatalogBenchmark [-Dbench.sizes="1 4 16"]</pre>
 *
 * For each size (1 = 559 sections of 140 courses, about 14k meetings; k = k times that) it prints
 * the median and minimum milliseconds of: the import (into a fresh copy of a plan holding just the
 * term), an edit (a course's title), the window's edit of it (a {@code ChangeEdit}, which checks the
 * course is as the window showed it: docs/decisions/0029), {@code term list}, {@code conflicts},
 * {@code workload} and {@code list}, and the heap in use after {@code conflicts}. Whole-process figures, JVM start
 * included, are taken from a shell against {@code term list} (docs/performance.md).
 */
public final class CatalogBenchmark {
    private static final int SECTIONS = 559;

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (String a : System.getProperty("bench.sizes", "1 4").trim().split("\\s+")) {
            sizes.add(Integer.parseInt(a));
        }
        Path dir = Files.createTempDirectory("catalog-bench");
        System.out.printf(Locale.ROOT, "%5s %8s %8s | %9s %9s %11s %9s %9s %9s %9s | %8s%n", "size", "sections", "findings", "import",
                "edit", "window edit", "term list", "conflicts", "workload", "list", "heap MB");
        for (int k : sizes) {
            Path ics = dir.resolve("catalog-" + k + ".ics");
            Files.writeString(ics, catalog(SECTIONS * k, 1));
            Path empty = dir.resolve("empty-" + k + ".db");
            expect(new CliRun(empty).run("term", "add", "Fall 2026", "--start", "2026-08-31", "--end", "2026-12-18",
                    "--zone", "America/New_York", "--my-zone", "America/New_York"));
            Path plan = dir.resolve("plan-" + k + ".db");
            int imports = k >= 16 ? 2 : 5;
            List<Double> importMs = new ArrayList<>();
            for (int i = 0; i < imports; i++) {
                Files.copy(empty, plan, StandardCopyOption.REPLACE_EXISTING);
                CliRun cli = new CliRun(plan);
                long t0 = System.nanoTime();
                expect(cli.run("import", ics.toString(), "--term", "Fall 2026"));
                importMs.add((System.nanoTime() - t0) / 1e6);
            }
            CliRun cli = new CliRun(plan);
            int runs = k >= 16 ? 5 : 15;
            int[] title = {0};
            String edit = median(time(cli, runs, () -> new String[] {"course", "set", "CS 001", "--title", "Intro " + title[0]++}));
            String windowEdit = median(windowEdits(plan, runs));
            String termList = median(time(cli, runs, () -> new String[] {"term", "list"}));
            System.gc();
            heapPools().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            String conflicts = median(time(cli, runs, () -> new String[] {"conflicts"}));
            long heap = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
            String workload = median(time(cli, runs, () -> new String[] {"workload"}));
            String list = median(time(cli, runs, () -> new String[] {"list"}));
            String findings = cli.run("conflicts").out().lines().findFirst().orElse("?").replaceAll("^[^:]*: (\\d+) errors?, (\\d+) warnings?.*", "$1+$2");
            System.out.printf(Locale.ROOT, "%5s %8d %8s | %9s %9s %11s %9s %9s %9s %9s | %8d%n", k + "x", SECTIONS * k,
                    findings, median(importMs), edit, windowEdit,
                    termList, conflicts, workload, list, heap);
        }
        System.out.println("(ms: median/min; findings: errors+warnings of 'conflicts'; heap MB: peak heap during the conflicts runs)");
    }

    /**
     * The window's edit of a course's title as its background task runs it: a {@code ChangeEdit} on
     * the course as last read (the window reads the plan again after each edit, untimed here).
     */
    private static List<Double> windowEdits(Path plan, int runs) {
        try (org.courseplanner.persistence.SqlitePlanRepository store = org.courseplanner.persistence.SqlitePlanRepository.open(plan)) {
            org.courseplanner.domain.Planner planner = new org.courseplanner.domain.Planner(store, java.time.Clock.systemUTC());
            List<Double> ms = new ArrayList<>();
            for (int i = -5; i < runs; i++) {
                org.courseplanner.domain.Course shown = planner.plan("Fall 2026").requireCourse("CS 001");
                org.courseplanner.domain.Course after = new org.courseplanner.domain.Course(shown.id(), shown.termId(), shown.code(),
                        "Window " + i, shown.credits(), shown.colour(), shown.delivery(), shown.homeworkHours());
                var edit = new org.courseplanner.ui.common.ChangeEdit<>("Change CS 001", planner, shown, () -> planner.changeCourse(after),
                        planner::restore);
                long t0 = System.nanoTime();
                edit.apply();
                if (i >= 0) {
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
            }
            return ms;
        }
    }

    private static List<java.lang.management.MemoryPoolMXBean> heapPools() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).toList();
    }

    private static List<Double> time(CliRun cli, int runs, java.util.function.Supplier<String[]> args) {
        for (int i = 0; i < 5; i++) {
            expect(cli.run(args.get()));
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String[] a = args.get();
            long t0 = System.nanoTime();
            expect(cli.run(a));
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return ms;
    }

    private static String median(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%.0f/%.0f", sorted.get(sorted.size() / 2), sorted.get(0));
    }

    private static void expect(CliRun.Result r) {
        if (r.exitCode() != 0) {
            throw new IllegalStateException("the command failed (" + r.exitCode() + "): " + r.err());
        }
    }

    /**
     * A registrar-like catalog: weekly sections (MWF, TR, MW or one day), 50 to 170 minutes between
     * 08:00 and 22:00 in New York, in 30 halls, four sections a course, over the fall term.
     */
    static String catalog(int sections, long seed) {
        Random random = new Random(seed);
        String[][] patterns = {{"MO", "WE", "FR"}, {"TU", "TH"}, {"MO", "WE"}, {"MO"}, {"TU"}, {"WE"}, {"TH"}, {"FR"}};
        int[] lengths = {50, 75, 110, 170};
        List<String> firstDays = List.of("MO", "TU", "WE", "TH", "FR");
        String[] dates = {"20260831", "20260901", "20260902", "20260903", "20260904"};
        StringBuilder s = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Course Planner//catalog benchmark//EN\r\n");
        for (int i = 0; i < sections; i++) {
            String[] days = patterns[random.nextInt(patterns.length)];
            int start = (8 + random.nextInt(12)) * 60 + 30 * random.nextInt(2);
            int end = start + lengths[random.nextInt(lengths.length)];
            String date = dates[firstDays.indexOf(days[0])];
            s.append("BEGIN:VEVENT\r\nUID:section-").append(i).append("@bench\r\nDTSTAMP:20260801T000000Z\r\n")
                    .append(String.format(Locale.ROOT, "SUMMARY:CS %03d Lecture\r\n", i / 4))
                    .append(String.format(Locale.ROOT, "DTSTART;TZID=America/New_York:%sT%02d%02d00\r\n", date, start / 60, start % 60))
                    .append(String.format(Locale.ROOT, "DTEND;TZID=America/New_York:%sT%02d%02d00\r\n", date, end / 60, end % 60))
                    .append("RRULE:FREQ=WEEKLY;BYDAY=").append(String.join(",", days)).append(";UNTIL=20261219T045959Z\r\n")
                    .append("LOCATION:Hall ").append(1 + random.nextInt(30)).append("\r\nEND:VEVENT\r\n");
        }
        return s.append("END:VCALENDAR\r\n").toString();
    }
}

package org.courseplanner.domain.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;

/**
 * Engine benchmark (a main, not a test): expansion + conflicts + workload on synthetic plans of
 * about 1k, 10k and 100k occurrences, beside a naive pairwise overlap check (the baseline) and an
 * SQLite R*Tree self-join (the SQL alternative). Run: {@code mvn -q -Pbench test-compile exec:exec}.
 * Results go in docs/performance.md.
 */
public final class EngineBenchmark {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalDate FIRST = LocalDate.of(2026, 8, 31);
    private static final int WEEKS = 52;
    private static final int WARM_UP_RUNS = 15;
    /**
     * The engine's own warm-up: at 100k the JIT is still compiling after 15 runs (on the second core, which the
     * rules share), and the figure a window open for an afternoon sees is the steady state after it.
     */
    static final int ENGINE_WARM_UP_RUNS = 60;
    static final int ENGINE_RUNS = 15;

    private EngineBenchmark() {
    }

    /** A plan of about {@code occurrences} occurrences over a year: mostly weekly sessions, some shifts, modules, study. */
    public static TermPlan syntheticPlan(int occurrences, long seed) {
        Random random = new Random(seed);
        LocalDate last = FIRST.plusWeeks(WEEKS).minusDays(1);
        Term term = new Term(1, "Bench", FIRST, last, ZONE, ZoneId.of("Europe/Berlin"),
                List.of(new DateRange("Break", FIRST.plusWeeks(12), FIRST.plusWeeks(12).plusDays(6))), null, 10);
        int sessions = Math.max(1, occurrences * 8 / 10 / WEEKS);
        int courses = Math.max(1, sessions / 4);
        List<Course> courseList = new ArrayList<>();
        for (int c = 0; c < courses; c++) {
            courseList.add(new Course(1000 + c, 1, "C " + c, "Course " + c, 3, "#4E79A7", Delivery.HYBRID, null));
        }
        // Keep the week about half full whatever the size, as in a real plan, so that conflicts grow
        // with n; fixed-length sessions would make overlapping pairs (any algorithm's output) grow as n².
        long length = Math.max(5, Math.min(90, 7 * 24 * 60 / 2 / sessions));
        List<SyncSession> sessionList = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            LocalTime start = LocalTime.of(0, 0).plusMinutes(5L * random.nextInt((int) ((24 * 60 - length) / 5)));
            LocalTime end = start.plusMinutes(length);
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
            String room = random.nextInt(5) == 0 ? "https://meet.example/" + s : "Room " + random.nextInt(40);
            sessionList.add(new SyncSession(100_000 + s, 1000 + random.nextInt(courses), SessionKind.LECTURE,
                    WeeklyPattern.weekly(EnumSet.of(day), start, end), room));
        }
        int shifts = Math.max(1, occurrences / 10 / WEEKS);
        List<Commitment> commitments = new ArrayList<>();
        for (int m = 0; m < shifts; m++) {
            LocalTime start = LocalTime.of(0, 0).plusMinutes(5L * random.nextInt(250));
            commitments.add(new Commitment(200_000 + m, 1, "Shift " + m,
                    WeeklyPattern.weekly(Set.of(DayOfWeek.of(1 + random.nextInt(7))), start, start.plusMinutes(length * 2)), null));
        }
        int modules = Math.max(1, occurrences / 20 / WEEKS);
        List<AsyncModule> moduleList = new ArrayList<>();
        List<StudyBlock> study = new ArrayList<>();
        long studyId = 400_000;
        for (int m = 0; m < modules; m++) {
            moduleList.add(new AsyncModule(300_000 + m, 1000 + random.nextInt(courses), "Module", 3,
                    new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.SUNDAY, LocalTime.of(23, 59), WEEKS, FIRST), Set.of(), Set.of()));
            for (int w = 1; w <= WEEKS; w++) {
                LocalDateTime at = FIRST.plusWeeks(w - 1L).plusDays(random.nextInt(7)).atTime(8 + random.nextInt(14), 5 * random.nextInt(12));
                study.add(new StudyBlock(studyId++, 300_000 + m, w, at, (int) length));
            }
        }
        return new TermPlan(term, courseList, sessionList, moduleList, commitments, study);
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {1_000, 10_000, 100_000};
        System.out.printf(Locale.ROOT, "engine: its first run at each size (in this JVM, after the smaller sizes), then the median and min of %d runs"
                + " after %d warm-up runs, and the mean CPU time of the process per run; the pair searches: median after %d%n", ENGINE_RUNS,
                ENGINE_WARM_UP_RUNS, WARM_UP_RUNS);
        System.out.printf(Locale.ROOT, "%-8s %11s %9s %10s %10s %10s %10s %9s %9s %12s %14s %14s%n", "target", "occurrences", "pairs", "engine 1st",
                "engine med", "engine min", "engine cpu", "sweep ms", "rtree ms", "pairwise ms", "sweep speed-up", "engine vs pw");
        for (int size : sizes) {
            TermPlan plan = syntheticPlan(size, 42);
            double engineFirst = timeOnce(() -> PlanFindings.of(plan).all().size());
            Timing engine = timing(ENGINE_WARM_UP_RUNS, ENGINE_RUNS, () -> PlanFindings.of(plan).all().size());
            TermCalendar calendar = TermCalendar.of(plan);
            List<Occurrence> timed = new ArrayList<>(calendar.sessions());
            timed.addAll(calendar.commitments());
            timed.addAll(calendar.studyBlocks());
            int n = calendar.all().size();

            AtomicLong sweepPairs = new AtomicLong();
            double sweep = median(7, () -> {
                sweepPairs.set(0);
                OverlapSweep.within(timed, (a, b) -> sweepPairs.incrementAndGet());
                return sweepPairs.get();
            });
            double rtree = median(3, () -> rtreePairs(timed));
            long naivePairs = pairwise(timed);
            double pairwise = size >= 100_000 ? timeOnce(() -> pairwise(timed)) : median(3, () -> pairwise(timed));
            if (naivePairs != sweepPairs.get() || naivePairs != rtreePairs(timed)) {
                throw new AssertionError("pair counts differ: pairwise " + naivePairs + ", sweep " + sweepPairs.get() + ", rtree " + rtreePairs(timed));
            }
            System.out.printf(Locale.ROOT, "%-8d %11d %9d %10.1f %10.1f %10.1f %10.1f %9.1f %9.1f %12.1f %13.0fx %13.1fx%n", size, n, naivePairs,
                    engineFirst, engine.median(), engine.min(), engine.cpuMean(), sweep, rtree, pairwise, pairwise / sweep, pairwise / engine.median());
        }
    }

    /** The baseline: every pair compared. */
    static long pairwise(List<Occurrence> items) {
        int n = items.size();
        long[] start = new long[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = items.get(i).start().toEpochSecond();
            end[i] = items.get(i).end().toEpochSecond();
        }
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (start[i] < end[j] && start[j] < end[i]) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    /** The SQL alternative: occurrences in an R*Tree (integer minutes), overlaps by a self-join. */
    static long rtreePairs(List<Occurrence> items) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE occ USING rtree_i32(id, start_min, end_min)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO occ VALUES (?, ?, ?)")) {
                int id = 0;
                for (Occurrence o : items) {
                    ps.setInt(1, id++);
                    // R*Tree ranges are closed: shrink the end by one minute so touching ends do not overlap.
                    ps.setLong(2, o.start().toEpochSecond() / 60);
                    ps.setLong(3, o.end().toEpochSecond() / 60 - 1);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM occ a, occ b WHERE b.start_min <= a.end_min AND b.end_min >= a.start_min AND a.id < b.id")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static double timeOnce(Work work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    interface Work {
        long run() throws Exception;
    }

    /**
     * The median and the fastest of some runs, wall time in ms, and the CPU time of the whole process
     * per run, on average (every thread: the rules' and the workload's, the collector's; the clock
     * counts in 10 ms steps here, too coarse for one run): on a machine shared with other work the
     * wall time says how long one waited, the CPU time how much work it was.
     */
    record Timing(double median, double min, double cpuMean) {
    }

    /** Median wall time in ms of {@code runs} runs after {@link #WARM_UP_RUNS} warm-up runs. */
    static double median(int runs, Work work) throws Exception {
        return timing(WARM_UP_RUNS, runs, work).median();
    }

    /** Median and min wall time in ms of {@code runs} runs after {@code warmUps} runs not counted. */
    static Timing timing(int warmUps, int runs, Work work) throws Exception {
        long sink = 0;
        for (int i = 0; i < warmUps; i++) {
            sink += work.run();
        }
        double[] times = new double[runs];
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = process.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += work.run();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        double cpu = (process.getProcessCpuTime() - cpu0) / 1e6 / runs;
        java.util.Arrays.sort(times);
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return new Timing(times[runs / 2], times[0], cpu);
    }
}

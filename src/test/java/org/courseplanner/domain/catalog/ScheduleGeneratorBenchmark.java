package org.courseplanner.domain.catalog;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;

/**
 * Schedule generator benchmark (a main, not a test): {@code courses} courses of 22 time-distinct
 * sections each, at a registrar's usual times (MWF 50 minutes on the hour, TR and MW 75 minutes),
 * ranked top 20 with the default preferences. 6 courses are 22^6 = 1.1 × 10^8 combinations (target:
 * under 1 s); 9 courses are 1.2 × 10^12 (target: it answers, within its budget). Run:
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.domain.catalog.ScheduleGeneratorBenchmark
 * -Dbench.sizes="6 9"}.
 */
public final class ScheduleGeneratorBenchmark {
    static final int SECTIONS = 22;

    private ScheduleGeneratorBenchmark() {
    }

    /** Every usual meeting time: 9 MWF hours, 7 TR and 6 MW slots of 75 minutes, in rooms of four buildings. */
    static List<WeeklyPattern> usualTimes() {
        List<WeeklyPattern> times = new ArrayList<>();
        for (int h = 8; h <= 16; h++) {
            times.add(WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(h, 0),
                    LocalTime.of(h, 50)));
        }
        for (int k = 0; k < 7; k++) {
            LocalTime start = LocalTime.of(8, 0).plusMinutes(90L * k);
            times.add(WeeklyPattern.weekly(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), start, start.plusMinutes(75)));
        }
        for (int k = 0; k < 6; k++) {
            LocalTime start = LocalTime.of(8, 30).plusMinutes(90L * k);
            times.add(WeeklyPattern.weekly(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), start, start.plusMinutes(75)));
        }
        return times;
    }

    static Catalog catalog(int courses, long seed) {
        Random random = new Random(seed);
        List<WeeklyPattern> times = usualTimes();
        String[] buildings = {"DCC", "AE", "JONS", "LOW"};
        List<CatalogSection> sections = new ArrayList<>();
        int crn = 10_000;
        for (int c = 0; c < courses; c++) {
            List<WeeklyPattern> shuffled = new ArrayList<>(times);
            java.util.Collections.shuffle(shuffled, random);
            for (int s = 0; s < SECTIONS; s++) {
                String room = buildings[random.nextInt(buildings.length)] + " " + (100 + random.nextInt(300));
                sections.add(new CatalogSection(String.valueOf(crn++), "BEN " + (100 + c), "Bench " + c, 3,
                        String.format(Locale.ROOT, "%02d", s + 1), "Lecture", null, "Prof " + random.nextInt(12),
                        List.of(new CatalogMeeting(SessionKind.LECTURE, shuffled.get(s), room))));
            }
        }
        return new Catalog(sections);
    }

    static TermPlan plan() {
        Term term = Term.of("Bench", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 7), ZoneId.of("America/New_York"));
        return new TermPlan(term, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static void main(String[] args) {
        for (String size : System.getProperty("bench.sizes", "6").trim().split("\\s+")) {
            int courses = Integer.parseInt(size);
            Catalog catalog = catalog(courses, 7);
            List<String> codes = catalog.courses().stream().map(CatalogCourse::code).toList();
            ScheduleRequest request = new ScheduleRequest(codes, List.of(), 0, Set.of(), Set.of(), ScheduleLimits.NONE,
                    SchedulePreferences.DEFAULTS, 20);
            ScheduleGenerator generator = new ScheduleGenerator(catalog, plan(), Duration.ofSeconds(6));
            long cold0 = System.nanoTime();
            ScheduleResults first = generator.generate(request, Progress.NONE);
            double cold = (System.nanoTime() - cold0) / 1e6;
            int runs = courses <= 6 ? 10 : 3;
            double[] ms = new double[runs];
            ScheduleResults r = first;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                r = generator.generate(request, Progress.NONE);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%d courses × %d sections: space %.3g, %s%d fit, top %d (ranked %s, best cost %d);"
                            + " first run %.0f ms; then min %.0f ms, median %.0f ms, max %.0f ms over %d runs%n",
                    courses, SECTIONS, r.space(), r.exact() ? "" : "at least ", r.count(), r.best().size(), r.ranked(),
                    r.best().isEmpty() ? -1 : r.best().get(0).score().cost(), cold, ms[0], ms[runs / 2], ms[runs - 1], runs);
        }
    }
}

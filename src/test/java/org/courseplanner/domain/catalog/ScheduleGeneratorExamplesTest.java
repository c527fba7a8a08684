package org.courseplanner.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courseplanner.domain.catalog.CatalogFixtures.catalog;
import static org.courseplanner.domain.catalog.CatalogFixtures.emptyPlan;
import static org.courseplanner.domain.catalog.CatalogFixtures.lab;
import static org.courseplanner.domain.catalog.CatalogFixtures.meets;
import static org.courseplanner.domain.catalog.CatalogFixtures.section;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.junit.jupiter.api.Test;

class ScheduleGeneratorExamplesTest {

    private static ScheduleResults generate(Catalog catalog, ScheduleRequest request) {
        return new ScheduleGenerator(catalog, emptyPlan()).generate(request, Progress.NONE);
    }

    private static ScheduleRequest request(List<String> courses, ScheduleLimits limits) {
        return new ScheduleRequest(courses, List.of(), 0, Set.of(), Set.of(), limits, SchedulePreferences.DEFAULTS, 20);
    }

    @Test
    void sectionsAtTheSameTimesAreOneChoice() {
        Catalog c = catalog(
                section("1", "CS 101", "01", meets("MO,WE", "10:00", "11:15", "DCC 308")),
                section("2", "CS 101", "02", meets("MO,WE", "10:00", "11:15", "DCC 318")),
                section("3", "CS 101", "03", meets("TU,TH", "10:00", "11:15", "DCC 308")),
                section("4", "MATH 200", "01", meets("MO,WE", "10:30", "11:45", "AE 214")),
                section("5", "MATH 200", "02", meets("FR", "09:00", "11:50", "AE 214")));
        ScheduleResults r = generate(c, ScheduleRequest.of(List.of("CS 101", "MATH 200")));
        // CS 101 has two times (01/02 together, 03); MATH 200 two; 01/02 clash with MATH 200 01
        assertThat(r.count()).isEqualTo(3);
        assertThat(r.exact()).isTrue();
        assertThat(r.space()).isEqualTo(4);
        assertThat(r.best()).hasSize(3);
        assertThat(r.best()).extracting(s -> s.rank()).containsExactly(1, 2, 3);
        for (Schedule s : r.best()) {
            CourseChoice cs = s.choices().get(0);
            assertThat(cs.courseCode()).isEqualTo("CS 101");
            if (cs.sections().get(0).crn().equals("1")) {
                assertThat(cs.alternatives()).extracting(a -> a.get(0).crn()).containsExactly("1", "2");
            }
        }
        // fewer days first: TU,TH + MO,WE (4 days), or MO,WE + FR: 3 days, the best
        assertThat(r.best().get(0).score().daysOnCampus()).isEqualTo(3);
        assertThat(r.best().get(0).score().cost()).isLessThanOrEqualTo(r.best().get(1).score().cost());
    }

    @Test
    void explainsTwoCoursesThatAlwaysClash() {
        Catalog c = catalog(
                section("10", "MATH 200", "01", meets("MO", "10:00", "11:15", "AE 214")),
                section("11", "MATH 200", "02", meets("MO", "10:00", "11:15", "AE 215")),
                lab("20", "PHYS 150", "L1", meets(SessionKind.LAB, "MO", "10:00", "11:15", "JONS 1")),
                lab("21", "PHYS 150", "L2", meets(SessionKind.LAB, "MO", "10:00", "11:15", "JONS 2")),
                section("30", "CS 101", "01", meets("TU", "10:00", "11:00", "DCC 308")));
        ScheduleResults r = generate(c, ScheduleRequest.of(List.of("CS 101", "MATH 200", "PHYS 150")));
        assertThat(r.count()).isZero();
        assertThat(r.none()).isNotNull();
        assertThat(r.none().constraints()).containsExactlyInAnyOrder("MATH 200", "PHYS 150");
        assertThat(r.none().reason()).isEqualTo("every MATH 200 section meets MO 10:00-11:15 when every PHYS 150 section does");
    }

    @Test
    void explainsALimitThatLeavesNoLab() {
        Catalog c = catalog(
                section("1", "CHEM 120", "01", meets("MO,WE", "09:00", "09:50", "CBIS 101")),
                lab("2", "CHEM 120", "L1", meets(SessionKind.LAB, "FR", "13:00", "15:50", "CBIS 201")),
                lab("3", "CHEM 120", "L2", meets(SessionKind.LAB, "FR", "09:00", "11:50", "CBIS 201")),
                section("4", "CS 101", "01", meets("TU", "10:00", "11:00", "DCC 308")));
        ScheduleLimits fridaysOff = new ScheduleLimits(Set.of(DayOfWeek.FRIDAY), LocalTime.of(8, 0), null, 0, false);
        ScheduleResults r = generate(c, request(List.of("CS 101", "CHEM 120"), fridaysOff));
        assertThat(r.count()).isZero();
        assertThat(r.none().constraints()).containsExactly("CHEM 120", "Fridays off");
        assertThat(r.none().reason()).isEqualTo("with Fridays off, CHEM 120 has no lab left");
    }

    @Test
    void aLockedSectionIsKeptAndAnExcludedOneNeverChosen() {
        Catalog c = catalog(
                section("1", "CS 101", "01", meets("MO", "10:00", "11:00", "DCC 308")),
                section("2", "CS 101", "02", meets("TU", "10:00", "11:00", "DCC 308")),
                section("3", "CS 101", "03", meets("WE", "10:00", "11:00", "DCC 308")));
        ScheduleRequest locked = new ScheduleRequest(List.of(), List.of(), 0, Set.of("2"), Set.of(), null, null, 20);
        ScheduleResults r = generate(c, locked);
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.best().get(0).sections()).extracting(CatalogSection::crn).containsExactly("2");
        assertThat(r.notes()).anyMatch(n -> n.contains("locked"));
        ScheduleRequest excluded = new ScheduleRequest(List.of("CS 101"), List.of(), 0, Set.of(), Set.of("1", "3"), null, null, 20);
        assertThat(generate(c, excluded).best()).singleElement().satisfies(s ->
                assertThat(s.sections()).extracting(CatalogSection::crn).containsExactly("2"));
    }

    @Test
    void picksTheAskedNumberOfOptionalCourses() {
        Catalog c = catalog(
                section("1", "A 1", "01", meets("MO", "10:00", "11:00", "X 1")),
                section("2", "B 1", "01", meets("MO", "10:30", "11:30", "X 1")),
                section("3", "C 1", "01", meets("TU", "10:00", "11:00", "X 1")),
                section("4", "D 1", "01", meets("WE", "10:00", "11:00", "X 1")));
        ScheduleRequest two = new ScheduleRequest(List.of("D 1"), List.of("A 1", "B 1", "C 1"), 2, Set.of(), Set.of(), null, null, 20);
        ScheduleResults r = generate(c, two);
        // A+C and B+C; A+B clash
        assertThat(r.count()).isEqualTo(2);
        assertThat(r.best()).allSatisfy(s -> assertThat(s.choices()).hasSize(3));
    }

    @Test
    void untimedSectionsAreKeptAndNeverClash() {
        Catalog c = catalog(
                section("1", "CS 101", "01", meets("MO", "10:00", "11:00", "DCC 308")),
                new CatalogSection("2", "ARCH 2530", "Digital Constructs", 2, "01", null, null, "Adam", List.of()));
        ScheduleResults r = generate(c, ScheduleRequest.of(List.of("CS 101", "ARCH 2530")));
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.notes()).anyMatch(n -> n.contains("ARCH 2530") && n.contains("no set time"));
    }

    @Test
    void anUnknownCourseOrCrnIsRefusedWithWhatToDo() {
        Catalog c = catalog(section("1", "CS 101", "01", meets("MO", "10:00", "11:00", "DCC 308")));
        assertThatThrownBy(() -> generate(c, ScheduleRequest.of(List.of("CS 999"))))
                .isInstanceOf(Refusal.class).hasMessageContaining("no course \"CS 999\"").hasMessageContaining("catalog search");
        assertThatThrownBy(() -> generate(c, new ScheduleRequest(List.of("CS 101"), List.of(), 0, Set.of("77"), Set.of(), null, null, 5)))
                .isInstanceOf(Refusal.class).hasMessageContaining("CRN \"77\"");
    }

    @Test
    void aHugeSpaceStillAnswersAndStopsWhenCancelled() {
        Catalog big = ScheduleGeneratorBenchmark.catalog(9, 7);
        List<String> codes = big.courses().stream().map(CatalogCourse::code).toList();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Progress cancelSoon = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 20;
            }
        };
        long t0 = System.nanoTime();
        ScheduleResults r = new ScheduleGenerator(big, ScheduleGeneratorBenchmark.plan(), java.time.Duration.ofSeconds(60)).generate(ScheduleRequest.of(codes), cancelSoon);
        assertThat(r.space()).isGreaterThan(1e12);
        assertThat(r.exact()).isFalse();
        assertThat(r.ranked()).isFalse();
        assertThat(r.count()).isPositive();
        assertThat(r.best()).isNotEmpty();
        assertThat(r.notes()).anyMatch(n -> n.contains("at least"));
        assertThat(System.nanoTime() - t0).as("stopped by the cancel, not by its minute of budget").isLessThan(java.time.Duration.ofSeconds(30).toNanos());
    }

    @Test
    void aCommitmentInTheStudentsZoneIsInTheWayAndNamedWithItsZone() {
        // a student in Kolkata works 19:30-23:30 there: 09:00-13:00 in New York in January (EST, +10:30)
        org.courseplanner.domain.Term term = new org.courseplanner.domain.Term(1, "Spring 2027", java.time.LocalDate.of(2027, 1, 18),
                java.time.LocalDate.of(2027, 3, 5), CatalogFixtures.NEW_YORK, java.time.ZoneId.of("Asia/Kolkata"), List.of(), null, 10);
        var shift = new org.courseplanner.domain.Commitment(5, 1, "Call centre", org.courseplanner.domain.WeeklyPattern.weekly(
                java.util.EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(19, 30), LocalTime.of(23, 30)), null);
        var plan = new org.courseplanner.domain.TermPlan(term, List.of(), List.of(), List.of(), List.of(shift), List.of());
        Catalog c = catalog(
                section("1", "CS 101", "01", meets("MO", "10:00", "11:00", "DCC 308")),
                section("2", "CS 101", "02", meets("MO", "12:30", "13:30", "DCC 308")));
        ScheduleResults none = new ScheduleGenerator(c, plan).generate(ScheduleRequest.of(List.of("CS 101")), Progress.NONE);
        assertThat(none.count()).isZero();
        assertThat(none.none().constraints()).containsExactly("CS 101", "your commitment \"Call centre\" (MO 19:30-23:30 Asia/Kolkata)");
        Catalog later = catalog(section("3", "CS 101", "03", meets("MO", "13:00", "14:00", "DCC 308")));
        assertThat(new ScheduleGenerator(later, plan).generate(ScheduleRequest.of(List.of("CS 101")), Progress.NONE).count()).isEqualTo(1);
    }
}

package org.courseplanner.persistence;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SectionFacts;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A term's catalog in the plan file, and the section facts of sessions: each survives the trip as it was. */
class CatalogStoreTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 31);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 18);

    @TempDir
    Path dir;
    private Path file;
    private SqlitePlanRepository plan;
    private Term fall;

    @BeforeEach
    void open() {
        file = dir.resolve("planner.db");
        plan = SqlitePlanRepository.open(file);
        fall = plan.add(new Term(0, "Fall 2026", FIRST_DAY, LAST_DAY, NEW_YORK, NEW_YORK, List.of(), null, 10));
    }

    @AfterEach
    void close() {
        plan.close();
    }

    /** A lecture with two linked labs, a section with a TBA meeting, one with no time at all, one every other week online. */
    static Catalog sample() {
        WeeklyPattern mw = new WeeklyPattern(EnumSet.of(MONDAY, WEDNESDAY), LocalTime.of(10, 0), LocalTime.of(11, 15), 1,
                LocalDate.of(2026, 8, 24), LocalDate.of(2026, 12, 11), Set.of(LocalDate.of(2026, 10, 12)));
        WeeklyPattern tue = new WeeklyPattern(EnumSet.of(TUESDAY), LocalTime.of(14, 0), LocalTime.of(15, 50), 1, FIRST_DAY, LAST_DAY, null);
        WeeklyPattern thu = new WeeklyPattern(EnumSet.of(THURSDAY), LocalTime.of(9, 0), LocalTime.of(10, 50), 1, FIRST_DAY, LAST_DAY, null);
        WeeklyPattern fri = new WeeklyPattern(EnumSet.of(FRIDAY), LocalTime.of(13, 0), LocalTime.of(14, 0), 2, LocalDate.of(2026, 9, 4),
                LAST_DAY, null);
        WeeklyPattern tba = new WeeklyPattern(null, null, null, 1, FIRST_DAY, LAST_DAY, null);
        return new Catalog(List.of(
                new CatalogSection("40068", "CS 101", "Intro to Programming", 4, "01", "Lecture", "A", "Ada Lopez",
                        List.of(new CatalogMeeting(SessionKind.LECTURE, mw, "DCC 308"),
                                new CatalogMeeting(SessionKind.EXAM, WeeklyPattern.once(LocalDate.of(2026, 12, 14), LocalTime.of(9, 0),
                                        LocalTime.of(12, 0)), "Armory"))),
                new CatalogSection("40069", "CS 101", "Intro to Programming", 4, "A1", "Lab", "A", "Ben Ng",
                        List.of(new CatalogMeeting(SessionKind.LAB, tue, "Lally 102"))),
                new CatalogSection("40070", "CS 101", "Intro to Programming", 4, "A2", "Lab", "A", null,
                        List.of(new CatalogMeeting(SessionKind.LAB, thu, null))),
                new CatalogSection("41000", "MATH 200", "Linear Algebra", 3.5, "01", "Lecture", null, "C. Gauss",
                        List.of(new CatalogMeeting(SessionKind.LECTURE, tba, "TBA Hall"))),
                new CatalogSection("42000", "HIST 210", "Modern History", 3, "W1", "Lecture", null, null, List.of()),
                new CatalogSection("43000", "PHYS 150", "Physics", 4, "02", "Discussion", null, "Noether",
                        List.of(new CatalogMeeting(SessionKind.DISCUSSION, fri, "https://zoom.us/j/123")))));
    }

    @Test
    void aCatalogComesBackAsItWasInItsOrder() {
        assertThat(plan.catalog(fall.id())).isEqualTo(Catalog.EMPTY);
        Catalog catalog = sample();

        plan.replaceCatalog(fall.id(), catalog);

        Catalog back = plan.catalog(fall.id());
        assertThat(back).isEqualTo(catalog);
        assertThat(back.sections()).extracting(CatalogSection::crn).containsExactly("40068", "40069", "40070", "41000", "42000", "43000");
        assertThat(back.requireSection("42000").meetings()).isEmpty();
        assertThat(back.requireSection("41000").hasTime()).isFalse();
        assertThat(back.requireSection("40068").meetings().get(0).pattern().skippedDates()).containsExactly(LocalDate.of(2026, 10, 12));
    }

    @Test
    void replacingACatalogTakesTheOldSectionsAwayAndLeavesOtherTermsAlone() throws SQLException {
        Term spring = plan.add(new Term(0, "Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7), NEW_YORK, NEW_YORK,
                List.of(), null, 10));
        plan.replaceCatalog(fall.id(), sample());
        plan.replaceCatalog(spring.id(), sample());
        Catalog smaller = new Catalog(List.of(sample().sections().get(4), sample().sections().get(0)));

        plan.replaceCatalog(fall.id(), smaller);

        assertThat(plan.catalog(fall.id())).isEqualTo(smaller);
        assertThat(plan.catalog(spring.id())).isEqualTo(sample());
        assertThat(count("SELECT count(*) FROM catalog_meeting m JOIN catalog_section s ON s.id = m.section_id WHERE s.term_id = "
                + fall.id())).isEqualTo(2);

        plan.remove(spring.id());
        assertThat(count("SELECT count(*) FROM catalog_section")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM catalog_meeting")).isEqualTo(2);
    }

    @Test
    void aReplacementThatFailsLeavesTheCatalogAsItWas() {
        plan.replaceCatalog(fall.id(), sample());

        assertThatThrownBy(() -> plan.atomically(() -> {
            plan.replaceCatalog(fall.id(), Catalog.EMPTY);
            throw new Refusal("test", "refused after the catalog was replaced");
        })).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> plan.replaceCatalog(424_242, sample())).isInstanceOf(Refusal.class).hasMessageContaining("424242");

        assertThat(plan.catalog(fall.id())).isEqualTo(sample());
    }

    @Test
    void aSessionKeepsItsSectionFactsWhenAddedAndChanged() {
        Course cs = plan.add(new Course(0, fall.id(), "CS 101", "Intro", 4, "#4E79A7", Delivery.SYNC, null));
        SyncSession taken = plan.add(new SyncSession(0, cs.id(), SessionKind.LAB, WeeklyPattern.weekly(EnumSet.of(TUESDAY),
                LocalTime.of(14, 0), LocalTime.of(15, 50)), "Lally 102", new SectionFacts("A1", "Ben Ng", "40069")));
        SyncSession byHand = plan.add(new SyncSession(0, cs.id(), SessionKind.OTHER, WeeklyPattern.unplaced(), null));

        assertThat(plan.load(fall.id()).sessions()).containsExactly(taken, byHand);
        SyncSession moved = taken.withPattern(taken.pattern().withTimes(LocalTime.of(16, 0), LocalTime.of(17, 50)));
        plan.update(moved);
        SyncSession other = new SyncSession(taken.id(), cs.id(), SessionKind.LAB, moved.pattern(), null, new SectionFacts("A2", null, "40070"));
        plan.update(other);

        assertThat(plan.load(fall.id()).session(taken.id())).contains(other);
        assertThat(plan.load(fall.id()).session(byHand.id()).orElseThrow().sectionFacts()).isEqualTo(SectionFacts.NONE);
    }

    /** Taking sections, undoing and redoing it, in the plan file: the same rows under the same ids, the CRNs kept. */
    @Test
    void takenSectionsAreUndoneAndRedoneInThePlanFile() {
        plan.close();
        org.courseplanner.domain.Planner planner = PlanDatabase.planner(file, java.time.Clock.systemUTC());
        try {
            var catalogs = new org.courseplanner.domain.catalog.CatalogPlanner(planner);
            catalogs.importCatalog("Fall 2026", sample());
            var before = planner.plan("Fall 2026");

            var changes = catalogs.addSections("Fall 2026", List.of(sample().requireSection("40068"), sample().requireSection("40069"),
                    sample().requireSection("42000")));
            var after = planner.plan("Fall 2026");
            assertThat(after.sessions()).extracting(s -> s.sectionFacts().crn()).containsExactly("40068", "40068", "40069", "42000");
            assertThat(after.sessions().get(0).pattern().firstDate()).as("the lecture starts with the term").isEqualTo(FIRST_DAY);

            planner.undo(changes);
            assertThat(planner.plan("Fall 2026")).isEqualTo(before);
            planner.redo(changes);
            assertThat(planner.plan("Fall 2026")).isEqualTo(after);
        } finally {
            planner.close();
            plan = SqlitePlanRepository.open(file);
        }
    }

    /** The registrar's size, for correctness (the time is printed, not asserted: docs/performance.md has the figures). */
    @Test
    void tenThousandSectionsAreReplacedAndReadBackWhole() {
        List<CatalogSection> sections = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            WeeklyPattern p = new WeeklyPattern(EnumSet.of(MONDAY, WEDNESDAY), LocalTime.of(8 + i % 10, 0), LocalTime.of(8 + i % 10, 50),
                    1, FIRST_DAY, LAST_DAY, null);
            sections.add(new CatalogSection(String.valueOf(10_000 + i), "C " + (i / 10), "Course " + (i / 10), 3, String.format("%02d", i % 10),
                    "Lecture", null, "Teacher " + i % 37, List.of(new CatalogMeeting(SessionKind.LECTURE, p, "Room " + i % 50),
                            new CatalogMeeting(SessionKind.LAB, p.withDays(EnumSet.of(FRIDAY)), "Lab " + i % 20))));
        }
        Catalog big = new Catalog(sections);
        plan.replaceCatalog(fall.id(), sample());

        long start = System.nanoTime();
        plan.replaceCatalog(fall.id(), big);
        long replaced = System.nanoTime();
        Catalog back = plan.catalog(fall.id());
        long read = System.nanoTime();
        System.out.printf("10,000 sections, 20,000 meetings: replaced in %d ms, read in %d ms%n", (replaced - start) / 1_000_000,
                (read - replaced) / 1_000_000);

        assertThat(back).isEqualTo(big);
    }

    private int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }
}

package org.courseplanner.domain.catalog;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.ImportChanges;
import org.courseplanner.domain.InMemoryPlanRepository;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SectionFacts;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.junit.jupiter.api.Test;

/** Sections taken from a catalog into the plan (one undoable step), and a catalog replaced by a newer one. */
class CatalogPlannerTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 31);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 18);
    private final InMemoryPlanRepository repository = new InMemoryPlanRepository();
    private final Planner planner = new Planner(repository, NOV_24);
    private final Term fall = planner.addTerm(Term.of("Fall 2026", FIRST_DAY, LAST_DAY, ZoneId.of("America/New_York")));
    private final CatalogPlanner catalogs = new CatalogPlanner(planner);

    private static WeeklyPattern weekly(LocalDate from, LocalDate to, LocalTime start, LocalTime end, java.time.DayOfWeek... days) {
        return new WeeklyPattern(EnumSet.of(days[0], days), start, end, 1, from, to, null);
    }

    /** CS 101: lecture 01 (before the term starts) with labs A1 and A2; MATH 200 with a TBA meeting; HIST 210 with no time at all. */
    private static final CatalogSection LECTURE = new CatalogSection("40068", "CS 101", "Intro to Programming", 4, "01", "Lecture", null,
            "Ada Lopez", List.of(new CatalogMeeting(SessionKind.LECTURE, weekly(LocalDate.of(2026, 8, 24), LocalDate.of(2026, 12, 11),
                    LocalTime.of(10, 0), LocalTime.of(11, 15), MONDAY, WEDNESDAY), "DCC 308")));
    private static final CatalogSection LAB_A1 = new CatalogSection("40069", "CS 101", "Intro to Programming", 4, "A1", "Lab", null,
            "Ben Ng", List.of(new CatalogMeeting(SessionKind.LAB, weekly(FIRST_DAY, LAST_DAY, LocalTime.of(14, 0), LocalTime.of(15, 50),
                    TUESDAY), "Lally 102")));
    private static final CatalogSection LAB_A2 = new CatalogSection("40070", "CS 101", "Intro to Programming", 4, "A2", "Lab", null,
            null, List.of(new CatalogMeeting(SessionKind.LAB, weekly(FIRST_DAY, LAST_DAY, LocalTime.of(9, 0), LocalTime.of(10, 50),
                    THURSDAY), "Lally 104")));
    private static final CatalogSection MATH = new CatalogSection("41000", "MATH 200", "Linear Algebra", 3, "01", "Lecture", null,
            "C. Gauss", List.of(new CatalogMeeting(SessionKind.LECTURE, weekly(FIRST_DAY, LAST_DAY, LocalTime.of(12, 0), LocalTime.of(13, 0),
                    FRIDAY), "https://zoom.us/j/1"),
            new CatalogMeeting(SessionKind.TUTORIAL, new WeeklyPattern(null, null, null, 1, FIRST_DAY, LocalDate.of(2027, 1, 30), null),
                    null)));
    private static final CatalogSection HIST = new CatalogSection("42000", "HIST 210", "Modern History", 3, "W1", "Lecture", null,
            null, List.of());

    @Test
    void sectionsBecomeSessionsOfNewCoursesWithTheirFactsAndDatesInTheTerm() {
        ImportChanges changes = catalogs.addSections("Fall 2026", List.of(LECTURE, LAB_A1, MATH, HIST));

        TermPlan plan = planner.plan("Fall 2026");
        Course cs = plan.requireCourse("CS 101");
        assertThat(cs.title()).isEqualTo("Intro to Programming");
        assertThat(cs.credits()).isEqualTo(4);
        assertThat(cs.delivery()).isEqualTo(Delivery.SYNC);
        assertThat(cs.colour()).isEqualTo(Course.PALETTE[0]);
        assertThat(plan.requireCourse("MATH 200").delivery()).as("a meeting through a link").isEqualTo(Delivery.HYBRID);
        assertThat(plan.requireCourse("MATH 200").colour()).isEqualTo(Course.PALETTE[1]); // the next colour, in the order chosen
        assertThat(plan.requireCourse("HIST 210").colour()).isEqualTo(Course.PALETTE[2]);
        assertThat(plan.requireCourse("HIST 210").delivery()).as("no time at all").isEqualTo(Delivery.ASYNC);

        List<SyncSession> lecture = sessionsOf(plan, "40068");
        assertThat(lecture).hasSize(1);
        assertThat(lecture.get(0).sectionFacts()).isEqualTo(new SectionFacts("01", "Ada Lopez", "40068"));
        assertThat(lecture.get(0).location()).isEqualTo("DCC 308");
        assertThat(lecture.get(0).pattern().firstDate()).as("starts with the term").isEqualTo(FIRST_DAY);
        assertThat(lecture.get(0).pattern().lastDate()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(sessionsOf(plan, "41000")).extracting(SyncSession::kind).containsExactly(SessionKind.LECTURE, SessionKind.TUTORIAL);
        SyncSession tba = sessionsOf(plan, "41000").get(1);
        assertThat(tba.pattern().isPlaced()).isFalse();
        assertThat(tba.pattern().lastDate()).isEqualTo(LAST_DAY);
        List<SyncSession> hist = sessionsOf(plan, "42000");
        assertThat(hist).singleElement().satisfies(s -> {
            assertThat(s.pattern().isPlaced()).isFalse();
            assertThat(s.kind()).isEqualTo(SessionKind.LECTURE);
            assertThat(s.sectionFacts().section()).isEqualTo("W1");
        });
        assertThat(changes.addedCount()).isEqualTo(3 + 5);
    }

    @Test
    void oneUndoTakesItAllBackAndRedoPutsItBackUnderTheSameIds() {
        planner.addCourse("Fall 2026", "BIO 100", "Biology", 3, null, Delivery.SYNC, null);
        TermPlan before = planner.plan("Fall 2026");
        ImportChanges changes = catalogs.addSections("Fall 2026", List.of(LECTURE, LAB_A1, HIST));
        TermPlan after = planner.plan("Fall 2026");

        planner.undo(changes);
        assertThat(planner.plan("Fall 2026")).isEqualTo(before);
        planner.redo(changes);
        assertThat(planner.plan("Fall 2026")).isEqualTo(after);
    }

    @Test
    void choosingAgainReplacesTheCatalogSectionsOfThoseCoursesAndKeepsTheRest() {
        catalogs.addSections("Fall 2026", List.of(LECTURE, LAB_A1, MATH));
        SyncSession byHand = planner.addSession("Fall 2026", "CS 101", SessionKind.OFFICE_HOURS,
                weekly(null, null, LocalTime.of(16, 0), LocalTime.of(17, 0), FRIDAY), null);
        SyncSession lecture = sessionsOf(planner.plan("Fall 2026"), "40068").get(0);
        TermPlan before = planner.plan("Fall 2026");

        ImportChanges again = catalogs.addSections("Fall 2026", List.of(LECTURE, LAB_A2));

        TermPlan plan = planner.plan("Fall 2026");
        assertThat(sessionsOf(plan, "40068")).as("kept, not added twice").containsExactly(lecture);
        assertThat(sessionsOf(plan, "40069")).as("the other lab: replaced").isEmpty();
        assertThat(sessionsOf(plan, "40070")).hasSize(1);
        assertThat(plan.session(byHand.id())).as("a session made by hand stays").isPresent();
        assertThat(sessionsOf(plan, "41000")).as("another course is not touched").hasSize(2);
        assertThat(again.removedCount()).isEqualTo(1);

        planner.undo(again);
        assertThat(planner.plan("Fall 2026")).isEqualTo(before);
    }

    @Test
    void aRefusalChangesNothing() {
        CatalogSection badCode = new CatalogSection("50000", "ART\u0007101", "Drawing", 3, "01", "Lecture", null, null, List.of());
        CatalogSection otherYear = new CatalogSection("50001", "ART 102", "Painting", 3, "01", "Lecture", null, null,
                List.of(new CatalogMeeting(SessionKind.LECTURE, weekly(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7),
                        LocalTime.of(9, 0), LocalTime.of(10, 0), MONDAY), null)));
        TermPlan before = planner.plan("Fall 2026");

        assertThatThrownBy(() -> catalogs.addSections("Fall 2026", List.of(LECTURE, badCode))).isInstanceOf(Refusal.class)
                .hasMessageContaining("course code contains");
        assertThatThrownBy(() -> catalogs.addSections("Fall 2026", List.of(LECTURE, otherYear))).isInstanceOf(Refusal.class)
                .hasMessageContaining("ART 102 section 50001").hasMessageContaining("never within Fall 2026");
        assertThatThrownBy(() -> catalogs.addSections("Fall 2026", List.of())).isInstanceOf(Refusal.class);

        assertThat(planner.plan("Fall 2026")).isEqualTo(before);
    }

    @Test
    void aNewerCatalogIsComparedByCrn() {
        assertThat(catalogs.catalog("Fall 2026").isEmpty()).isTrue();
        CatalogImportSummary first = catalogs.importCatalog("Fall 2026", new Catalog(List.of(LECTURE, LAB_A1, LAB_A2, MATH)));
        assertThat(first).isEqualTo(new CatalogImportSummary("Fall 2026", 2, 4, 4, 0, 0, List.of(), List.of()));
        catalogs.addSections("Fall 2026", List.of(LECTURE, LAB_A1, LAB_A2));

        CatalogSection movedLab = new CatalogSection("40070", "CS 101", "Intro to Programming", 4, "A2", "Lab", null, "New Teacher",
                LAB_A2.meetings());
        assertThat(catalogs.compare("Fall 2026", new Catalog(List.of(LECTURE, movedLab, HIST)))).as("a dry run")
                .isEqualTo(new CatalogImportSummary("Fall 2026", 2, 3, 1, 1, 2, List.of("40070"), List.of("40069")));
        assertThat(catalogs.catalog("Fall 2026").sections()).containsExactly(LECTURE, LAB_A1, LAB_A2, MATH);
        CatalogImportSummary second = catalogs.importCatalog("Fall 2026", new Catalog(List.of(LECTURE, movedLab, HIST)));

        assertThat(second).isEqualTo(new CatalogImportSummary("Fall 2026", 2, 3, 1, 1, 2, List.of("40070"), List.of("40069")));
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(catalogs.catalog("Fall 2026").sections()).containsExactly(LECTURE, movedLab, HIST);
        assertThat(catalogs.importCatalog(null, Catalog.EMPTY).removed()).isEqualTo(3);
    }

    /** A registrar's texts are cleaned as an import's are: a control character goes, a line break becomes a space. */
    @Test
    void theCatalogsTextsAreCleanedToThePlannersRules() {
        CatalogSection messy = new CatalogSection("50002", "ART 103", "Sculpture\u0007 and\nForm", 3, "01", "Lecture", null, "Ana\tRuiz",
                List.of(new CatalogMeeting(SessionKind.LECTURE, weekly(FIRST_DAY, LAST_DAY, LocalTime.of(9, 0), LocalTime.of(10, 0), MONDAY),
                        "Studio\u001b[31m 4")));

        catalogs.addSections("Fall 2026", List.of(messy));

        TermPlan plan = planner.plan("Fall 2026");
        assertThat(plan.requireCourse("ART 103").title()).isEqualTo("Sculpture and Form");
        SyncSession s = sessionsOf(plan, "50002").get(0);
        assertThat(s.location()).isEqualTo("Studio[31m 4");
        assertThat(s.sectionFacts().instructor()).isEqualTo("Ana Ruiz");
    }

    private static List<SyncSession> sessionsOf(TermPlan plan, String crn) {
        return plan.sessions().stream().filter(s -> crn.equals(s.sectionFacts().crn())).toList();
    }
}

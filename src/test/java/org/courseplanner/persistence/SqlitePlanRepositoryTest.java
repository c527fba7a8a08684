package org.courseplanner.persistence;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.ItemRef;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plan in an SQLite file: every kind survives the trip, each call is one transaction, removal leaves nothing behind. */
class SqlitePlanRepositoryTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 31);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 18);
    /** Every table of the schema that holds a plan's items or their parts. */
    private static final List<String> ITEM_TABLES = List.of("item", "term", "term_break", "course", "sync_session",
            "async_module", "module_week", "commitment", "skipped_date", "study_block", "finding", "external_uid");

    @TempDir
    Path dir;
    private Path file;
    private SqlitePlanRepository plan;

    @BeforeEach
    void open() {
        file = dir.resolve("planner.db");
        plan = SqlitePlanRepository.open(file);
    }

    @AfterEach
    void close() {
        plan.close();
    }

    @Test
    void theDataVersionChangesWhenAnotherConnectionSavesAndOnlyThen() {
        Term term = plan.add(fall());
        try (SqlitePlanRepository other = SqlitePlanRepository.open(file)) {
            long seen = other.dataVersion();
            other.load(term.id());
            assertThat(other.dataVersion()).isEqualTo(seen);

            plan.add(course(term, "CS 101"));

            long changed = other.dataVersion();
            assertThat(changed).isNotEqualTo(seen);
            assertThat(other.dataVersion()).isEqualTo(changed);
            assertThatThrownBy(() -> plan.atomically(() -> {
                plan.add(course(term, "HIS 210"));
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            assertThat(other.dataVersion()).isEqualTo(changed); // nothing was saved
        }
    }

    // ---- round trips ----

    static Stream<Arguments> terms() {
        List<DateRange> breaks = List.of(new DateRange("Fall break", LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13)),
                new DateRange("Thanksgiving", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29)));
        return Stream.of(
                Arguments.of("defaults", Term.of("Fall 2026", FIRST_DAY, LAST_DAY, NEW_YORK)),
                Arguments.of("breaks, student zone, caps set",
                        new Term(0, "Fall 2026", FIRST_DAY, LAST_DAY, NEW_YORK, BERLIN, breaks, 37.5, 8.25,
                                new ConflictSettings(4, 15, LocalTime.of(23, 30), LocalTime.of(6, 45)))),
                Arguments.of("study settings and study hours",
                        Term.of("Fall 2026", FIRST_DAY, LAST_DAY, NEW_YORK).withStudySettings(new org.courseplanner.domain.StudySettings(
                                45, 90, 0, 30, LocalTime.of(20, 0), LocalTime.of(1, 30)))),
                Arguments.of("study settings without study hours",
                        Term.of("Fall 2026", FIRST_DAY, LAST_DAY, NEW_YORK).withStudySettings(new org.courseplanner.domain.StudySettings(
                                15, 720, 120, 10080, null, null))),
                Arguments.of("no weekly cap, one-day term",
                        new Term(0, "Intersession", FIRST_DAY, FIRST_DAY, ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"),
                                List.of(), null, 24)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("terms")
    void aTermComesBackAsItWasAdded(String what, Term term) {
        Term added = plan.add(term);

        assertThat(added.id()).isPositive();
        assertThat(added).isEqualTo(term.withId(added.id()));
        assertThat(plan.load(added.id()).term()).isEqualTo(added);
        assertThat(plan.terms()).containsExactly(added);
    }

    @Test
    void aHomeworkBlockAndAnAutoBlockComeBackAsTheyWereAddedAndGoWithTheirCourse() {
        Sample s = sample();
        StudyBlock homework = plan.add(StudyBlock.homework(0, s.course.id(), 2, LocalDateTime.of(2026, 9, 10, 18, 0), 60, true));
        StudyBlock auto = plan.add(new StudyBlock(0, s.module.id(), 0, 3, LocalDateTime.of(2026, 9, 16, 18, 0), 45, true));

        assertThat(plan.load(s.term.id()).studyBlocks()).containsExactly(s.block, homework, auto);
        assertThat(plan.find(homework.id()).orElseThrow().description()).isEqualTo("CS 101 homework week 2 block");
        assertThat(plan.find(homework.id()).orElseThrow().termId()).isEqualTo(s.term.id());

        StudyBlock taken = homework.withAuto(false).withStart(LocalDateTime.of(2026, 9, 11, 8, 0));
        plan.update(taken);
        StudyBlock asModuleBlock = new StudyBlock(auto.id(), 0, s.other.id(), 3, auto.start(), 45, true);
        plan.update(asModuleBlock);
        assertThat(plan.load(s.term.id()).studyBlocks()).containsExactly(s.block, taken, asModuleBlock);

        plan.remove(s.course.id());
        assertThat(plan.load(s.term.id()).studyBlocks()).containsExactly(asModuleBlock);
    }

    static Stream<Arguments> courses() {
        return Stream.of(
                Arguments.of("homework by the rule of thumb", Delivery.SYNC, null),
                Arguments.of("explicit homework", Delivery.HYBRID, 4.5),
                Arguments.of("online, no homework", Delivery.ASYNC, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("courses")
    void aCourseComesBackAsItWasAdded(String what, Delivery delivery, Double homework) {
        Term term = plan.add(fall());
        Course course = plan.add(new Course(0, term.id(), "CS 101", "Intro to Programming", 3.5, "#4e79a7", delivery, homework));

        assertThat(course.colour()).isEqualTo("#4E79A7");
        assertThat(plan.load(term.id()).courses()).containsExactly(course);
    }

    static Stream<Arguments> sessions() {
        return Stream.of(
                Arguments.of("weekly", SessionKind.LECTURE,
                        WeeklyPattern.weekly(Set.of(MONDAY, WEDNESDAY), LocalTime.of(10, 0), LocalTime.of(11, 15)), "ENG 204"),
                Arguments.of("every 2 weeks, from, until, skipped dates", SessionKind.LAB,
                        new WeeklyPattern(Set.of(THURSDAY), LocalTime.of(14, 0), LocalTime.of(16, 50), 2,
                                LocalDate.of(2026, 9, 10), LocalDate.of(2026, 12, 3),
                                Set.of(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 11, 19))), "Lab 3"),
                Arguments.of("one-off", SessionKind.EXAM,
                        WeeklyPattern.once(LocalDate.of(2026, 12, 14), LocalTime.of(9, 0), LocalTime.of(12, 0)), null),
                Arguments.of("TBA, unplaced", SessionKind.OFFICE_HOURS, WeeklyPattern.unplaced(), null),
                Arguments.of("days known, time TBA", SessionKind.TUTORIAL,
                        new WeeklyPattern(Set.of(FRIDAY), null, null, 1, null, null, null), null),
                Arguments.of("online link", SessionKind.SEMINAR,
                        WeeklyPattern.weekly(Set.of(TUESDAY), LocalTime.of(18, 0), LocalTime.of(19, 30)),
                        "https://zoom.example.edu/j/123?pwd=a,b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void aSessionComesBackAsItWasAdded(String what, SessionKind kind, WeeklyPattern pattern, String location) {
        Term term = plan.add(fall());
        Course course = plan.add(course(term, "CS 101"));
        SyncSession session = plan.add(new SyncSession(0, course.id(), kind, pattern, location));

        assertThat(plan.load(term.id()).sessions()).containsExactly(session);
        assertThat(plan.load(term.id()).sessions().get(0).pattern().skippedDates()).isEqualTo(pattern.skippedDates());
    }

    static Stream<Arguments> modules() {
        return Stream.of(
                Arguments.of("weekly with skipped and done weeks",
                        new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 14, FIRST_DAY),
                        Set.of(7, 12), Set.of(1, 2, 3)),
                Arguments.of("weekly, plain", new WeeklyWindow(FRIDAY, LocalTime.of(17, 0), FRIDAY, LocalTime.of(17, 0), 3, FIRST_DAY),
                        Set.of(), Set.of()),
                Arguments.of("single window",
                        new SingleWindow(LocalDateTime.of(2026, 10, 1, 8, 0), LocalDateTime.of(2026, 10, 16, 23, 59)),
                        Set.of(), Set.of(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void aModuleComesBackAsItWasAdded(String what, org.courseplanner.domain.ModuleSchedule schedule, Set<Integer> skipped,
                                      Set<Integer> done) {
        Term term = plan.add(fall());
        Course course = plan.add(course(term, "HIS 210"));
        AsyncModule module = plan.add(new AsyncModule(0, course.id(), "Module", 2.5, schedule, skipped, done));

        AsyncModule loaded = plan.load(term.id()).modules().get(0);
        assertThat(loaded).isEqualTo(module);
        assertThat(loaded.skippedWeeks()).containsExactlyElementsOf(skipped.stream().sorted().toList());
        assertThat(loaded.doneWeeks()).containsExactlyElementsOf(done.stream().sorted().toList());
    }

    static Stream<Arguments> commitments() {
        return Stream.of(
                Arguments.of("own zone", WeeklyPattern.weekly(Set.of(TUESDAY, THURSDAY), LocalTime.of(17, 0), LocalTime.of(21, 0)),
                        ZoneId.of("America/Chicago")),
                Arguments.of("the student's zone", WeeklyPattern.weekly(Set.of(SATURDAY), LocalTime.of(9, 0), LocalTime.of(13, 0)), null),
                Arguments.of("overnight, every 2 weeks, bounded, skipped",
                        new WeeklyPattern(Set.of(FRIDAY, SATURDAY), LocalTime.of(22, 0), LocalTime.of(6, 0), 2,
                                LocalDate.of(2026, 9, 4), LocalDate.of(2026, 11, 28), Set.of(LocalDate.of(2026, 10, 2))), BERLIN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commitments")
    void aCommitmentComesBackAsItWasAdded(String what, WeeklyPattern pattern, ZoneId zone) {
        Term term = plan.add(fall());
        Commitment commitment = plan.add(new Commitment(0, term.id(), "Café shift", pattern, zone));

        assertThat(plan.load(term.id()).commitments()).containsExactly(commitment);
    }

    @Test
    void aStudyBlockComesBackAsItWasAdded() {
        Term term = plan.add(fall());
        AsyncModule module = plan.add(weeklyModule(plan.add(course(term, "HIS 210"))));
        StudyBlock block = plan.add(new StudyBlock(0, module.id(), 2, LocalDateTime.of(2026, 9, 9, 19, 0), 90));

        assertThat(plan.load(term.id()).studyBlocks()).containsExactly(block);
    }

    @Test
    void aWholeTermComesBackEqual() {
        Sample s = sample();

        TermPlan loaded = plan.load(s.term.id());

        assertThat(loaded).isEqualTo(s.plan());
    }

    // ---- updates ----

    @Test
    void everyKindCanBeUpdated() {
        Sample s = sample();
        Term term = new Term(s.term.id(), "Fall 2026 (revised)", FIRST_DAY, LAST_DAY.plusDays(1), NEW_YORK, BERLIN,
                List.of(new DateRange("Reading week", LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 23))), 40.0, 9,
                new ConflictSettings(2, 0, LocalTime.of(21, 0), LocalTime.of(8, 0)),
                new org.courseplanner.domain.StudySettings(60, 60, 5, 90, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        Course course = new Course(s.course.id(), s.term.id(), "CS 102", "Data Structures", 4, "#59A14F", Delivery.HYBRID, 5.0);
        SyncSession session = new SyncSession(s.session.id(), s.other.id(), SessionKind.SEMINAR,
                new WeeklyPattern(Set.of(FRIDAY), LocalTime.of(8, 0), LocalTime.of(9, 0), 3, null, LocalDate.of(2026, 11, 30),
                        Set.of(LocalDate.of(2026, 9, 25))), "https://meet.example.edu/abc");
        AsyncModule module = new AsyncModule(s.module.id(), s.course.id(), "Reading", 1,
                new SingleWindow(LocalDateTime.of(2026, 11, 2, 0, 0), LocalDateTime.of(2026, 11, 9, 12, 0)), Set.of(), Set.of(1));
        Commitment commitment = new Commitment(s.commitment.id(), s.term.id(), "Night shift",
                WeeklyPattern.weekly(Set.of(SUNDAY), LocalTime.of(23, 0), LocalTime.of(7, 0)), null);
        StudyBlock block = new StudyBlock(s.block.id(), s.module.id(), 1, LocalDateTime.of(2026, 11, 3, 10, 0), 45);

        plan.update(term);
        plan.update(course);
        plan.update(session);
        plan.update(module);
        plan.update(commitment);
        plan.update(block);

        TermPlan loaded = plan.load(s.term.id());
        assertThat(loaded.term()).isEqualTo(term);
        assertThat(loaded.courses()).contains(course, s.other);
        assertThat(loaded.sessions()).containsExactly(session);
        assertThat(loaded.modules()).containsExactly(module);
        assertThat(loaded.commitments()).containsExactly(commitment);
        assertThat(loaded.studyBlocks()).containsExactly(block);
        // the session moved to the other course: removing the first course no longer takes it along
        plan.remove(s.course.id());
        assertThat(plan.load(s.term.id()).sessions()).containsExactly(session);
    }

    @Test
    void eachUpdateRaisesTheItemsRevision() {
        Sample s = sample();
        assertThat(plan.revisions(s.term.id())).isEmpty();

        plan.update(s.session.withPattern(s.session.pattern().withSkipped(LocalDate.of(2026, 9, 9))));
        plan.update(s.session);

        assertThat(plan.revisions(s.term.id())).containsExactly(Map.entry(s.session.id(), 2));
    }

    @Test
    void changingACourseOrAModuleRaisesTheRevisionOfWhatItHoldsWhoseEventsShowIt() {
        Sample s = sample();

        // the course's title is in its session's, deadline's and study block's events, the module's in its study block's:
        // each of those events changed, so its SEQUENCE must go up (it stayed at 0, and calendar apps kept the old text)
        plan.update(new Course(s.course.id(), s.term.id(), "CS 101", "Programming I", 4, s.course.colour(), s.course.delivery(), null));
        assertThat(plan.revisions(s.term.id())).containsOnly(Map.entry(s.course.id(), 1), Map.entry(s.session.id(), 1),
                Map.entry(s.module.id(), 1), Map.entry(s.block.id(), 1));
        plan.update(new AsyncModule(s.module.id(), s.course.id(), "Unit", 3, s.module.schedule(), s.module.skippedWeeks(),
                s.module.doneWeeks()));
        assertThat(plan.revisions(s.term.id())).containsOnly(Map.entry(s.course.id(), 1), Map.entry(s.session.id(), 1),
                Map.entry(s.module.id(), 2), Map.entry(s.block.id(), 2));
        // the term's breaks are every event's EXDATEs
        plan.update(s.term);
        assertThat(plan.revisions(s.term.id())).containsOnly(Map.entry(s.term.id(), 1), Map.entry(s.course.id(), 2),
                Map.entry(s.other.id(), 1), Map.entry(s.session.id(), 2), Map.entry(s.module.id(), 3), Map.entry(s.block.id(), 3),
                Map.entry(s.commitment.id(), 1));
    }

    @Test
    void eachChangeRewritesItsTermsFindings() throws Exception {
        Sample s = sample();
        assertThat(count("SELECT count(*) FROM flag WHERE kind = 'session-overlap'")).isZero();

        SyncSession clash = plan.add(new SyncSession(0, s.other.id(), SessionKind.LAB, s.session.pattern(), "ENG 204"));
        assertThat(count("SELECT count(*) FROM flag WHERE kind = 'session-overlap' AND items LIKE '%ENG 110 Lab%'")).isPositive();

        plan.remove(clash.id());
        assertThat(count("SELECT count(*) FROM flag WHERE kind = 'session-overlap'")).isZero();
    }

    @Test
    void movingASessionToAnotherTermRewritesTheFindingsOfBoth() throws Exception {
        Sample s = sample();
        SyncSession clash = plan.add(new SyncSession(0, s.other.id(), SessionKind.LAB, s.session.pattern(), "ENG 204"));
        Term spring = plan.add(Term.of("Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7), NEW_YORK));
        Course springCourse = plan.add(course(spring, "CS 201"));
        assertThat(count("SELECT count(*) FROM finding WHERE kind = 'session-overlap' AND term_id = " + s.term.id())).isPositive();

        plan.update(new SyncSession(clash.id(), springCourse.id(), SessionKind.LAB, clash.pattern(), clash.location()));

        assertThat(count("SELECT count(*) FROM finding WHERE kind = 'session-overlap' AND term_id = " + s.term.id())).isZero();
    }

    // ---- ids ----

    @Test
    void idsAreUniqueAcrossKindsAndFindSaysWhatTheyName() throws Exception {
        Sample s = sample();
        Map<Long, ItemRef> expected = new LinkedHashMap<>();
        expected.put(s.term.id(), new ItemRef(s.term.id(), ItemKind.TERM, s.term.id(), "Fall 2026"));
        expected.put(s.course.id(), new ItemRef(s.course.id(), ItemKind.COURSE, s.term.id(), "CS 101 Intro to Programming"));
        expected.put(s.session.id(), new ItemRef(s.session.id(), ItemKind.SESSION, s.term.id(), "CS 101 lecture"));
        expected.put(s.module.id(), new ItemRef(s.module.id(), ItemKind.MODULE, s.term.id(), "CS 101 Module"));
        expected.put(s.commitment.id(), new ItemRef(s.commitment.id(), ItemKind.COMMITMENT, s.term.id(), "Café shift"));
        expected.put(s.block.id(), new ItemRef(s.block.id(), ItemKind.STUDY, s.term.id(), "CS 101 Module week 2 study block"));

        assertThat(expected).hasSize(6); // six distinct ids
        for (ItemRef ref : expected.values()) {
            assertThat(plan.find(ref.id())).as("find(%d)", ref.id()).contains(ref);
        }
        assertThat(plan.find(999_999)).isEmpty();
        try (Connection c = plain(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id) FROM item")) {
            assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2)).isEqualTo(7); // the six above and the second course
        }
    }

    @Test
    void anIdIsNeverGivenTwiceEvenAfterRemoval() {
        Term term = plan.add(fall());
        Course first = plan.add(course(term, "CS 101"));
        plan.remove(first.id());

        Course second = plan.add(course(term, "CS 101"));

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(plan.find(first.id())).isEmpty();
    }

    /** Links of every batch size: each size is a statement of its own, more than the repository keeps prepared. */
    @Test
    void linksOfManySizesAreAllKeptWhileOldStatementsAreClosed() {
        Sample s = sample();
        java.util.Map<String, Long> all = new java.util.LinkedHashMap<>();
        for (int size = 1; size <= 260; size++) {
            java.util.Map<String, Long> batch = new java.util.LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                batch.put("event-" + size + "-" + i + "@calendar", i % 2 == 0 ? s.session.id() : s.other.id());
            }
            plan.linkUids(batch);
            all.putAll(batch);
        }
        plan.linkUid("event-1-0@calendar", s.other.id()); // a link made again names the item of the last import

        all.put("event-1-0@calendar", s.other.id());
        all.forEach((uid, item) -> assertThat(plan.itemForUid(uid)).as(uid).contains(item));
    }

    // ---- removal ----

    @Test
    void removingACourseTakesEverythingBelowItAndLeavesNoOrphans() throws Exception {
        Sample s = sample();
        plan.linkUid("event-1@calendar", s.session.id());
        plan.linkUid("event-2@calendar", s.other.id());
        assertThat(rowCounts()).containsEntry("sync_session", 1).containsEntry("async_module", 1).containsEntry("study_block", 1)
                .containsEntry("module_week", 3).containsEntry("skipped_date", 3).containsEntry("external_uid", 2);

        plan.remove(s.course.id());

        TermPlan loaded = plan.load(s.term.id());
        assertThat(loaded.courses()).containsExactly(s.other);
        assertThat(loaded.sessions()).isEmpty();
        assertThat(loaded.modules()).isEmpty();
        assertThat(loaded.studyBlocks()).isEmpty();
        assertThat(loaded.commitments()).containsExactly(s.commitment);
        for (long gone : List.of(s.course.id(), s.session.id(), s.module.id(), s.block.id())) {
            assertThat(plan.find(gone)).as("find(%d)", gone).isEmpty();
        }
        assertThat(rowCounts()).containsEntry("item", 3) // the term, the other course, the commitment
                .containsEntry("term", 1).containsEntry("term_break", 1).containsEntry("course", 1)
                .containsEntry("sync_session", 0).containsEntry("async_module", 0).containsEntry("module_week", 0)
                .containsEntry("study_block", 0).containsEntry("commitment", 1)
                .containsEntry("skipped_date", 1) // the commitment's
                .containsEntry("external_uid", 1);
        assertNoOrphans();
    }

    @Test
    void removingATermRemovesEverythingInIt() throws Exception {
        Sample s = sample();
        Term spring = plan.add(Term.of("Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7), NEW_YORK));
        plan.linkUid("event-1@calendar", s.module.id());

        plan.remove(s.term.id());

        assertThat(plan.terms()).containsExactly(spring);
        assertThat(rowCounts()).containsEntry("item", 1).containsEntry("term", 1);
        for (String table : ITEM_TABLES) {
            if (!table.equals("item") && !table.equals("term") && !table.equals("finding")) {
                assertThat(rowCounts()).as(table).containsEntry(table, 0);
            }
        }
        assertThat(count("SELECT count(*) FROM finding WHERE term_id <> " + spring.id())).isZero();
        assertNoOrphans();
        assertThatThrownBy(() -> plan.load(s.term.id())).isInstanceOf(Refusal.class);
    }

    @Test
    void removingWhatIsNotThereIsRefusedAndChangesNothing() throws Exception {
        sample();
        List<String> before = dump();

        assertThatThrownBy(() -> plan.remove(424_242)).isInstanceOf(Refusal.class).hasMessageContaining("424242");

        assertThat(dump()).isEqualTo(before);
    }

    // ---- refusals roll back whole ----

    @Test
    void aSecondCourseWithTheSameCodeIsRefusedAndChangesNothing() throws Exception {
        Sample s = sample();
        List<String> before = dump();

        for (String code : List.of("cs101", "CS 101", "Cs  101", "CS-101")) {
            assertThatThrownBy(() -> plan.add(new Course(0, s.term.id(), code, "Again", 3, "#E15759", Delivery.SYNC, null)))
                    .as(code).isInstanceOf(Refusal.class);
        }
        assertThatThrownBy(() -> plan.update(new Course(s.other.id(), s.term.id(), "cs 101", "Renamed", 3, "#E15759",
                Delivery.SYNC, null))).isInstanceOf(Refusal.class);

        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void theSameCodeInAnotherTermIsFine() {
        Sample s = sample();
        Term spring = plan.add(Term.of("Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 7), NEW_YORK));

        Course again = plan.add(course(spring, "cs101"));

        assertThat(plan.load(spring.id()).courses()).containsExactly(again);
        assertThat(plan.load(s.term.id()).courses()).contains(s.course);
    }

    static Stream<Arguments> staleUpdates() {
        return Stream.<Arguments>of(
                Arguments.of("term", (BiFunction<SqlitePlanRepositoryTest, Sample, Runnable>) (t, s) ->
                        () -> t.plan.update(s.term.withId(9_999))),
                Arguments.of("course", (BiFunction<SqlitePlanRepositoryTest, Sample, Runnable>) (t, s) ->
                        () -> t.plan.update(s.course.withId(9_999))),
                Arguments.of("session", (BiFunction<SqlitePlanRepositoryTest, Sample, Runnable>) (t, s) ->
                        () -> t.plan.update(s.session.withId(9_999))),
                Arguments.of("module", (BiFunction<SqlitePlanRepositoryTest, Sample, Runnable>) (t, s) ->
                        () -> t.plan.update(s.module.withId(9_999))),
                Arguments.of("commitment", (BiFunction<SqlitePlanRepositoryTest, Sample, Runnable>) (t, s) ->
                        () -> t.plan.update(s.commitment.withId(9_999))),
                Arguments.of("study block", (BiFunction<SqlitePlanRepositoryTest, Sample, Runnable>) (t, s) ->
                        () -> t.plan.update(s.block.withId(9_999))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staleUpdates")
    void anUpdateOfAnIdThatIsNotThereIsRefusedAndChangesNothing(String kind,
                                                                BiFunction<SqlitePlanRepositoryTest, Sample, Runnable> update)
            throws Exception {
        Sample s = sample();
        List<String> before = dump();

        assertThatThrownBy(() -> update.apply(this, s).run()).isInstanceOf(Refusal.class).hasMessageContaining("9999");

        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aRefusalInsideAtomicallyRollsBackEverythingBeforeIt() throws Exception {
        Sample s = sample();
        List<String> before = dump();

        assertThatThrownBy(() -> plan.atomically(() -> {
            plan.add(course(s.term, "MATH 200"));
            plan.update(s.session.withPattern(WeeklyPattern.unplaced()));
            plan.remove(s.module.id());
            return plan.add(course(s.term, "math200")); // the same code: refused
        })).isInstanceOf(Refusal.class);

        assertThat(dump()).isEqualTo(before);
        assertThat(plan.load(s.term.id())).isEqualTo(s.plan());
    }

    @Test
    void aStudyBlockForAModuleThatIsNotThereIsRefused() throws Exception {
        Sample s = sample();
        List<String> before = dump();

        assertThatThrownBy(() -> plan.add(new StudyBlock(0, 77_777, 1, LocalDateTime.of(2026, 9, 2, 19, 0), 60)))
                .isInstanceOf(Refusal.class);

        assertThat(dump()).isEqualTo(before);
        assertThat(plan.load(s.term.id()).studyBlocks()).containsExactly(s.block);
    }

    // ---- saved as it happens ----

    @Test
    void dataSurvivesCloseAndReopen() {
        Sample s = sample();
        plan.close();

        plan = SqlitePlanRepository.open(file);

        assertThat(plan.terms()).containsExactly(s.term);
        assertThat(plan.load(s.term.id())).isEqualTo(s.plan());
    }

    @Test
    void eachChangeIsVisibleToAnotherConnectionAsSoonAsTheCallReturns() throws Exception {
        try (Connection other = plain(); Statement st = other.createStatement()) {
            Term term = plan.add(fall());
            assertThat(count(st, "SELECT count(*) FROM term")).isOne();

            Course course = plan.add(course(term, "CS 101"));
            assertThat(count(st, "SELECT count(*) FROM course WHERE code = 'CS 101' AND code_key = 'CS101'")).isOne();

            plan.update(new Course(course.id(), term.id(), "CS 101", "Renamed", 3, "#4E79A7", Delivery.SYNC, null));
            try (ResultSet rs = st.executeQuery("SELECT title FROM course WHERE id = " + course.id())) {
                assertThat(rs.getString(1)).isEqualTo("Renamed");
            }

            plan.remove(course.id());
            assertThat(count(st, "SELECT count(*) FROM course")).isZero();
        }
    }

    // ---- fixtures ----

    /** A term with two courses, a session, a module with done and skipped weeks, a commitment and a study block. */
    private record Sample(Term term, Course course, Course other, SyncSession session, AsyncModule module,
                          Commitment commitment, StudyBlock block) {
        TermPlan plan() {
            return new TermPlan(term, List.of(course, other), List.of(session), List.of(module), List.of(commitment), List.of(block));
        }
    }

    private Sample sample() {
        Term term = plan.add(new Term(0, "Fall 2026", FIRST_DAY, LAST_DAY, NEW_YORK, BERLIN,
                List.of(new DateRange("Thanksgiving", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29))), null, 10));
        Course course = plan.add(course(term, "CS 101"));
        Course other = plan.add(new Course(0, term.id(), "ENG 110", "Writing", 3, "#F28E2B", Delivery.ASYNC, null));
        SyncSession session = plan.add(new SyncSession(0, course.id(), SessionKind.LECTURE,
                new WeeklyPattern(Set.of(MONDAY, WEDNESDAY), LocalTime.of(10, 0), LocalTime.of(11, 15), 1, null, null,
                        Set.of(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 14))), "ENG 204"));
        AsyncModule module = plan.add(new AsyncModule(0, course.id(), "Module", 3,
                new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 14, FIRST_DAY), Set.of(8), Set.of(1, 2)));
        Commitment commitment = plan.add(new Commitment(0, term.id(), "Café shift",
                new WeeklyPattern(Set.of(TUESDAY, THURSDAY), LocalTime.of(17, 0), LocalTime.of(21, 0), 1, null, null,
                        Set.of(LocalDate.of(2026, 11, 26))), null));
        StudyBlock block = plan.add(new StudyBlock(0, module.id(), 2, LocalDateTime.of(2026, 9, 9, 19, 0), 90));
        return new Sample(term, course, other, session, module, commitment, block);
    }

    private static Term fall() {
        return new Term(0, "Fall 2026", FIRST_DAY, LAST_DAY, NEW_YORK, NEW_YORK, List.of(), null, 10);
    }

    private static Course course(Term term, String code) {
        return new Course(0, term.id(), code, "Intro to Programming", 3, "#4E79A7", Delivery.SYNC, null);
    }

    private static AsyncModule weeklyModule(Course course) {
        return new AsyncModule(0, course.id(), "Module", 3,
                new WeeklyWindow(MONDAY, LocalTime.of(9, 0), SUNDAY, LocalTime.of(23, 59), 14, FIRST_DAY), Set.of(), Set.of());
    }

    // ---- plain JDBC on a second connection to the same file ----

    private Connection plain() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private int count(String sql) throws SQLException {
        try (Connection c = plain(); Statement st = c.createStatement()) {
            return count(st, sql);
        }
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }

    private Map<String, Integer> rowCounts() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = plain(); Statement st = c.createStatement()) {
            for (String table : ITEM_TABLES) {
                counts.put(table, count(st, "SELECT count(*) FROM " + table));
            }
        }
        return counts;
    }

    /** Every row of every table, in a stable order: equal dumps mean an unchanged plan. */
    private List<String> dump() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = plain(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    /** No row anywhere points at something that is gone, and every item has its row in its kind's table and vice versa. */
    private void assertNoOrphans() throws SQLException {
        Map<String, String> orphans = new LinkedHashMap<>();
        orphans.put("items whose parent is gone", "SELECT count(*) FROM item WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM item)");
        orphans.put("items without their row", "SELECT count(*) FROM item i WHERE NOT EXISTS (SELECT 1 FROM ("
                + "SELECT id FROM term UNION ALL SELECT id FROM course UNION ALL SELECT id FROM sync_session UNION ALL"
                + " SELECT id FROM async_module UNION ALL SELECT id FROM commitment UNION ALL SELECT id FROM study_block) k WHERE k.id = i.id)");
        for (String table : List.of("term", "course", "sync_session", "async_module", "commitment", "study_block")) {
            orphans.put(table + " rows without their item", "SELECT count(*) FROM " + table + " WHERE id NOT IN (SELECT id FROM item)");
        }
        orphans.put("term_break", "SELECT count(*) FROM term_break WHERE term_id NOT IN (SELECT id FROM term)");
        orphans.put("course", "SELECT count(*) FROM course WHERE term_id NOT IN (SELECT id FROM term)");
        orphans.put("sync_session", "SELECT count(*) FROM sync_session WHERE course_id NOT IN (SELECT id FROM course)");
        orphans.put("async_module", "SELECT count(*) FROM async_module WHERE course_id NOT IN (SELECT id FROM course)");
        orphans.put("module_week", "SELECT count(*) FROM module_week WHERE module_id NOT IN (SELECT id FROM async_module)");
        orphans.put("commitment", "SELECT count(*) FROM commitment WHERE term_id NOT IN (SELECT id FROM term)");
        orphans.put("skipped_date", "SELECT count(*) FROM skipped_date WHERE item_id NOT IN (SELECT id FROM item)");
        orphans.put("study_block", "SELECT count(*) FROM study_block WHERE module_id NOT IN (SELECT id FROM async_module)");
        orphans.put("finding", "SELECT count(*) FROM finding WHERE term_id NOT IN (SELECT id FROM term)");
        orphans.put("external_uid", "SELECT count(*) FROM external_uid WHERE item_id NOT IN (SELECT id FROM item)");
        orphans.put("foreign_key_check", "SELECT count(*) FROM pragma_foreign_key_check");
        try (Connection c = plain(); Statement st = c.createStatement()) {
            for (Map.Entry<String, String> check : orphans.entrySet()) {
                assertThat(count(st, check.getValue())).as(check.getKey()).isZero();
            }
        }
    }
}

package org.courseplanner.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.ConflictSettings;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.ItemRef;
import org.courseplanner.domain.PlanRepository;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SectionFacts;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.StorageException;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.StudySettings;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogStore;
import org.courseplanner.domain.sync.PublishedResource;
import org.courseplanner.domain.sync.SyncAccount;
import org.courseplanner.domain.sync.SyncStore;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.domain.Weekdays;

/**
 * The plan in an SQLite file (see docs/schema.md). Every change is one transaction; a change
 * that fails is rolled back whole. One connection, used by one thread at a time.
 */
public final class SqlitePlanRepository implements PlanRepository, CatalogStore, SyncStore, AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final java.time.Duration busyWait;

    private SqlitePlanRepository(Path file, PlanDatabase.Opened opened) {
        this.file = file;
        this.connection = opened.connection();
        this.readOnly = opened.readOnly();
        this.busyWait = opened.busyWait();
    }

    /** Opens (or creates) the plan in {@code file}; see {@link PlanDatabase#open}. */
    public static SqlitePlanRepository open(Path file) {
        return open(file, PlanDatabase.BUSY_WAIT);
    }

    /** As {@link #open(Path)}; a change waits up to {@code busyWait} for another writer of the plan. */
    public static SqlitePlanRepository open(Path file, java.time.Duration busyWait) {
        return of(file, PlanDatabase.open(file, busyWait));
    }

    /** Opens the plan for reading only, as when its file or folder cannot be written. */
    static SqlitePlanRepository openReadOnly(Path file) {
        return of(file, PlanDatabase.openReadOnly(file, PlanDatabase.BUSY_WAIT));
    }

    private static SqlitePlanRepository of(Path file, PlanDatabase.Opened opened) {
        SqlitePlanRepository repository = new SqlitePlanRepository(file.toAbsolutePath(), opened);
        try {
            repository.refreshFlagsWrittenByOtherRules();
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
        return repository;
    }

    /**
     * Findings written by another version of the rules (or before findings were stored) are
     * recomputed once, so the flag view is never stale after an upgrade.
     */
    private void refreshFlagsWrittenByOtherRules() {
        String current = String.valueOf(PlanFindings.RULES_VERSION);
        if (readOnly || current.equals(reading(() -> text("SELECT value FROM plan_meta WHERE key = ?", RULES_VERSION_KEY)))) {
            return; // read-only: the commands compute findings from the plan itself; only the flag view stays as it was
        }
        inTransaction(() -> {
            if (current.equals(text("SELECT value FROM plan_meta WHERE key = ?", RULES_VERSION_KEY))) {
                return null;
            }
            for (long termId : ids("SELECT id FROM term")) {
                refreshFlags(termId);
            }
            execute("INSERT INTO plan_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    RULES_VERSION_KEY, current);
            return null;
        });
    }

    private static final String RULES_VERSION_KEY = "findings_rules_version";

    /** For tests: the file may grow to {@code pages} pages at most, as if the disk were full beyond (SQLITE_FULL). */
    void limitPages(int pages) {
        reading(() -> {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public synchronized void close() {
        try {
            for (String sql : List.copyOf(statements.keySet())) {
                forget(sql);
            }
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("the plan " + file + " could not be closed: " + e.getMessage(), e);
        }
    }

    // ---- reading ----

    @Override
    public List<Term> terms() {
        return reading(() -> {
            List<Term> terms = new ArrayList<>();
            for (long id : ids("SELECT id FROM term ORDER BY first_day, id")) {
                terms.add(readTerm(id));
            }
            return terms;
        });
    }

    @Override
    public TermPlan load(long termId) {
        return reading(() -> readPlan(termId));
    }

    private TermPlan readPlan(long termId) throws SQLException {
        return new TermPlan(readTerm(termId), readCourses(termId), readSessions(termId), readModules(termId),
                readCommitments(termId), readStudyBlocks(termId));
    }

    /** The engine's findings for this term, rewritten in the transaction of the edit that changed them. */
    /**
     * Recomputes a term's findings. Inside a larger transaction (an import of many events) the term
     * is only noted, and its findings are written once, just before that transaction commits.
     */
    private void refreshFlags(long termId) throws SQLException {
        if (depth > 1) {
            staleTerms.add(termId);
        } else {
            writeFlags(termId);
        }
    }

    /**
     * Brings the term's stored findings in line with the engine's: rows that stay as they are are
     * kept, the others deleted, the new ones inserted, each in one batch. An edit changes a few
     * findings of a term that may have tens of thousands, so it writes a few rows.
     */
    private void writeFlags(long termId) throws SQLException {
        List<Finding> findings = PlanFindings.of(readPlan(termId)).all();
        Map<List<Object>, java.util.ArrayDeque<Long>> stored = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, kind, severity, message, first_day, last_day, occurrences,"
                + " overlap_minutes, items FROM finding WHERE term_id = ?")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long overlap = rs.getLong(8);
                    List<Object> row = java.util.Arrays.asList(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getLong(7), rs.wasNull() ? null : overlap, rs.getString(9));
                    stored.computeIfAbsent(row, k -> new java.util.ArrayDeque<>()).add(rs.getLong(1));
                }
            }
        }
        List<List<Object>> added = new ArrayList<>();
        for (Finding f : findings) {
            List<Object> row = java.util.Arrays.asList(f.rule(), f.severity().label(), f.message(), f.first().toString(),
                    f.last().toString(), (long) f.count(), f.overlapMinutes() == null ? null : f.overlapMinutes().longValue(),
                    String.join("\n", f.items()));
            java.util.ArrayDeque<Long> same = stored.get(row);
            if (same != null && !same.isEmpty()) {
                same.poll(); // stored as it is: kept
            } else {
                added.add(row);
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM finding WHERE id = ?")) {
            for (java.util.ArrayDeque<Long> gone : stored.values()) {
                for (long id : gone) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO finding (term_id, kind, severity, message, first_day,"
                + " last_day, occurrences, overlap_minutes, items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (List<Object> row : added) {
                insert.setLong(1, termId);
                for (int i = 0; i < row.size(); i++) {
                    insert.setObject(i + 2, row.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** After an item moved, possibly to a course of another term: both terms' findings change. */
    private void refreshFlagsOfBoth(Long termBefore, long termAfter) throws SQLException {
        refreshFlags(termAfter);
        if (termBefore != null && termBefore != termAfter) {
            refreshFlags(termBefore);
        }
    }

    /** The term an item sits under, or null when there is no such item (the update then says so). */
    private Long termOfItemIfAny(long id) throws SQLException {
        return text("SELECT id FROM item WHERE id = ?", id) == null ? null : termOfItem(id);
    }

    private long termOfCourse(long courseId) throws SQLException {
        Long known = termsOfCourses.get(courseId);
        if (known != null) {
            return known;
        }
        long termId = number("SELECT term_id FROM course WHERE id = ?", courseId);
        termsOfCourses.put(courseId, termId);
        return termId;
    }

    /**
     * The term of each course asked about: a course never changes terms (no statement sets its
     * term_id; one that comes back after an undo comes back under its id, in its term), and an
     * import asks once per item it adds.
     */
    private final Map<Long, Long> termsOfCourses = new HashMap<>();

    private long termOfModule(long moduleId) throws SQLException {
        return number("SELECT c.term_id FROM async_module m JOIN course c ON c.id = m.course_id WHERE m.id = ?", moduleId);
    }

    /** The item a study block belongs to: its module, or for homework its course. */
    private static long parentOf(StudyBlock block) {
        return block.isHomework() ? block.courseId() : block.moduleId();
    }

    private long termOf(StudyBlock block) throws SQLException {
        return block.isHomework() ? termOfCourse(block.courseId()) : termOfModule(block.moduleId());
    }

    /** A study block's module or course column: NULL for the target it does not have. */
    private static Long target(long id) {
        return id > 0 ? id : null;
    }

    private long number(String sql, long id) throws SQLException {
        String value = text(sql, id);
        if (value == null) {
            throw new Refusal("id", "nothing has the id " + id + " (was it removed?): 'list' shows the ids");
        }
        return Long.parseLong(value);
    }

    @Override
    public String planUid() {
        return reading(() -> text("SELECT value FROM plan_meta WHERE key = ?", "plan_uid"));
    }

    @Override
    public Map<Long, Integer> revisions(long termId) {
        return reading(() -> {
            Map<Long, Integer> revisions = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("WITH RECURSIVE below(id) AS (SELECT ? UNION ALL"
                    + " SELECT i.id FROM item i JOIN below b ON i.parent_id = b.id)"
                    + " SELECT i.id, i.revision FROM item i JOIN below b ON b.id = i.id WHERE i.revision > 0")) {
                ps.setLong(1, termId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        revisions.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            return revisions;
        });
    }

    @Override
    public Optional<ItemRef> find(long id) {
        return reading(() -> {
            String kind = text("SELECT kind FROM item WHERE id = ?", id);
            if (kind == null) {
                return Optional.empty();
            }
            ItemKind k = ItemKind.ofLabel(kind);
            String sql = switch (k) {
                case TERM -> "SELECT id, name FROM term WHERE id = ?";
                case COURSE -> "SELECT term_id, code || ' ' || title FROM course WHERE id = ?";
                case SESSION -> "SELECT c.term_id, c.code || ' ' || s.kind FROM sync_session s JOIN course c ON c.id = s.course_id WHERE s.id = ?";
                case MODULE -> "SELECT c.term_id, c.code || ' ' || m.title FROM async_module m JOIN course c ON c.id = m.course_id WHERE m.id = ?";
                case COMMITMENT -> "SELECT term_id, title FROM commitment WHERE id = ?";
                case STUDY -> "SELECT c.term_id, c.code || ' ' || coalesce(m.title || ' week ' || b.week || ' study block',"
                        + " 'homework week ' || b.week || ' block') FROM study_block b LEFT JOIN async_module m ON m.id = b.module_id"
                        + " JOIN course c ON c.id = coalesce(m.course_id, b.course_id) WHERE b.id = ?";
            };
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new ItemRef(id, k, rs.getLong(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    private Term readTerm(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, first_day, last_day, school_zone, student_zone, weekly_cap_hours, daily_cap_hours,"
                        + " deadline_cluster, transfer_minutes, quiet_from, quiet_to, min_block_minutes, max_block_minutes, buffer_minutes,"
                        + " before_due_minutes, study_from, study_to FROM term WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new Refusal("term", "there is no term with the id " + id + ": 'term list' shows the terms");
                }
                List<DateRange> breaks = new ArrayList<>();
                try (PreparedStatement b = connection.prepareStatement(
                        "SELECT name, first_day, last_day FROM term_break WHERE term_id = ? ORDER BY first_day, name")) {
                    b.setLong(1, id);
                    try (ResultSet br = b.executeQuery()) {
                        while (br.next()) {
                            breaks.add(new DateRange(br.getString(1), date(br, 2), date(br, 3)));
                        }
                    }
                }
                double weekly = rs.getDouble(6);
                Double weeklyCap = rs.wasNull() ? null : weekly;
                return new Term(id, rs.getString(1), date(rs, 2), date(rs, 3), ZoneId.of(rs.getString(4)),
                        ZoneId.of(rs.getString(5)), breaks, weeklyCap, rs.getDouble(7),
                        new ConflictSettings(rs.getInt(8), rs.getInt(9), time(rs, 10), time(rs, 11)),
                        new StudySettings(rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15), time(rs, 16), time(rs, 17)));
            }
        }
    }

    private List<Course> readCourses(long termId) throws SQLException {
        List<Course> courses = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, code, title, credits, colour, delivery, homework_hours"
                + " FROM course WHERE term_id = ? ORDER BY code_key")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double homework = rs.getDouble(7);
                    Double homeworkHours = rs.wasNull() ? null : homework;
                    courses.add(new Course(rs.getLong(1), termId, rs.getString(2), rs.getString(3), rs.getDouble(4),
                            rs.getString(5), Delivery.parse(rs.getString(6)), homeworkHours));
                }
            }
        }
        return courses;
    }

    private List<SyncSession> readSessions(long termId) throws SQLException {
        Map<Long, Set<LocalDate>> skipped = skippedDates("SELECT d.item_id, d.date FROM skipped_date d"
                + " JOIN sync_session s ON s.id = d.item_id JOIN course c ON c.id = s.course_id WHERE c.term_id = ?", termId);
        List<SyncSession> sessions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT s.id, s.course_id, s.kind, " + PATTERN_COLUMNS_S
                + ", s.location, s.section, s.instructor, s.crn FROM sync_session s JOIN course c ON c.id = s.course_id"
                + " WHERE c.term_id = ? ORDER BY s.id")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    sessions.add(new SyncSession(id, rs.getLong(2), SessionKind.parse(rs.getString(3)),
                            pattern(rs, 4, skipped.get(id)), rs.getString(10),
                            new SectionFacts(rs.getString(11), rs.getString(12), rs.getString(13))));
                }
            }
        }
        return sessions;
    }

    private List<Commitment> readCommitments(long termId) throws SQLException {
        Map<Long, Set<LocalDate>> skipped = skippedDates("SELECT d.item_id, d.date FROM skipped_date d"
                + " JOIN commitment m ON m.id = d.item_id WHERE m.term_id = ?", termId);
        List<Commitment> commitments = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, title, " + PATTERN_COLUMNS
                + ", zone FROM commitment WHERE term_id = ? ORDER BY id")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String zone = rs.getString(9);
                    commitments.add(new Commitment(id, termId, rs.getString(2), pattern(rs, 3, skipped.get(id)),
                            zone == null ? null : ZoneId.of(zone)));
                }
            }
        }
        return commitments;
    }

    private List<AsyncModule> readModules(long termId) throws SQLException {
        Map<Long, Set<Integer>> skippedWeeks = new HashMap<>();
        Map<Long, Set<Integer>> doneWeeks = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT w.module_id, w.week, w.state FROM module_week w"
                + " JOIN async_module m ON m.id = w.module_id JOIN course c ON c.id = m.course_id WHERE c.term_id = ?")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<Long, Set<Integer>> target = "done".equals(rs.getString(3)) ? doneWeeks : skippedWeeks;
                    target.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getInt(2));
                }
            }
        }
        List<AsyncModule> modules = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT m.id, m.course_id, m.title, m.effort_hours, m.schedule,"
                + " m.opens_day, m.opens_time, m.due_day, m.due_time, m.weeks, m.first_week, m.opens_at, m.due_at"
                + " FROM async_module m JOIN course c ON c.id = m.course_id WHERE c.term_id = ? ORDER BY m.id")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    var schedule = "weekly".equals(rs.getString(5))
                            ? new WeeklyWindow(Weekdays.parseDay(rs.getString(6)), time(rs, 7), Weekdays.parseDay(rs.getString(8)),
                                    time(rs, 9), rs.getInt(10), date(rs, 11))
                            : new SingleWindow(dateTime(rs, 12), dateTime(rs, 13));
                    modules.add(new AsyncModule(id, rs.getLong(2), rs.getString(3), rs.getDouble(4), schedule,
                            skippedWeeks.get(id), doneWeeks.get(id)));
                }
            }
        }
        return modules;
    }

    private List<StudyBlock> readStudyBlocks(long termId) throws SQLException {
        List<StudyBlock> blocks = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT b.id, b.module_id, b.course_id, b.week, b.start_at, b.minutes,"
                + " b.auto FROM study_block b LEFT JOIN async_module m ON m.id = b.module_id"
                + " JOIN course c ON c.id = coalesce(m.course_id, b.course_id) WHERE c.term_id = ? ORDER BY b.start_at, b.id")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) { // getLong gives 0 for the NULL of the other target
                    blocks.add(new StudyBlock(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), dateTime(rs, 5), rs.getInt(6),
                            rs.getInt(7) != 0));
                }
            }
        }
        return blocks;
    }

    // ---- writing ----

    @Override
    public Term add(Term term) {
        return inTransaction(() -> {
            long id = newItem(ItemKind.TERM, null, term.id());
            execute("INSERT INTO term (id, name, first_day, last_day, school_zone, student_zone, weekly_cap_hours, daily_cap_hours,"
                    + " deadline_cluster, transfer_minutes, quiet_from, quiet_to, min_block_minutes, max_block_minutes, buffer_minutes,"
                    + " before_due_minutes, study_from, study_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    term.name(), term.firstDay(), term.lastDay(), term.schoolZone().getId(), term.studentZone().getId(),
                    term.weeklyCapHours(), term.dailyCapHours(), term.conflictSettings().deadlineClusterSize(),
                    term.conflictSettings().transferMinutes(), term.conflictSettings().quietFrom(), term.conflictSettings().quietTo(),
                    term.studySettings().minBlockMinutes(), term.studySettings().maxBlockMinutes(), term.studySettings().bufferMinutes(),
                    term.studySettings().finishBeforeDueMinutes(), term.studySettings().studyFrom(), term.studySettings().studyTo());
            writeBreaks(id, term);
            refreshFlags(id);
            return term.withId(id);
        });
    }

    @Override
    public void update(Term term) {
        inTransaction(() -> {
            requireUpdated(execute("UPDATE term SET name = ?, first_day = ?, last_day = ?, school_zone = ?, student_zone = ?,"
                    + " weekly_cap_hours = ?, daily_cap_hours = ?, deadline_cluster = ?, transfer_minutes = ?, quiet_from = ?, quiet_to = ?,"
                    + " min_block_minutes = ?, max_block_minutes = ?, buffer_minutes = ?, before_due_minutes = ?, study_from = ?, study_to = ?"
                    + " WHERE id = ?", term.name(), term.firstDay(), term.lastDay(), term.schoolZone().getId(), term.studentZone().getId(),
                    term.weeklyCapHours(), term.dailyCapHours(), term.conflictSettings().deadlineClusterSize(),
                    term.conflictSettings().transferMinutes(), term.conflictSettings().quietFrom(), term.conflictSettings().quietTo(),
                    term.studySettings().minBlockMinutes(), term.studySettings().maxBlockMinutes(), term.studySettings().bufferMinutes(),
                    term.studySettings().finishBeforeDueMinutes(), term.studySettings().studyFrom(), term.studySettings().studyTo(),
                    term.id()), term.id());
            raiseBelow(term.id()); // breaks and zones are in every event's EXDATEs and times
            execute("DELETE FROM term_break WHERE term_id = ?", term.id());
            writeBreaks(term.id(), term);
            refreshFlags(term.id());
            return null;
        });
    }

    private void writeBreaks(long termId, Term term) throws SQLException {
        for (DateRange b : term.breaks()) {
            execute("INSERT INTO term_break (term_id, name, first_day, last_day) VALUES (?, ?, ?, ?)", termId, b.name(), b.first(), b.last());
        }
    }

    @Override
    public Course add(Course course) {
        return inTransaction(() -> {
            long id = newItem(ItemKind.COURSE, course.termId(), course.id());
            execute("INSERT INTO course (id, term_id, code, code_key, title, credits, colour, delivery, homework_hours)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, course.termId(), course.code(), course.codeKey(), course.title(),
                    course.credits(), course.colour(), course.delivery().label(), course.homeworkHours());
            refreshFlags(course.termId());
            return course.withId(id);
        });
    }

    @Override
    public void update(Course course) {
        inTransaction(() -> {
            requireUpdated(execute("UPDATE course SET code = ?, code_key = ?, title = ?, credits = ?, colour = ?,"
                    + " delivery = ?, homework_hours = ? WHERE id = ?", course.code(), course.codeKey(), course.title(), course.credits(),
                    course.colour(), course.delivery().label(), course.homeworkHours(), course.id()), course.id());
            raiseBelow(course.id()); // its title and credits are in its sessions', deadlines' and study blocks' events
            refreshFlags(termOfCourse(course.id()));
            return null;
        });
    }

    @Override
    public SyncSession add(SyncSession session) {
        return inTransaction(() -> {
            long id = newItem(ItemKind.SESSION, session.courseId(), session.id());
            WeeklyPattern p = session.pattern();
            SectionFacts f = session.sectionFacts();
            execute("INSERT INTO sync_session (id, course_id, kind, days, start_time, end_time, every_weeks, first_date, last_date, location,"
                    + " section, instructor, crn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, session.courseId(), session.kind().label(),
                    Weekdays.format(p.days()), p.start(), p.end(), p.everyWeeks(), p.firstDate(), p.lastDate(), session.location(),
                    f.section(), f.instructor(), f.crn());
            writeSkippedDates(id, p, false);
            refreshFlags(termOfCourse(session.courseId()));
            return session.withId(id);
        });
    }

    @Override
    public void update(SyncSession session) {
        inTransaction(() -> {
            Long termBefore = termOfItemIfAny(session.id());
            WeeklyPattern p = session.pattern();
            SectionFacts f = session.sectionFacts();
            requireUpdated(execute("UPDATE sync_session SET course_id = ?, kind = ?, days = ?, start_time = ?, end_time = ?,"
                    + " every_weeks = ?, first_date = ?, last_date = ?, location = ?, section = ?, instructor = ?, crn = ? WHERE id = ?",
                    session.courseId(), session.kind().label(), Weekdays.format(p.days()), p.start(), p.end(), p.everyWeeks(),
                    p.firstDate(), p.lastDate(), session.location(), f.section(), f.instructor(), f.crn(), session.id()), session.id());
            execute("UPDATE item SET parent_id = ? WHERE id = ?", session.courseId(), session.id());
            writeSkippedDates(session.id(), p, true);
            refreshFlagsOfBoth(termBefore, termOfCourse(session.courseId()));
            return null;
        });
    }

    @Override
    public Commitment add(Commitment commitment) {
        return inTransaction(() -> {
            long id = newItem(ItemKind.COMMITMENT, commitment.termId(), commitment.id());
            WeeklyPattern p = commitment.pattern();
            execute("INSERT INTO commitment (id, term_id, title, days, start_time, end_time, every_weeks, first_date, last_date, zone)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, commitment.termId(), commitment.title(), Weekdays.format(p.days()),
                    p.start(), p.end(), p.everyWeeks(), p.firstDate(), p.lastDate(), zoneId(commitment.zone()));
            writeSkippedDates(id, p, false);
            refreshFlags(commitment.termId());
            return commitment.withId(id);
        });
    }

    @Override
    public void update(Commitment commitment) {
        inTransaction(() -> {
            WeeklyPattern p = commitment.pattern();
            requireUpdated(execute("UPDATE commitment SET title = ?, days = ?, start_time = ?, end_time = ?, every_weeks = ?,"
                    + " first_date = ?, last_date = ?, zone = ? WHERE id = ?", commitment.title(), Weekdays.format(p.days()), p.start(),
                    p.end(), p.everyWeeks(), p.firstDate(), p.lastDate(), zoneId(commitment.zone()), commitment.id()), commitment.id());
            writeSkippedDates(commitment.id(), p, true);
            refreshFlags(number("SELECT term_id FROM commitment WHERE id = ?", commitment.id()));
            return null;
        });
    }

    /** @param replacing false for an item inserted just now, which has none yet (they go with their item: ON DELETE CASCADE) */
    private void writeSkippedDates(long itemId, WeeklyPattern pattern, boolean replacing) throws SQLException {
        if (replacing) {
            execute("DELETE FROM skipped_date WHERE item_id = ?", itemId);
        }
        for (LocalDate d : pattern.skippedDates()) {
            execute("INSERT INTO skipped_date (item_id, date) VALUES (?, ?)", itemId, d);
        }
    }

    private static final String MODULE_COLUMNS = "course_id, title, effort_hours, schedule, opens_day, opens_time, due_day,"
            + " due_time, weeks, first_week, opens_at, due_at";

    /** The values of {@link #MODULE_COLUMNS}, in order. */
    private static Object[] moduleValues(AsyncModule m) {
        if (m.schedule() instanceof WeeklyWindow w) {
            return new Object[] {m.courseId(), m.title(), m.effortHours(), "weekly", Weekdays.code(w.opensDay()), w.opensAt(),
                Weekdays.code(w.dueDay()), w.dueAt(), w.weeks(), w.firstWeek(), null, null};
        }
        SingleWindow s = (SingleWindow) m.schedule();
        return new Object[] {m.courseId(), m.title(), m.effortHours(), "single", null, null, null, null, null, null, s.opens(), s.due()};
    }

    @Override
    public AsyncModule add(AsyncModule module) {
        return inTransaction(() -> {
            long id = newItem(ItemKind.MODULE, module.courseId(), module.id());
            List<Object> values = new ArrayList<>(List.of(id));
            values.addAll(Arrays.asList(moduleValues(module)));
            execute("INSERT INTO async_module (id, " + MODULE_COLUMNS + ") VALUES (?" + ", ?".repeat(12) + ")", values.toArray());
            writeModuleWeeks(id, module, false);
            refreshFlags(termOfCourse(module.courseId()));
            return module.withId(id);
        });
    }

    @Override
    public void update(AsyncModule module) {
        inTransaction(() -> {
            Long termBefore = termOfItemIfAny(module.id());
            List<Object> values = new ArrayList<>(Arrays.asList(moduleValues(module)));
            values.add(module.id());
            requireUpdated(execute("UPDATE async_module SET (" + MODULE_COLUMNS + ") = (?" + ", ?".repeat(11) + ") WHERE id = ?",
                    values.toArray()), module.id());
            raiseBelow(module.id()); // its title is in its study blocks' events
            execute("UPDATE item SET parent_id = ? WHERE id = ?", module.courseId(), module.id());
            writeModuleWeeks(module.id(), module, true);
            refreshFlagsOfBoth(termBefore, termOfCourse(module.courseId()));
            return null;
        });
    }

    /** @param replacing false for a module inserted just now, which has none yet (they go with their module: ON DELETE CASCADE) */
    private void writeModuleWeeks(long id, AsyncModule module, boolean replacing) throws SQLException {
        if (replacing) {
            execute("DELETE FROM module_week WHERE module_id = ?", id);
        }
        for (int week : module.skippedWeeks()) {
            execute("INSERT INTO module_week (module_id, week, state) VALUES (?, ?, 'skipped')", id, week);
        }
        for (int week : module.doneWeeks()) {
            execute("INSERT INTO module_week (module_id, week, state) VALUES (?, ?, 'done')", id, week);
        }
    }

    @Override
    public StudyBlock add(StudyBlock block) {
        return inTransaction(() -> {
            long id = newItem(ItemKind.STUDY, parentOf(block), block.id());
            execute("INSERT INTO study_block (id, module_id, course_id, week, start_at, minutes, auto) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id, target(block.moduleId()), target(block.courseId()), block.week(), block.start(), block.minutes(), block.auto() ? 1 : 0);
            refreshFlags(termOf(block));
            return block.withId(id);
        });
    }

    @Override
    public void update(StudyBlock block) {
        inTransaction(() -> {
            Long termBefore = termOfItemIfAny(block.id());
            requireUpdated(execute("UPDATE study_block SET module_id = ?, course_id = ?, week = ?, start_at = ?, minutes = ?, auto = ?"
                    + " WHERE id = ?", target(block.moduleId()), target(block.courseId()), block.week(), block.start(), block.minutes(),
                    block.auto() ? 1 : 0, block.id()), block.id());
            execute("UPDATE item SET parent_id = ? WHERE id = ?", parentOf(block), block.id());
            refreshFlagsOfBoth(termBefore, termOf(block));
            return null;
        });
    }

    @Override
    public void remove(long id) {
        inTransaction(() -> {
            String kind = text("SELECT kind FROM item WHERE id = ?", id);
            Long termId = kind == null || kind.equals(ItemKind.TERM.label()) ? null : termOfItem(id);
            requireUpdated(execute("DELETE FROM item WHERE id = ?", id), id);
            if (termId != null) {
                refreshFlags(termId);
            }
            return null;
        });
    }

    /** The term an item belongs to: follow its parents up to the term. */
    private long termOfItem(long id) throws SQLException {
        return number("WITH RECURSIVE up(id, parent_id, kind) AS (SELECT id, parent_id, kind FROM item WHERE id = ?"
                + " UNION ALL SELECT i.id, i.parent_id, i.kind FROM item i JOIN up ON i.id = up.parent_id)"
                + " SELECT id FROM up WHERE kind = 'term'", id);
    }

    // ---- plumbing ----

    /**
     * A new item's id: the one it comes with when that id was used before and is free again (a
     * deletion being undone keeps its ids, so its export UIDs and the edits before it still hold),
     * else the next one.
     */
    private long newItem(ItemKind kind, Long parentId, long wantedId) throws SQLException {
        boolean reuse = wantedId > 0 && text("SELECT id FROM item WHERE id = ?", wantedId) == null
                && text("SELECT seq FROM sqlite_sequence WHERE name = 'item' AND seq >= ?", wantedId) != null;
        if (reuse) {
            execute("INSERT INTO item (id, kind, parent_id) VALUES (?, ?, ?)", wantedId, kind.label(), parentId);
            restoreIdentity(wantedId);
            return wantedId;
        }
        return Long.parseLong(text("INSERT INTO item (kind, parent_id) VALUES (?, ?) RETURNING id", kind.label(), parentId));
    }

    /**
     * An item back under the id it had before it was deleted: the calendar UIDs it was imported
     * from (unless an import has linked them to another item since) and a revision above the one it
     * had, so an export's SEQUENCE never goes backwards.
     */
    private void restoreIdentity(long id) throws SQLException {
        execute("UPDATE item SET revision = (SELECT revision + 1 FROM retired_item WHERE id = ?)"
                + " WHERE id = ? AND EXISTS (SELECT 1 FROM retired_item WHERE id = ?)", id, id, id);
        execute("INSERT OR IGNORE INTO external_uid (uid, item_id) SELECT uid, item_id FROM retired_uid WHERE item_id = ?", id);
        execute("DELETE FROM retired_uid WHERE item_id = ?", id);
        execute("DELETE FROM retired_item WHERE id = ?", id);
    }

    /**
     * Raises the revision of everything below an item that changed: a course's title, a module's title
     * or a term's breaks are written into the events of what it holds, and an event whose text changed
     * needs a higher SEQUENCE, or calendar apps keep their old copy.
     */
    private void raiseBelow(long id) throws SQLException {
        execute("WITH RECURSIVE below(id) AS (SELECT id FROM item WHERE parent_id = ? UNION ALL"
                + " SELECT i.id FROM item i JOIN below b ON i.parent_id = b.id)"
                + " UPDATE item SET revision = revision + 1 WHERE id IN (SELECT id FROM below)", id);
    }

    /** Refuses a change that touched no row (a stale id); otherwise raises the item's revision (its export SEQUENCE). */
    private Object requireUpdated(int rows, long id) throws SQLException {
        if (rows == 0) {
            throw new Refusal("id", "nothing has the id " + id + " (was it removed?): 'list' shows the ids");
        }
        execute("UPDATE item SET revision = revision + 1 WHERE id = ?", id);
        return null;
    }

    private int execute(String sql, Object... values) throws SQLException {
        PreparedStatement ps = prepared(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (v instanceof Number || v instanceof String) {
                    ps.setObject(i + 1, v);
                } else {
                    ps.setString(i + 1, v.toString()); // LocalDate, LocalTime, LocalDateTime: ISO text
                }
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            forget(sql);
            throw e;
        }
    }

    /**
     * The statements of {@link #execute} and {@link #text}, prepared once per connection: an import
     * of a registrar's catalog runs the same few statements thousands of times, and preparing one
     * costs more than running it. Each is reset after its use (its result read whole and closed),
     * so none holds SQLite's read lock between calls; one that failed is closed and prepared again.
     * The least recently used beyond {@link #MOST_STATEMENTS} are closed (a window stays open for
     * days, and a few statements are made for their number of rows).
     */
    private final Map<String, PreparedStatement> statements = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MOST_STATEMENTS) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };
    private static final int MOST_STATEMENTS = 200;

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    private void forget(String sql) {
        PreparedStatement ps = statements.remove(sql);
        if (ps != null) {
            closeQuietly(ps);
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // already unusable; it is only dropped from the cache
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private String text(String sql, Object... keys) throws SQLException {
        PreparedStatement ps = prepared(sql);
        try {
            for (int i = 0; i < keys.length; i++) {
                ps.setObject(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            forget(sql);
            throw e;
        }
    }

    private Map<Long, Set<LocalDate>> skippedDates(String sql, long termId) throws SQLException {
        Map<Long, Set<LocalDate>> dates = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dates.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(date(rs, 2));
                }
            }
        }
        return dates;
    }

    private static final String PATTERN_COLUMNS = "days, start_time, end_time, every_weeks, first_date, last_date";
    private static final String PATTERN_COLUMNS_S = "s.days, s.start_time, s.end_time, s.every_weeks, s.first_date, s.last_date";

    /** Reads the six pattern columns starting at {@code column}. */
    static WeeklyPattern pattern(ResultSet rs, int column, Set<LocalDate> skipped) throws SQLException {
        Set<DayOfWeek> days = Weekdays.parse(rs.getString(column));
        return new WeeklyPattern(days, time(rs, column + 1), time(rs, column + 2), rs.getInt(column + 3),
                date(rs, column + 4), date(rs, column + 5), skipped);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoText.date(s);
    }

    private static LocalTime time(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoText.time(s);
    }

    private static LocalDateTime dateTime(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoText.dateTime(s);
    }

    private static String zoneId(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    @Override
    public Catalog catalog(long termId) {
        return reading(() -> {
            readTerm(termId); // a refusal when there is no such term
            return CatalogRows.read(connection, termId);
        });
    }

    @Override
    public void replaceCatalog(long termId, Catalog catalog) {
        inTransaction(() -> {
            readTerm(termId);
            CatalogRows.replace(connection, termId, catalog);
            return null;
        });
    }

    @Override
    public Optional<SyncAccount> account(long termId) {
        return reading(() -> SyncRows.account(connection, termId));
    }

    @Override
    public void saveAccount(long termId, SyncAccount account) {
        inTransaction(() -> {
            readTerm(termId); // a refusal when there is no such term
            SyncRows.saveAccount(connection, termId, account);
            return null;
        });
    }

    @Override
    public void forgetAccount(long termId) {
        inTransaction(() -> {
            SyncRows.forgetAccount(connection, termId);
            return null;
        });
    }

    @Override
    public Map<String, PublishedResource> published(long termId) {
        return reading(() -> SyncRows.published(connection, termId));
    }

    @Override
    public void recordSending(long termId, String uid, String summary, String href, String fingerprint) {
        inTransaction(() -> {
            Refusal.require(SyncRows.account(connection, termId).isPresent(), "url",
                    "the term stopped syncing while this was published: set up its calendar again");
            SyncRows.recordSending(connection, termId, uid, summary, href, fingerprint);
            return null;
        });
    }

    @Override
    public void recordPublished(long termId, PublishedResource resource) {
        inTransaction(() -> {
            Refusal.require(SyncRows.account(connection, termId).isPresent(), "url",
                    "the term stopped syncing while this was published: set up its calendar again");
            SyncRows.recordPublished(connection, termId, resource);
            return null;
        });
    }

    @Override
    public void forgetPublished(long termId, String uid) {
        inTransaction(() -> {
            SyncRows.forgetPublished(connection, termId, uid);
            return null;
        });
    }

    @Override
    public Optional<Long> itemForUid(String uid) {
        return reading(() -> Optional.ofNullable(text("SELECT item_id FROM external_uid WHERE uid = ?", uid)).map(Long::valueOf));
    }

    /** Rows per INSERT of {@link #linkUids}: 2 parameters each, far below SQLite's limit of 32,766. */
    private static final int LINKS_PER_STATEMENT = 500;

    /** Many rows per statement: running a statement costs more than a row in it (a catalog's import links hundreds). */
    @Override
    public void linkUids(Map<String, Long> itemsByUid) {
        List<Map.Entry<String, Long>> links = List.copyOf(itemsByUid.entrySet());
        inTransaction(() -> {
            for (int from = 0; from < links.size(); from += LINKS_PER_STATEMENT) {
                List<Map.Entry<String, Long>> part = links.subList(from, Math.min(links.size(), from + LINKS_PER_STATEMENT));
                Object[] values = new Object[part.size() * 2];
                for (int i = 0; i < part.size(); i++) {
                    values[2 * i] = part.get(i).getKey();
                    values[2 * i + 1] = part.get(i).getValue();
                }
                execute("INSERT INTO external_uid (uid, item_id) VALUES " + String.join(", ", java.util.Collections.nCopies(part.size(), "(?, ?)"))
                        + " ON CONFLICT (uid) DO UPDATE SET item_id = excluded.item_id", values);
            }
            return null;
        });
    }

    /**
     * One write transaction; inside another one (a command line's change, which runs in one
     * transaction from its first read), a savepoint, so that this part alone is undone when it
     * fails or is a dry run, as when it stands alone.
     */
    @Override
    public synchronized <T> T atomically(java.util.function.Supplier<T> work) {
        if (depth == 0) {
            return inTransaction(work::get);
        }
        String savepoint = "part" + depth;
        statement("SAVEPOINT " + savepoint);
        depth++;
        try {
            T result = work.get();
            statement("RELEASE " + savepoint);
            return result;
        } catch (RuntimeException | Error e) {
            statement("ROLLBACK TO " + savepoint);
            statement("RELEASE " + savepoint);
            throw e;
        } finally {
            depth--;
        }
    }

    /** SQLite's data_version: it changes when another connection commits, and costs no read of the plan. */
    @Override
    public synchronized long dataVersion() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void statement(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** How many {@link #inTransaction} calls are running on this thread's stack: only the outermost commits. */
    private int depth;
    /** Terms whose findings are written when the outermost transaction commits. */
    private final java.util.Set<Long> staleTerms = new java.util.LinkedHashSet<>();

    /** Runs {@code work}, which only reads, in one (deferred) transaction: it sees one state of the plan. */
    private <T> T reading(Work<T> work) {
        return transaction(false, work);
    }

    /**
     * Runs {@code work} in one write transaction: all of it is saved, or none of it. Nested calls
     * join the outer one. It begins with BEGIN IMMEDIATE (see docs/decisions/0015), so what a
     * change reads is still so when it writes, and other writers wait for it.
     */
    private <T> T inTransaction(Work<T> work) {
        return transaction(true, work);
    }

    private synchronized <T> T transaction(boolean write, Work<T> work) {
        if (depth > 0) {
            depth++;
            try {
                return work.run();
            } catch (SQLException e) {
                throw failure(e);
            } finally {
                depth--;
            }
        }
        if (write && readOnly) {
            throw SqliteFailures.readOnly(file.toString(), null);
        }
        try {
            SqliteFailures.begin(connection, write, busyWait, file.toString());
        } catch (SQLException e) {
            throw failure(e);
        }
        depth = 1;
        try {
            T result = work.run();
            for (long termId : staleTerms) {
                if (text("SELECT id FROM term WHERE id = ?", termId) != null) {
                    writeFlags(termId);
                }
            }
            SqliteFailures.commit(connection);
            return result;
        } catch (SQLException e) {
            SqliteFailures.rollback(connection, e);
            throw failure(e);
        } catch (RuntimeException | Error e) {
            SqliteFailures.rollback(connection, e);
            throw e;
        } finally {
            staleTerms.clear();
            depth = 0;
        }
    }

    private RuntimeException failure(SQLException e) {
        if (e.getMessage() != null && e.getMessage().contains("SQLITE_CONSTRAINT")) {
            return new Refusal("plan", "the plan refused this change (" + e.getMessage() + "); nothing was changed");
        }
        StorageException known = SqliteFailures.translate(e, file.toString());
        if (known != null) {
            return known;
        }
        return new StorageException("the plan " + file + " could not be read or saved (" + e.getMessage()
                + "); nothing was changed", e);
    }
}

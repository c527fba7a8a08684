package org.courseplanner.ui.main;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.CalendarFiles;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.DateRange;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.UniqueNames;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.domain.engine.Severity;
import org.courseplanner.ui.common.AddItemEdit;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.CatalogPanels;
import org.courseplanner.ui.common.ChangeEdit;
import org.courseplanner.ui.common.Delays;
import org.courseplanner.ui.common.Failures;
import org.courseplanner.ui.common.Sentences;
import org.courseplanner.ui.common.ShownWeek;
import org.courseplanner.ui.common.UndoStack;

/**
 * The main window's state: the plan's terms, the chosen term's courses as a tree, its summary and
 * the engine's findings. Loading runs in the background; the view only binds.
 */
public final class MainViewModel {
    private final Planner planner;
    private final BackgroundTasks tasks;
    private final ObservableList<Term> terms = FXCollections.observableArrayList();
    private final ObjectProperty<Term> selectedTerm = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<PlanTreeNode>> tree = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final FilteredList<Finding> shownFindings = new FilteredList<>(findings);
    private final ObjectProperty<Severity> severityShown = new SimpleObjectProperty<>(); // null: all
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    private final ShownWeek week;
    private final UndoStack undo;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final FileActions files;
    private final CatalogPanels catalogs;
    private final StudyTimeActions study;
    /** What long work (planning study time) is doing or did; shown instead of the plan's counts until the next change. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanFindings> loadedFindings = new ReadOnlyObjectWrapper<>();

    /**
     * @param weekOn builds the week calendar on the window's undo history, so that its drags and
     *               the forms' edits are one history (app passes the week feature's view model)
     * @param clock  the planner's clock: "Plan study time" plans from its now on
     */
    public MainViewModel(Planner planner, BackgroundTasks tasks, CalendarFiles calendarFiles,
                         java.util.function.Function<UndoStack, ShownWeek> weekOn, java.time.Clock clock) {
        this(planner, tasks, calendarFiles, weekOn, window -> CatalogPanels.NONE, clock);
    }

    /**
     * @param weekOn     builds the week calendar on the window's undo history, so that its drags and
     *                   the forms' edits are one history (app passes the week feature's view model)
     * @param catalogsOn builds the catalog and schedule panels on the window's history, week and status bar
     *                   (app passes the catalog feature)
     * @param clock      the planner's clock: "Plan study time" plans from its now on
     */
    public MainViewModel(Planner planner, BackgroundTasks tasks, CalendarFiles calendarFiles,
                         java.util.function.Function<UndoStack, ShownWeek> weekOn,
                         java.util.function.Function<CatalogPanels.Window, CatalogPanels> catalogsOn, java.time.Clock clock) {
        this.planner = planner;
        this.tasks = tasks;
        this.undo = new UndoStack(tasks, this::editRefused);
        this.files = new FileActions(planner, tasks, calendarFiles, () -> current, status::set, message::set, undo);
        this.week = weekOn.apply(undo);
        this.study = new StudyTimeActions(planner, clock, tasks, () -> current, notice::set, message::set, undo);
        this.catalogs = catalogsOn.apply(new CatalogPanels.Window(undo, week, () -> current, notice::set, message::set));
        week.planningStudyProperty().bind(study.runningProperty());
        undo.revisionProperty().addListener((obs, old, now) -> {
            message.set(""); // a refusal, if any, is reported right after
            notice.set("");
            reloadTerms();
        });
        selectedTerm.addListener((obs, old, term) -> loadTerm(term));
        severityShown.addListener((obs, old, now) -> shownFindings.setPredicate(f -> now == null || f.severity() == now));
    }

    /** "1 conflict", "2 conflicts". */
    private static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** The student clicked a finding: open its week with its items highlighted. */
    public void choose(Finding finding) {
        if (finding != null) {
            week.showFinding(finding);
        }
    }

    /** Which findings the list shows: one severity, or all when {@code null}. */
    public ObjectProperty<Severity> severityShownProperty() {
        return severityShown;
    }

    /** The findings the filter lets through. */
    public ObservableList<Finding> shownFindings() {
        return shownFindings;
    }

    /** Reads the terms and opens the one that contains today (else the newest). */
    public void load() {
        loading.set(true);
        tasks.run("Reading the plan", () -> {
            List<Term> all = planner.terms();
            Term current = all.isEmpty() ? null : planner.term(null);
            return new Object[] {all, current};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<Term> all = (List<Term>) result[0];
            terms.setAll(all);
            if (all.isEmpty()) {
                loading.set(false);
                emptyMessage.set(NO_TERM + "\nOr from the command line: course-planner term add \"Fall 2026\" --start 2026-08-31"
                        + " --end 2026-12-18 --zone America/New_York");
                status.set(planner.location() + " · no terms");
            } else {
                emptyMessage.set("");
                selectedTerm.set((Term) result[1]);
            }
        }, this::failed);
    }

    /** Term to choose after the next read of the terms (a term just added), or 0 to keep the one chosen. */
    private long termWanted;

    /** Reads the terms again (an edit may have added, renamed or removed one) and the chosen term's plan. */
    private void reloadTerms() {
        Term chosen = selectedTerm.get();
        long wanted = termWanted != 0 ? termWanted : chosen == null ? 0 : chosen.id();
        termWanted = 0;
        tasks.run("Reading the terms", planner::terms, all -> {
            terms.setAll(all);
            Term next = all.stream().filter(t -> t.id() == wanted).findFirst().orElse(all.isEmpty() ? null : all.get(0));
            if (next == null) {
                selectedTerm.set(null);
                emptyMessage.set(NO_TERM);
                return;
            }
            emptyMessage.set("");
            // the term picker may have let go of its value when its items were replaced
            if (next.equals(selectedTerm.get())) {
                loadTerm(next); // unchanged: setting it again would not read it
            } else {
                selectedTerm.set(next);
            }
        }, this::failed);
    }

    /** The plan's data_version when last looked at; {@code MIN_VALUE} before the first look. */
    private long versionSeen = Long.MIN_VALUE;
    /** Cancels the next look; null when not watching. */
    private Runnable nextLook;

    /**
     * Reads the plan again whenever another window or a command saved a change to it: looks at
     * SQLite's data_version (which this window's own saves do not change) every {@code every}, in the
     * background. The week, the course list and the findings then show what the plan holds; a form
     * still open keeps what it showed, and its save is refused if that changed ({@link ChangeEdit}).
     */
    public void watchOtherProcesses(Delays delays, Duration every) {
        stopWatching();
        lookAfter(delays, Duration.ZERO, every); // the first look at once: the plan was just read
    }

    /** Stops looking for others' changes (the window closes or opens another plan). */
    public void stopWatching() {
        if (nextLook != null) {
            nextLook.run();
            nextLook = null;
        }
    }

    private void lookAfter(Delays delays, Duration delay, Duration every) {
        nextLook = delays.after(delay, () -> tasks.run("Looking for changes made elsewhere", planner::dataVersion, version -> {
            if (nextLook == null) {
                return; // stopped meanwhile
            }
            if (versionSeen != Long.MIN_VALUE && version != versionSeen) {
                reloadTerms();
            }
            versionSeen = version;
            lookAfter(delays, every, every);
        }, failure -> {
            if (nextLook != null) {
                lookAfter(delays, every, every); // the plan was busy or is being closed: look again later, quietly
            }
        }));
    }

    static final String NO_TERM = "This plan has no term yet. Choose \"+ Term\" (or Edit ▸ New term…) to add one: its first and"
            + " last days, your school's time zone and yours.";

    /** What is wrong with a term, or empty when the planner would take it (its name must be its own). */
    public Optional<Refusal> checkTerm(Term term) {
        return UniqueNames.termNameTaken(terms, term);
    }

    /** Adds a term and shows it (undoable). */
    public void addTerm(Term term) {
        undo.execute(new AddItemEdit<Term>("Add term " + term.name(), planner, () -> shown(planner.addTerm(term)),
                t -> shown(planner.putBack(t))));
    }

    /** The term to choose when the terms are read again: the one just added. */
    private Term shown(Term added) {
        termWanted = added.id();
        return added;
    }

    /** Changes the chosen term's days, zones, breaks or caps (undoable). */
    public void updateTerm(Term before, Term after) {
        undo.execute(new ChangeEdit<>("Change " + before.name(), planner, before, () -> planner.updateTerm(after), planner::updateTerm));
    }

    /** Changes a course's code, title, credits or delivery (undoable). */
    public void updateCourse(Course before, Course after) {
        undo.execute(new ChangeEdit<>("Change " + before.code(), planner, before, () -> planner.changeCourse(after), planner::restore));
    }

    /** Changes a session's kind, place, days, times or dates (undoable). */
    public void updateSession(SyncSession before, SyncSession after) {
        undo.execute(new ChangeEdit<>("Change " + before.kind().title(), planner, before, () -> planner.changeSession(after),
                planner::restore));
    }

    /** Changes a module's title, effort or window (undoable). */
    public void updateModule(AsyncModule before, AsyncModule after) {
        undo.execute(new ChangeEdit<>("Change " + before.title(), planner, before, () -> planner.changeModule(after), planner::restore));
    }

    /** Adds a module to a course (undoable). */
    public void addModule(AsyncModule module) {
        undo.execute(new AddItemEdit<AsyncModule>("Add " + module.title(), planner, () -> planner.addModule(module), planner::putBack));
    }

    /** Moves or resizes a study block (undoable). */
    public void updateStudyBlock(StudyBlock before, StudyBlock after) {
        undo.execute(new ChangeEdit<>("Change study time", planner, before, () -> planner.changeStudyBlock(after), planner::restore));
    }

    /** Changes a commitment's title, days or times (undoable). */
    public void updateCommitment(Commitment before, Commitment after) {
        undo.execute(new ChangeEdit<>("Change " + before.title(), planner, before, () -> planner.changeCommitment(after), planner::restore));
    }

    /** The term, course, session, module, study block or commitment a tree line stands for, as last read. */
    public Optional<Object> itemOf(PlanTreeNode node) {
        if (node == null || node.template() || node.kind() == null) {
            return Optional.empty();
        }
        return itemOf(node.id());
    }

    /** The course, session, module, study block or commitment with this id, as last read. */
    public Optional<Object> itemOf(long id) {
        TermPlan plan = current;
        if (plan == null) {
            return Optional.empty();
        }
        Stream<Object> all = Stream.of(plan.courses(), plan.sessions(), plan.modules(),
                plan.studyBlocks(), plan.commitments()).flatMap(List::stream).map(Object.class::cast);
        return all.filter(o -> idOf(o) == id).findFirst();
    }

    private static long idOf(Object item) {
        if (item instanceof Course c) {
            return c.id();
        }
        if (item instanceof SyncSession s) {
            return s.id();
        }
        if (item instanceof AsyncModule m) {
            return m.id();
        }
        if (item instanceof StudyBlock b) {
            return b.id();
        }
        return ((Commitment) item).id();
    }

    /** Errors before warnings; within each, the one that comes first in the term first. */
    private static final java.util.Comparator<Finding> BY_SEVERITY_THEN_DATE = java.util.Comparator.comparing(Finding::severity)
            .thenComparing(Finding::first, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    private record Loaded(TermPlan plan, PlanFindings findings) {
    }

    /** The plan last read, for checks that need no database (a course code already taken). */
    private TermPlan current;

    /** What is wrong with a new course, or "" when the planner would take it. Runs on the UI thread: no database. */
    public String checkCourse(String code, String title, double credits, Delivery delivery) {
        return courseRefusal(code, title, credits, delivery).map(Sentences::of).orElse("");
    }

    /** The planner's refusal of a new course, naming its field, or empty. Runs on the UI thread: no database. */
    public Optional<Refusal> courseRefusal(String code, String title, double credits,
                                                                             Delivery delivery) {
        if (current == null) {
            return Optional.of(new Refusal("term", "add a term first"));
        }
        try {
            return UniqueNames.courseCodeTaken(current, new Course(0, current.term().id(), code, title, credits, null, delivery, null));
        } catch (Refusal r) {
            return Optional.of(r);
        }
    }

    /** A commitment read from the form's text, or a refusal that says what to fix. */
    static WeeklyPattern commitmentPattern(String days, String start, String end) {
        LocalTime from = clockTime(start, "start");
        LocalTime to = clockTime(end, "end");
        var dayset = Weekdays.parse(days);
        if (dayset.isEmpty()) {
            throw new Refusal("days", "give the days, e.g. TU,TH");
        }
        return WeeklyPattern.weekly(dayset, from, to);
    }

    /** A time typed as HH:MM (or H:MM), refused under {@code field} when it is not one. */
    private static LocalTime clockTime(String text, String field) {
        String t = text == null ? "" : text.strip();
        try {
            return LocalTime.parse(t.matches("\\d:\\d\\d") ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new Refusal(field, "write times as HH:MM on a 24-hour clock, e.g. 17:00 and 21:00");
        }
    }

    /** What is wrong with a new commitment, or "" when the planner would take it. */
    public String checkCommitment(String title, String days, String start, String end) {
        return commitmentRefusal(title, days, start, end).map(Sentences::of).orElse("");
    }

    /** The planner's refusal of a new commitment, naming its field, or empty. */
    public Optional<Refusal> commitmentRefusal(String title, String days, String start, String end) {
        if (current == null) {
            return Optional.of(new Refusal("term", "add a term first"));
        }
        try {
            new Commitment(0, current.term().id(), title, commitmentPattern(days, start, end), null);
            return Optional.empty();
        } catch (Refusal r) {
            return Optional.of(r);
        }
    }

    /** Adds a commitment in the student's zone to the chosen term (undoable). */
    public void addCommitment(String title, String days, String start, String end) {
        String term = selectedTerm.get().name();
        var pattern = commitmentPattern(days, start, end);
        undo.execute(new AddItemEdit<Commitment>("Add " + title, planner, () -> planner.addCommitment(term, title, pattern, null),
                planner::putBack));
    }

    /** Adds a session to its course, as the session form gave it (undoable). */
    public void addSession(SyncSession session) {
        if (current == null) {
            return;
        }
        String term = current.term().name();
        var course = current.courseById(session.courseId());
        undo.execute(new AddItemEdit<SyncSession>("New session for " + course.code(), planner, () -> planner.addSession(term, course.code(),
                session.kind(), session.pattern(), session.location()), planner::putBack));
    }

    /** Adds a session with no time yet (TBA) to the course, to be dragged onto the calendar (undoable). */
    public void addSessionTo(long courseId) {
        if (current == null) {
            return;
        }
        var course = current.courses().stream().filter(c -> c.id() == courseId).findFirst().orElse(null);
        if (course == null) {
            message.set("Choose a course in the list first, then add a session or a module to it.");
            return;
        }
        String term = current.term().name();
        undo.execute(new AddItemEdit<SyncSession>("New session for " + course.code(), planner, () -> planner.addSession(term, course.code(),
                SessionKind.LECTURE, WeeklyPattern.unplaced(), null), planner::putBack));
    }

    /** The course a tree line belongs to: itself, or the course above it; 0 when none. */
    public long courseOf(PlanTreeNode node, Function<PlanTreeNode, PlanTreeNode> parent) {
        for (PlanTreeNode n = node; n != null; n = parent.apply(n)) {
            if (n.kind() == ItemKind.COURSE && !n.template()) {
                return n.id();
            }
        }
        return 0;
    }

    /** The student's own zone in the chosen term. */
    public String studentZone() {
        return current == null ? "" : current.term().studentZone().getId();
    }

    /** Adds a course to the chosen term (undoable). */
    public void addCourse(String code, String title, double credits, Delivery delivery) {
        String term = selectedTerm.get().name();
        undo.execute(new AddItemEdit<Course>("Add course " + code, planner,
                () -> planner.addCourse(term, code, title, credits, null, delivery, null), planner::putBack));
    }

    private void loadTerm(Term term) {
        if (term == null) {
            return;
        }
        loading.set(true);
        tasks.run("Reading " + term.name(), () -> {
            TermPlan plan = planner.plan(term.id());
            return new Loaded(plan, PlanFindings.of(plan));
        }, loaded -> {
            if (selectedTerm.get() != null && selectedTerm.get().id() != loaded.plan().term().id()) {
                return; // another term was chosen meanwhile: its own load shows it
            }
            current = loaded.plan();
            tree.set(treeOf(loaded.plan()));
            summary.setAll(summaryOf(loaded.plan()));
            findings.setAll(loaded.findings().all().stream().sorted(BY_SEVERITY_THEN_DATE).toList());
            week.show(loaded.plan(), loaded.findings());
            loadedFindings.set(loaded.findings());
            catalogs.planShown(loaded.plan());
            long clashes = loaded.findings().conflicts().stream().filter(f -> f.severity() == Severity.ERROR).count();
            long peaks = loaded.findings().workload().peaks().size();
            status.set(planner.location() + " · " + loaded.plan().courses().size() + " courses · "
                    + loaded.plan().sessions().size() + " sessions · " + loaded.plan().modules().size() + " modules · "
                    + count(clashes, "conflict") + " to fix · " + count(peaks, "workload peak"));
            loading.set(false);
        }, this::failed);
    }

    /** What the engine found for the term shown, each time it is read again (for the workload chart). */
    public ReadOnlyObjectProperty<PlanFindings> loadedFindingsProperty() {
        return loadedFindings.getReadOnlyProperty();
    }

    /** The term shown, as last read (null before the first read). */
    public TermPlan currentPlan() {
        return current;
    }

    /** "Plan study time" on the term shown. */
    public StudyTimeActions study() {
        return study;
    }

    /** What planning study time is doing or did ("" when there is nothing to say): the status bar shows it instead of the plan's counts. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The catalog and schedule panels: File ▸ Import catalog…, Generate, and the preview of a schedule. */
    public CatalogPanels catalogs() {
        return catalogs;
    }

    /** The File menu's work on the term shown: .ics export and import, a picture of the week. */
    public FileActions files() {
        return files;
    }

    /** Removes the item of a tree line (a course with all it holds, a session, a module, a study block, a commitment); undoable. */
    public void remove(PlanTreeNode node) {
        if (current == null || node == null || node.template() || node.kind() == null || node.kind() == ItemKind.TERM) {
            message.set("Choose a course, a session, a module, a study block or a commitment to delete.");
            return;
        }
        undo.execute(new RemoveItemEdit(planner, node.id(), node.label()));
    }

    /** Says in the status bar what the student should do (no edit was made). */
    public void explain(String what) {
        message.set(what);
    }

    /** A refused edit: nothing changed; say why (an edit that failed for another reason is logged too). */
    private void editRefused(Throwable e) {
        message.set(Failures.sentence("Could not save the change", e));
    }

    private void failed(Throwable e) {
        loading.set(false);
        status.set(Failures.sentence("Could not read the plan", e));
    }

    /** A failure nothing else caught (an exception on the JavaFX thread): logged, and the status bar says so. */
    public void unexpected(Throwable e) {
        status.set(Failures.sentence("Something went wrong", e));
    }

    /** "2026-09-16 19:00–20:30", and "· planned" for a block the study planner placed. */
    private static String blockDetail(StudyBlock b) {
        return b.start().toLocalDate() + " " + b.start().toLocalTime() + "–" + b.end().toLocalTime() + (b.auto() ? " · planned" : "");
    }

    static List<PlanTreeNode> treeOf(TermPlan plan) {
        List<PlanTreeNode> nodes = new ArrayList<>();
        for (Course c : plan.courses()) {
            List<PlanTreeNode> children = new ArrayList<>();
            for (SyncSession s : plan.sessionsOf(c)) {
                boolean unplaced = !s.pattern().isPlaced();
                String detail = unplaced ? "TBA: drag it onto the calendar" : s.pattern().describe()
                        + (s.location() == null ? "" : " · " + s.location());
                children.add(new PlanTreeNode(s.id(), ItemKind.SESSION, s.kind().title(), detail, c.colour(), unplaced, List.of()));
            }
            for (AsyncModule m : plan.modulesOf(c)) {
                List<PlanTreeNode> blocks = new ArrayList<>();
                for (StudyBlock b : plan.studyBlocksOf(m)) {
                    blocks.add(new PlanTreeNode(b.id(), ItemKind.STUDY, "Study: " + m.windowTitle(b.week()), blockDetail(b), c.colour(), false,
                            List.of()));
                }
                blocks.add(PlanTreeNode.template(m.id(), ItemKind.STUDY, "+ Plan study time", "drag into one of its weeks", c.colour()));
                children.add(new PlanTreeNode(m.id(), ItemKind.MODULE, m.title() + (m.isWeekly() ? " (weekly)" : ""), m.describe() + " · "
                        + number(m.effortHours()) + " h each", c.colour(), false, blocks));
            }
            for (StudyBlock b : plan.homeworkBlocksOf(c)) {
                children.add(new PlanTreeNode(b.id(), ItemKind.STUDY, "Homework: week " + b.week(), blockDetail(b), c.colour(), false, List.of()));
            }
            children.add(PlanTreeNode.template(c.id(), ItemKind.SESSION, "+ New session", "drag onto the calendar", c.colour()));
            children.add(PlanTreeNode.template(c.id(), ItemKind.MODULE, "+ New module", "drag onto the day it opens", c.colour()));
            nodes.add(new PlanTreeNode(c.id(), ItemKind.COURSE, c.code() + "  " + c.title(), number(c.credits()) + " credits · " + c.delivery().label(),
                    c.colour(), false, children));
        }
        if (!plan.commitments().isEmpty()) {
            List<PlanTreeNode> children = new ArrayList<>();
            for (Commitment m : plan.commitments()) {
                children.add(new PlanTreeNode(m.id(), ItemKind.COMMITMENT, m.title(), m.pattern().describe() + " · "
                        + m.effectiveZone(plan.term().studentZone()).getId(), null, false, List.of()));
            }
            nodes.add(new PlanTreeNode(0, null, "My commitments", children.size() + " weekly", null, false, children));
        }
        return nodes;
    }

    static List<String> summaryOf(TermPlan plan) {
        Term t = plan.term();
        List<String> lines = new ArrayList<>();
        lines.add(t.firstDay() + " to " + t.lastDay());
        lines.add("School's time zone: " + t.schoolZone().getId());
        lines.add("My time zone: " + t.studentZone().getId());
        for (DateRange b : t.breaks()) {
            lines.add(b.name() + ": " + b.first() + " to " + b.last());
        }
        lines.add("Weekly cap: " + number(plan.weeklyCap()) + " h" + (t.weeklyCapHours() == null ? " (3 h per credit)" : ""));
        lines.add("Daily cap: " + number(t.dailyCapHours()) + " h");
        return lines;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    public UndoStack undo() {
        return undo;
    }

    /** Why the last edit was refused ("" after a successful one). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The week calendar of the chosen term. */
    public ShownWeek week() {
        return week;
    }

    public ObservableList<Term> terms() {
        return terms;
    }

    public ObjectProperty<Term> selectedTermProperty() {
        return selectedTerm;
    }

    public ReadOnlyObjectProperty<List<PlanTreeNode>> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ObservableList<String> summary() {
        return summary;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}

package org.courseplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.courseplanner.domain.CalendarImport;
import org.courseplanner.domain.CalendarImportService;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Delivery;
import org.courseplanner.domain.ExportOptions;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SampleTerm;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.engine.OccurrenceType;
import org.courseplanner.ical.IcsExporter;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.PlanDragFormats.DraggedItem;
import org.courseplanner.domain.week.WeekBlock;
import org.courseplanner.ui.week.WeekViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sequences of edits made through the window's view models (as the window makes them),
 * undos and redos, on the sample term. After every step the plan, its import links, its revisions
 * and its export are read; an undo must give back the plan as it was before the step it takes
 * back, a redo the plan as it was after it (same ids, same import links), a refused step changes
 * nothing, no item's revision (its export's SEQUENCE) ever goes down while it exists, a changed item
 * gets a higher revision, and an exported event whose text changed has a higher SEQUENCE.
 *
 * <p>Reproduce one sequence with {@code -Dundoprop.seed=N} (and {@code -Dundoprop.steps=M}); search further with
 * {@code -Dundoprop.base=B -Dundoprop.sequences=S}.
 */
class UndoRedoPropertyTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/New_York"));
    private static final String PLAN_UID = "0123456789abcdef0123456789abcdef";
    private static final ExportOptions EVERYTHING = new ExportOptions(Set.of(), true, 15, true);
    private static final long BASE_SEED = Long.getLong("undoprop.base", 20261124L);
    private static final int SEQUENCES = Integer.getInteger("undoprop.sequences", 40);
    private static final int STEPS = Integer.getInteger("undoprop.steps", 30);
    /** Each step also checks that every event whose text changed has a higher SEQUENCE (off: -Dundoprop.sequenceCheck=false). */
    private static final boolean SEQUENCE_CHECK = !"false".equals(System.getProperty("undoprop.sequenceCheck"));

    @TempDir
    Path dir;

    /** Counts over all sequences, for the report. */
    private final Map<String, Integer> counts = new TreeMap<>();

    @Test
    void undoAndRedoGiveBackThePlanItsLinksItsExportAndRevisionsThatOnlyGrow() throws Exception {
        List<String> failures = new ArrayList<>();
        String only = System.getProperty("undoprop.seed");
        List<Long> seeds = new ArrayList<>();
        if (only != null) {
            seeds.add(Long.parseLong(only));
        } else {
            for (int i = 0; i < SEQUENCES; i++) {
                seeds.add(BASE_SEED + i);
            }
        }
        for (long seed : seeds) {
            Optional<String> failure = new Sequence(seed, dir.resolve("plan-" + seed + ".db")).run(STEPS);
            failure.ifPresent(failures::add);
        }
        System.out.println("UndoRedoPropertyTest: " + seeds.size() + " sequences x " + STEPS + " steps: " + counts);
        assertThat(failures).as(failures.size() + " of " + seeds.size() + " sequences failed").isEmpty();
    }

    /** Everything that must come back: the plan, its import links, its export (without DTSTAMP and SEQUENCE). */
    private record State(List<Object> plan, Map<String, Optional<Long>> links, Export export, Map<Long, Integer> revisions,
                         Map<Long, Object> items) {
        Set<Long> ids() {
            return items.keySet();
        }

        /** The same plan, links and export, revisions aside (the export is written only when the rest is the same). */
        boolean sameAs(State other) {
            return plan.equals(other.plan) && links.equals(other.links) && export.text().equals(other.export.text());
        }

        String diff(State other) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < plan.size(); i++) {
                if (!plan.get(i).equals(other.plan.get(i))) {
                    b.append("\n    plan part ").append(i).append(" was ").append(plan.get(i)).append("\n              is now ")
                            .append(other.plan.get(i));
                }
            }
            if (!links.equals(other.links)) {
                b.append("\n    links were ").append(links).append("\n          are now ").append(other.links);
            }
            if (plan.equals(other.plan) && !export.text().equals(other.export.text())) {
                List<String> was = export.text().lines().toList();
                List<String> now = other.export.text().lines().toList();
                b.append("\n    export differs: only before ").append(was.stream().filter(l -> !now.contains(l)).limit(12).toList())
                        .append("\n                    only now ").append(now.stream().filter(l -> !was.contains(l)).limit(12).toList());
            }
            return b.toString();
        }
    }

    /**
     * The plan's .ics export (IcsExporter, a fixed plan UID, every option) without its DTSTAMP and SEQUENCE lines
     * (the revisions are checked on their own), written when first compared: exporting is most of a snapshot's cost.
     */
    private static final class Export {
        private final TermPlan plan;
        private final Map<Long, Integer> revisions;
        private String text;
        private String raw;

        Export(TermPlan plan, Map<Long, Integer> revisions) {
            this.plan = plan;
            this.revisions = revisions;
        }

        /** The export as written, DTSTAMP aside, unfolded. */
        String raw() {
            if (raw == null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    new IcsExporter().export(plan, PLAN_UID, revisions, EVERYTHING, out);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                raw = out.toString(StandardCharsets.UTF_8).replace("\r\n ", "").replace("\r\n", "\n").lines()
                        .filter(l -> !l.startsWith("DTSTAMP")).collect(Collectors.joining("\n"));
            }
            return raw;
        }

        /** Each event's and to-do's lines but its SEQUENCE, and its SEQUENCE, by UID. */
        Map<String, Map.Entry<String, Integer>> components() {
            Map<String, Map.Entry<String, Integer>> byUid = new TreeMap<>();
            StringBuilder body = null;
            String uid = null;
            int sequence = 0;
            for (String line : raw().lines().toList()) {
                if (line.equals("BEGIN:VEVENT") || line.equals("BEGIN:VTODO")) {
                    body = new StringBuilder();
                    uid = null;
                    sequence = 0;
                } else if (body != null && (line.equals("END:VEVENT") || line.equals("END:VTODO"))) {
                    byUid.put(uid, Map.entry(body.toString(), sequence));
                    body = null;
                } else if (body != null && line.startsWith("UID:")) {
                    uid = line.substring(4);
                } else if (body != null && line.startsWith("SEQUENCE:")) {
                    sequence = Integer.parseInt(line.substring(9).strip());
                } else if (body != null) {
                    body.append(line).append('\n');
                }
            }
            return byUid;
        }

        String text() {
            if (text == null) {
                text = raw().lines()
                        .filter(l -> !l.startsWith("DTSTAMP") && !l.startsWith("SEQUENCE")).collect(Collectors.joining("\n"));
            }
            return text;
        }
    }

    /** One done step on the history, with the states around it. */
    private record Entry(String step, State before, State after) {
    }

    private final class Sequence {
        private final long seed;
        private final Random random;
        private final SqlitePlanRepository repository;
        private final Planner planner;
        private final MainViewModel model;
        private final WeekViewModel week;
        private final long termId;
        private final List<String> steps = new ArrayList<>();
        private final Deque<Entry> done = new ArrayDeque<>();
        private final Deque<Entry> undone = new ArrayDeque<>();
        private final Set<String> uids = new LinkedHashSet<>();
        private final Map<Long, Integer> highest = new HashMap<>();
        private int courses;
        private int imports;

        Sequence(long seed, Path file) {
            this.seed = seed;
            this.random = new Random(seed);
            this.repository = SqlitePlanRepository.open(file);
            this.planner = new Planner(repository, NOV_24);
            this.termId = SampleTerm.addTo(planner, LocalDate.of(2026, 11, 24)).id();
            this.model = Windows.open(planner, BackgroundTasks.direct(), NOV_24, MainViewModelTest.noCalendars(planner));
            model.load();
            this.week = Windows.week(model);
        }

        Optional<String> run(int count) {
            try {
                State state = state();
                checkRevisions(state, state, "at the start");
                for (int i = 0; i < count; i++) {
                    state = step(state);
                }
                return Optional.empty();
            } catch (AssertionError | RuntimeException e) {
                String report = "seed " + seed + " (run with -Dundoprop.seed=" + seed + " -Dundoprop.steps=" + steps.size() + "): "
                        + e.getMessage() + "\n  steps:\n    " + String.join("\n    ", steps);
                System.out.println(report);
                if (!(e instanceof AssertionError)) {
                    e.printStackTrace(System.out);
                }
                return Optional.of(report);
            } finally {
                repository.close();
            }
        }

        private void count(String what) {
            counts.merge(what, 1, Integer::sum);
        }

        /** One random step; returns the state after it, checked. */
        private State step(State before) {
            int roll = random.nextInt(100);
            if (roll < 20 && !done.isEmpty()) {
                return undo(before);
            }
            if (roll < 45 && !undone.isEmpty()) {
                return redo(before);
            }
            int stackRevision = model.undo().revisionProperty().get();
            String step = edit();
            steps.add(step);
            State after = state();
            boolean issued = model.undo().revisionProperty().get() != stackRevision;
            String refusal = model.messageProperty().get();
            if (!issued || !refusal.isEmpty()) {
                count(issued ? "refused" : "not issued");
                steps.set(steps.size() - 1, step + (issued ? "  -> refused: " + refusal : "  -> nothing to do"));
                require(after.sameAs(before) && after.revisions().equals(before.revisions()),
                        "a step that was " + (issued ? "refused" : "not made") + " changed the plan:" + before.diff(after)
                                + (after.revisions().equals(before.revisions()) ? "" : "\n    revisions " + before.revisions() + " -> "
                                + after.revisions()));
                return after;
            }
            count("edits");
            count("edit " + step.split(" ")[0]);
            done.push(new Entry(step, before, after));
            undone.clear();
            checkRevisions(before, after, "after " + step);
            require(model.undo().canUndoProperty().get(), "Undo is off after " + step);
            require(!model.undo().canRedoProperty().get(), "Redo is on after a new edit " + step);
            return after;
        }

        private State undo(State before) {
            require(model.undo().canUndoProperty().get(), "Undo is off with " + done.size() + " steps to undo");
            Entry entry = done.peek();
            steps.add("UNDO (" + entry.step() + ")");
            model.undo().undo();
            State after = state();
            require(model.messageProperty().get().isEmpty(), "the undo of " + entry.step() + " was refused: "
                    + model.messageProperty().get());
            done.pop();
            undone.push(entry);
            count("undos");
            require(entry.before().sameAs(after), "undoing " + entry.step() + " did not give back the plan"
                    + " before it:" + entry.before().diff(after));
            checkRevisions(before, after, "after undoing " + entry.step());
            return after;
        }

        private State redo(State before) {
            require(model.undo().canRedoProperty().get(), "Redo is off with " + undone.size() + " steps to redo");
            Entry entry = undone.peek();
            steps.add("REDO (" + entry.step() + ")");
            model.undo().redo();
            State after = state();
            require(model.messageProperty().get().isEmpty(), "the redo of " + entry.step() + " was refused: "
                    + model.messageProperty().get());
            undone.pop();
            done.push(entry);
            count("redos");
            require(entry.after().sameAs(after), "redoing " + entry.step() + " did not give back the plan"
                    + " after it:" + entry.after().diff(after));
            checkRevisions(before, after, "after redoing " + entry.step());
            return after;
        }

        /** No item's revision is lower than it ever was, for every item there now. */
        private void checkRevisions(State previous, State state, String when) {
            if (SEQUENCE_CHECK && previous != state) {
                var was = previous.export().components();
                var now = state.export().components();
                for (var e : now.entrySet()) {
                    var old = was.get(e.getKey());
                    if (old == null || old.getKey().equals(e.getValue().getKey()) || e.getValue().getValue() > old.getValue()) {
                        continue;
                    }
                    require(false, "the event " + e.getKey() + " changed with SEQUENCE " + old.getValue() + " -> " + e.getValue().getValue() + " " + when
                                    + ":\n      was " + old.getKey().replace("\n", " | ") + "\n      now " + e.getValue().getKey().replace("\n", " | "));
                }
            }
            for (long id : state.ids()) {
                Object was = previous.items().get(id);
                Object now = state.items().get(id);
                // a changed item must have a higher SEQUENCE, or calendar apps keep the old copy
                require(was == null || was.equals(now) || state.revisions().getOrDefault(id, 0) > previous.revisions().getOrDefault(id, 0),
                        "item " + id + " changed without a higher revision " + when + ": " + was + " -> " + now + ", revision "
                                + previous.revisions().getOrDefault(id, 0));
                int revision = state.revisions().getOrDefault(id, 0);
                Integer highestSeen = highest.get(id);
                require(highestSeen == null || revision >= highestSeen, "the revision of item " + id + " went down from " + highestSeen
                        + " to " + revision + " " + when);
                highest.merge(id, revision, Math::max);
            }
        }

        private void require(boolean condition, String message) {
            if (!condition) {
                throw new AssertionError(message);
            }
        }

        // ---- the edits, made as the window makes them ----

        private String edit() {
            TermPlan plan = model.currentPlan();
            int kind = random.nextInt(20);
            if (plan.courses().isEmpty() && (kind == 1 || kind == 2 || kind == 11 || kind == 16)) {
                kind = 0;
            }
            switch (kind) {
                case 0 -> {
                    String code = "NEW " + (100 + courses++);
                    double credits = 1 + random.nextInt(4);
                    model.addCourse(code, "Course " + code, credits, Delivery.values()[random.nextInt(Delivery.values().length)]);
                    return "addCourse " + code + " " + credits;
                }
                case 1 -> {
                    Course c = pick(plan.courses());
                    String title = c.title() + " v" + random.nextInt(100);
                    double credits = random.nextBoolean() ? c.credits() : 1 + random.nextInt(5);
                    model.updateCourse(c, new Course(c.id(), c.termId(), c.code(), title, credits, c.colour(), c.delivery(),
                            c.homeworkHours()));
                    return "changeCourse " + c.id() + " " + c.code() + " title '" + title + "' credits " + credits;
                }
                case 2 -> {
                    Course c = pick(plan.courses());
                    if (random.nextBoolean()) {
                        model.addSessionTo(c.id());
                        return "addSession TBA to " + c.code();
                    }
                    int day = random.nextInt(7);
                    int minute = minute();
                    shownWeek(plan);
                    week.drop(new DraggedItem(ItemKind.SESSION, c.id(), true), day, minute);
                    return "addSession " + c.code() + " dropped on " + week.date(day) + " at " + time(minute);
                }
                case 3, 4 -> {
                    return moveOrResize(plan, OccurrenceType.SESSION, kind == 4);
                }
                case 5 -> {
                    shownWeek(plan);
                    WeekBlock block = block(OccurrenceType.SESSION);
                    if (block == null) {
                        return "deleteClass: no class this week";
                    }
                    if (week.isWeekly(block) && random.nextBoolean()) {
                        week.removeMeeting(block);
                        return "deleteClass " + block.occurrence().itemId() + " this class only on " + block.occurrence().start();
                    }
                    week.remove(block);
                    return "deleteClass " + block.occurrence().itemId() + " every week";
                }
                case 6 -> {
                    var module = pick(plan.modules());
                    if (module == null) {
                        return "addStudy: no module";
                    }
                    shownWeek(plan);
                    int day = random.nextInt(7);
                    int minute = minute();
                    week.drop(new DraggedItem(ItemKind.STUDY, module.id(), true), day, minute);
                    return "addStudy for module " + module.id() + " on " + week.date(day) + " at " + time(minute);
                }
                case 7 -> {
                    return moveOrResize(plan, OccurrenceType.STUDY, random.nextBoolean());
                }
                case 8 -> {
                    var b = pick(plan.studyBlocks());
                    if (b == null) {
                        return "dropStudy: no study block";
                    }
                    shownWeek(plan);
                    int day = random.nextInt(7);
                    int minute = minute();
                    week.drop(new DraggedItem(ItemKind.STUDY, b.id()), day, minute);
                    return "dropStudy " + b.id() + " on " + week.date(day) + " at " + time(minute);
                }
                case 9 -> {
                    Commitment c = pick(plan.commitments());
                    if (c == null) {
                        return "changeCommitment: no commitment";
                    }
                    LocalTime start = LocalTime.of(6 + random.nextInt(12), 15 * random.nextInt(4));
                    LocalTime end = start.plusMinutes(30 + 15 * random.nextInt(12));
                    WeeklyPattern p = c.pattern();
                    String title = c.title().replaceAll(" v\\d+$", "") + " v" + random.nextInt(100);
                    model.updateCommitment(c, new Commitment(c.id(), c.termId(), title,
                            new WeeklyPattern(p.days(), start, end, p.everyWeeks(), p.firstDate(), p.lastDate(), p.skippedDates()), c.zone()));
                    return "changeCommitment " + c.id() + " '" + title + "' " + start + "-" + end;
                }
                case 10 -> {
                    return moveOrResize(plan, OccurrenceType.COMMITMENT, random.nextBoolean());
                }
                case 11 -> {
                    Course c = pick(plan.courses());
                    PlanTreeNode node = node(n -> n.kind() == ItemKind.COURSE && n.id() == c.id());
                    model.remove(node);
                    return "deleteCourse " + c.id() + " " + c.code();
                }
                case 12 -> {
                    List<PlanTreeNode> all = nodes().stream().filter(n -> !n.template() && n.kind() != null).toList();
                    PlanTreeNode node = pick(all);
                    if (node == null) {
                        return "deleteTreeItem: nothing in the tree";
                    }
                    model.remove(node);
                    return "deleteTreeItem " + node.kind() + " " + node.id() + " " + node.label();
                }
                case 13, 14 -> {
                    return importFeed(plan);
                }
                case 15 -> {
                    shownWeek(plan);
                    var tba = plan.sessions().stream().filter(s -> !s.pattern().isPlaced()).toList();
                    var s = tba.isEmpty() || random.nextInt(3) == 0 ? pick(plan.sessions()) : pick(tba);
                    if (s == null) {
                        return "placeSession: no session";
                    }
                    int day = random.nextInt(7);
                    int minute = minute();
                    week.drop(new DraggedItem(ItemKind.SESSION, s.id()), day, minute);
                    return "placeSession " + s.id() + " dropped on " + week.date(day) + " at " + time(minute);
                }
                case 17 -> {
                    var m = pick(plan.modules());
                    if (m == null) {
                        return "changeModule: no module";
                    }
                    String title = m.title().replaceAll(" v\\d+$", "") + " v" + random.nextInt(100);
                    double effort = 1 + random.nextInt(8);
                    model.updateModule(m, new org.courseplanner.domain.AsyncModule(m.id(), m.courseId(), title, effort, m.schedule(),
                            m.skippedWeeks(), m.doneWeeks()));
                    return "changeModule " + m.id() + " '" + title + "' " + effort + " h";
                }
                case 18 -> {
                    var s = pick(plan.sessions());
                    if (s == null) {
                        return "changeSession: no session";
                    }
                    SessionKind kind2 = SessionKind.values()[random.nextInt(SessionKind.values().length)];
                    String room = random.nextBoolean() ? null : "Room " + random.nextInt(500);
                    week.edit(s, kind2, room);
                    return "changeSession " + s.id() + " " + kind2 + " at " + room;
                }
                case 19 -> {
                    var t = plan.term();
                    double daily = 6 + random.nextInt(10);
                    Double weekly = random.nextBoolean() ? null : (double) (20 + random.nextInt(30));
                    model.updateTerm(t, new org.courseplanner.domain.Term(t.id(), t.name(), t.firstDay(), t.lastDay(), t.schoolZone(),
                            t.studentZone(), t.breaks(), weekly, daily, t.conflictSettings()));
                    return "changeTerm caps " + weekly + " weekly, " + daily + " daily";
                }
                default -> {
                    // a new module dropped on the calendar, then it can hold study time
                    Course c = pick(plan.courses());
                    shownWeek(plan);
                    int day = random.nextInt(7);
                    int minute = minute();
                    week.drop(new DraggedItem(ItemKind.MODULE, c.id(), true), day, minute);
                    return "addModule " + c.code() + " dropped on " + week.date(day) + " at " + time(minute);
                }
            }
        }

        private String moveOrResize(TermPlan plan, OccurrenceType type, boolean resize) {
            var study = pick(plan.studyBlocks());
            if (type == OccurrenceType.STUDY && study != null) {
                week.showWeekOf(study.start().toLocalDate()); // the week a study block is in
            } else {
                shownWeek(plan);
            }
            WeekBlock block = block(type);
            String what = (resize ? "resize" : "move") + type.label();
            if (block == null) {
                return what + ": none this week";
            }
            boolean everyWeek = !week.isWeekly(block) || random.nextBoolean();
            int day = block.day();
            int start = block.startMinute();
            int end;
            if (resize) {
                end = Math.min(24 * 60 - 15, start + 15 * (1 + random.nextInt(16)));
            } else {
                day = random.nextInt(7);
                start = minute();
                end = Math.min(24 * 60 - 15, start + (block.endMinute() - block.startMinute()));
            }
            week.move(block, day, start, end, everyWeek);
            return what + " " + block.occurrence().itemId() + " '" + block.occurrence().title() + "' from " + block.occurrence().start()
                    + " to " + week.date(day) + " " + time(start) + "-" + time(end) + (everyWeek ? " every week" : " this week only");
        }

        /** A small generated feed: sessions, deadlines and busy times under a few UIDs, so that a later feed updates them. */
        private String importFeed(TermPlan plan) {
            int n = ++imports;
            List<CalendarImport.Session> sessions = new ArrayList<>();
            List<CalendarImport.Deadline> deadlines = new ArrayList<>();
            List<CalendarImport.Busy> busy = new ArrayList<>();
            String[] codes = {"CS 101", "FEED 100", "FEED 200", "HIST 210"};
            for (int i = random.nextInt(3); i > 0; i--) {
                String uid = "s" + random.nextInt(4) + "@feed";
                String code = codes[random.nextInt(codes.length)];
                LocalTime start = LocalTime.of(8 + random.nextInt(10), 15 * random.nextInt(4));
                sessions.add(new CalendarImport.Session(uid, code, "Feed " + code, SessionKind.values()[random.nextInt(3)],
                        WeeklyPattern.weekly(EnumSet.of(DayOfWeek.of(1 + random.nextInt(5))), start, start.plusMinutes(50)),
                        "Room " + n));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                String uid = "d" + random.nextInt(4) + "@feed";
                String code = codes[random.nextInt(codes.length)];
                LocalDateTime due = plan.term().firstDay().plusDays(random.nextInt(100)).atTime(23, 59);
                deadlines.add(new CalendarImport.Deadline(uid, code, "Feed " + code, "Essay " + n, null, due));
            }
            if (random.nextBoolean()) {
                String uid = "b" + random.nextInt(2) + "@feed";
                LocalTime start = LocalTime.of(16 + random.nextInt(4), 0);
                busy.add(new CalendarImport.Busy(uid, "Practice " + n,
                        WeeklyPattern.weekly(EnumSet.of(DayOfWeek.of(1 + random.nextInt(7))), start, start.plusHours(1)), null));
            }
            // one UID twice in a feed would make the feed itself ambiguous
            sessions = distinct(sessions, CalendarImport.Session::uid);
            deadlines = distinct(deadlines, CalendarImport.Deadline::uid);
            CalendarImport data = new CalendarImport(sessions, deadlines, busy, List.of());
            data.sessions().forEach(s -> uids.add(s.uid()));
            data.deadlines().forEach(d -> uids.add(d.uid()));
            data.commitments().forEach(b -> uids.add(b.uid()));
            String term = plan.term().name();
            var report = new CalendarImportService(planner).apply(term, data, true);
            Path file = dir.resolve("feed-" + seed + "-" + n + ".ics");
            model.files().runImport(new FileActions.ImportPreview(file, term, data, report), () -> { });
            return "import feed " + n + ": " + sessions.stream().map(s -> s.uid() + " " + s.courseCode() + " " + s.pattern().describe()).toList()
                    + " " + deadlines.stream().map(d -> d.uid() + " " + d.courseCode() + " " + d.due()).toList()
                    + " " + busy.stream().map(b -> b.uid() + " " + b.pattern().describe()).toList();
        }

        private <T> List<T> distinct(List<T> items, java.util.function.Function<T, String> uid) {
            Map<String, T> byUid = new java.util.LinkedHashMap<>();
            items.forEach(i -> byUid.putIfAbsent(uid.apply(i), i));
            return List.copyOf(byUid.values());
        }

        /** Opens a random week of the term (or around it), as the student browsing would. */
        private void shownWeek(TermPlan plan) {
            LocalDate first = plan.term().firstDay();
            week.showWeekOf(first.plusWeeks(random.nextInt(18) - 1));
        }

        private WeekBlock block(OccurrenceType type) {
            List<WeekBlock> blocks = week.blocksProperty().get().stream().filter(b -> b.occurrence().type() == type).toList();
            return pick(blocks);
        }

        private int minute() {
            return 15 * (4 * 7 + random.nextInt(4 * 13)); // 07:00 to 19:45
        }

        private String time(int minute) {
            return String.format("%02d:%02d", minute / 60, minute % 60);
        }

        private List<PlanTreeNode> nodes() {
            return model.treeProperty().get().stream().flatMap(UndoRedoPropertyTest::flatten).toList();
        }

        private PlanTreeNode node(java.util.function.Predicate<PlanTreeNode> which) {
            return nodes().stream().filter(n -> !n.template()).filter(which).findFirst().orElseThrow();
        }

        private <T> T pick(List<T> items) {
            return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
        }

        // ---- what is compared ----

        private State state() {
            TermPlan plan = repository.load(termId);
            List<Object> parts = List.of(plan.term(), byId(plan.courses(), Course::id), byId(plan.sessions(), s -> s.id()),
                    byId(plan.modules(), m -> m.id()), byId(plan.studyBlocks(), b -> b.id()), byId(plan.commitments(), Commitment::id));
            Map<String, Optional<Long>> links = new TreeMap<>();
            uids.forEach(uid -> repository.itemForUid(uid).ifPresent(id -> links.put(uid, Optional.of(id))));
            Map<Long, Integer> revisions = new TreeMap<>(repository.revisions(termId));
            Export export = new Export(plan, Map.copyOf(revisions));
            Map<Long, Object> items = new TreeMap<>();
            items.put(termId, plan.term());
            plan.courses().forEach(c -> items.put(c.id(), c));
            plan.sessions().forEach(x -> items.put(x.id(), x));
            plan.modules().forEach(m -> items.put(m.id(), m));
            plan.studyBlocks().forEach(b -> items.put(b.id(), b));
            plan.commitments().forEach(c -> items.put(c.id(), c));
            return new State(parts, links, export, revisions, items);
        }
    }

    private static <T> List<T> byId(List<T> items, ToLongFunction<T> id) {
        return items.stream().sorted(Comparator.comparingLong(id)).toList();
    }

    private static Stream<PlanTreeNode> flatten(PlanTreeNode node) {
        return Stream.concat(Stream.of(node), node.children().stream().flatMap(UndoRedoPropertyTest::flatten));
    }
}

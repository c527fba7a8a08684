package org.courseplanner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts what an iCalendar file proposes into a term, in one transaction: missing courses are
 * created, an event imported before (same UID) updates its item instead of adding a copy, and
 * what lies outside the term is reported, not dropped silently. A dry run does all of it and
 * rolls it back, so it reports exactly what a real import would do.
 */
public final class CalendarImportService {

    private final Planner planner;

    public CalendarImportService(Planner planner) {
        this.planner = planner;
    }

    /** What an import did (or, for a dry run, would do): one line per change or skipped event. */
    /**
     * What an import did (or, in a dry run, would do).
     *
     * @param changes what it changed, to undo and redo it as one step ({@link Planner#undo(ImportChanges)})
     */
    public record Report(List<String> lines, int created, int updated, int skipped, boolean dryRun, ImportChanges changes) {
    }

    private static final class DryRunFinished extends RuntimeException {
        final transient Report report;

        DryRunFinished(Report report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    public Report apply(String termName, CalendarImport data, boolean dryRun) {
        return apply(termName, data, dryRun, Progress.NONE);
    }

    /**
     * As {@link #apply(String, CalendarImport, boolean)}, reporting each event done; when the
     * progress says cancelled, it throws {@link Progress.Cancelled} and the transaction is rolled back.
     */
    public Report apply(String termName, CalendarImport data, boolean dryRun, Progress progress) {
        PlanRepository repository = planner.repository();
        try {
            return repository.atomically(() -> {
                Term term = planner.term(termName); // read in the transaction that writes, like every change
                Steps steps = new Steps(progress, data.size());
                Report report = applyAll(term, data, dryRun, steps);
                steps.finished();
                if (dryRun) {
                    throw new DryRunFinished(report); // rolls the transaction back
                }
                return report;
            });
        } catch (DryRunFinished done) {
            return done.report;
        }
    }

    /** Counts the events done, and stops the import when it is cancelled. */
    private static final class Steps {
        private final Progress progress;
        private final long total;
        private long done;

        Steps(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void next() {
            stopIfCancelled();
            progress.update(done++, total);
        }

        void stopIfCancelled() {
            if (progress.cancelled()) {
                throw new Progress.Cancelled("The import");
            }
        }

        void finished() {
            stopIfCancelled(); // a Cancel during the last event still undoes it all
            progress.update(total, total);
        }
    }

    /**
     * The term is read once and kept up to date here (its courses, the items as they were), so an
     * import of thousands of events does not read the whole term again for each (issue 14, point 7).
     * An item the planner refuses (a text it does not take, a date it does not allow) is skipped
     * with the planner's reason; the rest is imported.
     */
    private Report applyAll(Term term, CalendarImport data, boolean dryRun, Steps steps) {
        PlanRepository repository = planner.repository();
        String planUid = repository.planUid();
        List<String> lines = new ArrayList<>();
        int[] counts = new int[3]; // created, updated, skipped
        ImportChanges changes = new ImportChanges();
        TermPlan original = repository.load(term.id()); // the items an import updates, as they were
        Courses courses = new Courses(original);
        // each item as it is now: as read, or as this import created or changed it (a second event with its UID changes it again)
        java.util.Map<Long, Object> items = new java.util.HashMap<>();
        original.sessions().forEach(x -> items.put(x.id(), x));
        original.modules().forEach(x -> items.put(x.id(), x));
        original.commitments().forEach(x -> items.put(x.id(), x));
        original.studyBlocks().forEach(x -> items.put(x.id(), x));
        Applied applied = new Applied(items, changes, counts);
        // the UIDs of the items made here, written together at the end: a statement per link was a third of a feed's time in the database
        Links links = new Links(items);
        for (String note : data.notes()) {
            lines.add("skip    " + note);
            counts[2]++;
        }
        for (CalendarImport.Session s : data.sessions()) {
            steps.next();
            String name = s.courseCode() + " " + s.kind().label();
            if (fromThisPlan(s.uid(), planUid, lines, name, counts)) {
                continue;
            }
            item(lines, counts, "session " + name, () -> {
                WeeklyPattern pattern = term.clip(s.pattern());
                if (pattern == null) {
                    return "skip    " + name + ": every meeting is outside " + term.name()
                            + " (" + term.firstDay() + " to " + term.lastDay() + ")";
                }
                Course course = course(term, courses, data, s.courseCode(), s.courseTitle(), Delivery.SYNC, lines, counts, changes);
                String location = cleaned(s.location(), TextRules.LONGEST_LOCATION, "the location of " + name, lines).orElse(null);
                Optional<Long> existing = existing(s.uid(), term, ItemKind.SESSION, links);
                String what = "session " + name + ", " + pattern.describe();
                if (existing.isPresent()) {
                    SectionFacts facts = items.get(existing.get()) instanceof SyncSession was ? was.sectionFacts() : SectionFacts.NONE;
                    SyncSession session = planner.changeSession(term, new SyncSession(existing.get(), course.id(), s.kind(), pattern,
                            location, facts)); // a calendar does not know the catalog's section: it keeps the one it had
                    return applied.updated(session.id(), session, what);
                }
                SyncSession added = planner.addSession(term, course, s.kind(), pattern, location);
                links.put(s.uid(), added.id());
                return applied.created(added.id(), added, what);
            });
        }
        for (CalendarImport.Deadline d : data.deadlines()) {
            steps.next();
            if (fromThisPlan(d.uid(), planUid, lines, d.courseCode() + " " + d.title(), counts)) {
                continue;
            }
            item(lines, counts, "deadline " + d.courseCode() + " " + d.title(), () -> {
                if (!term.contains(d.due().toLocalDate()) && (d.opens() == null || !term.contains(d.opens().toLocalDate()))) {
                    return "skip    " + d.courseCode() + " " + d.title() + " due " + d.due() + ": outside " + term.name();
                }
                String title = cleaned(d.title(), TextRules.LONGEST_TITLE, "the title of " + d.courseCode() + " " + d.title(), lines)
                        .orElseThrow(() -> new Refusal("title", "its title has no visible character"));
                Course course = course(term, courses, data, d.courseCode(), d.courseTitle(), Delivery.ASYNC, lines, counts, changes);
                SingleWindow window = new SingleWindow(d.opens() != null && d.opens().isBefore(d.due()) ? d.opens() : null, d.due());
                Optional<Long> existing = existing(d.uid(), term, ItemKind.MODULE, links);
                String what = "deadline " + d.courseCode() + " \"" + title + "\" due " + d.due();
                if (existing.isPresent()) {
                    AsyncModule old = (AsyncModule) items.get(existing.get());
                    double effort = d.effortHours() != null ? d.effortHours() : old.effortHours();
                    AsyncModule now = planner.changeModule(term, new AsyncModule(old.id(), course.id(), title, effort, window,
                            old.skippedWeeks(), old.doneWeeks()), original.studyBlocksOf(old));
                    return applied.updated(now.id(), now, what);
                }
                AsyncModule added = planner.addModule(term, new AsyncModule(0, course.id(), title,
                        d.effortHours() != null ? d.effortHours() : 1, window, java.util.Set.of(), java.util.Set.of()));
                links.put(d.uid(), added.id());
                return applied.created(added.id(), added, what);
            });
        }
        for (CalendarImport.Busy b : data.commitments()) {
            steps.next();
            if (fromThisPlan(b.uid(), planUid, lines, b.title(), counts)) {
                continue;
            }
            item(lines, counts, "\"" + b.title() + "\"", () -> {
                WeeklyPattern pattern = term.clip(b.pattern());
                if (pattern == null) {
                    return "skip    \"" + b.title() + "\": outside " + term.name();
                }
                String title = cleaned(b.title(), TextRules.LONGEST_TITLE, "the title of \"" + b.title() + "\"", lines)
                        .orElseThrow(() -> new Refusal("title", "its title has no visible character"));
                Optional<Long> existing = existing(b.uid(), term, ItemKind.COMMITMENT, links);
                String what = "commitment \"" + title + "\", " + pattern.describe();
                if (existing.isPresent()) {
                    Commitment now = planner.changeCommitment(term, new Commitment(existing.get(), term.id(), title, pattern, b.zone()));
                    return applied.updated(now.id(), now, what);
                }
                Commitment added = planner.addCommitment(term, title, pattern, b.zone());
                links.put(b.uid(), added.id());
                return applied.created(added.id(), added, what);
            });
        }
        TermPlan withModules = data.studyBlocks().isEmpty() ? null : repository.load(term.id()); // adding study blocks changes no module
        for (CalendarImport.StudyTime b : data.studyBlocks()) {
            steps.next();
            String what = (b.isHomework() ? "homework block " + b.courseCode() : "study block " + b.courseCode() + " " + b.windowTitle())
                    + ", " + b.start() + " (" + b.minutes() + " min)";
            if (fromThisPlan(b.uid(), planUid, lines, what, counts)) {
                continue;
            }
            if (b.isHomework()) {
                item(lines, counts, what, () -> {
                    // a course with homework only (no class, no deadline in the file) is made here, as a class's would be
                    Course course = course(term, courses, data, b.courseCode(), null, Delivery.SYNC, lines, counts, changes);
                    // the week it starts in, in this term: the file's week number may be another term's
                    StudyBlock block = StudyBlock.homework(0, course.id(), Math.max(1, term.weekNumber(b.start().toLocalDate())),
                            b.start(), b.minutes(), b.auto());
                    Optional<Long> existing = existing(b.uid(), term, ItemKind.STUDY, links);
                    if (existing.isPresent()) {
                        StudyBlock now = planner.changeHomeworkBlock(term, block.withId(existing.get()));
                        return applied.updated(now.id(), now, what);
                    }
                    StudyBlock added = planner.addHomeworkBlock(term, block);
                    links.put(b.uid(), added.id());
                    return applied.created(added.id(), added, what);
                });
                continue;
            }
            item(lines, counts, what, () -> {
                Optional<ModuleWeek> window = moduleWeek(withModules, b.courseCode(), b.windowTitle());
                if (window.isEmpty()) {
                    return "skip    " + what + ": " + term.name() + " has no module window \"" + b.windowTitle() + "\" of "
                            + b.courseCode() + " to study for";
                }
                AsyncModule module = withModules.module(window.get().moduleId()).orElseThrow();
                StudyBlock block = new StudyBlock(0, module.id(), 0, window.get().week(), b.start(), b.minutes(), b.auto());
                Optional<Long> existing = existing(b.uid(), term, ItemKind.STUDY, links);
                if (existing.isPresent()) {
                    StudyBlock now = planner.changeStudyBlock(term, module, block.withId(existing.get()));
                    return applied.updated(now.id(), now, what);
                }
                StudyBlock added = planner.addStudyBlock(term, module, block);
                links.put(b.uid(), added.id());
                return applied.created(added.id(), added, what);
            });
        }
        repository.linkUids(links.made);
        return new Report(List.copyOf(lines), counts[0], counts[1], counts[2], dryRun, changes);
    }

    /** The UIDs of the items an import made, until they are written; {@code items} holds each item as it is now. */
    private record Links(java.util.Map<Long, Object> items, java.util.Map<String, Long> made) {
        Links(java.util.Map<Long, Object> items) {
            this(items, new java.util.LinkedHashMap<>());
        }

        void put(String uid, long itemId) {
            made.put(uid, itemId);
        }
    }

    /**
     * Applies one item; its line says what was done. A refusal of the planner skips that item with
     * the planner's own words (nothing of it was written: the planner checks before it writes).
     */
    private static void item(List<String> lines, int[] counts, String what, java.util.function.Supplier<String> work) {
        String line;
        try {
            line = work.get();
        } catch (Refusal refused) {
            line = "skip    " + what + ": " + refused.getMessage();
        }
        if (line.startsWith("skip")) {
            counts[2]++;
        }
        lines.add(line);
    }

    /** A one-line text of the file cleaned to the planner's rules ({@link TextRules}); a line says what changed. */
    private static Optional<String> cleaned(String text, int longest, String what, List<String> lines) {
        if (!TextRules.needsCleaning(text, longest)) {
            return Optional.ofNullable(text);
        }
        Optional<String> clean = TextRules.cleaned(text, longest);
        lines.add("note    " + what + (clean.isPresent() ? " had control characters or more than " + longest
                + " characters: imported as \"" + clean.get() + "\"" : " has no visible character: left out"));
        return clean;
    }

    /** What the import did to the items, for its undo and its counts; {@code items} holds each as it is now. */
    private record Applied(java.util.Map<Long, Object> items, ImportChanges changes, int[] counts) {
        String updated(long id, Object now, String what) {
            Object was = items.put(id, now);
            if (was != null) {
                changes.changed(was, now);
            }
            counts[1]++;
            return "update  " + what;
        }

        String created(long id, Object added, String what) {
            items.put(id, added);
            changes.created(added);
            counts[0]++;
            return "create  " + what;
        }
    }

    /** The term's courses by code, kept up to date as the import creates them. */
    private static final class Courses {
        private final Term term;
        private final List<Course> all;
        private final java.util.Map<String, Course> byCode = new java.util.HashMap<>();

        Courses(TermPlan plan) {
            this.term = plan.term();
            this.all = new ArrayList<>(plan.courses());
            all.forEach(c -> byCode.putIfAbsent(c.codeKey(), c));
        }

        Optional<Course> find(String code) {
            return Optional.ofNullable(byCode.get(Course.normalise(code)));
        }

        TermPlan plan() {
            return new TermPlan(term, all, List.of(), List.of(), List.of(), List.of());
        }

        void added(Course c) {
            all.add(c);
            byCode.putIfAbsent(c.codeKey(), c);
        }
    }

    private record ModuleWeek(long moduleId, int week) {
    }

    /** The module window of a course that has this title ("Module 3", "Essay"), read after the file's deadlines are in. */
    private static Optional<ModuleWeek> moduleWeek(TermPlan plan, String courseCode, String windowTitle) {
        Optional<Course> course = plan.course(courseCode);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        for (AsyncModule m : plan.modules()) {
            if (m.courseId() != course.get().id()) {
                continue;
            }
            for (int n = 1; n <= m.schedule().windows(); n++) {
                if (!m.skippedWeeks().contains(n) && m.windowTitle(n).equalsIgnoreCase(windowTitle)) {
                    return Optional.of(new ModuleWeek(m.id(), n));
                }
            }
        }
        return Optional.empty();
    }

    /** The item of this term and kind that an earlier import of this UID made, if it is still there. */
    private Optional<Long> existing(String uid, Term term, ItemKind kind, Links links) {
        Long linkedHere = links.made().get(uid);
        if (linkedHere != null) { // an event of this file with the same UID: it updates what the first one made
            return Optional.of(linkedHere).filter(id -> kindOf(links.items().get(id)) == kind);
        }
        return planner.repository().itemForUid(uid)
                .filter(id -> planner.repository().find(id).filter(ref -> ref.kind() == kind && ref.termId() == term.id()).isPresent());
    }

    private static ItemKind kindOf(Object item) {
        if (item instanceof SyncSession) {
            return ItemKind.SESSION;
        } else if (item instanceof AsyncModule) {
            return ItemKind.MODULE;
        } else if (item instanceof Commitment) {
            return ItemKind.COMMITMENT;
        } else if (item instanceof StudyBlock) {
            return ItemKind.STUDY;
        }
        return null;
    }

    /** Our own export, imported back into the plan it came from: nothing to do. */
    private static boolean fromThisPlan(String uid, String planUid, List<String> lines, String what, int[] counts) {
        if (ExportUid.parse(uid).filter(ours -> ours.planUid().equals(planUid)).isPresent()) {
            lines.add("skip    " + what + ": exported from this plan, it is here already");
            counts[2]++;
            return true;
        }
        return false;
    }

    private Course course(Term term, Courses courses, CalendarImport data, String code, String title, Delivery delivery,
                          List<String> lines, int[] counts, ImportChanges changes) {
        Optional<Course> found = courses.find(code);
        if (found.isPresent()) {
            return found.get();
        }
        Optional<CalendarImport.CourseFacts> facts = data.facts(code);
        String name = cleaned(facts.map(CalendarImport.CourseFacts::title).orElse(title), TextRules.LONGEST_TITLE,
                "the title of course " + code, lines).orElse(null);
        Delivery how = facts.map(CalendarImport.CourseFacts::delivery).orElse(delivery);
        Double credits = facts.map(CalendarImport.CourseFacts::credits).orElse(null);
        Course created = planner.addCourse(courses.plan(), code, name == null || name.isBlank() ? code : name,
                credits != null ? credits : 3, null, how, null);
        courses.added(created);
        changes.created(created);
        lines.add("create  course " + created.code() + " \"" + created.title() + "\" (" + how.label() + ", "
                + (credits != null ? credits(credits) + " credits)" : "3 credits: change them with the window)"));
        counts[0]++;
        return created;
    }

    private static String credits(double c) {
        return c == Math.rint(c) ? String.valueOf((long) c) : String.valueOf(c);
    }

}

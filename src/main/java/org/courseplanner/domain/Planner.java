package org.courseplanner.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a student can do to a plan, checked against the term it goes into; the command line and
 * the window both go through it. Each change reads, checks and writes in one write transaction
 * (docs/decisions/0015), so a change made meanwhile by another window or command is never lost.
 */
public final class Planner {
    private final PlanRepository repository;
    private final Clock clock;

    public Planner(PlanRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The store, for the domain's own services (import, export); the window and the command line go through the methods below. */
    PlanRepository repository() {
        return repository;
    }

    /**
     * The part of the store that a package of the domain declares for itself (the catalog's
     * {@code CatalogStore}), when this plan's store has it. Such a package cannot be named here
     * without a package cycle; it wraps this planner and is the way in to that part for the others.
     */
    public <T> java.util.Optional<T> storePart(Class<T> part) {
        if (PlanRepository.class.isAssignableFrom(part)) {
            throw new IllegalArgumentException("the plan's items are reached through the planner's own methods (docs/decisions/0014)");
        }
        return part.isInstance(repository) ? java.util.Optional.of(part.cast(repository)) : java.util.Optional.empty();
    }

    /** The plan's random id, part of every exported UID: the same in every export and publish of this plan. */
    public String planUid() {
        return repository.planUid();
    }

    /** How many times each item of the term was changed, by id: an export's SEQUENCE. */
    public java.util.Map<Long, Integer> revisions(long termId) {
        return repository.revisions(termId);
    }

    /** Where the plan lives, for messages ("/home/ana/.local/share/course-planner/planner.db"). */
    public String location() {
        return repository.location();
    }

    /**
     * A number that changes when another window or command saves a change to this plan, and stays
     * the same while none does (export --watch asks it every second); this planner's own changes
     * need not change it.
     */
    public long dataVersion() {
        return repository.dataVersion();
    }

    /** Everything in the term with this id. */
    public TermPlan plan(long termId) {
        return repository.load(termId);
    }

    /** What the id names (kind, term, a description), if anything. */
    public java.util.Optional<ItemRef> find(long id) {
        return repository.find(id);
    }

    /**
     * Runs {@code work} as one transaction: the planner's changes it makes are saved together, or
     * none is (a refusal or failure rolls all of it back). For edits of several steps.
     */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return repository.atomically(work);
    }

    /**
     * Runs {@code change} as one transaction on an item only while it is as {@code seen}, the copy a
     * window showed (a form opened on it, a block dragged). When another window or a command changed
     * or removed it since, nothing is saved and the refusal says so: the change would otherwise put
     * back, unnoticed, every field the other one changed. Undo checks the same way, against what the
     * change left.
     *
     * @return the item as stored once {@code change} is done (empty when the change removed it)
     */
    public <T> java.util.Optional<T> changeAsSeen(T seen, Runnable change) {
        return repository.atomically(() -> {
            SeenItems.Stored stored = SeenItems.stored(repository, seen).orElseThrow(() -> new Refusal("", SeenItems.name(seen)
                    + " was removed in another window or by a command since it was shown here: nothing was changed"));
            Refusal.require(stored.item().equals(seen), "", SeenItems.name(seen, stored) + " was changed in another window or by"
                    + " a command since it was shown here: nothing was changed, so that change is kept; look at it again and make yours on"
                    + " what it is now");
            change.run();
            return stored(seen);
        });
    }

    /** The item as the plan stores it now, or empty when it is gone: what a window's later undo compares with. */
    @SuppressWarnings("unchecked")
    public <T> java.util.Optional<T> stored(T item) {
        return SeenItems.stored(repository, item).map(now -> (T) now.item());
    }

    /**
     * Takes back an add (undo): removes the item only while it is as {@code added} and holds
     * nothing. When another window or a command changed it, or put something into it (a session
     * into an added course, a catalog into an added term), it is kept and the refusal says so:
     * undo would otherwise delete their work with it. An item already removed elsewhere stays so.
     */
    public void removeAsAdded(Object added) {
        repository.atomically(() -> {
            SeenItems.stored(repository, added).ifPresent(stored -> {
                String keep = ", so it is kept: delete it yourself if you want it gone";
                String name = SeenItems.name(added, stored);
                Refusal.require(stored.item().equals(added), "", name + " was changed in another window or by a command since it was"
                        + " added here" + keep);
                int held = SeenItems.held(repository, stored);
                Refusal.require(held == 0, "", name + " now holds " + held + (held == 1 ? " item" : " items")
                        + " added in another window or by a command" + keep);
                repository.remove(stored.ref().id());
            });
            return null;
        });
    }

    /** Lets go of the store (the window closes, or opens another plan); the planner is not used after. */
    public void close() {
        if (repository instanceof AutoCloseable store) {
            try {
                store.close();
            } catch (Exception e) {
                throw new StorageException("could not close the plan " + repository.location() + ": " + e.getMessage(), e);
            }
        }
    }

    public List<Term> terms() {
        return repository.terms();
    }

    /**
     * The term with this name (any case), or with no name the term that contains today, else the
     * one that starts last.
     */
    public Term term(String name) {
        List<Term> terms = repository.terms();
        if (terms.isEmpty()) {
            throw new Refusal("term", "the plan has no term yet: add one with "
                    + "'term add \"Fall 2026\" --start 2026-08-31 --end 2026-12-18 --zone America/New_York'");
        }
        if (name != null) {
            return terms.stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new Refusal("term", "there is no term \"" + name + "\": use one of "
                            + String.join(", ", terms.stream().map(t -> "\"" + t.name() + "\"").toList())));
        }
        LocalDate today = LocalDate.now(clock);
        return terms.stream().filter(t -> t.contains(today)).findFirst()
                .orElseGet(() -> terms.stream()
                        .max(Comparator.comparing(Term::firstDay).thenComparing(Term::id)).orElseThrow());
    }

    public TermPlan plan(String termName) {
        return repository.load(term(termName).id());
    }

    public Term addTerm(Term term) {
        TextRules.check(term);
        return repository.atomically(() -> {
            UniqueNames.termNameTaken(repository.terms(), term).ifPresent(r -> {
                throw r;
            });
            return repository.add(term);
        });
    }

    /**
     * Replaces a term's dates, zones, breaks, caps or conflict settings. Refused when something of
     * the term would end up outside its new dates.
     */
    public Term updateTerm(Term changed) {
        TextRules.check(changed);
        return repository.atomically(() -> {
            TermPlan plan = repository.load(changed.id());
            UniqueNames.termNameTaken(repository.terms(), changed).ifPresent(r -> {
                throw r;
            });
            for (SyncSession s : plan.sessions()) {
                checkInside(changed, s.pattern());
            }
            for (Commitment c : plan.commitments()) {
                checkInside(changed, c.pattern());
            }
            for (AsyncModule m : plan.modules()) {
                checkWindows(changed, m);
            }
            repository.update(changed);
            return changed;
        });
    }

    /** Adds a course to the term; a course without a colour gets the next one of the palette. */
    public Course addCourse(String termName, String code, String title, double credits, String colour,
                            Delivery delivery, Double homeworkHours) {
        return repository.atomically(() -> addCourse(plan(termName), code, title, credits, colour, delivery, homeworkHours));
    }

    /** {@link #addCourse(String, String, String, double, String, Delivery, Double)} for a caller that has the term's courses at hand. */
    Course addCourse(TermPlan plan, String code, String title, double credits, String colour, Delivery delivery, Double homeworkHours) {
        Course course = new Course(0, plan.term().id(), code, title, credits, colour, delivery, homeworkHours);
        TextRules.check(course);
        UniqueNames.courseCodeTaken(plan, course).ifPresent(r -> {
            throw r;
        });
        if (course.colour() == null) {
            course = course.withColour(Course.PALETTE[plan.courses().size() % Course.PALETTE.length]);
        }
        return repository.add(course);
    }

    public SyncSession addSession(String termName, String courseCode, SessionKind kind, WeeklyPattern pattern,
                                  String location) {
        return repository.atomically(() -> {
            TermPlan plan = plan(termName);
            return addSession(plan.term(), plan.requireCourse(courseCode), kind, pattern, location);
        });
    }

    /** {@link #addSession(String, String, SessionKind, WeeklyPattern, String)} for a caller that has the term at hand (an import reads it once). */
    SyncSession addSession(Term term, Course course, SessionKind kind, WeeklyPattern pattern, String location) {
        return addSession(term, course, kind, pattern, location, SectionFacts.NONE);
    }

    private SyncSession addSession(Term term, Course course, SessionKind kind, WeeklyPattern pattern, String location, SectionFacts facts) {
        checkInside(term, pattern);
        SyncSession session = new SyncSession(0, course.id(), kind, anchored(pattern, term), location, facts);
        TextRules.check(session);
        return repository.add(session);
    }

    /**
     * Adds the sections a student chose from the term's catalog, in one transaction, and returns
     * what changed so that it is undone and redone as one step ({@link #undo(ImportChanges)}). A
     * missing course is created (the next colour; live, online when none of its chosen sections has
     * a time, hybrid when some meet through a link). Each session's dates are clipped to the term:
     * a section that starts before the term starts on its first day. Choosing again replaces: the
     * sessions of these courses that came from the catalog (a CRN) and are not among the chosen
     * sections go in the same step, and a section whose CRN the plan has already is not added twice.
     */
    public ImportChanges takeSections(String termName, List<ChosenSection> sections) {
        Refusal.require(!sections.isEmpty(), "sections", "choose at least one section of the catalog");
        return repository.atomically(() -> {
            TermPlan plan = plan(termName);
            Term term = plan.term();
            java.util.Map<String, List<ChosenSection>> byCourse = new java.util.LinkedHashMap<>();
            java.util.Set<String> chosen = new java.util.HashSet<>();
            for (ChosenSection s : sections) {
                byCourse.computeIfAbsent(Course.keyOf(s.courseCode()), k -> new java.util.ArrayList<>()).add(s);
                chosen.add(crnKey(s.crn()));
            }
            java.util.Set<String> inPlan = new java.util.HashSet<>();
            plan.sessions().stream().map(x -> x.sectionFacts().crn()).filter(java.util.Objects::nonNull).map(Planner::crnKey)
                    .forEach(inPlan::add);
            ImportChanges changes = new ImportChanges();
            List<Course> courses = new java.util.ArrayList<>(plan.courses()); // with those created: each new one takes the next colour
            for (List<ChosenSection> ofCourse : byCourse.values()) {
                ChosenSection first = ofCourse.get(0);
                Course course = plan.course(first.courseCode()).orElse(null);
                if (course == null) {
                    Delivery delivery = ofCourse.stream().noneMatch(ChosenSection::hasTime) ? Delivery.ASYNC
                            : ofCourse.stream().anyMatch(ChosenSection::meetsOnline) ? Delivery.HYBRID : Delivery.SYNC;
                    course = addCourse(new TermPlan(term, courses, List.of(), List.of(), List.of(), List.of()), first.courseCode(),
                            first.courseTitle(), first.credits(), null, delivery, null);
                    courses.add(course);
                    changes.created(course);
                } else {
                    for (SyncSession was : plan.sessionsOf(course)) {
                        String crn = was.sectionFacts().crn();
                        if (crn != null && !chosen.contains(crnKey(crn))) {
                            repository.remove(was.id());
                            changes.removed(was);
                            inPlan.remove(crnKey(crn));
                        }
                    }
                }
                for (ChosenSection section : ofCourse) {
                    if (!inPlan.add(crnKey(section.crn()))) {
                        continue; // taken before: its sessions may have been moved or changed since, and stay as they are
                    }
                    for (SyncSession s : section.sessions()) {
                        changes.created(addSession(term, course, s.kind(), withinTerm(term, s.pattern(), section), s.location(),
                                s.sectionFacts()));
                    }
                }
            }
            return changes;
        });
    }

    private static String crnKey(String crn) {
        return crn.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** A catalog meeting's pattern clipped to the term; refused when it never meets in the term. */
    private static WeeklyPattern withinTerm(Term term, WeeklyPattern p, ChosenSection section) {
        if (!p.isPlaced()) { // TBA: only its dates, when it has them, are kept within the term
            LocalDate first = p.firstDate() == null || p.firstDate().isBefore(term.firstDay()) ? term.firstDay() : p.firstDate();
            LocalDate last = p.lastDate() == null || p.lastDate().isAfter(term.lastDay()) ? term.lastDay() : p.lastDate();
            boolean keep = (p.firstDate() != null || p.lastDate() != null) && !last.isBefore(first);
            return new WeeklyPattern(p.days(), p.start(), p.end(), p.everyWeeks(), keep ? first : null, keep ? last : null,
                    p.skippedDates().stream().filter(term::contains).collect(java.util.stream.Collectors.toSet()));
        }
        WeeklyPattern clipped = term.clip(p);
        if (clipped == null) {
            throw new Refusal("sections", section.courseCode() + " section " + section.crn() + " meets " + p.describe() + ", never within "
                    + term.name() + " (" + term.firstDay() + " to " + term.lastDay() + "): import the catalog of this term");
        }
        return clipped;
    }

    public AsyncModule addModule(String termName, String courseCode, String title, double effortHours,
                                 ModuleSchedule schedule, Set<Integer> skippedWeeks) {
        return repository.atomically(() -> {
            TermPlan plan = plan(termName);
            Course course = plan.requireCourse(courseCode);
            return addModule(plan.term(), new AsyncModule(0, course.id(), title, effortHours, schedule, skippedWeeks, Set.of()));
        });
    }

    /** Adds a module to its course; its windows are within the course's term. */
    public AsyncModule addModule(AsyncModule module) {
        return repository.atomically(() -> addModule(repository.load(require(module.courseId(), ItemKind.COURSE, "course").termId()).term(),
                module));
    }

    /** {@link #addModule(AsyncModule)} for a caller that has the course's term at hand. */
    AsyncModule addModule(Term term, AsyncModule module) {
        TextRules.check(module);
        checkWindows(term, module);
        if (module.schedule() instanceof WeeklyWindow w) {
            checkDate(term, w.opens(1).toLocalDate(), "from");
        }
        return repository.add(module);
    }

    /** A weekly module that starts with the term, when no first week is given. */
    public WeeklyWindow weeklyWindow(String termName, DayOfWeek opensDay, LocalTime opensAt,
                                     DayOfWeek dueDay, LocalTime dueAt, int weeks, LocalDate from) {
        return new WeeklyWindow(opensDay, opensAt, dueDay, dueAt, weeks, from != null ? from : term(termName).firstDay());
    }

    /**
     * Moves one meeting of a session to another day and time: for every week (its weekday and
     * times change) or for that week only (the date is skipped and a one-off session takes its
     * place). One transaction. Returns the session as it is now (for this week only: the one-off).
     */
    public SyncSession moveMeeting(long sessionId, LocalDate date, LocalDate newDate, LocalTime newStart, LocalTime newEnd, boolean everyWeek) {
        return moveMeeting(sessionId, date, newDate, newStart, newEnd, everyWeek, 0);
    }

    /**
     * As {@link #moveMeeting(long, LocalDate, LocalDate, LocalTime, LocalTime, boolean)}; a one-off
     * for one week gets {@code oneOffId} when that id was this one-off's before (redoing the move,
     * so the edits made to the one-off after it can be redone too), else a new id.
     */
    public SyncSession moveMeeting(long sessionId, LocalDate date, LocalDate newDate, LocalTime newStart, LocalTime newEnd, boolean everyWeek,
                                   long oneOffId) {
        return repository.atomically(() -> {
            SyncSession session = requireSession(sessionId);
            TermPlan plan = repository.load(repository.find(sessionId).orElseThrow().termId());
            refuseDay(plan.term(), newDate);
            WeeklyPattern p = session.pattern();
            if (!p.isPlaced() || p.isOneOff() || !everyWeek) {
                if (p.isPlaced() && !p.isOneOff()) {
                    repository.update(session.withPattern(p.withSkipped(date)));
                    SyncSession once = new SyncSession(oneOffId, session.courseId(), session.kind(),
                            WeeklyPattern.once(newDate, newStart, newEnd), session.location(), session.sectionFacts());
                    return repository.add(once);
                }
                SyncSession moved = session.withPattern(new WeeklyPattern(java.util.EnumSet.of(newDate.getDayOfWeek()), newStart, newEnd,
                        p.everyWeeks(), p.isOneOff() ? newDate : p.firstDate(), p.isOneOff() ? newDate : p.lastDate(), p.skippedDates()));
                checkInside(plan.term(), moved.pattern());
                repository.update(moved);
                return moved;
            }
            java.util.Set<DayOfWeek> days = java.util.EnumSet.copyOf(p.days());
            days.remove(date.getDayOfWeek());
            days.add(newDate.getDayOfWeek());
            SyncSession moved = session.withPattern(new WeeklyPattern(days, newStart, newEnd, p.everyWeeks(), p.firstDate(), p.lastDate(),
                    p.skippedDates()));
            repository.update(moved);
            return moved;
        });
    }

    /**
     * Moves a commitment to another weekday and time, every week (shifts move as a whole). Times
     * are in the commitment's own zone.
     */
    public Commitment moveCommitment(long commitmentId, DayOfWeek from, DayOfWeek to, LocalTime start, LocalTime end) {
        return repository.atomically(() -> {
            ItemRef ref = repository.find(commitmentId).orElse(null);
            Refusal.require(ref != null && ref.kind() == ItemKind.COMMITMENT, "commitment", "there is no commitment with the id " + commitmentId);
            Commitment c = repository.load(ref.termId()).commitments().stream().filter(x -> x.id() == commitmentId).findFirst().orElseThrow();
            java.util.Set<DayOfWeek> days = java.util.EnumSet.copyOf(c.pattern().days());
            days.remove(from);
            days.add(to);
            WeeklyPattern p = c.pattern();
            Commitment moved = new Commitment(c.id(), c.termId(), c.title(),
                    new WeeklyPattern(days, start, end, p.everyWeeks(), p.firstDate(), p.lastDate(), p.skippedDates()), c.zone());
            repository.update(moved);
            return moved;
        });
    }

    /** Puts back a commitment as it was (undo). */
    public void restore(Commitment commitment) {
        repository.update(commitment);
    }

    /** Gives a session (TBA, or any) a weekly day and time: where it was dropped on the calendar. */
    public SyncSession place(long sessionId, LocalDate date, LocalTime start, LocalTime end) {
        return repository.atomically(() -> {
            SyncSession session = requireSession(sessionId);
            TermPlan plan = repository.load(repository.find(sessionId).orElseThrow().termId());
            refuseDay(plan.term(), date);
            WeeklyPattern p = session.pattern();
            SyncSession placed = session.withPattern(new WeeklyPattern(java.util.EnumSet.of(date.getDayOfWeek()), start, end, p.everyWeeks(),
                    p.isOneOff() ? date : p.firstDate(), p.isOneOff() ? date : p.lastDate(), p.skippedDates()));
            checkInside(plan.term(), placed.pattern());
            repository.update(placed);
            return placed;
        });
    }

    /**
     * Opens a module's weekly window on the day and time it was dropped: open for a week, due at
     * 23:59 the day before the next opening; a weekly module keeps its number of weeks, a single
     * window becomes weekly until the term ends.
     */
    public AsyncModule openModuleOn(long moduleId, LocalDate date, LocalTime opensAt) {
        return repository.atomically(() -> {
            AsyncModule module = requireModule(moduleId);
            TermPlan plan = repository.load(repository.find(moduleId).orElseThrow().termId());
            checkDate(plan.term(), date, "date");
            WeeklyWindow window = WeeklyWindow.untilTermEnds(plan.term(), date, date.getDayOfWeek(), opensAt);
            if (module.schedule() instanceof WeeklyWindow w) { // a weekly module keeps its number of weeks
                window = new WeeklyWindow(window.opensDay(), window.opensAt(), window.dueDay(), window.dueAt(), w.weeks(), date);
            }
            WeeklyWindow chosen = window;
            java.util.Set<Integer> skipped = new java.util.TreeSet<>(module.skippedWeeks());
            skipped.removeIf(n -> n > chosen.weeks());
            java.util.Set<Integer> done = new java.util.TreeSet<>(module.doneWeeks());
            done.removeIf(n -> n > chosen.weeks());
            AsyncModule moved = new AsyncModule(module.id(), module.courseId(), module.title(), module.effortHours(), chosen, skipped, done);
            checkWindows(plan.term(), moved);
            repository.update(moved);
            return moved;
        });
    }

    /**
     * Moves a study block to another start, keeping its length and week. The student has taken it:
     * a block the study planner placed is pinned from now on.
     */
    public StudyBlock moveStudyBlock(long blockId, LocalDateTime start) {
        return repository.atomically(() -> {
            ItemRef ref = repository.find(blockId).orElse(null);
            Refusal.require(ref != null && ref.kind() == ItemKind.STUDY, "study", "there is no study block with the id " + blockId);
            TermPlan plan = repository.load(ref.termId());
            checkDate(plan.term(), start.toLocalDate(), "date");
            StudyBlock block = plan.studyBlocks().stream().filter(b -> b.id() == blockId).findFirst().orElseThrow();
            StudyBlock moved = block.withStart(start).withAuto(false);
            repository.update(moved);
            return moved;
        });
    }

    /**
     * Cancels one meeting of a weekly session: the date becomes a skipped date (the export leaves
     * it out with an EXDATE). Returns the session as it is now.
     */
    public SyncSession skipMeeting(long sessionId, LocalDate date) {
        return repository.atomically(() -> {
            SyncSession session = requireSession(sessionId);
            Term term = repository.load(repository.find(sessionId).orElseThrow().termId()).term();
            WeeklyPattern p = session.pattern();
            Refusal.require(p.isPlaced() && !p.isOneOff(), "date", "only a weekly class has single meetings to cancel;"
                    + " delete a one-off class as a whole");
            Refusal.require(p.meetingDates(term.firstDay(), term.lastDay()).contains(date), "date",
                    "the class does not meet on " + date + ": choose a day it meets");
            SyncSession skipped = session.withPattern(p.withSkipped(date));
            repository.update(skipped);
            return skipped;
        });
    }

    /** Takes an import back: what it created goes, what it changed is as it was (undo). One transaction. */
    public void undo(ImportChanges changes) {
        changes.undo(repository);
    }

    /** Does an import again, with the same ids and import links (redo). One transaction. */
    public void redo(ImportChanges changes) {
        changes.redo(repository);
    }

    /** Puts back a session as it was (undo). */
    public void restore(SyncSession session) {
        repository.update(session);
    }

    private static void refuseDay(Term term, LocalDate date) {
        checkDate(term, date, "date");
        term.breaks().stream().filter(b -> b.contains(date)).findFirst().ifPresent(b -> {
            throw new Refusal("date", date + " is in " + b.name() + " (" + b.first() + " to " + b.last()
                    + "): classes do not meet then; choose another day");
        });
    }

    private SyncSession requireSession(long sessionId) {
        ItemRef ref = repository.find(sessionId).orElse(null);
        Refusal.require(ref != null && ref.kind() == ItemKind.SESSION, "session",
                "there is no session with the id " + sessionId + " (was it removed?)");
        return repository.load(ref.termId()).sessions().stream().filter(x -> x.id() == sessionId).findFirst().orElseThrow();
    }

    public AsyncModule markDone(long moduleId, int week, boolean done) {
        return repository.atomically(() -> {
            AsyncModule module = requireModule(moduleId);
            module.checkNumber(week);
            AsyncModule changed = module.withDone(week, done);
            repository.update(changed);
            return changed;
        });
    }

    public Commitment addCommitment(String termName, String title, WeeklyPattern pattern, ZoneId zone) {
        return repository.atomically(() -> addCommitment(term(termName), title, pattern, zone));
    }

    /** {@link #addCommitment(String, String, WeeklyPattern, ZoneId)} for a caller that has the term at hand. */
    Commitment addCommitment(Term term, String title, WeeklyPattern pattern, ZoneId zone) {
        checkInside(term, pattern);
        Commitment commitment = new Commitment(0, term.id(), title, anchored(pattern, term), zone);
        TextRules.check(commitment);
        return repository.add(commitment);
    }

    public StudyBlock addStudyBlock(long moduleId, int week, LocalDateTime start, int minutes) {
        return repository.atomically(() -> {
            AsyncModule module = requireModule(moduleId);
            return addStudyBlock(repository.load(termOf(moduleId)).term(), module, week, start, minutes);
        });
    }

    /** {@link #addStudyBlock(long, int, LocalDateTime, int)} for a caller that has the module and its term at hand. */
    StudyBlock addStudyBlock(Term term, AsyncModule module, int week, LocalDateTime start, int minutes) {
        return addStudyBlock(term, module, new StudyBlock(0, module.id(), week, start, minutes));
    }

    /** Adds a module's block as given (placed by the student or the planner, as an import says). */
    StudyBlock addStudyBlock(Term term, AsyncModule module, StudyBlock block) {
        checkStudyBlock(term, module, block);
        return repository.add(block);
    }

    /** Adds a homework block for a course of the term that the caller has at hand (an import), auto as given. */
    StudyBlock addHomeworkBlock(Term term, StudyBlock block) {
        checkHomeworkBlock(term, block);
        return repository.add(block);
    }

    /** Replaces a homework block by this one, auto as given (an import); it stays in its week. */
    StudyBlock changeHomeworkBlock(Term term, StudyBlock block) {
        checkHomeworkBlock(term, block);
        repository.update(block);
        return block;
    }

    /** Adds a block for a course's homework in a term week (Monday to Sunday); it starts in that week. */
    public StudyBlock addHomeworkBlock(long courseId, int week, LocalDateTime start, int minutes) {
        return repository.atomically(() -> {
            TermPlan plan = repository.load(require(courseId, ItemKind.COURSE, "course").termId());
            return addHomeworkBlock(plan.term(), StudyBlock.homework(0, courseId, week, start, minutes, false));
        });
    }

    /**
     * Adds study and homework blocks to a term, all or none in one transaction (the study planner's
     * placements), each checked as {@link #addStudyBlock} and {@link #addHomeworkBlock} check theirs.
     * Returns what was added, so that it can be undone and redone as one step.
     */
    public ImportChanges addStudyBlocks(long termId, List<StudyBlock> blocks) {
        return replaceStudyBlocks(termId, List.of(), blocks);
    }

    /**
     * Removes some of a term's study and homework blocks and adds others, all or none in one transaction
     * (the study planner's re-plan: blocks a change put in the way go, new ones come). Returns what changed,
     * so that it can be undone and redone as one step.
     */
    public ImportChanges replaceStudyBlocks(long termId, List<StudyBlock> remove, List<StudyBlock> blocks) {
        return repository.atomically(() -> {
            TermPlan plan = repository.load(termId);
            ImportChanges changes = new ImportChanges();
            for (StudyBlock gone : remove) {
                StudyBlock stored = plan.studyBlock(gone.id()).orElseThrow(() -> new Refusal("block",
                        "the study block " + gone.id() + " is no longer in " + plan.term().name() + ": plan study time again"));
                repository.remove(stored.id());
                changes.removed(stored);
            }
            for (StudyBlock block : blocks) {
                if (block.isHomework()) {
                    Refusal.require(plan.courses().stream().anyMatch(c -> c.id() == block.courseId()), "course",
                            "there is no course with the id " + block.courseId() + " in " + plan.term().name());
                    changes.created(addHomeworkBlock(plan.term(), block.withId(0)));
                } else {
                    AsyncModule module = plan.module(block.moduleId()).orElseThrow(() -> new Refusal("module",
                            "there is no module with the id " + block.moduleId() + " in " + plan.term().name()));
                    changes.created(addStudyBlock(plan.term(), module, block.withId(0)));
                }
            }
            return changes;
        });
    }

    /**
     * Removes the blocks the study planner placed that start from {@code from} to {@code to} (school
     * dates, both included; null: from the term's start, to its end), in one transaction. Blocks the
     * student placed or moved stay. Returns what was removed, so that it can be undone as one step.
     */
    public ImportChanges clearAutoStudy(String termName, LocalDate from, LocalDate to) {
        return repository.atomically(() -> {
            TermPlan plan = plan(termName);
            Refusal.require(from == null || to == null || !to.isBefore(from), "to",
                    "the last day (" + to + ") is before the first (" + from + "): give a range in date order");
            ImportChanges changes = new ImportChanges();
            for (StudyBlock b : plan.studyBlocks()) {
                LocalDate day = b.start().toLocalDate();
                if (b.auto() && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
                    repository.remove(b.id());
                    changes.removed(b);
                }
            }
            return changes;
        });
    }

    /** Changes a course's code, title, credits, colour or delivery; its code stays its own in the term. */
    public Course changeCourse(Course changed) {
        TextRules.check(changed);
        return repository.atomically(() -> {
            TermPlan plan = repository.load(require(changed.id(), ItemKind.COURSE, "course").termId());
            Refusal.require(plan.term().id() == changed.termId(), "term", "a course stays in its term: remove it and add it to the other");
            UniqueNames.courseCodeTaken(plan, changed).ifPresent(r -> {
                throw r;
            });
            repository.update(changed);
            return changed;
        });
    }

    /** Changes a session's kind, place, days, times or dates; its dates stay within the term. */
    public SyncSession changeSession(SyncSession changed) {
        return repository.atomically(() -> {
            requireSession(changed.id());
            TermPlan plan = repository.load(termOf(changed.id()));
            plan.courseById(changed.courseId()); // a course of the same term
            return changeSession(plan.term(), changed);
        });
    }

    /** {@link #changeSession(SyncSession)} for a caller that has the session's term at hand (an import reads it once). */
    SyncSession changeSession(Term term, SyncSession changed) {
        TextRules.check(changed);
        checkInside(term, changed.pattern());
        SyncSession anchored = changed.withPattern(anchored(changed.pattern(), term));
        repository.update(anchored);
        return anchored;
    }

    /** Changes a module's title, effort or windows; its windows stay within the term, as when it was added. */
    public AsyncModule changeModule(AsyncModule changed) {
        return repository.atomically(() -> {
            requireModule(changed.id());
            TermPlan plan = repository.load(termOf(changed.id()));
            plan.courseById(changed.courseId());
            return changeModule(plan.term(), changed, plan.studyBlocksOf(changed));
        });
    }

    /** {@link #changeModule(AsyncModule)} for a caller that has the module's term and study blocks at hand. */
    AsyncModule changeModule(Term term, AsyncModule changed, List<StudyBlock> itsStudyBlocks) {
        TextRules.check(changed);
        checkWindows(term, changed);
        checkStudyBlocksKeepTheirWeeks(changed, itsStudyBlocks);
        repository.update(changed);
        return changed;
    }

    /** Changes a commitment's title, days, times, dates or zone; its dates stay within the term. */
    public Commitment changeCommitment(Commitment changed) {
        return repository.atomically(() -> {
            Term term = repository.load(require(changed.id(), ItemKind.COMMITMENT, "commitment").termId()).term();
            return changeCommitment(term, changed);
        });
    }

    /** {@link #changeCommitment(Commitment)} for a caller that has the commitment's term at hand. */
    Commitment changeCommitment(Term term, Commitment changed) {
        TextRules.check(changed);
        Refusal.require(term.id() == changed.termId(), "term", "a commitment stays in its term: remove it and add it to the other");
        checkInside(term, changed.pattern());
        Commitment anchored = new Commitment(changed.id(), changed.termId(), changed.title(), anchored(changed.pattern(), term),
                changed.zone());
        repository.update(anchored);
        return anchored;
    }

    /**
     * Changes a study block's week, start or length: a week its module (or the term) has, a day
     * within the term. The student has taken it: a block the study planner placed is pinned from now on.
     */
    public StudyBlock changeStudyBlock(StudyBlock changed) {
        StudyBlock taken = changed.withAuto(false);
        return repository.atomically(() -> {
            ItemRef ref = require(changed.id(), ItemKind.STUDY, "study block");
            if (taken.isHomework()) {
                TermPlan plan = repository.load(require(taken.courseId(), ItemKind.COURSE, "course").termId());
                Refusal.require(plan.term().id() == ref.termId(), "course", "a homework block stays in its term: remove it and add it to the other");
                return changeHomeworkBlock(plan.term(), taken);
            }
            AsyncModule module = requireModule(taken.moduleId());
            return changeStudyBlock(repository.load(termOf(taken.moduleId())).term(), module, taken);
        });
    }

    /** {@link #changeStudyBlock(StudyBlock)} for a caller that has the block's module and term at hand. */
    StudyBlock changeStudyBlock(Term term, AsyncModule module, StudyBlock changed) {
        checkStudyBlock(term, module, changed);
        repository.update(changed);
        return changed;
    }

    /*
     * Undo and redo put back states that the planner accepted before, so they are not checked
     * again (a term changed since must not keep its own undo from working): restore replaces an
     * item by what it was, putBack adds a removed item again under its own id when that is free.
     */

    /** Puts back a course as it was (undo). */
    public void restore(Course course) {
        repository.update(course);
    }

    /** Puts back a module as it was (undo). */
    public void restore(AsyncModule module) {
        repository.update(module);
    }

    /** Puts back a study block as it was (undo). */
    public void restore(StudyBlock block) {
        repository.update(block);
    }

    /** Adds a removed term again, under its own id when free (undo of a removal, redo of an add). */
    public Term putBack(Term term) {
        return repository.add(term);
    }

    /** Adds a removed course again, under its own id when free (undo of a removal, redo of an add). */
    public Course putBack(Course course) {
        return repository.add(course);
    }

    /** Adds a removed session again, under its own id when free. */
    public SyncSession putBack(SyncSession session) {
        return repository.add(session);
    }

    /** Adds a removed module again, under its own id when free. */
    public AsyncModule putBack(AsyncModule module) {
        return repository.add(module);
    }

    /** Adds a removed commitment again, under its own id when free. */
    public Commitment putBack(Commitment commitment) {
        return repository.add(commitment);
    }

    /** Adds a removed study block again, under its own id when free. */
    public StudyBlock putBack(StudyBlock block) {
        return repository.add(block);
    }

    private ItemRef require(long id, ItemKind kind, String what) {
        ItemRef ref = repository.find(id).orElse(null);
        Refusal.require(ref != null && ref.kind() == kind, what, "there is no " + what + " with the id " + id + " (was it removed?)");
        return ref;
    }

    private long termOf(long id) {
        return repository.find(id).orElseThrow().termId();
    }

    /**
     * A homework block is for a week of the term and starts in that week, on a day of the term. (A
     * block dragged into another week is let be and flagged by the conflict rules, as study outside
     * a module's window is.)
     */
    private static void checkHomeworkBlock(Term term, StudyBlock block) {
        int weeks = term.weekNumber(term.lastDay());
        Refusal.require(block.week() <= weeks, "week", term.name() + " has " + weeks + " weeks (Monday to Sunday), not "
                + block.week() + ": give a week from 1 to " + weeks);
        checkDate(term, block.start().toLocalDate(), "date");
        LocalDate monday = term.weekMonday(block.week());
        Refusal.require(term.weekNumber(block.start().toLocalDate()) == block.week(), "at",
                "homework for week " + block.week() + " (" + monday + " to " + monday.plusDays(6) + ") starts in that week, not on "
                        + block.start().toLocalDate() + " (week " + term.weekNumber(block.start().toLocalDate())
                        + "): give a day of week " + block.week() + ", or week " + term.weekNumber(block.start().toLocalDate()));
    }

    /** A study block is for a week its module has, and on a day of the term. */
    private static void checkStudyBlock(Term term, AsyncModule module, StudyBlock block) {
        module.checkNumber(block.week());
        checkDate(term, block.start().toLocalDate(), "date");
    }

    /** Removes what the id names, with everything that belongs to it, and says what that was. */
    public ItemRef remove(long id) {
        return repository.atomically(() -> {
            ItemRef ref = repository.find(id).orElseThrow(() -> new Refusal("id",
                    "nothing has the id " + id + ": 'list' shows the ids"));
            repository.remove(id);
            return ref;
        });
    }

    private AsyncModule requireModule(long moduleId) {
        ItemRef ref = repository.find(moduleId).orElse(null);
        Refusal.require(ref != null && ref.kind() == ItemKind.MODULE, "module",
                ref == null ? "nothing has the id " + moduleId + ": 'list' shows the modules' ids"
                        : "the id " + moduleId + " is a " + ref.kind().label() + ", not a module: 'list' shows the modules' ids");
        return repository.load(ref.termId()).module(moduleId).orElseThrow();
    }

    /**
     * Every N weeks counts from the first meeting: one with no first date gets the term's first day
     * as its own, so that moving the term's start later does not change which weeks it meets.
     */
    private static WeeklyPattern anchored(WeeklyPattern pattern, Term term) {
        if (pattern.everyWeeks() == 1 || pattern.firstDate() != null) {
            return pattern;
        }
        return new WeeklyPattern(pattern.days(), pattern.start(), pattern.end(), pattern.everyWeeks(), term.firstDay(),
                pattern.lastDate(), pattern.skippedDates());
    }

    private static void checkInside(Term term, WeeklyPattern pattern) {
        if (pattern.firstDate() != null) {
            checkDate(term, pattern.firstDate(), pattern.isOneOff() ? "date" : "from");
        }
        if (pattern.lastDate() != null) {
            checkDate(term, pattern.lastDate(), "until");
        }
        for (LocalDate skipped : pattern.skippedDates()) {
            checkDate(term, skipped, "skip");
        }
    }

    /**
     * A module's windows belong to the term: a weekly module starts within it and no window opens
     * after it ends; a single window opens or is due within it (a final paper may be due after the
     * last day).
     */
    private static void checkWindows(Term term, AsyncModule m) {
        if (m.schedule() instanceof WeeklyWindow w) {
            checkDate(term, w.firstWeek(), "from");
            int fitting = 0;
            while (fitting < w.windows() && !w.opens(fitting + 1).toLocalDate().isAfter(term.lastDay())) {
                fitting++;
            }
            Refusal.require(fitting == w.windows(), "weeks", "week " + w.windows() + " of \"" + m.title() + "\" would open on "
                    + w.opens(w.windows()).toLocalDate() + ", after " + term.name() + " ends (" + term.lastDay() + "): give "
                    + fitting + " weeks or fewer, or an earlier start");
        } else if (!term.contains(m.opens(1).toLocalDate())) {
            checkDate(term, m.due(1).toLocalDate(), "due");
        }
    }

    /** A module that gets fewer weeks keeps every week its study blocks are for. */
    private static void checkStudyBlocksKeepTheirWeeks(AsyncModule changed, List<StudyBlock> itsStudyBlocks) {
        int weeks = changed.schedule().windows();
        List<StudyBlock> orphans = itsStudyBlocks.stream().filter(b -> b.week() > weeks).toList();
        Refusal.require(orphans.isEmpty(), "weeks", "\"" + changed.title() + "\" would have " + (weeks == 1 ? "1 week" : weeks + " weeks")
                + " but has study time planned for week " + orphans.stream().mapToInt(StudyBlock::week).max().orElse(0)
                + " (study block" + (orphans.size() == 1 ? " " : "s ") + String.join(", ", orphans.stream()
                .map(b -> String.valueOf(b.id())).toList()) + "): move or remove " + (orphans.size() == 1 ? "it" : "them")
                + " first, or keep more weeks");
    }

    private static void checkDate(Term term, LocalDate date, String field) {
        Refusal.require(term.contains(date), field, "the " + (field.equals("date") ? "" : field + " ") + "date " + date + " is outside "
                + term.name() + " (" + term.firstDay() + " to " + term.lastDay() + "): give a date within the term");
    }
}

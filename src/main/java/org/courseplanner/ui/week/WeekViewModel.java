package org.courseplanner.ui.week;

import org.courseplanner.domain.week.ConflictMarks;
import org.courseplanner.domain.week.WindowBar;
import org.courseplanner.domain.week.WeekLayout;
import org.courseplanner.domain.week.WeekBlock;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.Occurrence;
import org.courseplanner.domain.engine.OccurrenceType;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.ui.common.PlanDragFormats;
import org.courseplanner.ui.common.AddItemEdit;
import org.courseplanner.ui.common.ChangeEdit;
import org.courseplanner.ui.common.ShownWeek;
import org.courseplanner.ui.common.UndoStack;
import org.courseplanner.ui.common.ZoneChoice;
import org.courseplanner.ui.common.UndoableEdit;

/**
 * The week on the calendar: which week, in which zone, and its blocks, window bars and break days.
 * The term's occurrences are computed in the background (see MainViewModel); laying out one week
 * of them is quick.
 */
public final class WeekViewModel implements ShownWeek {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);

    private final Clock clock;
    private final Planner planner;
    private final UndoStack undo;
    private final ObjectProperty<LocalDate> monday = new SimpleObjectProperty<>();
    private final ObjectProperty<ZoneChoice> zoneChoice = new SimpleObjectProperty<>(ZoneChoice.SCHOOL);
    private final ReadOnlyObjectWrapper<List<WeekBlock>> blocks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<WindowBar>> windows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Set<Integer>> breakDays = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper zoneName = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Set<Long>> highlighted = new SimpleObjectProperty<>(Set.of());
    private TermPlan plan;
    private PlanFindings findings;

    public WeekViewModel(Clock clock, Planner planner, UndoStack undo) {
        this.clock = clock;
        this.planner = planner;
        this.undo = undo;
        monday.addListener((obs, old, now) -> layout());
        zoneChoice.addListener((obs, old, now) -> layout());
    }

    /** Shows a (newly loaded) term: stays on the week shown if it is in the term, else goes to today's or the first. */
    @Override
    public void show(TermPlan newPlan, PlanFindings newFindings) {
        boolean sameTerm = plan != null && plan.term().id() == newPlan.term().id();
        this.shownPlan = newPlan;
        this.shownFindings = newFindings;
        this.previewItems = Set.of();
        use(newPlan, newFindings, sameTerm);
    }

    /**
     * Shows a plan with items only a preview has (a generated schedule not used yet): they are drawn
     * apart and cannot be moved or edited. {@link #show} or {@link #endPreview} ends it.
     */
    @Override
    public void showPreview(TermPlan withPreview, PlanFindings findings, Set<Long> items) {
        if (shownPlan == null || withPreview.term().id() != shownPlan.term().id()) {
            return; // a preview of another term than the one shown: stale
        }
        previewItems = Set.copyOf(items);
        previewsShown.set(previewsShown.get() + 1); // before the layout, so the view scrolls to the preview once it is laid out
        use(withPreview, findings, true);
    }

    private final javafx.beans.property.ReadOnlyLongWrapper previewsShown = new javafx.beans.property.ReadOnlyLongWrapper();

    /** Counts the previews shown: the view brings each new one into sight. */
    public javafx.beans.property.ReadOnlyLongProperty previewsShownProperty() {
        return previewsShown.getReadOnlyProperty();
    }

    /** Back to the plan last shown, without the preview. */
    @Override
    public void endPreview() {
        if (previewItems.isEmpty() || shownPlan == null) {
            return;
        }
        previewItems = Set.of();
        use(shownPlan, shownFindings, true);
    }

    /** True for a block that only the preview of a schedule has. */
    public boolean isPreview(WeekBlock block) {
        return !previewItems.isEmpty() && block.occurrence().type() == OccurrenceType.SESSION
                && previewItems.contains(block.occurrence().itemId());
    }

    /** The style-class that sets a block apart: placed by the study planner, a preview, or none. */
    public String markOf(WeekBlock block) {
        return isPreview(block) ? org.courseplanner.ui.common.StyleClasses.PREVIEW
                : isAutoPlaced(block) ? org.courseplanner.ui.common.StyleClasses.AUTO_PLACED : null;
    }

    /** The plan as read (without a preview), and its findings. */
    private TermPlan shownPlan;
    private PlanFindings shownFindings;
    /** The ids of the sessions only the preview has (none when no preview is shown). */
    private Set<Long> previewItems = Set.of();

    private void use(TermPlan newPlan, PlanFindings newFindings, boolean sameTerm) {
        this.plan = newPlan;
        this.findings = newFindings;
        this.conflictMarks = new ConflictMarks(newFindings.conflicts());
        this.autoPlaced = newPlan.studyBlocks().stream().filter(StudyBlock::auto).map(StudyBlock::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (sameTerm && monday.get() != null) {
            layout();
        } else {
            thisWeek();
            layout();
        }
    }

    /**
     * Opens the week a finding first happens in and highlights the items it names, so that the
     * student sees what to move.
     */
    @Override
    public void showFinding(Finding finding) {
        highlighted.set(Set.copyOf(finding.itemIds()));
        if (finding.first() != null) {
            monday.set(finding.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }
    }

    /** Opens the week that starts on (or contains) {@code day}. */
    @Override
    public void showWeekOf(LocalDate day) {
        monday.set(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    private final ObjectProperty<java.util.function.Consumer<Long>> itemEditor = new SimpleObjectProperty<>();

    /**
     * Opens the form of an item by its id (Enter or a double click on a block: a class, a study
     * block, a commitment, a deadline's module); without one, only classes are edited, in place.
     */
    @Override
    public ObjectProperty<java.util.function.Consumer<Long>> itemEditorProperty() {
        return itemEditor;
    }

    private final ObjectProperty<Runnable> studyPlanner = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty planningStudy = new javafx.beans.property.SimpleBooleanProperty(false);

    @Override
    public ObjectProperty<Runnable> studyPlannerProperty() {
        return studyPlanner;
    }

    @Override
    public javafx.beans.property.BooleanProperty planningStudyProperty() {
        return planningStudy;
    }

    /** The items a chosen finding names (empty when none is chosen). */
    public ObjectProperty<Set<Long>> highlightedProperty() {
        return highlighted;
    }

    /** True when the block's item is one the chosen finding names. */
    public boolean isHighlighted(WeekBlock block) {
        return highlighted.get().contains(block.occurrence().itemId());
    }

    public void next() {
        monday.set(monday.get().plusWeeks(1));
    }

    public void previous() {
        monday.set(monday.get().minusWeeks(1));
    }

    /** The week of today when today is in the term, else the term's first week. */
    public void thisWeek() {
        if (plan == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        LocalDate day = plan.term().contains(today) ? today : plan.term().firstDay();
        monday.set(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public ZoneId zone() {
        if (plan == null) {
            return clock.getZone();
        }
        return zoneChoice.get() == ZoneChoice.MINE ? plan.term().studentZone() : plan.term().schoolZone();
    }

    /** Today's column (0–6) when today is in the week shown, else -1. */
    public int todayColumn() {
        if (monday.get() == null) {
            return -1;
        }
        long d = ChronoUnit.DAYS.between(monday.get(), LocalDate.now(clock.withZone(zone())));
        return d >= 0 && d < 7 ? (int) d : -1;
    }

    /** Minutes after midnight now, on the calendar's clock. */
    public int nowMinute() {
        var now = ZonedDateTime.now(clock.withZone(zone()));
        return now.getHour() * 60 + now.getMinute();
    }

    /** The date of column {@code day}. */
    public LocalDate date(int day) {
        return monday.get().plusDays(day);
    }

    private void layout() {
        if (plan == null || monday.get() == null) {
            return;
        }
        LocalDate first = monday.get();
        ZoneId zone = zone();
        Map<String, String> colours = new HashMap<>();
        for (Course c : plan.courses()) {
            colours.put(c.code(), c.colour());
        }
        List<Occurrence> week = findings.calendar().between(first, first.plusDays(6), zone);
        blocks.set(WeekLayout.blocks(week, first, zone, colours, conflictMarks.in(week, plan.term().schoolZone())));
        windows.set(WeekLayout.windows(findings.calendar().windows(), first, zone, colours));
        Set<Integer> breaks = new TreeSet<>();
        for (int d = 0; d < 7; d++) {
            if (plan.term().isBreak(first.plusDays(d))) {
                breaks.add(d);
            }
        }
        breakDays.set(breaks);
        LocalDate termMonday = plan.term().firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long number = ChronoUnit.WEEKS.between(termMonday, first) + 1;
        long weeks = ChronoUnit.WEEKS.between(termMonday, plan.term().lastDay()) + 1;
        LocalDate sunday = first.plusDays(6);
        String range = MONTH_DAY.format(first) + "–" + (sunday.getMonth() == first.getMonth() ? DAY.format(sunday) : MONTH_DAY.format(sunday));
        title.set((number >= 1 && number <= weeks ? "Week " + number + " of " + weeks : "Outside " + plan.term().name()) + " · " + range);
        zoneName.set(zone.getId());
        laidOut.set(laidOut.get() + 1);
    }

    /** Which items of a week carry the conflict mark: built when a term is shown, asked per week. */
    private ConflictMarks conflictMarks = new ConflictMarks(List.of());

    /** The study and homework blocks of the term the study planner placed, by id. */
    private Set<Long> autoPlaced = Set.of();

    /** True for a study or homework block the study planner placed (and the student has not taken). */
    public boolean isAutoPlaced(WeekBlock block) {
        return block.occurrence().type() == OccurrenceType.STUDY && autoPlaced.contains(block.occurrence().itemId());
    }

    /** True for a block that can be moved: a class, a commitment or a study block. */
    public boolean canMove(WeekBlock block) {
        return block.occurrence().type() != OccurrenceType.DEADLINE && !isPreview(block);
    }

    /** True when moving this block should ask "this week only or every week?". */
    public boolean isWeekly(WeekBlock block) {
        return session(block).map(s -> s.pattern().isPlaced() && !s.pattern().isOneOff()).orElse(false);
    }

    /**
     * Moves a session's meeting to {@code day} (0–6 of the week shown) from {@code startMinute} to
     * {@code endMinute} on the calendar's clock, for every week or for that week only.
     */
    public void move(WeekBlock block, int day, int startMinute, int endMinute, boolean everyWeek) {
        if (plan == null) {
            return;
        }
        var type = block.occurrence().type();
        if (type == OccurrenceType.STUDY) {
            moveStudy(block, day, startMinute, endMinute);
            return;
        }
        if (type == OccurrenceType.COMMITMENT) {
            moveCommitment(block, day, startMinute, endMinute);
            return;
        }
        var session = session(block).orElse(null);
        if (session == null) {
            return;
        }
        ZoneId school = plan.term().schoolZone();
        var dayStart = monday.get().plusDays(day).atStartOfDay(zone());
        var start = dayStart.plusMinutes(startMinute).withZoneSameInstant(school);
        var end = dayStart.plusMinutes(endMinute).withZoneSameInstant(school);
        LocalDate date = block.occurrence().start().withZoneSameInstant(school).toLocalDate();
        undo.execute(new MoveMeetingEdit(planner, session, date, start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), everyWeek));
    }

    private void moveStudy(WeekBlock block, int day, int startMinute, int endMinute) {
        var b = plan.studyBlocks().stream().filter(x -> x.id() == block.occurrence().itemId()).findFirst().orElse(null);
        if (b == null) {
            return;
        }
        var start = monday.get().plusDays(day).atStartOfDay(zone()).plusMinutes(startMinute).withZoneSameInstant(plan.term().schoolZone());
        int minutes = endMinute - startMinute;
        // moved and resized in one change, checked once
        undo.execute(new ChangeEdit<>("Move study block", planner, b,
                () -> planner.changeStudyBlock(new StudyBlock(b.id(), b.moduleId(), b.courseId(), b.week(), start.toLocalDateTime(), minutes,
                        false)),
                planner::restore));
    }

    private void moveCommitment(WeekBlock block, int day, int startMinute, int endMinute) {
        var c = plan.commitments().stream().filter(x -> x.id() == block.occurrence().itemId()).findFirst().orElse(null);
        if (c == null) {
            return;
        }
        ZoneId own = c.effectiveZone(plan.term().studentZone());
        var dayStart = monday.get().plusDays(day).atStartOfDay(zone());
        var start = dayStart.plusMinutes(startMinute).withZoneSameInstant(own);
        var end = dayStart.plusMinutes(endMinute).withZoneSameInstant(own);
        var from = block.occurrence().start().withZoneSameInstant(own).getDayOfWeek();
        undo.execute(new ChangeEdit<>("Move " + c.title(), planner, c,
                () -> planner.moveCommitment(c.id(), from, start.getDayOfWeek(), start.toLocalTime(), end.toLocalTime()), planner::restore));
    }

    /**
     * Removes the item of a block (a whole session, commitment or study block, as the Delete key
     * does). Undo adds it back under its own id.
     */
    public void remove(WeekBlock block) {
        if (plan == null) {
            return;
        }
        long id = block.occurrence().itemId();
        long[] current = {id};
        Supplier<Long> readd;
        switch (block.occurrence().type()) {
            case SESSION -> {
                var s = plan.sessions().stream().filter(x -> x.id() == id).findFirst().orElse(null);
                if (s == null) {
                    return;
                }
                readd = () -> planner.putBack(s).id(); // back under its own id when free
            }
            case COMMITMENT -> {
                var c = plan.commitments().stream().filter(x -> x.id() == id).findFirst().orElse(null);
                if (c == null) {
                    return;
                }
                readd = () -> planner.putBack(c).id();
            }
            case STUDY -> {
                var b = plan.studyBlocks().stream().filter(x -> x.id() == id).findFirst().orElse(null);
                if (b == null) {
                    return;
                }
                readd = () -> planner.putBack(b).id();
            }
            default -> {
                return;
            }
        }
        undo.execute(UndoableEdit.of("Remove " + block.occurrence().title(), () -> planner.remove(current[0]),
                () -> current[0] = readd.get()));
    }

    /**
     * Cancels only the meeting a block shows, of a weekly class: its date becomes a skipped date.
     * Undo takes the skipped date back.
     */
    public void removeMeeting(WeekBlock block) {
        var session = session(block).orElse(null);
        if (session == null || plan == null) {
            return;
        }
        LocalDate date = block.occurrence().start().withZoneSameInstant(plan.term().schoolZone()).toLocalDate();
        undo.execute(new ChangeEdit<>("Cancel " + block.occurrence().title() + " on " + date, planner, session,
                () -> planner.skipMeeting(session.id(), date), planner::restore));
    }

    /** How many times the class of a block meets in the term (for "delete every week: 28 classes"). */
    public int meetings(WeekBlock block) {
        return session(block).map(s -> (int) s.pattern().meetingDates(plan.term().firstDay(), plan.term().lastDay()).stream()
                .filter(d -> !plan.term().isBreak(d)).count()).orElse(1);
    }

    /** The session a block shows, for editing (empty for other blocks). */
    public Optional<SyncSession> sessionOf(WeekBlock block) {
        return session(block);
    }

    /** Changes a session's kind and place (undoable). */
    public void edit(SyncSession before, SessionKind kind, String location) {
        var after = new SyncSession(before.id(), before.courseId(), kind, before.pattern(), location, before.sectionFacts());
        undo.execute(new ChangeEdit<>("Edit " + before.kind().title(), planner, before, () -> planner.changeSession(after),
                planner::restore));
    }

    /** The length a session gets when it is placed and has no time yet. */
    static final int DEFAULT_SESSION_MINUTES = 75;

    /**
     * An item dropped from the course tree on {@code day} (0–6) at {@code minute} of the calendar's
     * clock: a session takes that day and time every week, a module opens its weekly window there, a
     * study block moves there.
     */
    public void drop(PlanDragFormats.DraggedItem item, int day, int minute) {
        if (plan == null) {
            return;
        }
        ZoneId school = plan.term().schoolZone();
        var at = monday.get().plusDays(day).atStartOfDay(zone()).plusMinutes(minute).withZoneSameInstant(school);
        if (item.isNew()) {
            dropNew(item, at.toLocalDateTime());
            return;
        }
        switch (item.kind()) {
            case SESSION -> plan.sessions().stream().filter(s -> s.id() == item.id()).findFirst().ifPresent(s -> {
                long length = s.pattern().isPlaced() ? s.pattern().minutes() : DEFAULT_SESSION_MINUTES;
                undo.execute(new ChangeEdit<>("Place " + s.kind().title(), planner, s,
                        () -> planner.place(s.id(), at.toLocalDate(), at.toLocalTime(), at.toLocalTime().plusMinutes(length)), planner::restore));
            });
            case MODULE -> plan.module(item.id()).ifPresent(m -> undo.execute(new ChangeEdit<>("Open " + m.title(), planner, m,
                    () -> planner.openModuleOn(m.id(), at.toLocalDate(), at.toLocalTime()), planner::restore)));
            case STUDY -> plan.studyBlocks().stream().filter(b -> b.id() == item.id()).findFirst().ifPresent(b ->
                    undo.execute(new ChangeEdit<>("Move study block", planner, b,
                            () -> planner.moveStudyBlock(b.id(), at.toLocalDateTime()), planner::restore)));
            default -> { }
        }
    }

    /** A new session (weekly, 75 minutes) or module (open for a week from there) for the course {@code item.id()}. */
    private void dropNew(PlanDragFormats.DraggedItem item, LocalDateTime at) {
        if (item.kind() == ItemKind.STUDY) {
            planStudy(item.id(), at);
            return;
        }
        Course course = plan.courses().stream().filter(c -> c.id() == item.id()).findFirst().orElse(null);
        if (course == null) {
            return;
        }
        String term = plan.term().name();
        if (item.kind() == ItemKind.SESSION) {
            var pattern = WeeklyPattern.weekly(EnumSet.of(at.getDayOfWeek()), at.toLocalTime(),
                    at.toLocalTime().plusMinutes(DEFAULT_SESSION_MINUTES));
            undo.execute(new AddItemEdit<SyncSession>("New " + course.code() + " session", planner,
                    () -> planner.addSession(term, course.code(), SessionKind.LECTURE, pattern, null), planner::putBack));
        } else if (item.kind() == ItemKind.MODULE) {
            var window = WeeklyWindow.untilTermEnds(plan.term(), at.toLocalDate(), at.getDayOfWeek(), at.toLocalTime());
            undo.execute(new AddItemEdit<AsyncModule>("New " + course.code() + " module", planner,
                    () -> planner.addModule(term, course.code(), "Module", 3, window, Set.of()), planner::putBack));
        }
    }

    /** Study time (an hour) for the week of the module whose window holds {@code at}, or the window opening next. */
    private void planStudy(long moduleId, LocalDateTime at) {
        var module = plan.module(moduleId).orElse(null);
        if (module == null) {
            return;
        }
        int week = module.weekHolding(at);
        undo.execute(new AddItemEdit<StudyBlock>("Plan study time", planner, () -> planner.addStudyBlock(moduleId, week, at, 60),
                planner::putBack));
    }

    private Optional<SyncSession> session(WeekBlock block) {
        if (plan == null || !canMove(block)) {
            return Optional.empty();
        }
        return plan.sessions().stream().filter(s -> s.id() == block.occurrence().itemId()).findFirst();
    }

    @Override
    public ObjectProperty<LocalDate> mondayProperty() {
        return monday;
    }

    @Override
    public ObjectProperty<ZoneChoice> zoneChoiceProperty() {
        return zoneChoice;
    }

    public ReadOnlyObjectProperty<List<WeekBlock>> blocksProperty() {
        return blocks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<WindowBar>> windowsProperty() {
        return windows.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<Integer>> breakDaysProperty() {
        return breakDays.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Counts the week's layouts: it changes once, last, each time blocks, bars and breaks are all new (one redraw). */
    public javafx.beans.property.ReadOnlyLongProperty laidOutProperty() {
        return laidOut.getReadOnlyProperty();
    }

    private final javafx.beans.property.ReadOnlyLongWrapper laidOut = new javafx.beans.property.ReadOnlyLongWrapper();

    public ReadOnlyStringProperty zoneNameProperty() {
        return zoneName.getReadOnlyProperty();
    }
}

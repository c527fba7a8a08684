package org.courseplanner.ui.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.ImportChanges;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogPlanner;
import org.courseplanner.domain.catalog.CatalogSection;
import org.courseplanner.domain.catalog.Schedule;
import org.courseplanner.domain.catalog.ScheduleLimits;
import org.courseplanner.domain.catalog.SchedulePreferences;
import org.courseplanner.domain.catalog.ScheduleRequest;
import org.courseplanner.domain.catalog.ScheduleResults;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Failures;
import org.courseplanner.ui.common.RunningWork;
import org.courseplanner.ui.common.Sentences;
import org.courseplanner.ui.common.UndoStack;
import org.courseplanner.ui.common.UndoableEdit;

/**
 * The generate panel: the request (the courses chosen in the catalog, limits, preferences), the
 * search in the background with progress and Cancel, the results with their scores, the chosen
 * result previewed on the week, and "Use this schedule" as one step of the undo history.
 */
public final class GenerateViewModel {
    /** How many of the best schedules the panel asks for. */
    static final int TOP = 50;

    /**
     * What the panel needs from the window.
     *
     * @param current the term shown, as last read
     * @param catalog the catalog shown in the catalog panel
     * @param notice  says in the status bar what was done
     * @param message says why something could not be done
     */
    public record Window(Supplier<TermPlan> current, Supplier<Catalog> catalog, PreviewShown preview, Consumer<String> notice,
                         Consumer<String> message) {
    }

    private final ScheduleWish wish;
    private final BackgroundTasks tasks;
    private final UndoStack undo;
    private final ScheduleSearch search;
    private final Planner planner;
    private final CatalogPlanner catalogs;
    private final Window window;

    private final Map<DayOfWeek, BooleanProperty> daysOff = new EnumMap<>(DayOfWeek.class);
    private final StringProperty earliest = new SimpleStringProperty("");
    private final StringProperty latest = new SimpleStringProperty("");
    private final IntegerProperty walkMinutes = new SimpleIntegerProperty(0);
    private final BooleanProperty outsideQuietHours = new SimpleBooleanProperty(false);
    private final IntegerProperty pick = new SimpleIntegerProperty(1);
    private final IntegerProperty fewerDays = new SimpleIntegerProperty(SchedulePreferences.DEFAULTS.fewerDays());
    private final IntegerProperty fewerGaps = new SimpleIntegerProperty(SchedulePreferences.DEFAULTS.fewerGaps());
    private final ObjectProperty<SchedulePreferences.TimeOfDay> timeOfDay = new SimpleObjectProperty<>(SchedulePreferences.TimeOfDay.EITHER);
    private final StringProperty instructors = new SimpleStringProperty("");
    private final BooleanProperty balanceWeeks = new SimpleBooleanProperty(false);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ObservableList<Schedule> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noneReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noneConstraints = new ReadOnlyStringWrapper("");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObjectProperty<Schedule> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper applying = new ReadOnlyBooleanWrapper(false);
    private RunningWork work;
    /** The term the results are for: another term's results are dropped. */
    private long resultsTerm;
    /** Counts previews asked for: a slow one that finishes after a newer choice is not shown. */
    private long previewAsked;

    /** @param planner adds a chosen schedule's sections to the plan, and takes them back */
    public GenerateViewModel(ScheduleWish wish, BackgroundTasks tasks, UndoStack undo, ScheduleSearch search, Planner planner, Window window) {
        this.wish = wish;
        this.tasks = tasks;
        this.undo = undo;
        this.search = search;
        this.planner = planner;
        this.catalogs = new CatalogPlanner(planner);
        this.window = window;
        for (DayOfWeek d : DayOfWeek.values()) {
            daysOff.put(d, new SimpleBooleanProperty(false));
        }
        selected.addListener((obs, old, now) -> preview());
        // pick stays within the optional courses there are
        wish.optional().addListener((javafx.collections.ListChangeListener<String>) change -> {
            int n = wish.optional().size();
            pick.set(n == 0 ? 1 : Math.max(1, Math.min(pick.get(), n)));
        });
    }

    /** The request the form describes, or a refusal that says what to fix. */
    public ScheduleRequest request() {
        if (wish.isEmpty()) {
            throw new Refusal("courses", "choose courses first: in the Catalog tab, right-click a course and add it as required or optional");
        }
        Set<DayOfWeek> off = EnumSet.noneOf(DayOfWeek.class);
        daysOff.forEach((d, p) -> {
            if (p.get()) {
                off.add(d);
            }
        });
        var limits = new ScheduleLimits(off, time(earliest.get(), "earliest"), time(latest.get(), "latest"), walkMinutes.get(),
                outsideQuietHours.get());
        List<String> names = Arrays.stream((instructors.get() == null ? "" : instructors.get()).split("[,;]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        var preferences = new SchedulePreferences(fewerDays.get(), fewerGaps.get(), timeOfDay.get(),
                timeOfDay.get() == SchedulePreferences.TimeOfDay.EITHER ? 0 : SchedulePreferences.DEFAULTS.timeWeight(), names, balanceWeeks.get());
        return new ScheduleRequest(List.copyOf(wish.required()), List.copyOf(wish.optional()), wish.optional().isEmpty() ? 0 : pick.get(),
                Set.copyOf(wish.locked()), Set.copyOf(wish.excluded()), limits, preferences, TOP);
    }

    /** "9:00", "09:00", "9" or "" (no limit); anything else is refused naming the field. */
    static LocalTime time(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (t.matches("\\d{1,2}")) {
                return LocalTime.of(Integer.parseInt(t), 0);
            }
            return LocalTime.parse(t.matches("\\d:\\d\\d") ? "0" + t : t);
        } catch (java.time.DateTimeException e) {
            throw new Refusal(field, "write the " + (field.equals("earliest") ? "earliest start" : "latest end")
                    + " as HH:MM on a 24-hour clock, e.g. " + (field.equals("earliest") ? "09:00" : "18:00") + ", not \"" + t + "\"");
        }
    }

    /** Runs the generator on the request in the background; the results replace the last ones. */
    public void generate() {
        TermPlan plan = window.current().get();
        if (plan == null) {
            window.message().accept("Add a term first: schedules are made for a term's catalog.");
            return;
        }
        if (running.get()) {
            return;
        }
        Catalog catalog = window.catalog().get();
        if (catalog == null || catalog.isEmpty()) {
            window.message().accept("Import the registrar's catalog first (File ▸ Import catalog…): schedules are made of its sections.");
            return;
        }
        ScheduleRequest request;
        try {
            request = request();
        } catch (Refusal r) {
            window.message().accept(Sentences.of(r));
            return;
        }
        window.message().accept("");
        clearResults();
        running.set(true);
        progress.set(-1);
        window.notice().accept("Looking for schedules of " + courses(request) + "…");
        long term = plan.term().id();
        RunningWork running = tasks.runWithProgress("Generating schedules", handle -> search.find(catalog, plan, request, handle),
                found -> finished(term, found), this::failed);
        work = running;
        progress.bind(running.progressProperty());
    }

    private static String courses(ScheduleRequest request) {
        List<String> all = new ArrayList<>(request.required());
        all.addAll(request.optional());
        return String.join(", ", all);
    }

    private void finished(long term, ScheduleResults found) {
        running.set(false);
        progress.unbind();
        resultsTerm = term;
        count.set(SectionText.count(found) + (found.best().isEmpty() ? "" : "; " + SectionText.shown(found)));
        if (found.none() != null) {
            noneReason.set(found.none().reason());
            noneConstraints.set(SectionText.constraints(found.none()));
        }
        notes.setAll(found.notes());
        results.setAll(found.best());
        window.notice().accept(SectionText.count(found) + ".");
    }

    private void failed(Throwable e) {
        running.set(false);
        progress.unbind();
        if (e instanceof CancellationException || e instanceof Progress.Cancelled) {
            window.notice().accept("Stopped looking for schedules.");
        } else if (e instanceof Refusal r) {
            window.notice().accept("");
            window.message().accept(Sentences.of(r));
        } else {
            window.notice().accept("");
            window.message().accept(Failures.sentence("Could not generate schedules", e));
        }
    }

    /** Asks the search to stop; what it found so far is shown (a count of "at least"). */
    public void cancel() {
        if (work != null && running.get()) {
            work.cancel();
        }
    }

    private void clearResults() {
        selected.set(null);
        results.clear();
        notes.clear();
        count.set("");
        noneReason.set("");
        noneConstraints.set("");
    }

    /** The term shown was read again: results of another term go; the chosen result is previewed on the new plan. */
    public void planChanged(TermPlan plan) {
        if (plan != null && resultsTerm != 0 && plan.term().id() != resultsTerm) {
            clearResults();
            resultsTerm = 0;
            return;
        }
        if (selected.get() != null) {
            preview();
        }
    }

    /** Shows the chosen result on the week with the rest of the plan, or the plan alone when none is chosen. */
    private void preview() {
        Schedule chosen = selected.get();
        TermPlan plan = window.current().get();
        long asked = ++previewAsked;
        if (chosen == null || plan == null) {
            window.preview().end();
            return;
        }
        tasks.run("Previewing schedule " + chosen.rank(), () -> {
            SchedulePreview preview = SchedulePreview.of(plan, chosen, this::colourOf);
            return new Previewed(preview, PlanFindings.of(preview.plan()));
        }, shown -> {
            if (asked == previewAsked) {
                window.preview().show(shown.preview(), shown.findings());
            }
        }, e -> window.message().accept(Failures.sentence("Could not preview the schedule", e)));
    }

    /** A result laid over the plan, with the findings of the two together. */
    private record Previewed(SchedulePreview preview, PlanFindings findings) {
    }

    /**
     * A course's colour on the pictures and the preview: the plan's when it has the course, else the
     * palette colour the planner will give it (courses not in the plan, in the request's order).
     */
    public String colourOf(String code) {
        TermPlan plan = window.current().get();
        if (plan != null) {
            var course = plan.course(code);
            if (course.isPresent() && course.get().colour() != null) {
                return course.get().colour();
            }
        }
        List<String> asked = new ArrayList<>(wish.required());
        asked.addAll(wish.optional());
        int planned = plan == null ? 0 : plan.courses().size();
        int newOnes = 0;
        String key = Course.keyOf(code);
        for (String c : asked) {
            if (plan != null && plan.course(c).isPresent()) {
                continue;
            }
            if (Course.keyOf(c).equals(key)) {
                break;
            }
            newOnes++;
        }
        return Course.PALETTE[(planned + newOnes) % Course.PALETTE.length];
    }

    /** Adds the chosen result's sections to the plan: one step of the undo history; the status bar says what was added. */
    public void useChosen() {
        Schedule chosen = selected.get();
        TermPlan plan = window.current().get();
        if (chosen == null || plan == null) {
            window.message().accept("Choose one of the schedules first, then use it.");
            return;
        }
        if (applying.get()) {
            return;
        }
        String term = plan.term().name();
        List<CatalogSection> sections = chosen.sections();
        String what = String.join(", ", chosen.choices().stream().map(c -> c.courseCode()).toList());
        window.message().accept("");
        applying.set(true);
        tasks.run("Using schedule " + chosen.rank(), () -> catalogs.addSections(term, sections), changes -> {
            applying.set(false);
            selected.set(null); // the week shows the plan itself again, now with the sections
            // one step of the history; recording it reads the plan again, with the sections added
            undo.record(UndoableEdit.of("Use schedule " + chosen.rank() + " (" + what + ")", () -> planner.redo(changes),
                    () -> planner.undo(changes)));
            window.notice().accept(added(chosen, changes, term));
        }, e -> {
            applying.set(false);
            window.message().accept(e instanceof Refusal r ? Sentences.of(r) : Failures.sentence("Could not use the schedule", e));
        });
    }

    /** "Added CS 101 (Lecture 01, Lab L2), MATH 200 (Lecture 02) to Fall 2026: 5 sessions. Edit ▸ Undo takes them back." */
    static String added(Schedule chosen, ImportChanges changes, String term) {
        List<String> courses = chosen.choices().stream().map(c -> c.courseCode() + " ("
                + String.join(", ", c.sections().stream().map(s -> s.component() + " " + s.section()).toList()) + ")").toList();
        int sessions = changes.added(org.courseplanner.domain.SyncSession.class).size();
        return "Added " + String.join(", ", courses) + " to " + term + ": " + sessions + (sessions == 1 ? " session" : " sessions")
                + ". Edit ▸ Undo takes " + (sessions == 1 ? "it" : "them") + " back.";
    }

    public ScheduleWish wish() {
        return wish;
    }

    public BooleanProperty dayOffProperty(DayOfWeek day) {
        return daysOff.get(day);
    }

    public StringProperty earliestProperty() {
        return earliest;
    }

    public StringProperty latestProperty() {
        return latest;
    }

    public IntegerProperty walkMinutesProperty() {
        return walkMinutes;
    }

    public BooleanProperty outsideQuietHoursProperty() {
        return outsideQuietHours;
    }

    /** How many of the optional courses each schedule holds. */
    public IntegerProperty pickProperty() {
        return pick;
    }

    public IntegerProperty fewerDaysProperty() {
        return fewerDays;
    }

    public IntegerProperty fewerGapsProperty() {
        return fewerGaps;
    }

    public ObjectProperty<SchedulePreferences.TimeOfDay> timeOfDayProperty() {
        return timeOfDay;
    }

    /** Preferred instructors, separated by commas ("Lopez, Chen"). */
    public StringProperty instructorsProperty() {
        return instructors;
    }

    public BooleanProperty balanceWeeksProperty() {
        return balanceWeeks;
    }

    /** True while the generator runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the search is, 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The best schedules of the last run, best first. */
    public ObservableList<Schedule> results() {
        return results;
    }

    /** "1,234 schedules fit; the 50 best are shown". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Why nothing fits ("" when something does). */
    public ReadOnlyStringProperty noneReasonProperty() {
        return noneReason.getReadOnlyProperty();
    }

    /** The request's constraints that cannot hold together ("" when something fits). */
    public ReadOnlyStringProperty noneConstraintsProperty() {
        return noneConstraints.getReadOnlyProperty();
    }

    /** What the generator says the student should know. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** The result shown on the week. */
    public ObjectProperty<Schedule> selectedProperty() {
        return selected;
    }

    /** True while a chosen schedule is being added to the plan. */
    public ReadOnlyBooleanProperty applyingProperty() {
        return applying.getReadOnlyProperty();
    }
}

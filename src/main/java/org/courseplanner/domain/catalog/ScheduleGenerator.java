package org.courseplanner.domain.catalog;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.TermPlan;

/**
 * Finds every conflict-free choice of sections for the courses a student asks for, counts them,
 * and ranks the best by the student's preferences; explains why when none fits (ADR 21).
 * Sections of a course that meet at the same times are one choice, so results differ in times.
 * The plan's commitments and the sessions of its other courses are obstacles.
 */
public final class ScheduleGenerator {
    /** How long counting and ranking may take together before they answer with what they have. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(6);

    private final Catalog catalog;
    private final TermPlan plan;
    private final Duration budget;

    /** For this catalog, with the plan's commitments and the sessions of other courses as obstacles. */
    public ScheduleGenerator(Catalog catalog, TermPlan plan) {
        this(catalog, plan, DEFAULT_BUDGET);
    }

    /** As above, stopping after {@code budget} with the count so far (a lower bound) and the best found. */
    public ScheduleGenerator(Catalog catalog, TermPlan plan, Duration budget) {
        this.catalog = catalog;
        this.plan = plan;
        this.budget = budget;
        Refusal.require(!catalog.isEmpty(), "catalog", "the term " + plan.term().name()
                + " has no catalog yet: import the registrar's catalog first with 'catalog import FILE'");
    }

    /** Cancelling through the progress stops the search with what it found so far. */
    public ScheduleResults generate(ScheduleRequest request, Progress progress) {
        long start = System.nanoTime();
        long total = budget.toNanos();
        progress.update(0, 3);
        ScheduleModel model = new ScheduleModel(catalog, plan, request);
        List<String> notes = new ArrayList<>(model.notes);
        notes.addAll(untimedNotes(model));
        SearchSpace space = new SearchSpace(model, model.allConstraints());
        progress.update(1, 3);
        // counting and ranking read the same space and share nothing else: on two cores they run side by side
        ScheduleSearch counting = new ScheduleSearch(space, progress, start + total);
        java.util.concurrent.FutureTask<Long> countTask = new java.util.concurrent.FutureTask<>(counting::count);
        Thread counter = new Thread(countTask, "schedule-count");
        counter.setDaemon(true);
        counter.start();
        ScheduleSearch ranking = new ScheduleSearch(space, progress, start + total);
        List<ScheduleSearch.Found> found = ranking.rank(request.top());
        long count = waitFor(countTask);
        boolean exact = !counting.stopped();
        progress.update(2, 3);
        if (count == 0 && exact) {
            progress.update(3, 3);
            return new ScheduleResults(0, true, space.combinations(), List.of(), true, new NoScheduleExplainer(model).explain(), notes);
        }
        List<Schedule> best = new ArrayList<>(found.size());
        for (ScheduleSearch.Found f : found) {
            best.add(schedule(model, space, ranking, f, best.size() + 1));
        }
        if (!exact) {
            notes.add("the search was stopped before it had seen every combination: at least " + count + " fit");
        }
        if (ranking.stopped()) {
            notes.add("the ranking was stopped before it could prove these are the best: they are the best found");
        }
        progress.update(3, 3);
        return new ScheduleResults(Math.max(count, best.size()), exact, space.combinations(), best, !ranking.stopped(), null, notes);
    }

    private static long waitFor(java.util.concurrent.FutureTask<Long> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.Cancelled("Generating schedules");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static List<String> untimedNotes(ScheduleModel model) {
        List<String> notes = new ArrayList<>();
        for (ScheduleModel.Entry e : model.courses) {
            for (CatalogSection s : e.course.sections()) {
                if (!s.hasTime()) {
                    notes.add(s.courseCode() + " " + s.component().toLowerCase(Locale.ROOT) + " " + s.section() + " (CRN " + s.crn()
                            + ") has no set time (online or arranged): it never clashes");
                }
            }
        }
        return notes;
    }

    private static Schedule schedule(ScheduleModel model, SearchSpace space, ScheduleSearch search, ScheduleSearch.Found f, int rank) {
        List<CourseChoice> choices = new ArrayList<>();
        long[] week = model.baseWeek.clone();
        int campus = model.baseCampusDays;
        long additive = 0;
        int[] load = model.baseWeekMinutes.clone();
        int preferred = 0;
        LocalTime earliest = null;
        LocalTime latest = null;
        List<SearchSpace.Group> chosen = new ArrayList<>();
        for (int g : f.groups()) {
            if (g >= 0) {
                chosen.add(space.groups.get(g));
            }
        }
        chosen.sort(Comparator.comparingInt(g -> space.levels.get(g.level()).index));
        for (SearchSpace.Group g : chosen) {
            SectionOption o = g.first();
            ScheduleModel.Entry e = space.levels.get(g.level());
            choices.add(new CourseChoice(e.course.code(), e.course.title(), o.sections, g.options().stream().map(x -> x.sections).toList()));
            for (int w = 0; w < week.length; w++) {
                week[w] |= o.week[w];
            }
            campus |= o.campusDays;
            additive += g.additive();
            for (int w = 0; w < load.length; w++) {
                load[w] += o.weekMinutes[w];
            }
            if (!model.request.preferences().instructors().isEmpty()) {
                preferred += o.sections.size() - o.unpreferred;
            }
            for (CatalogSection s : o.sections) {
                for (CatalogMeeting m : s.meetings()) {
                    if (m.isPlaced()) {
                        earliest = earliest == null || m.pattern().start().isBefore(earliest) ? m.pattern().start() : earliest;
                        latest = latest == null || m.pattern().end().isAfter(latest) ? m.pattern().end() : latest;
                    }
                }
            }
        }
        int gaps = 0;
        for (int d = 0; d < 7; d++) {
            gaps += SectionTimes.gapMinutes(week, d);
        }
        int peak = 0;
        for (int m : load) {
            peak = Math.max(peak, m);
        }
        long cost = search.cost(Integer.bitCount(campus), gaps, additive, peak);
        return new Schedule(rank, choices, new ScheduleScore(Integer.bitCount(campus), gaps, earliest, latest, peak / 60.0, preferred, cost));
    }
}

package org.courseplanner.domain.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.courseplanner.domain.ChosenSection;
import org.courseplanner.domain.ImportChanges;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Progress;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.SectionFacts;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.TextRules;
import org.courseplanner.domain.WeeklyPattern;

/**
 * What a student can do with a term's catalog, for the command line and the window alike: read
 * it, replace it with a registrar's newer one, and take sections from it into the plan. Changes to
 * the plan go through the {@link Planner}, which checks them (docs/decisions/0014); the catalog
 * itself is kept in the plan's {@link CatalogStore}.
 */
public final class CatalogPlanner {
    private final Planner planner;
    private final CatalogStore store;

    /** On the planner's plan; refused when its store keeps no catalogs. */
    public CatalogPlanner(Planner planner) {
        this.planner = planner;
        this.store = planner.storePart(CatalogStore.class).orElseThrow(() -> new IllegalStateException(
                "the plan " + planner.location() + " keeps no catalogs"));
    }

    /** The catalog of the term with this name (null: the current term); empty when none was imported. */
    public Catalog catalog(String termName) {
        return store.catalog(planner.term(termName).id()); // reads only: a read-only plan shows its catalog too
    }

    /**
     * Replaces the term's catalog by a registrar's (a newer one, or {@link Catalog#EMPTY} to clear
     * it) in one transaction, and says what changed by CRN. The plan's sessions are not touched:
     * they keep the CRN they were taken with.
     */
    public CatalogImportSummary importCatalog(String termName, Catalog catalog) {
        return planner.atomically(() -> {
            Term term = planner.term(termName);
            CatalogImportSummary summary = compare(term, catalog);
            store.replaceCatalog(term.id(), catalog);
            return summary;
        });
    }

    /**
     * The schedules that fit for the term's catalog and plan ({@link ScheduleGenerator}): refused
     * when the term has no catalog yet; cancelling through the progress stops with what was found.
     */
    public ScheduleResults generate(String termName, ScheduleRequest request, Progress progress) {
        Term term = planner.term(termName);
        return new ScheduleGenerator(store.catalog(term.id()), planner.plan(term.id())).generate(request, progress);
    }

    /** What {@link #importCatalog} would change, without changing anything (a dry run). */
    public CatalogImportSummary compare(String termName, Catalog catalog) {
        return compare(planner.term(termName), catalog);
    }

    private CatalogImportSummary compare(Term term, Catalog catalog) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        planner.plan(term.id()).sessions().forEach(s -> {
            if (s.sectionFacts().crn() != null) {
                taken.add(s.sectionFacts().crn());
            }
        });
        return CatalogImportSummary.of(term.name(), store.catalog(term.id()), catalog, taken);
    }

    /**
     * Adds these sections to the plan as sessions of their courses, in one step to undo with
     * {@link Planner#undo(ImportChanges)} (see {@link Planner#takeSections}): one session per
     * meeting, with the section's name, instructor and CRN; a section with no time at all becomes
     * one TBA session, so that its CRN is kept. Choosing again for a course replaces its sections.
     */
    public ImportChanges addSections(String termName, List<CatalogSection> sections) {
        return planner.takeSections(termName, sections.stream().map(CatalogPlanner::chosen).toList());
    }

    /**
     * A catalog section as the sessions it becomes. Its texts come from a registrar's file, so
     * they are cleaned to the planner's rules as an import's are (docs/decisions/0016); a code the
     * planner cannot take is refused.
     */
    static ChosenSection chosen(CatalogSection s) {
        SectionFacts facts = new SectionFacts(clean(s.section(), TextRules.LONGEST_TITLE), clean(s.instructor(), TextRules.LONGEST_TITLE),
                s.crn());
        List<SyncSession> sessions = new ArrayList<>();
        for (CatalogMeeting m : s.meetings()) {
            sessions.add(new SyncSession(0, 0, m.kind(), m.pattern(), clean(m.location(), TextRules.LONGEST_LOCATION), facts));
        }
        if (sessions.isEmpty()) {
            sessions.add(new SyncSession(0, 0, kindOf(s.component()), WeeklyPattern.unplaced(), null, facts));
        }
        String title = clean(s.courseTitle(), TextRules.LONGEST_TITLE);
        return new ChosenSection(s.courseCode(), title != null ? title : s.courseCode(), s.credits(), s.crn(), sessions);
    }

    private static String clean(String text, int longest) {
        return TextRules.cleaned(text, longest).orElse(null);
    }

    /** "Lab" is a lab; a component that names no kind of session ("Studio") is "other". */
    private static SessionKind kindOf(String component) {
        try {
            return SessionKind.parse(component.toLowerCase(Locale.ROOT));
        } catch (Refusal notAKind) {
            return SessionKind.OTHER;
        }
    }
}

package org.courseplanner.ui.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogFiles;
import org.courseplanner.domain.catalog.CatalogImportSummary;
import org.courseplanner.domain.catalog.CatalogPlanner;
import org.courseplanner.domain.catalog.CatalogReader;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.Failures;

/**
 * The term's catalog, read and replaced in the background: read when a term is shown, and
 * File ▸ Import catalog…, which reads the registrar's file (the format from its name or its first
 * bytes), keeps it as the term's catalog, says in the status bar what changed and hands the
 * window the sections of the plan it changes and the reader's notes. A catalog is not part of the plan, so an import is not undone.
 */
public final class CatalogActions {
    private final CatalogPlanner planner;
    private final BackgroundTasks tasks;
    private final CatalogFiles files;
    private final CatalogViewModel catalog;
    private final Supplier<TermPlan> current;
    private final Consumer<String> notice;
    private final Consumer<String> message;
    /** The term whose catalog was read last: a plan read again after an edit does not read its catalog again. */
    private long loadedTerm;

    CatalogActions(CatalogPlanner planner, BackgroundTasks tasks, CatalogFiles files, CatalogViewModel catalog, Supplier<TermPlan> current,
                   Consumer<String> notice, Consumer<String> message) {
        this.planner = planner;
        this.tasks = tasks;
        this.files = files;
        this.catalog = catalog;
        this.current = current;
        this.notice = notice;
        this.message = message;
    }

    /** A term was read: its catalog is read too, once per term shown. */
    void termShown(TermPlan plan) {
        if (plan == null || plan.term().id() == loadedTerm) {
            return;
        }
        loadedTerm = plan.term().id();
        String term = plan.term().name();
        tasks.run("Reading the catalog of " + term, () -> planner.catalog(term), read -> {
            if (current.get() != null && current.get().term().id() == plan.term().id()) {
                catalog.show(term, read);
            }
        }, e -> message.accept(Failures.sentence("Could not read the catalog of " + term, e)));
    }

    /**
     * Reads a registrar's file and makes it the catalog of the term shown; {@code notesShown} gets
     * what was imported and the reader's notes when there are any.
     */
    public void importFile(Path file, NotesShown notesShown) {
        TermPlan plan = current.get();
        if (plan == null) {
            message.accept("Add a term first: a catalog belongs to a term.");
            return;
        }
        String term = plan.term().name();
        message.accept("");
        notice.accept("Importing the catalog " + file.getFileName() + " into " + term + "…");
        tasks.run("Importing " + file.getFileName(), () -> {
            CatalogReader.Reading reading = files.read(file, null, plan.term());
            CatalogImportSummary summary = planner.importCatalog(term, reading.catalog());
            return new Imported(reading, summary);
        }, imported -> {
            loadedTerm = plan.term().id();
            catalog.show(term, imported.reading().catalog());
            String said = imported(file, imported.summary());
            notice.accept(said);
            List<String> notes = new java.util.ArrayList<>(taken(imported.summary()));
            notes.addAll(imported.reading().notes());
            if (!notes.isEmpty()) {
                notesShown.show(said, notes);
            }
        }, e -> {
            notice.accept("");
            message.accept(Failures.sentence("Could not import " + file.getFileName(), e));
        });
    }

    /** What the window shows after an import with notes. */
    @FunctionalInterface
    public interface NotesShown {
        void show(String imported, List<String> notes);
    }

    private record Imported(CatalogReader.Reading reading, CatalogImportSummary summary) {
    }

    /** What the new catalog changes of the sections the plan has taken: the student's sessions stay as they are. */
    static List<String> taken(CatalogImportSummary s) {
        List<String> said = new java.util.ArrayList<>();
        if (!s.takenChanged().isEmpty()) {
            said.add("Your plan has sections this catalog changes (CRN " + String.join(", ", s.takenChanged()) + "): your sessions stay"
                    + " as they are; generate again for their courses and use a schedule to take the new times.");
        }
        if (!s.takenRemoved().isEmpty()) {
            said.add("Your plan has sections this catalog no longer lists (CRN " + String.join(", ", s.takenRemoved())
                    + "): check with the registrar; your sessions stay as they are.");
        }
        return said;
    }

    /** "Imported catalog.csv into Fall 2026: 12 courses, 40 sections (40 new)." */
    static String imported(Path file, CatalogImportSummary s) {
        StringBuilder said = new StringBuilder("Imported ").append(file.getFileName()).append(" into ").append(s.term()).append(": ")
                .append(s.courses()).append(s.courses() == 1 ? " course, " : " courses, ")
                .append(s.sections()).append(s.sections() == 1 ? " section" : " sections");
        List<String> changes = new java.util.ArrayList<>();
        if (s.added() > 0) {
            changes.add(s.added() + " new");
        }
        if (s.changed() > 0) {
            changes.add(s.changed() + " changed");
        }
        if (s.removed() > 0) {
            changes.add(s.removed() + " no longer listed");
        }
        if (changes.isEmpty()) {
            changes.add("no change");
        }
        return said.append(" (").append(String.join(", ", changes)).append(").").toString();
    }
}

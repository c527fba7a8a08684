package org.courseplanner.ui.catalog;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogCourse;
import org.courseplanner.domain.catalog.CatalogSection;

/**
 * The catalog panel: the term's catalog, searched as the student types, course by course with
 * the sections that match; a course goes into the schedule request as required or optional, a
 * section is locked or excluded. Searching is in memory (the catalog is read once per term, in
 * the background), so it runs on the UI thread.
 */
public final class CatalogViewModel {
    private final ScheduleWish wish;
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(Catalog.EMPTY);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<CatalogCourse>> shown = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private String termName = "";

    public CatalogViewModel(ScheduleWish wish) {
        this.wish = wish;
        search.addListener((obs, old, now) -> filter());
        filter();
    }

    /** Shows a term's catalog (newly read or imported); a different term's starts with an empty request. */
    public void show(String term, Catalog newCatalog) {
        if (!term.equals(termName)) {
            wish.clear();
        }
        termName = term;
        catalog.set(newCatalog == null ? Catalog.EMPTY : newCatalog);
        filter();
    }

    private void filter() {
        Catalog c = catalog.get();
        if (c.isEmpty()) {
            shown.set(List.of());
            count.set("");
            placeholder.set(termName.isEmpty() ? "Add a term first: a catalog belongs to a term."
                    : "No catalog for " + termName + " yet. Choose File ▸ Import catalog… and pick the registrar's file"
                    + " (QuACS .json, .csv or .ics).");
            return;
        }
        String text = search.get() == null ? "" : search.get().strip();
        List<CatalogSection> found = text.isEmpty() ? c.sections() : c.search(text);
        List<CatalogCourse> courses = text.isEmpty() ? c.courses() : new Catalog(found).courses();
        shown.set(courses);
        count.set(text.isEmpty() ? courses.size() + plural(courses.size(), " course") + ", " + found.size() + plural(found.size(), " section")
                : courses.size() + plural(courses.size(), " course") + ", " + found.size() + plural(found.size(), " section")
                        + " match \"" + text + "\"");
        placeholder.set(courses.isEmpty() ? "Nothing in the catalog matches \"" + text + "\": try a course code (cs101),"
                + " a word of a title, an instructor, a CRN or a room." : "");
    }

    private static String plural(int n, String thing) {
        return n == 1 ? thing : thing + "s";
    }

    /** Puts the course into the request as one every schedule must hold. */
    public void require(String code) {
        wish.require(code);
    }

    /** Puts the course into the request as one of the optional courses to pick from. */
    public void makeOptional(String code) {
        wish.makeOptional(code);
    }

    /** Takes the course out of the request. */
    public void drop(String code) {
        wish.drop(code);
    }

    public void lock(CatalogSection section) {
        wish.lock(section.crn());
    }

    public void exclude(CatalogSection section) {
        wish.exclude(section.crn());
    }

    public void free(CatalogSection section) {
        wish.free(section.crn());
    }

    /** "locked", "excluded" or "". */
    public String markOf(CatalogSection section) {
        return wish.locked().contains(section.crn()) ? "locked" : wish.excluded().contains(section.crn()) ? "excluded" : "";
    }

    /** "required", "optional" or "". */
    public String roleOf(CatalogCourse course) {
        return wish.roleOf(course.code());
    }

    public ScheduleWish wish() {
        return wish;
    }

    /** What the search field holds. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The courses the search finds, each with its matching sections. */
    public ReadOnlyObjectProperty<List<CatalogCourse>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "12 courses, 40 sections match "cs"". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** What the panel says when it lists nothing, and what to do. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** The term whose catalog is shown ("" before one is). */
    public String termName() {
        return termName;
    }
}

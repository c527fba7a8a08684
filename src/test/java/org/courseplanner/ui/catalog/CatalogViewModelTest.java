package org.courseplanner.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogCourse;
import org.courseplanner.domain.catalog.CatalogSection;
import org.junit.jupiter.api.Test;

class CatalogViewModelTest {
    private final ScheduleWish wish = new ScheduleWish();
    private final CatalogViewModel model = new CatalogViewModel(wish);

    @Test
    void withoutACatalogThePanelSaysHowToImportOne() {
        model.show("Fall 2026", Catalog.EMPTY);
        assertThat(model.shownProperty().get()).isEmpty();
        assertThat(model.placeholderProperty().get()).startsWith("No catalog for Fall 2026 yet. Choose File ▸ Import catalog…");
    }

    @Test
    void searchingFiltersAsYouTypeAndKeepsOnlyTheSectionsThatMatch() {
        model.show("Fall 2026", CatalogSamples.catalog());
        assertThat(model.shownProperty().get()).extracting(CatalogCourse::code).containsExactly("CS 101", "MATH 200", "HIST 110");
        assertThat(model.countProperty().get()).isEqualTo("3 courses, 6 sections");

        model.searchProperty().set("cs101");
        assertThat(model.shownProperty().get()).singleElement().satisfies(c -> assertThat(c.sections()).hasSize(3));

        model.searchProperty().set("lopez");
        assertThat(model.shownProperty().get()).singleElement().satisfies(c -> assertThat(c.sections())
                .extracting(CatalogSection::crn).containsExactly("40001"));
        assertThat(model.countProperty().get()).isEqualTo("1 course, 1 section match \"lopez\"");

        model.searchProperty().set("sage");
        assertThat(model.shownProperty().get()).extracting(CatalogCourse::code).containsExactly("MATH 200", "HIST 110");

        model.searchProperty().set("quantum");
        assertThat(model.shownProperty().get()).isEmpty();
        assertThat(model.placeholderProperty().get()).startsWith("Nothing in the catalog matches \"quantum\"");
    }

    @Test
    void aCourseIsRequiredOrOptionalNeverBothAndASectionLockedOrExcludedNeverBoth() {
        Catalog catalog = CatalogSamples.catalog();
        model.show("Fall 2026", catalog);
        CatalogCourse cs = catalog.requireCourse("CS 101");
        model.require("CS 101");
        model.makeOptional("cs101");
        assertThat(wish.required()).isEmpty();
        assertThat(wish.optional()).containsExactly("cs101");
        assertThat(model.roleOf(cs)).isEqualTo("optional");
        model.drop("CS 101");
        assertThat(model.roleOf(cs)).isEmpty();

        CatalogSection lab = catalog.requireSection("40003");
        model.lock(lab);
        assertThat(model.markOf(lab)).isEqualTo("locked");
        model.exclude(lab);
        assertThat(model.markOf(lab)).isEqualTo("excluded");
        assertThat(wish.locked()).isEmpty();
        model.free(lab);
        assertThat(model.markOf(lab)).isEmpty();
    }

    @Test
    void anotherTermsCatalogStartsWithAnEmptyRequestAndAReimportKeepsIt() {
        model.show("Fall 2026", CatalogSamples.catalog());
        model.require("CS 101");
        model.show("Fall 2026", CatalogSamples.catalog());
        assertThat(wish.required()).containsExactly("CS 101");
        model.show("Spring 2027", Catalog.EMPTY);
        assertThat(wish.isEmpty()).isTrue();
    }
}

package org.courseplanner.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courseplanner.domain.catalog.CatalogFixtures.catalog;
import static org.courseplanner.domain.catalog.CatalogFixtures.meets;

import java.util.List;
import org.courseplanner.domain.Refusal;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static CatalogSection section(String crn, String course, String instructor, String room) {
        return new CatalogSection(crn, course, course + " title", 3, "01", "Lecture", null, instructor,
                List.of(meets("MO", "10:00", "11:00", room)));
    }

    private final Catalog catalog = catalog(
            section("11999", "CS 1399", "Ada Lopez", "DCC 308"),
            section("20001", "CS 1999", "Bo Chen", "AE 214"),
            section("20002", "MATH 200", "Ada Lopez", "AE 215"));

    @Test
    void searchFindsEveryWordAnywhereAndTheCourseNamedFirst() {
        assertThat(catalog.search("cs 1999")).extracting(CatalogSection::crn).containsExactly("20001", "11999");
        assertThat(catalog.search("cs1999")).extracting(CatalogSection::crn).containsExactly("20001");
        assertThat(catalog.search("lopez")).extracting(CatalogSection::crn).containsExactly("11999", "20002");
        assertThat(catalog.search("lopez ae")).extracting(CatalogSection::crn).containsExactly("20002");
        assertThat(catalog.search("")).hasSize(3);
        assertThat(catalog.search("nothing like this")).isEmpty();
    }

    @Test
    void coursesAndSectionsAreFoundByCodeOrCrn() {
        assertThat(catalog.course("math200")).get().extracting(CatalogCourse::code).isEqualTo("MATH 200");
        assertThat(catalog.requireSection(" 20001 ").courseCode()).isEqualTo("CS 1999");
        assertThatThrownBy(() -> catalog.requireCourse("BIO 1")).isInstanceOf(Refusal.class).hasMessageContaining("catalog search BIO 1");
        assertThatThrownBy(() -> Catalog.EMPTY.requireCourse("BIO 1")).hasMessageContaining("catalog import FILE");
    }

    @Test
    void twoSectionsWithOneCrnAreRefused() {
        assertThatThrownBy(() -> catalog(section("1", "CS 1", null, null), section("1", "CS 2", null, null)))
                .isInstanceOf(Refusal.class).hasMessageContaining("two sections have the CRN 1");
    }
}

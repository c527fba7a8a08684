package org.courseplanner.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.catalog.CatalogCourse;
import org.courseplanner.domain.catalog.CatalogPlanner;
import org.courseplanner.ical.CatalogReaders;
import org.courseplanner.persistence.SqlitePlanRepository;
import org.courseplanner.ui.common.BackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Import catalog… and the reading of a term's catalog, without JavaFX, on a real plan file. */
class CatalogActionsTest {
    @TempDir
    Path dir;
    private SqlitePlanRepository repository;
    private Planner planner;
    private final CatalogViewModel catalog = new CatalogViewModel(new ScheduleWish());
    private String notice = "";
    private String message = "";
    private final List<List<String>> notesShown = new ArrayList<>();
    private CatalogActions actions;

    @BeforeEach
    void open() {
        repository = SqlitePlanRepository.open(dir.resolve("plan.db"));
        planner = new Planner(repository, Clock.systemUTC());
        CatalogSamples.term(planner);
        actions = new CatalogActions(new CatalogPlanner(planner), BackgroundTasks.direct(), CatalogReaders.files(), catalog,
                () -> planner.plan(CatalogSamples.TERM), s -> notice = s, s -> message = s);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void anImportKeepsTheCatalogShowsItAndSaysWhatItHolds() throws Exception {
        actions.importFile(file("fall.csv", CatalogSamples.csv()), (said, notes) -> notesShown.add(notes));

        assertThat(notice).isEqualTo("Imported fall.csv into Fall 2026: 3 courses, 6 sections (6 new).");
        assertThat(message).isEmpty();
        assertThat(notesShown).isEmpty();
        assertThat(catalog.shownProperty().get()).extracting(CatalogCourse::code).containsExactly("CS 101", "MATH 200", "HIST 110");
        assertThat(new CatalogPlanner(planner).catalog(CatalogSamples.TERM).sections()).hasSize(6);
    }

    @Test
    void aNewerCatalogSaysWhatChangedAndNamesTheSectionsOfThePlanItChanges() throws Exception {
        actions.importFile(file("fall.csv", CatalogSamples.csv()), (said, notes) -> notesShown.add(notes));
        CatalogPlanner catalogs = new CatalogPlanner(planner);
        catalogs.addSections(CatalogSamples.TERM, List.of(catalogs.catalog(CatalogSamples.TERM).requireSection("40001")));
        String newer = CatalogSamples.csv().replace("40001,CS 101,Intro to Programming,4,01,Lecture,Lopez,MW,10:00,11:15",
                "40001,CS 101,Intro to Programming,4,01,Lecture,Lopez,MW,11:00,12:15").lines()
                .filter(l -> !l.startsWith("42001")).reduce("", (a, b) -> a + b + "\n");

        actions.importFile(file("fall-v2.csv", newer), (said, notes) -> notesShown.add(notes));

        assertThat(notice).isEqualTo("Imported fall-v2.csv into Fall 2026: 2 courses, 5 sections (1 changed, 1 no longer listed).");
        assertThat(notesShown).singleElement().satisfies(notes -> assertThat(notes).first().asString()
                .startsWith("Your plan has sections this catalog changes (CRN 40001): your sessions stay as they are"));
    }

    @Test
    void aFileThatIsNoCatalogChangesNothingAndSaysWhy() throws Exception {
        actions.importFile(file("fall.csv", CatalogSamples.csv()), (said, notes) -> notesShown.add(notes));
        actions.importFile(file("notes.csv", "hello,world\n1,2\n"), (said, notes) -> notesShown.add(notes));

        assertThat(message).contains("notes.csv").contains("has no \"crn\" column");
        assertThat(catalog.shownProperty().get()).hasSize(3);
        assertThat(new CatalogPlanner(planner).catalog(CatalogSamples.TERM).sections()).hasSize(6);
    }

    @Test
    void aTermShownHasItsStoredCatalogRead() throws Exception {
        new CatalogPlanner(planner).importCatalog(CatalogSamples.TERM, CatalogSamples.catalog());
        actions.termShown(planner.plan(CatalogSamples.TERM));
        assertThat(catalog.shownProperty().get()).hasSize(3);
        assertThat(catalog.termName()).isEqualTo(CatalogSamples.TERM);
    }
}

package org.courseplanner.ui.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.catalog.CatalogFiles;
import org.courseplanner.domain.catalog.CatalogPlanner;
import org.courseplanner.domain.engine.PlanFindings;
import org.courseplanner.ui.common.BackgroundTasks;
import org.courseplanner.ui.common.CatalogPanels;

/**
 * The catalog feature as app wires it into the main window: the catalog panel, the generate
 * panel and the catalog's reading and import, sharing one schedule request.
 */
public final class CatalogFeature implements CatalogPanels {
    private final CatalogViewModel catalog;
    private final GenerateViewModel generate;
    private final CatalogActions actions;

    /**
     * @param files  reads registrar's files
     * @param search finds schedules (the domain's generator)
     */
    public CatalogFeature(Planner planner, BackgroundTasks tasks, CatalogFiles files, ScheduleSearch search, Window window) {
        ScheduleWish wish = new ScheduleWish();
        CatalogPlanner catalogs = new CatalogPlanner(planner);
        this.catalog = new CatalogViewModel(wish);
        this.actions = new CatalogActions(catalogs, tasks, files, catalog, window.current(), window.notice(), window.message());
        PreviewShown onTheWeek = new PreviewShown() {
            @Override
            public void show(SchedulePreview preview, PlanFindings findings) {
                window.week().showPreview(preview.plan(), findings, preview.previewItems());
            }

            @Override
            public void end() {
                window.week().endPreview();
            }
        };
        this.generate = new GenerateViewModel(wish, tasks, window.undo(), search, planner, new GenerateViewModel.Window(window.current(),
                () -> catalog.catalogProperty().get(), onTheWeek, window.notice(), window.message()));
    }

    @Override
    public void planShown(TermPlan plan) {
        actions.termShown(plan);
        generate.planChanged(plan);
    }

    @Override
    public void importCatalog(Path file, BiConsumer<String, List<String>> notesShown) {
        actions.importFile(file, notesShown::accept);
    }

    @Override
    public void generate() {
        generate.generate();
    }

    @Override
    public void endPreview() {
        generate.selectedProperty().set(null);
    }

    @Override
    public void cancelLongWork() {
        generate.cancel();
    }

    /** The catalog panel's view model. */
    public CatalogViewModel catalog() {
        return catalog;
    }

    /** The generate panel's view model. */
    public GenerateViewModel generatePanel() {
        return generate;
    }

    /** A course code's title in the catalog shown ("" when it has no such course). */
    public String titleOf(String code) {
        return catalog.catalogProperty().get().course(code).map(c -> c.title()).orElse("");
    }
}

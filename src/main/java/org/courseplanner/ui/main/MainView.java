package org.courseplanner.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.Severity;
import org.courseplanner.domain.engine.WorkloadWeek;
import org.courseplanner.ui.common.CalendarLink;
import org.courseplanner.ui.common.CommitmentDialog;
import org.courseplanner.ui.common.CourseDialog;
import org.courseplanner.print.PlanPrinter;
import org.courseplanner.ui.common.ExportDialog;
import org.courseplanner.ui.common.FileAsker;
import org.courseplanner.ui.common.PrintPreview;
import org.courseplanner.ui.common.Settings;
import org.courseplanner.ui.common.Theme;
import org.courseplanner.ui.common.FocusedItemRemover;
import org.courseplanner.ui.common.ZoneChoice;
import org.courseplanner.ui.common.StyleClasses;

/** The main window's controller: binds the view model to MainView.fxml and runs the menus. */
public final class MainView {
    /**
     * What the window needs from the application: files chosen by the student, other plans,
     * remembered settings, and the calendar it keeps in sync.
     */
    public record Services(FileAsker files, PlanSwitcher plans, Settings settings, CalendarLink calendar) {
        /** Without calendar sync (tests of other features). */
        public Services(FileAsker files, PlanSwitcher plans, Settings settings) {
            this(files, plans, settings, CalendarLink.NONE);
        }
    }

    private static final String ALL = "All";
    private static final String ERRORS = "Errors";
    private static final String WARNINGS = "Warnings";

    private final MainViewModel model;
    private final Services services;

    @FXML
    private ComboBox<Term> termPicker;
    @FXML
    private TreeView<PlanTreeNode> courseTree;
    @FXML
    private VBox content;
    @FXML
    private VBox sidebar;
    @FXML
    private javafx.scene.control.SplitPane panes;
    @FXML
    private javafx.scene.control.CheckMenuItem coursesPanelItem;
    @FXML
    private javafx.scene.control.CheckMenuItem findingsPanelItem;
    @FXML
    private Parent week;
    /** The week's controller (the include's): Edit ▸ Delete asks it first. */
    @FXML
    private FocusedItemRemover weekController; // the week feature's controller, as fx:include injects it
    @FXML
    private TableView<WorkloadWeek> overview;
    @FXML
    private TableColumn<WorkloadWeek, String> overviewWeek;
    @FXML
    private TableColumn<WorkloadWeek, String> overviewDates;
    @FXML
    private TableColumn<WorkloadWeek, String> overviewHours;
    @FXML
    private TableColumn<WorkloadWeek, String> overviewCap;
    @FXML
    private TableColumn<WorkloadWeek, String> overviewSplit;
    @FXML
    private TableColumn<WorkloadWeek, String> overviewNote;
    @FXML
    private Label termTitle;
    @FXML
    private VBox summaryLines;
    @FXML
    private ChoiceBox<String> severityFilter;
    @FXML
    private ListView<Finding> findingList;
    @FXML
    private Label emptyMessage;
    @FXML
    private Label status;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label message;
    @FXML
    private javafx.scene.layout.HBox planningBox;
    @FXML
    private Button cancelPlanning;
    @FXML
    private MenuItem planStudyItem;
    @FXML
    private Button editTermButton;
    @FXML
    private Button addTermButton;
    @FXML
    private Button addCourse;
    @FXML
    private Button addCommitment;
    @FXML
    private Button addSession;
    @FXML
    private Button addModule;
    @FXML
    private MenuItem editTermItem;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private MenuItem importItem;
    @FXML
    private MenuItem importCatalogItem;
    @FXML
    private MenuItem searchCatalogItem;
    @FXML
    private MenuItem generateItem;
    @FXML
    private javafx.scene.control.TabPane sideTabs;
    @FXML
    private javafx.scene.control.Tab catalogTab;
    @FXML
    private javafx.scene.control.Tab schedulesTab;
    /** The catalog panel's controller (the include's): Ctrl+F puts the focus in its search field. */
    @FXML
    private org.courseplanner.ui.common.SearchFocus catalogPanelController;
    @FXML
    private MenuItem exportItem;
    @FXML
    private MenuItem pictureItem;
    @FXML
    private MenuItem weekPdfItem;
    @FXML
    private MenuItem termPdfItem;
    @FXML
    private MenuItem printItem;
    @FXML
    private MenuItem syncItem;
    @FXML
    private MenuItem subscribedItem;
    @FXML
    private javafx.scene.control.Hyperlink calendarStatus;
    @FXML
    private ToggleGroup viewGroup;
    @FXML
    private RadioMenuItem weekItem;
    @FXML
    private RadioMenuItem overviewItem;
    @FXML
    private ToggleGroup themeGroup;
    @FXML
    private RadioMenuItem lightItem;
    @FXML
    private RadioMenuItem darkItem;
    @FXML
    private ToggleGroup zoneGroup;
    @FXML
    private RadioMenuItem schoolZoneItem;
    @FXML
    private RadioMenuItem myZoneItem;

    public MainView(MainViewModel model, Services services) {
        this.model = model;
        this.services = services;
    }

    @FXML
    private void initialize() {
        SidePanels.bind(panes, sidebar, coursesPanelItem, sideTabs, findingsPanelItem);
        termPicker.setItems(model.terms());
        termPicker.valueProperty().bindBidirectional(model.selectedTermProperty());
        termPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Term term) {
                return term == null ? "" : term.name();
            }

            @Override
            public Term fromString(String text) {
                return null;
            }
        });
        courseTree.setRoot(new TreeItem<>());
        courseTree.setCellFactory(tree -> new PlanTreeCell());
        courseTree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                delete();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                editChosen();
                e.consume();
            }
        });
        courseTree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editChosen();
            }
        });
        tooltips();
        model.treeProperty().addListener((obs, old, nodes) -> showTree(nodes));
        termTitle.textProperty().bind(model.selectedTermProperty().map(Term::name).orElse(""));
        model.summary().addListener((javafx.collections.ListChangeListener<String>) change -> showSummary());
        showSummary();
        showFindings();
        showOverview();
        emptyMessage.textProperty().bind(model.emptyMessageProperty());
        emptyMessage.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());
        sideTabs.visibleProperty().bind(model.emptyMessageProperty().isEmpty());
        week.visibleProperty().bind(model.emptyMessageProperty().isEmpty().and(weekItem.selectedProperty()));
        overview.visibleProperty().bind(model.emptyMessageProperty().isEmpty().and(overviewItem.selectedProperty()));
        viewGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one view is always shown
            }
        });
        progress.visibleProperty().bind(model.loadingProperty());
        // what planning study time does or did, else the plan's counts
        status.textProperty().bind(javafx.beans.binding.Bindings.when(model.noticeProperty().isEmpty())
                .then(model.statusProperty()).otherwise(model.noticeProperty()));
        studyPlanning();
        message.textProperty().bind(model.messageProperty());
        undoItem.disableProperty().bind(model.undo().canUndoProperty().not());
        redoItem.disableProperty().bind(model.undo().canRedoProperty().not());
        undoItem.textProperty().bind(model.undo().undoDescriptionProperty().map(d -> d.isEmpty() ? "Undo" : "Undo " + d).orElse("Undo"));
        redoItem.textProperty().bind(model.undo().redoDescriptionProperty().map(d -> d.isEmpty() ? "Redo" : "Redo " + d).orElse("Redo"));
        importItem.disableProperty().bind(model.selectedTermProperty().isNull());
        for (MenuItem item : List.of(importCatalogItem, searchCatalogItem, generateItem)) {
            item.disableProperty().bind(model.selectedTermProperty().isNull());
        }
        // only the open tab's panel is in the scene: the others are neither laid out nor found by a look-up
        Map<javafx.scene.control.Tab, javafx.scene.Node> panels = new HashMap<>();
        for (var tab : sideTabs.getTabs()) {
            panels.put(tab, tab.getContent());
            if (!tab.isSelected()) {
                tab.setContent(null);
            }
        }
        sideTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.setContent(null);
            }
            if (now != null) {
                now.setContent(panels.get(now));
            }
        });
        // the week shows a previewed schedule only while the Schedules tab is open
        schedulesTab.selectedProperty().addListener((obs, was, open) -> {
            if (!open) {
                model.catalogs().endPreview();
            }
        });
        editTermItem.disableProperty().bind(model.selectedTermProperty().isNull());
        editTermButton.disableProperty().bind(model.selectedTermProperty().isNull());
        for (var button : List.of(addCourse, addCommitment, addSession, addModule)) {
            button.disableProperty().bind(model.selectedTermProperty().isNull());
        }
        exportItem.disableProperty().bind(model.selectedTermProperty().isNull());
        // drawn from the plan, not from the screen: the week shown (also behind the term overview) or the whole term
        for (MenuItem item : List.of(pictureItem, weekPdfItem, termPdfItem, printItem)) {
            item.disableProperty().bind(model.selectedTermProperty().isNull());
        }
        themeAndZone();
        calendarSync();
        // a finding or a bar of the workload chart chose a week: show it
        model.week().mondayProperty().addListener((obs, old, now) -> weekItem.setSelected(true));
        model.week().itemEditorProperty().set(id -> EditDialogs.edit(window(), model, id));
        model.load();
    }

    /** The findings list: severity icon, message, how many times; choosing one opens its week. */
    private void showFindings() {
        severityFilter.setItems(FXCollections.observableArrayList(ALL, ERRORS, WARNINGS));
        severityFilter.setValue(ALL);
        severityFilter.valueProperty().addListener((obs, old, now) -> model.severityShownProperty()
                .set(ERRORS.equals(now) ? Severity.ERROR : WARNINGS.equals(now) ? Severity.WARNING : null));
        severityFilter.setTooltip(new Tooltip("Show all findings, only errors (cannot be done as planned) or only warnings"));
        findingList.setItems(model.shownFindings());
        findingList.setCellFactory(list -> new FindingCell(model.study()::mends, finding -> planStudyTime()));
        findingList.setPlaceholder(new Label("No conflicts and no workload peaks."));
        findingList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.choose(now));
        // a second click on the same finding goes back to its week
        findingList.setOnMouseClicked(e -> model.choose(findingList.getSelectionModel().getSelectedItem()));
    }

    /** File ▸ Sync with a calendar…, the subscribed file, and the calendar's status at the right of the status bar. */
    private void calendarSync() {
        CalendarLink calendar = services.calendar();
        syncItem.disableProperty().bind(model.selectedTermProperty().isNull());
        subscribedItem.disableProperty().bind(model.selectedTermProperty().isNull());
        calendarStatus.textProperty().bind(calendar.statusProperty());
        calendarStatus.visibleProperty().bind(calendar.statusProperty().isNotEmpty());
        calendarStatus.managedProperty().bind(calendarStatus.visibleProperty());
        Tooltip why = new Tooltip();
        why.textProperty().bind(calendar.detailProperty());
        why.setWrapText(true);
        why.setMaxWidth(420);
        calendarStatus.setTooltip(why);
        calendarStatus.accessibleHelpProperty().bind(calendar.detailProperty());
    }

    @FXML
    private void syncWithCalendar() {
        services.calendar().openSetUp(window());
    }

    @FXML
    private void keepIcsFile() {
        services.calendar().chooseSubscribedFile(window());
    }

    @FXML
    private void calendarStatusChosen() {
        calendarStatus.setVisited(false); // it says the state, not where the student has been
        services.calendar().statusChosen(window());
    }

    /** "Plan study time": the Edit menu's item, the week's button, and in the status bar a spinner and Cancel while it runs. */
    private void studyPlanning() {
        var running = model.study().runningProperty();
        planStudyItem.disableProperty().bind(model.selectedTermProperty().isNull().or(running));
        planningBox.visibleProperty().bind(running);
        planningBox.managedProperty().bind(running);
        cancelPlanning.setTooltip(new Tooltip(cancelPlanning.getAccessibleText()));
        model.week().studyPlannerProperty().set(this::planStudyTime);
    }

    @FXML
    private void planStudyTime() {
        planStudyTime(false);
    }

    private void planStudyTime(boolean bestEffort) {
        model.study().plan(bestEffort, new StudyTimeActions.Answers() {
            @Override
            public void doesNotFit(StudyTimeActions.Shortfall shortfall) {
                if (StudyPlanDialogs.placeWhatFits(window(), shortfall)) {
                    planStudyTime(true);
                }
            }

            @Override
            public void notes(String placed, List<String> notes) {
                StudyPlanDialogs.showNotes(window(), placed, notes);
            }
        });
    }

    @FXML
    private void cancelPlanning() {
        model.study().cancel();
    }

    /** The term's facts as lines that wrap, all of them shown (no box to scroll). */
    private void showSummary() {
        summaryLines.getChildren().setAll(model.summary().stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add(StyleClasses.SUMMARY_LINE);
            return label;
        }).toList());
    }

    /** The term overview: a line per week; choosing one opens it in the week view. */
    private void showOverview() {
        overviewWeek.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format("W%02d", c.getValue().number())));
        overviewDates.setCellValueFactory(c -> new ReadOnlyStringWrapper(TermOverview.dates(c.getValue())));
        overviewHours.setCellValueFactory(c -> new ReadOnlyStringWrapper(TermOverview.hours(c.getValue().hours())));
        overviewCap.setCellValueFactory(c -> new ReadOnlyStringWrapper(TermOverview.hours(c.getValue().cap())));
        overviewSplit.setCellValueFactory(c -> new ReadOnlyStringWrapper(TermOverview.split(c.getValue())));
        overviewNote.setCellValueFactory(c -> new ReadOnlyStringWrapper(TermOverview.note(c.getValue())));
        overview.setRowFactory(table -> {
            TableRow<WorkloadWeek> row = new TableRow<>() {
                @Override
                protected void updateItem(WorkloadWeek w, boolean empty) {
                    super.updateItem(w, empty);
                    getStyleClass().remove(StyleClasses.PEAK_ROW);
                    if (!empty && w != null && w.peak()) {
                        getStyleClass().add(StyleClasses.PEAK_ROW);
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openWeek(row.getItem());
                }
            });
            return row;
        });
        overview.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && overview.getSelectionModel().getSelectedItem() != null) {
                openWeek(overview.getSelectionModel().getSelectedItem());
            }
        });
        overview.setPlaceholder(new Label("No term yet."));
        model.loadedFindingsProperty().addListener((obs, old, now) -> overview.getItems().setAll(
                now == null ? List.of() : now.workload().weeks()));
    }

    private void openWeek(WorkloadWeek w) {
        model.week().showWeekOf(w.start());
        weekItem.setSelected(true);
    }

    /** Theme and clock: from the settings, kept in them, and the zone in step with the week's own toggle. */
    private void themeAndZone() {
        Settings settings = services.settings();
        boolean dark = Theme.DARK.name().equals(settings.get(Settings.THEME, Theme.LIGHT.name()));
        (dark ? darkItem : lightItem).setSelected(true);
        themeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            Theme theme = now == darkItem ? Theme.DARK : Theme.LIGHT;
            if (courseTree.getScene() != null) {
                theme.applyTo(courseTree.getScene());
            }
            settings.put(Settings.THEME, theme.name());
        });
        var zoneChoice = model.week().zoneChoiceProperty();
        if (ZoneChoice.MINE.name().equals(settings.get(Settings.ZONE, ""))) {
            zoneChoice.set(ZoneChoice.MINE);
        }
        (zoneChoice.get() == ZoneChoice.MINE ? myZoneItem : schoolZoneItem).setSelected(true);
        zoneGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                zoneChoice.set(now == myZoneItem ? ZoneChoice.MINE : ZoneChoice.SCHOOL);
            }
        });
        zoneChoice.addListener((obs, old, now) -> {
            (now == ZoneChoice.MINE ? myZoneItem : schoolZoneItem).setSelected(true);
            settings.put(Settings.ZONE, now.name());
        });
    }

    /** Shows the new tree, keeping the line that was selected (the same item) selected. */
    private void showTree(List<PlanTreeNode> nodes) {
        TreeItem<PlanTreeNode> selected = courseTree.getSelectionModel().getSelectedItem();
        PlanTreeNode was = selected == null ? null : selected.getValue();
        TreeItem<PlanTreeNode> root = new TreeItem<>();
        for (PlanTreeNode node : nodes) {
            root.getChildren().add(item(node));
        }
        courseTree.setRoot(root);
        if (was != null) {
            find(root, was).ifPresent(i -> courseTree.getSelectionModel().select(i));
        }
    }

    private static Optional<TreeItem<PlanTreeNode>> find(TreeItem<PlanTreeNode> item, PlanTreeNode wanted) {
        PlanTreeNode v = item.getValue();
        if (v != null && v.id() == wanted.id() && v.kind() == wanted.kind() && v.template() == wanted.template()
                && v.label().equals(wanted.label())) {
            return Optional.of(item);
        }
        for (TreeItem<PlanTreeNode> child : item.getChildren()) {
            var found = find(child, wanted);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static TreeItem<PlanTreeNode> item(PlanTreeNode node) {
        TreeItem<PlanTreeNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        for (PlanTreeNode child : node.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private Window window() {
        return courseTree.getScene().getWindow();
    }

    // ---- the sidebar's buttons

    @FXML
    private void addCourse() {
        CourseDialog.ask(window(), null, a -> model.courseRefusal(a.code(), a.title(), a.credits(), a.delivery()))
                .ifPresent(a -> model.addCourse(a.code(), a.title(), a.credits(), a.delivery()));
    }

    @FXML
    private void addCommitment() {
        CommitmentDialog.ask(window(), model.studentZone(), null, a -> model.commitmentRefusal(a.title(), a.days(), a.start(), a.end()))
                .ifPresent(a -> model.addCommitment(a.title(), a.days(), a.start(), a.end()));
    }

    @FXML
    private void newTerm() {
        EditDialogs.newTerm(window(), model);
    }

    @FXML
    private void editTerm() {
        Term term = model.selectedTermProperty().get();
        if (term != null) {
            EditDialogs.editTerm(window(), model, term);
        }
    }

    /** Opens the form of the line chosen in the course list (Enter or a double click does the same). */
    @FXML
    private void editChosen() {
        TreeItem<PlanTreeNode> item = courseTree.getSelectionModel().getSelectedItem();
        if (item == null || !EditDialogs.edit(window(), model, item.getValue())) {
            model.explain("Choose a course, a session, a module, a study block or a commitment in the list to change it.");
        }
    }

    /** Words for every button, shown on hover and read by screen readers. */
    private void tooltips() {
        for (var button : List.of(editTermButton, addTermButton, addCourse, addCommitment, addSession, addModule)) {
            button.setTooltip(new Tooltip(button.getAccessibleText()));
        }
    }

    @FXML
    private void addSession() {
        chosenCourse("a session").ifPresent(course -> EditDialogs.newSession(window(), model, course));
    }

    @FXML
    private void addModule() {
        chosenCourse("a module").ifPresent(course -> EditDialogs.newModule(window(), model, course));
    }

    /** The course chosen in the list (or the course of the chosen line); none: says to choose one first. */
    private java.util.Optional<org.courseplanner.domain.Course> chosenCourse(String what) {
        long courseId = selectedCourse();
        var course = model.currentPlan() == null ? null
                : model.currentPlan().courses().stream().filter(c -> c.id() == courseId).findFirst().orElse(null);
        if (course == null) {
            model.explain("Choose a course in the list first, then add " + what + " to it.");
        }
        return java.util.Optional.ofNullable(course);
    }

    private long selectedCourse() {
        TreeItem<PlanTreeNode> item = courseTree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return 0;
        }
        Map<PlanTreeNode, PlanTreeNode> parents = new HashMap<>();
        for (TreeItem<PlanTreeNode> i = item; i.getParent() != null; i = i.getParent()) {
            parents.put(i.getValue(), i.getParent().getValue());
        }
        return model.courseOf(item.getValue(), parents::get);
    }

    // ---- File

    @FXML
    private void newPlan() {
        services.files().toSave(window(), "Start a new plan", FileAsker.Kind.PLAN, "my-plan.db")
                .ifPresent(file -> services.plans().open(file, true));
    }

    @FXML
    private void openPlan() {
        services.files().toOpen(window(), "Open a plan", FileAsker.Kind.PLAN).ifPresent(file -> services.plans().open(file, false));
    }

    @FXML
    private void importCalendar() {
        services.files().toOpen(window(), "Import an iCalendar file", FileAsker.Kind.CALENDAR)
                .ifPresent(file -> model.files().previewImport(file, preview -> ImportDialogs.confirm(window(), preview)
                        .ifPresent(ok -> ImportDialogs.showProgress(window(), preview, model.files()))));
    }

    @FXML
    private void importCatalog() {
        services.files().toOpen(window(), "Import the registrar's catalog", FileAsker.Kind.CATALOG).ifPresent(file -> {
            sideTabs.getSelectionModel().select(catalogTab);
            model.catalogs().importCatalog(file, (imported, notes) -> StudyPlanDialogs.showNotes(window(), imported, notes,
                    "Notes on the catalog read"));
        });
    }

    /** Opens the Catalog tab with the focus in its search field. */
    @FXML
    private void searchCatalog() {
        sideTabs.getSelectionModel().select(catalogTab);
        catalogPanelController.focusSearch();
    }

    /** Opens the Schedules tab and looks for schedules of the courses chosen. */
    @FXML
    private void generateSchedules() {
        sideTabs.getSelectionModel().select(schedulesTab);
        model.catalogs().generate();
    }

    @FXML
    private void exportCalendar() {
        var plan = model.currentPlan();
        if (plan == null) {
            return;
        }
        ExportDialog.ask(window(), plan.term().name(), plan.courses().stream().map(c -> c.code()).toList())
                .ifPresent(options -> services.files().toSave(window(), "Export " + plan.term().name(), FileAsker.Kind.CALENDAR,
                        plan.term().name().replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase(Locale.ROOT) + ".ics")
                        .ifPresent(file -> model.files().exportCalendar(options, file)));
    }

    @FXML
    private void exportPicture() {
        exportWeek(FileAsker.Kind.PICTURE, ".png");
    }

    @FXML
    private void exportWeekPdf() {
        exportWeek(FileAsker.Kind.PDF, ".pdf");
    }

    private void exportWeek(FileAsker.Kind kind, String extension) {
        var plan = model.currentPlan();
        LocalDate monday = model.week().mondayProperty().get();
        if (plan == null || monday == null) {
            return;
        }
        String name = plan.term().name() + " " + PlanPrinter.weekName(monday);
        services.files().toSave(window(), "Export " + PlanPrinter.weekName(monday) + " as " + extension.substring(1).toUpperCase(Locale.ROOT),
                        kind, fileName(name, extension))
                .ifPresent(file -> model.files().print(false, monday, myZone(), withExtension(file, extension)));
    }

    @FXML
    private void exportTermPdf() {
        var plan = model.currentPlan();
        if (plan == null) {
            return;
        }
        services.files().toSave(window(), "Export " + plan.term().name() + " as PDF", FileAsker.Kind.PDF, fileName(plan.term().name(), ".pdf"))
                .ifPresent(file -> model.files().print(true, null, myZone(), withExtension(file, ".pdf")));
    }

    @FXML
    private void print() {
        var plan = model.currentPlan();
        LocalDate monday = model.week().mondayProperty().get();
        if (plan == null || monday == null) {
            return;
        }
        boolean mine = myZone();
        PrintPreview.show(window(), PlanPrinter.weekName(monday), plan.term().name(), new PrintPreview.Pages() {
            @Override
            public void draw(boolean wholeTerm, Consumer<List<Image>> then) {
                model.files().pages(wholeTerm, monday, mine, PREVIEW_DPI, then);
            }

            @Override
            public void print(boolean wholeTerm, PrinterJob job, Consumer<Integer> printed, Runnable failed) {
                model.files().printPages(wholeTerm, monday, mine, job, printed, failed);
            }
        }, model.files()::said);
    }

    /** The preview's pictures: a page across the dialog, light on memory for a whole term. */
    private static final float PREVIEW_DPI = 80;

    private boolean myZone() {
        return model.week().zoneChoiceProperty().get() == ZoneChoice.MINE;
    }

    private static String fileName(String name, String extension) {
        return name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT) + extension;
    }

    /** The file as chosen, with the extension its kind needs when the student typed a name without one. */
    private static Path withExtension(Path file, String extension) {
        return PlanPrinter.Format.of(file).isPresent() ? file : file.resolveSibling(file.getFileName() + extension);
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    // ---- Edit

    @FXML
    private void undo() {
        model.undo().undo();
    }

    @FXML
    private void redo() {
        model.undo().redo();
    }

    /** Deletes what has the focus: a block of the calendar (as its Delete key does) or the line chosen in the tree. */
    @FXML
    private void delete() {
        if (weekController != null && weekController.removeFocused()) {
            return;
        }
        TreeItem<PlanTreeNode> item = courseTree.getSelectionModel().getSelectedItem();
        model.remove(item == null ? null : item.getValue());
    }

    // ---- Help

    @FXML
    private void shortcuts() {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.setTitle("Course Planner");
        help.setHeaderText("Keyboard shortcuts");
        help.getDialogPane().setContent(Shortcuts.table());
        help.initOwner(window());
        Theme.style(help.getDialogPane(), window());
        help.show();
    }

    @FXML
    private void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.setTitle("About Course Planner");
        about.setHeaderText("Course Planner");
        about.setContentText("Plan a semester of live classes and online modules: drag them onto the week, see conflicts and "
                + "workload peaks, export to your calendar.\n\nYour plan: " + model.statusProperty().get()
                + "\n\nEvery change is saved as you make it. The same plan works from the command line: course-planner --help");
        about.initOwner(window());
        Theme.style(about.getDialogPane(), window());
        about.show();
    }
}

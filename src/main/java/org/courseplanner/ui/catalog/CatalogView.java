package org.courseplanner.ui.catalog;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.courseplanner.domain.catalog.CatalogCourse;
import org.courseplanner.domain.catalog.CatalogSection;

/** The catalog panel's controller: binds the view model to CatalogView.fxml. */
public final class CatalogView implements org.courseplanner.ui.common.SearchFocus {
    /** A line of the tree: a course, or one of its sections. */
    record Row(CatalogCourse course, CatalogSection section) {
    }

    private final CatalogViewModel model;

    @FXML
    private TextField searchField;
    @FXML
    private Label countLabel;
    @FXML
    private TreeView<Row> catalogTree;
    @FXML
    private Label placeholder;
    @FXML
    private Button requireButton;
    @FXML
    private Button optionalButton;
    @FXML
    private Button dropButton;

    public CatalogView(CatalogViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        countLabel.textProperty().bind(model.countProperty());
        placeholder.textProperty().bind(model.placeholderProperty());
        placeholder.visibleProperty().bind(model.placeholderProperty().isNotEmpty());
        catalogTree.setRoot(new TreeItem<>());
        catalogTree.setCellFactory(tree -> new RowCell());
        model.shownProperty().addListener((obs, old, courses) -> showCourses(courses));
        showCourses(model.shownProperty().get());
        // a course added or a section locked shows at once on its line
        model.wish().required().addListener((ListChangeListener<String>) c -> catalogTree.refresh());
        model.wish().optional().addListener((ListChangeListener<String>) c -> catalogTree.refresh());
        model.wish().locked().addListener((SetChangeListener<String>) c -> catalogTree.refresh());
        model.wish().excluded().addListener((SetChangeListener<String>) c -> catalogTree.refresh());
        var chosen = catalogTree.getSelectionModel().selectedItemProperty().isNull();
        for (Button b : List.of(requireButton, optionalButton, dropButton)) {
            b.disableProperty().bind(chosen);
            b.setTooltip(new Tooltip(b.getAccessibleText()));
        }
    }

    /** The courses found, collapsed when there are many (a search for one course opens it). */
    private void showCourses(List<CatalogCourse> courses) {
        TreeItem<Row> root = new TreeItem<>();
        boolean open = courses.size() <= 5;
        for (CatalogCourse c : courses) {
            TreeItem<Row> course = new TreeItem<>(new Row(c, null));
            for (CatalogSection s : c.sections()) {
                course.getChildren().add(new TreeItem<>(new Row(c, s)));
            }
            course.setExpanded(open);
            root.getChildren().add(course);
        }
        catalogTree.setRoot(root);
    }

    /** Puts the focus in the search field (Ctrl+F). */
    @Override
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private CatalogCourse chosenCourse() {
        TreeItem<Row> item = catalogTree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? null : item.getValue().course();
    }

    @FXML
    private void require() {
        CatalogCourse c = chosenCourse();
        if (c != null) {
            model.require(c.code());
        }
    }

    @FXML
    private void makeOptional() {
        CatalogCourse c = chosenCourse();
        if (c != null) {
            model.makeOptional(c.code());
        }
    }

    @FXML
    private void drop() {
        CatalogCourse c = chosenCourse();
        if (c != null) {
            model.drop(c.code());
        }
    }

    /** A course (code, title, credits, its role in the request) or a section (component, CRN, times, instructor, its mark). */
    private final class RowCell extends TreeCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setContextMenu(null);
                setAccessibleText(null);
                return;
            }
            setGraphic(row.section() == null ? course(row.course()) : section(row.section()));
            setContextMenu(menu(row));
        }

        private Region course(CatalogCourse c) {
            Label title = new Label(c.code() + "  " + c.title());
            title.getStyleClass().add("catalog-course");
            title.setMinWidth(0);
            int n = c.sections().size();
            Label detail = new Label(SectionText.credits(c.credits()) + " · " + n + (n == 1 ? " section" : " sections"));
            detail.getStyleClass().add("catalog-detail");
            HBox line = new HBox(6, title);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            String role = model.roleOf(c);
            if (!role.isEmpty()) {
                line.getChildren().add(badge(role, "catalog-role"));
            }
            setAccessibleText(title.getText() + ", " + detail.getText() + (role.isEmpty() ? "" : ", " + role));
            return box(line, detail);
        }

        private Region section(CatalogSection s) {
            Label heading = new Label(SectionText.heading(s));
            heading.getStyleClass().add("catalog-section");
            heading.setMinWidth(0);
            heading.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(6, heading);
            HBox.setHgrow(heading, Priority.ALWAYS);
            String mark = model.markOf(s);
            if (!mark.isEmpty()) {
                line.getChildren().add(badge(mark, "catalog-mark"));
            }
            Label times = new Label(SectionText.times(s));
            times.getStyleClass().add(s.hasTime() ? "catalog-detail" : "catalog-untimed");
            times.setWrapText(true);
            times.setMinHeight(Region.USE_PREF_SIZE);
            Label who = new Label(SectionText.instructor(s));
            who.getStyleClass().add("catalog-detail");
            setAccessibleText(heading.getText() + ", " + times.getText() + ", " + who.getText() + (mark.isEmpty() ? "" : ", " + mark));
            return box(line, times, who);
        }

        private Label badge(String text, String style) {
            Label badge = new Label(text);
            badge.getStyleClass().addAll(style, text);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            return badge;
        }

        private Region box(Region... lines) {
            VBox box = new VBox(1, lines);
            box.setMinWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            return box;
        }

        private ContextMenu menu(Row row) {
            String code = row.course().code();
            MenuItem required = new MenuItem("Add " + code + " to the schedule request as required");
            required.setOnAction(e -> model.require(code));
            MenuItem optional = new MenuItem("Add " + code + " to the schedule request as optional");
            optional.setOnAction(e -> model.makeOptional(code));
            MenuItem drop = new MenuItem("Remove " + code + " from the schedule request");
            drop.setOnAction(e -> model.drop(code));
            drop.setDisable(model.roleOf(row.course()).isEmpty());
            ContextMenu menu = new ContextMenu(required, optional, drop);
            CatalogSection s = row.section();
            if (s != null) {
                String mark = model.markOf(s);
                MenuItem lock = new MenuItem("Lock " + s.component() + " " + s.section() + " (every schedule keeps it)");
                lock.setOnAction(e -> model.lock(s));
                lock.setDisable(mark.equals("locked"));
                MenuItem exclude = new MenuItem("Exclude " + s.component() + " " + s.section() + " (no schedule uses it)");
                exclude.setOnAction(e -> model.exclude(s));
                exclude.setDisable(mark.equals("excluded"));
                MenuItem free = new MenuItem("Neither lock nor exclude it");
                free.setOnAction(e -> model.free(s));
                free.setDisable(mark.isEmpty());
                menu.getItems().addAll(new SeparatorMenuItem(), lock, exclude, free);
            }
            return menu;
        }
    }
}

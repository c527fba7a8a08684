package org.courseplanner.ui.main;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.engine.Finding;
import org.courseplanner.domain.engine.Severity;

/** The main window's controller: binds the view model to the controls of MainView.fxml. */
public final class MainView {
    private final MainViewModel model;

    @FXML
    private ComboBox<Term> termPicker;
    @FXML
    private TreeView<PlanTreeNode> courseTree;
    @FXML
    private VBox content;
    @FXML
    private javafx.scene.Parent week;
    @FXML
    private Label termTitle;
    @FXML
    private ListView<String> summaryList;
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
    private javafx.scene.control.MenuItem undoItem;
    @FXML
    private javafx.scene.control.MenuItem redoItem;

    public MainView(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
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
        model.treeProperty().addListener((obs, old, nodes) -> showTree(nodes));
        termTitle.textProperty().bind(model.selectedTermProperty().map(Term::name).orElse(""));
        summaryList.setItems(model.summary());
        findingList.setItems(model.findings());
        findingList.setCellFactory(list -> new FindingCell());
        findingList.setPlaceholder(new Label("No conflicts and no workload peaks."));
        emptyMessage.textProperty().bind(model.emptyMessageProperty());
        emptyMessage.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());
        content.visibleProperty().bind(model.emptyMessageProperty().isEmpty());
        week.visibleProperty().bind(model.emptyMessageProperty().isEmpty());
        progress.visibleProperty().bind(model.loadingProperty());
        status.textProperty().bind(model.statusProperty());
        message.textProperty().bind(model.messageProperty());
        undoItem.disableProperty().bind(model.undo().canUndoProperty().not());
        redoItem.disableProperty().bind(model.undo().canRedoProperty().not());
        model.load();
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

    private static java.util.Optional<TreeItem<PlanTreeNode>> find(TreeItem<PlanTreeNode> item, PlanTreeNode wanted) {
        PlanTreeNode v = item.getValue();
        if (v != null && v.id() == wanted.id() && v.kind() == wanted.kind() && v.template() == wanted.template()
                && v.label().equals(wanted.label())) {
            return java.util.Optional.of(item);
        }
        for (TreeItem<PlanTreeNode> child : item.getChildren()) {
            var found = find(child, wanted);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private static TreeItem<PlanTreeNode> item(PlanTreeNode node) {
        TreeItem<PlanTreeNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        for (PlanTreeNode child : node.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    @FXML
    private void addCourse() {
        org.courseplanner.ui.common.CourseDialog.ask(courseTree.getScene().getWindow(),
                a -> model.checkCourse(a.code(), a.title(), a.credits(), a.delivery()))
                .ifPresent(a -> model.addCourse(a.code(), a.title(), a.credits(), a.delivery()));
    }

    @FXML
    private void addCommitment() {
        org.courseplanner.ui.common.CommitmentDialog.ask(courseTree.getScene().getWindow(), model.studentZone(),
                a -> model.checkCommitment(a.title(), a.days(), a.start(), a.end()))
                .ifPresent(a -> model.addCommitment(a.title(), a.days(), a.start(), a.end()));
    }

    @FXML
    private void addSession() {
        model.addToCourse(selectedCourse(), false);
    }

    @FXML
    private void addModule() {
        model.addToCourse(selectedCourse(), true);
    }

    private long selectedCourse() {
        TreeItem<PlanTreeNode> item = courseTree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return 0;
        }
        java.util.Map<PlanTreeNode, PlanTreeNode> parents = new java.util.HashMap<>();
        for (TreeItem<PlanTreeNode> i = item; i.getParent() != null; i = i.getParent()) {
            parents.put(i.getValue(), i.getParent().getValue());
        }
        return model.courseOf(item.getValue(), parents::get);
    }

    @FXML
    private void undo() {
        model.undo().undo();
    }

    @FXML
    private void redo() {
        model.undo().redo();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.setTitle("About Course Planner");
        about.setHeaderText("Course Planner");
        about.setContentText("Plan a semester of live classes and online modules.\nYour plan: " + model.statusProperty().get());
        about.initOwner(courseTree.getScene().getWindow());
        about.show();
    }

    /** A course, session, module, study block or commitment, with its course's colour; sessions, modules and study blocks drag onto the calendar. */
    private static final class PlanTreeCell extends TreeCell<PlanTreeNode> {
        PlanTreeCell() {
            setOnDragDetected(e -> {
                PlanTreeNode node = getItem();
                if (node == null || node.kind() == null || !java.util.Set.of(org.courseplanner.domain.ItemKind.SESSION,
                        org.courseplanner.domain.ItemKind.MODULE, org.courseplanner.domain.ItemKind.STUDY).contains(node.kind())) {
                    return;
                }
                javafx.scene.input.Dragboard board = startDragAndDrop(javafx.scene.input.TransferMode.MOVE);
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.put(org.courseplanner.ui.common.PlanDragFormats.PLAN_ITEM, node.template()
                        ? org.courseplanner.ui.common.PlanDragFormats.encodeNew(node.kind(), node.id())
                        : org.courseplanner.ui.common.PlanDragFormats.encode(node.kind(), node.id()));
                content.putString(node.label());
                board.setContent(content);
                e.consume();
            });
        }

        @Override
        protected void updateItem(PlanTreeNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label label = new Label(node.label());
            label.getStyleClass().add(getTreeItem() != null && getTreeItem().getParent() == getTreeView().getRoot()
                    ? "course-label" : "item-label");
            Label detail = new Label(node.detail());
            detail.getStyleClass().add(node.unplaced() ? "unplaced" : "item-detail");
            if (node.template()) {
                label.getStyleClass().add("template-label");
            }
            VBox text = new VBox(1, label, detail);
            Circle swatch = new Circle(5, node.colour() == null ? Color.GRAY : Color.web(node.colour()));
            HBox line = new HBox(8, swatch, text);
            line.setFillHeight(false);
            setText(null);
            setGraphic(line);
            setAccessibleText(node.label() + ", " + node.detail());
        }
    }

    /** A finding: severity, message, how many times. */
    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            if (empty || finding == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label severity = new Label(finding.severity() == Severity.ERROR ? "● error" : "▲ warning");
            severity.getStyleClass().add(finding.severity() == Severity.ERROR ? "finding-error" : "finding-warning");
            severity.setMinWidth(70);
            Label message = new Label(finding.message());
            message.setWrapText(true);
            message.maxWidthProperty().bind(getListView().widthProperty().subtract(110));
            HBox line = new HBox(8, severity, message);
            setText(null);
            setGraphic(line);
        }
    }
}

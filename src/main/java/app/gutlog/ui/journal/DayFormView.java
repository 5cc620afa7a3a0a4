package app.gutlog.ui.journal;

import app.gutlog.domain.DayRules;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.Gradually;
import app.gutlog.ui.shared.SectionLink;
import app.gutlog.ui.shared.Tooltips;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The day form's fields, built in code whenever the view model's measures change: a card per measure group, two
 * measures to a row, each with its name, the range allowed, its control, a clear button and any problem, and a last
 * card for the notes. It is built a few fields per frame, so a large form never holds up the window.
 */
final class DayFormView {

    /** Fields added to the form in one frame; the rest follow in the next frames. */
    private static final int FIELDS_PER_FRAME = 4;

    private final VBox groups;
    private final JournalViewModel model;
    private final KnowledgeBase knowledge;
    private final Navigator navigator;
    private final Runnable whenBuilt;
    private String pendingFocus;

    /** Fills {@code groups} with the form each time the fields change, then runs {@code whenBuilt}. */
    DayFormView(VBox groups, JournalViewModel model, KnowledgeBase knowledge, Navigator navigator, Runnable whenBuilt) {
        this.groups = groups;
        this.model = model;
        this.knowledge = knowledge;
        this.navigator = navigator;
        this.whenBuilt = whenBuilt;
        model.fields().addListener((ListChangeListener<MeasureField>) change -> build());
    }

    /** Puts the keyboard focus on a measure's field, once the form has it. */
    void focus(String key) {
        Node field = groups.lookup("#field-" + key);
        if (field == null) {
            pendingFocus = key;
        } else {
            Platform.runLater(field::requestFocus); // after the page switch has settled the focus
        }
    }

    /** Opens the section that explains the measure whose field has the keyboard focus. */
    void explainFocusedField() {
        for (Node node = groups.getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node.getId() != null && node.getId().startsWith("field-")) {
                knowledge.whyMeasure(node.getId().substring("field-".length()))
                        .ifPresent(why -> navigator.open(new Destination.KnowledgeSection(why.sectionId())));
                return;
            }
        }
    }

    private void build() {
        Map<MeasureGroup, List<MeasureField>> byGroup = model.fields().stream()
                .collect(Collectors.groupingBy(field -> field.measure().group(), LinkedHashMap::new,
                        Collectors.toList()));
        groups.getChildren().clear();
        List<Runnable> steps = new ArrayList<>();
        for (MeasureGroup group : MeasureGroup.values()) {
            if (group == MeasureGroup.NOTES) {
                steps.add(() -> groups.getChildren().add(notesCard()));
            } else if (byGroup.containsKey(group)) {
                addGroupSteps(group, byGroup.get(group), steps);
            }
        }
        Gradually.run(groups, steps, FIELDS_PER_FRAME, this::built);
    }

    private void addGroupSteps(MeasureGroup group, List<MeasureField> fields, List<Runnable> steps) {
        GridPane grid = new GridPane(16, 6);
        steps.add(() -> groups.getChildren().add(groupCard(group, grid)));
        for (int i = 0; i < fields.size(); i++) {
            MeasureField field = fields.get(i);
            int column = i % 2;
            int row = i / 2;
            steps.add(() -> grid.add(measureCell(field), column, row));
        }
    }

    /** Focuses the field asked for while the form was being built (or the first). */
    private void built() {
        String focusKey = pendingFocus != null ? pendingFocus
                : model.fields().isEmpty() ? null : model.fields().getFirst().measure().key();
        pendingFocus = null;
        Optional.ofNullable(focusKey)
                .map(key -> groups.lookup("#field-" + key))
                .ifPresent(Node::requestFocus);
        whenBuilt.run();
    }

    private VBox groupCard(MeasureGroup group, GridPane fields) {
        VBox card = new VBox(10, groupTitle(group), fields);
        card.getStyleClass().add("card");
        card.setId("group-" + group.code());
        return card;
    }

    private HBox groupTitle(MeasureGroup group) {
        Label title = new Label(group.label());
        title.getStyleClass().add("group-title");
        HBox row = new HBox(4, title);
        row.setAlignment(Pos.CENTER_LEFT);
        knowledge.whyGroup(group).ifPresent(why -> {
            Button link = SectionLink.create("why-group-" + group.code(), group.label(), why, knowledge, navigator);
            link.setFocusTraversable(true); // a measure's link is Ctrl+I in its field; a group's is reached by Tab
            row.getChildren().add(link);
        });
        return row;
    }

    private VBox notesCard() {
        TextArea notes = new TextArea();
        notes.setId("field-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setPromptText("Anything else about the day: meals, events, how you felt.");
        notes.setAccessibleText("Notes");
        notes.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // Tab leaves the notes like any other field (a note needs no tab characters), so the keyboard never
            // gets stuck in them; Ctrl+Tab still works too.
            if (event.getCode() == KeyCode.TAB && !event.isShortcutDown()) {
                event.consume();
                notes.requestFocusTraversal(
                        event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
        notes.textProperty().bindBidirectional(model.notes());
        Label problem = problemLabel(model.notesProblem());
        VBox card = new VBox(10, groupTitle(MeasureGroup.NOTES), notes, problem);
        card.getStyleClass().add("card");
        card.setId("group-notes");
        return card;
    }

    private VBox measureCell(MeasureField field) {
        Measure measure = field.measure();
        Control control = MeasureControls.forField(field);
        Label problem = problemLabel(field.problem());
        problem.setId("problem-" + measure.key());
        HBox row = new HBox(8, measureLabel(measure, control), control, clearButton(field));
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, row, problem);
    }

    /** The measure's name (with its description as a tooltip, and why GutLog asks), over the range allowed. */
    private VBox measureLabel(Measure measure, Control control) {
        Label name = new Label(measure.name());
        name.getStyleClass().add("measure-name");
        name.setLabelFor(control);
        if (measure.description() != null) {
            Tooltips.install(name, measure.description());
        }
        Label hint = new Label(DayRules.allowedRange(measure));
        hint.getStyleClass().add("measure-hint");
        HBox nameRow = new HBox(2, name);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        knowledge.whyMeasure(measure.key()).ifPresent(why -> nameRow.getChildren()
                .add(SectionLink.create("why-" + measure.key(), measure.name(), why, knowledge, navigator)));
        VBox label = new VBox(0, nameRow, hint);
        label.getStyleClass().add("measure-label");
        return label;
    }

    private static Button clearButton(MeasureField field) {
        Measure measure = field.measure();
        Button clear = new Button(null, new FontIcon("fth-x"));
        clear.setId("clear-" + measure.key());
        clear.getStyleClass().addAll("button-icon", "flat");
        clear.setFocusTraversable(false);
        clear.setAccessibleText("Clear " + measure.name());
        Tooltips.install(clear, "Clear: mark " + measure.name() + " as not logged");
        clear.setOnAction(event -> field.clear());
        clear.visibleProperty().bind(field.logged());
        return clear;
    }

    private static Label problemLabel(ObservableValue<String> problem) {
        Label label = new Label();
        label.getStyleClass().add("problem");
        label.setWrapText(true);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}

package app.gutlog.ui.journal;

import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.Gradually;
import app.gutlog.ui.shared.SceneGraph;
import app.gutlog.ui.shared.SectionLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The day form's fields, built in code whenever the view model's measures change: a card per measure group, its
 * measures in as many columns as the width holds ({@link FieldGrid}), and a last card for the notes. It is built a
 * few fields per frame, so a large form never holds up the window; {@link #built()} says when it is whole.
 */
final class DayFormView {

    /** Fields added to the form in one frame; the rest follow in the next frames. */
    private static final int FIELDS_PER_FRAME = 4;

    private final VBox groups;
    private final JournalViewModel model;
    private final KnowledgeBase knowledge;
    private final Navigator navigator;
    private final MeasureCell cells;
    private final ReadOnlyBooleanWrapper built = new ReadOnlyBooleanWrapper(this, "built", false);
    private final Texts texts = Texts.of(DayFormView.class);
    private String pendingFocus;

    /** Fills {@code groups} with the form each time the fields change. */
    DayFormView(VBox groups, JournalViewModel model, KnowledgeBase knowledge, Navigator navigator) {
        this.groups = groups;
        this.model = model;
        this.knowledge = knowledge;
        this.navigator = navigator;
        this.cells = new MeasureCell(knowledge, navigator);
        model.fields().addListener((ListChangeListener<MeasureField>) change -> build());
    }

    /** Whether the form has every field of the measures it was last given. */
    ReadOnlyBooleanProperty built() {
        return built.getReadOnlyProperty();
    }

    /** Puts the keyboard focus on a measure's field, once the form has it. */
    void focus(String key) {
        Node field = built.get() ? fieldOf(key) : null;
        if (field == null) {
            pendingFocus = key;
        } else {
            SceneGraph.focusSoon(field);
        }
    }

    /** Puts the keyboard focus on the form's first field. */
    void focusFirstField() {
        firstKey().map(this::fieldOf).ifPresent(Node::requestFocus);
    }

    /** Opens the section that explains the measure whose field has the keyboard focus. */
    void explainFocusedField() {
        focusedKey().flatMap(knowledge::whyMeasure)
                .ifPresent(why -> navigator.open(new Destination.KnowledgeSection(why.sectionId())));
    }

    /** The measure whose field has the keyboard focus, if one has. */
    private Optional<String> focusedKey() {
        Node owner = groups.getScene() == null ? null : groups.getScene().getFocusOwner();
        for (Node node = owner; node != null; node = node.getParent()) {
            if (node.getId() != null && node.getId().startsWith("field-")) {
                return Optional.of(node.getId().substring("field-".length()));
            }
        }
        return Optional.empty();
    }

    private Node fieldOf(String key) {
        return groups.lookup("#field-" + key);
    }

    private Optional<String> firstKey() {
        return model.fields().stream().findFirst().map(field -> field.measure().key());
    }

    private void build() {
        built.set(false);
        if (pendingFocus == null) {
            pendingFocus = focusedKey().orElse(null); // a field built again keeps the focus
        }
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
        Gradually.run(groups, steps, FIELDS_PER_FRAME, this::whenBuilt);
    }

    private void addGroupSteps(MeasureGroup group, List<MeasureField> fields, List<Runnable> steps) {
        FieldGrid grid = new FieldGrid();
        steps.add(() -> groups.getChildren().add(groupCard(group, grid)));
        fields.forEach(field -> steps.add(() -> grid.getChildren().add(cells.create(field))));
    }

    /** Focuses the field asked for while the form was being built (or the first), then says the form is whole. */
    private void whenBuilt() {
        Optional<Node> field = Optional.ofNullable(pendingFocus).map(this::fieldOf)
                .or(() -> firstKey().map(this::fieldOf));
        pendingFocus = null;
        if (SceneGraph.isShown(groups)) {
            field.ifPresent(Node::requestFocus);
        }
        built.set(true);
    }

    private VBox groupCard(MeasureGroup group, FieldGrid fields) {
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
        notes.setPromptText(texts.get("journal.notes.prompt"));
        notes.setAccessibleText(texts.get("journal.notes"));
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
        Label problem = MeasureCell.problemLabel(model.notesProblem());
        VBox card = new VBox(10, groupTitle(MeasureGroup.NOTES), notes, problem);
        card.getStyleClass().add("card");
        card.setId("group-notes");
        return card;
    }
}

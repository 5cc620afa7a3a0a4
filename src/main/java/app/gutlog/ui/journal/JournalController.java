package app.gutlog.ui.journal;

import app.gutlog.domain.DayRules;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.Gradually;
import app.gutlog.ui.shared.Tooltips;
import app.gutlog.ui.shared.SectionLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the day form: builds a row per measure with the control that fits its scale, and asks before losing edits. */
public final class JournalController {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PREVIOUS_DAY = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination NEXT_DAY = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    static final KeyCombination TODAY = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY_FROM_YESTERDAY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final String TOUR_TARGET = "tour-target";
    static final KeyCombination WHY_WE_ASK = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private static final List<String> BRISTOL_LABELS = List.of(
            "separate hard lumps", "lumpy and sausage-like", "sausage with cracks", "smooth, soft sausage",
            "soft blobs with clear edges", "mushy, ragged pieces", "watery, no solid pieces");

    private final JournalViewModel model;
    private final KnowledgeBase knowledge;
    private final Navigator navigator;
    private final DayFormTour tour;
    private final EventHandler<KeyEvent> shortcuts = this::onShortcut;
    private String pendingFocus;
    private final ChangeListener<Node> scrollToFocus = (observable, before, focused) -> scrollIntoView(focused);

    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private DatePicker datePicker;
    @FXML private Label dateTitle;
    @FXML private Label stateBadge;
    @FXML private Button deleteButton;
    @FXML private Button saveButton;
    @FXML private Label statusText;
    @FXML private Label trialNotice;
    @FXML private Hyperlink undoLink;
    @FXML private VBox changedPane;
    @FXML private VBox groupsBox;
    @FXML private ScrollPane formScroll;
    @FXML private VBox tourPane;
    @FXML private Label tourPosition;
    @FXML private Label tourTitle;
    @FXML private Label tourText;
    @FXML private Button tourBack;
    @FXML private Button tourNext;

    public JournalController(JournalViewModel model, KnowledgeBase knowledge, Navigator navigator, DayFormTour tour) {
        this.model = model;
        this.knowledge = knowledge;
        this.navigator = navigator;
        this.tour = tour;
    }

    @FXML
    private void initialize() {
        statusText.textProperty().bind(model.status());
        trialNotice.textProperty().bind(model.trialNotice());
        trialNotice.visibleProperty().bind(model.trialNotice().isNotEmpty());
        trialNotice.managedProperty().bind(trialNotice.visibleProperty());
        model.trialBroken().addListener((observable, before, now) -> {
            trialNotice.getStyleClass().remove("broken");
            if (now) {
                trialNotice.getStyleClass().add("broken");
            }
        });
        changedPane.visibleProperty().bind(model.changedInJournal().isNotNull());
        changedPane.managedProperty().bind(changedPane.visibleProperty());
        undoLink.visibleProperty().bind(model.undoAvailable());
        undoLink.managedProperty().bind(undoLink.visibleProperty());
        deleteButton.disableProperty().bind(model.saved().not().or(model.busy()));
        saveButton.disableProperty().bind(model.busy());
        model.date().addListener((observable, before, now) -> {
            datePicker.setValue(now);
            dateTitle.setText(model.dateTitle());
            nextButton.setDisable(now.isAfter(model.today()));
        });
        model.dirty().addListener((observable, before, now) -> updateBadge());
        model.saved().addListener((observable, before, now) -> updateBadge());
        datePicker.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || DayRules.dateProblem(date, model.today()).isPresent());
            }
        });
        datePicker.setOnAction(event -> {
            LocalDate chosen = datePicker.getValue();
            if (chosen != null && !chosen.equals(model.date().get())) {
                datePicker.setValue(model.date().get());
                openDay(chosen);
            }
        });
        model.fields().addListener((javafx.collections.ListChangeListener<MeasureField>) change -> buildForm());
        bindTour();
        groupsBox.sceneProperty().addListener((observable, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
                oldScene.focusOwnerProperty().removeListener(scrollToFocus);
            }
            if (newScene != null) {
                newScene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
                newScene.focusOwnerProperty().addListener(scrollToFocus);
            }
        });
    }

    private void bindTour() {
        tourPane.visibleProperty().bind(tour.running());
        tourPane.managedProperty().bind(tourPane.visibleProperty());
        tour.step().addListener((observable, before, now) -> showTourStep(before, now));
    }

    /** Shows the step's card and outlines the part of the form it points at (scrolled into view). */
    private void showTourStep(DayFormTour.Step before, DayFormTour.Step now) {
        if (before != null) {
            Optional.ofNullable(pageRoot().lookup("#" + before.targetId()))
                    .ifPresent(target -> target.getStyleClass().remove(TOUR_TARGET));
        }
        if (now == null) {
            return;
        }
        tourPosition.setText(tour.position());
        tourTitle.setText(now.title());
        tourText.setText(now.text());
        tourBack.setDisable(tour.index().get() == 0);
        tourNext.setText(tour.atLastStep() ? "Done" : "Next");
        Node target = pageRoot().lookup("#" + now.targetId());
        if (target != null) {
            target.getStyleClass().add(TOUR_TARGET);
            scrollIntoView(target);
        }
    }

    private Node pageRoot() {
        return formScroll.getParent();
    }

    @FXML
    private void tourNext() {
        tour.next();
    }

    @FXML
    private void tourBack() {
        tour.back();
    }

    @FXML
    private void tourSkip() {
        tour.end();
    }

    /** Keeps the field that has the keyboard focus on screen, so Tab never moves into hidden fields. */
    private void scrollIntoView(Node focused) {
        if (focused == null || !isInside(focused, groupsBox)) {
            return;
        }
        Bounds field = groupsBox.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = groupsBox.getHeight();
        double viewportHeight = formScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        double top = formScroll.getVvalue() * (contentHeight - viewportHeight);
        double margin = 48;
        if (field.getMinY() - margin < top) {
            formScroll.setVvalue(Math.max(0, field.getMinY() - margin) / (contentHeight - viewportHeight));
        } else if (field.getMaxY() + margin > top + viewportHeight) {
            formScroll.setVvalue(Math.min(1, (field.getMaxY() + margin - viewportHeight) / (contentHeight - viewportHeight)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void updateBadge() {
        stateBadge.getStyleClass().removeAll("unsaved", "saved", "new-day");
        if (model.isDirty()) {
            stateBadge.setText("Unsaved changes");
            stateBadge.getStyleClass().add("unsaved");
        } else if (model.saved().get()) {
            stateBadge.setText("Saved");
            stateBadge.getStyleClass().add("saved");
        } else {
            stateBadge.setText("Not logged");
            stateBadge.getStyleClass().add("new-day");
        }
    }

    private void onShortcut(KeyEvent event) {
        Runnable action = null;
        if (SAVE.match(event)) {
            action = this::save;
        } else if (PREVIOUS_DAY.match(event)) {
            action = this::previousDay;
        } else if (NEXT_DAY.match(event)) {
            action = this::nextDay;
        } else if (TODAY.match(event)) {
            action = this::today;
        } else if (COPY_FROM_YESTERDAY.match(event)) {
            action = this::copyFromYesterday;
        } else if (WHY_WE_ASK.match(event)) {
            action = this::explainFocusedField;
        } else if (event.getCode() == KeyCode.ESCAPE && tour.running().get()) {
            action = tour::end;
        }
        if (action != null) {
            event.consume();
            action.run();
        }
    }

    /** Fields added to the form in one frame; the rest follow in the next frames. */
    private static final int FIELDS_PER_FRAME = 4;

    private void buildForm() {
        Map<MeasureGroup, List<MeasureField>> byGroup = model.fields().stream()
                .collect(Collectors.groupingBy(field -> field.measure().group(), LinkedHashMap::new, Collectors.toList()));
        groupsBox.getChildren().clear();
        List<Runnable> steps = new ArrayList<>();
        for (MeasureGroup group : MeasureGroup.values()) {
            if (group == MeasureGroup.NOTES) {
                steps.add(() -> groupsBox.getChildren().add(notesCard()));
            } else if (byGroup.containsKey(group)) {
                GridPane grid = new GridPane(16, 6);
                steps.add(() -> groupsBox.getChildren().add(groupCard(group, grid)));
                List<MeasureField> fields = byGroup.get(group);
                for (int i = 0; i < fields.size(); i++) {
                    MeasureField field = fields.get(i);
                    int column = i % 2;
                    int row = i / 2;
                    steps.add(() -> grid.add(measureCell(field), column, row));
                }
            }
        }
        updateBadge();
        Gradually.run(groupsBox, steps, FIELDS_PER_FRAME, this::formBuilt);
    }

    /** Focuses the field asked for while the form was being built (or the first), and offers the tour. */
    private void formBuilt() {
        String focusKey = pendingFocus != null ? pendingFocus
                : model.fields().isEmpty() ? null : model.fields().getFirst().measure().key();
        pendingFocus = null;
        Optional.ofNullable(focusKey)
                .map(key -> groupsBox.lookup("#field-" + key))
                .ifPresent(Node::requestFocus);
        tour.offer();
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
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
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
                notes.requestFocusTraversal(event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
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
        Control control = switch (measure.scale()) {
            case YES_NO -> yesNo(field);
            case BRISTOL -> bristol(field);
            default -> numberField(field);
        };
        control.setId("field-" + measure.key());
        control.setAccessibleText(measure.name());

        Label name = new Label(measure.name());
        name.getStyleClass().add("measure-name");
        name.setLabelFor(control);
        if (measure.description() != null) {
            Tooltips.install(name, measure.description());
        }
        Label hint = new Label(DayRules.allowedRange(measure));
        hint.getStyleClass().add("measure-hint");
        HBox nameRow = new HBox(2, name);
        nameRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        knowledge.whyMeasure(measure.key()).ifPresent(why ->
                nameRow.getChildren().add(SectionLink.create("why-" + measure.key(), measure.name(), why, knowledge, navigator)));
        VBox label = new VBox(0, nameRow, hint);
        label.getStyleClass().add("measure-label");
        control.setMinWidth(Control.USE_PREF_SIZE);

        Button clear = new Button(null, new FontIcon("fth-x"));
        clear.setId("clear-" + measure.key());
        clear.getStyleClass().addAll("button-icon", "flat");
        clear.setFocusTraversable(false);
        clear.setAccessibleText("Clear " + measure.name());
        Tooltips.install(clear, "Clear: mark " + measure.name() + " as not logged");
        clear.setOnAction(event -> field.clear());
        clear.visibleProperty().bind(field.logged());

        Label problem = problemLabel(field.problem());
        problem.setId("problem-" + measure.key());
        followState(control, field);

        HBox row = new HBox(8, label, control, clear);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(2, row, problem);
    }

    private static void followState(Control control, MeasureField field) {
        Runnable restyle = () -> {
            control.getStyleClass().removeAll("logged", "unlogged", "invalid");
            control.getStyleClass().add(!field.problem().get().isEmpty() ? "invalid"
                    : field.logged().get() ? "logged" : "unlogged");
        };
        field.logged().addListener((observable, before, now) -> restyle.run());
        field.problem().addListener((observable, before, now) -> restyle.run());
        restyle.run();
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

    /**
     * A spinner whose text is the field's input: typing logs a value, emptying it makes the measure unlogged again,
     * and the arrows (or the Up and Down keys) step within the scale.
     */
    private static Spinner<String> numberField(MeasureField field) {
        Spinner<String> spinner = new Spinner<>(new SpinnerValueFactory<>() {
            @Override
            public void decrement(int steps) {
                field.step(-steps);
            }

            @Override
            public void increment(int steps) {
                field.step(steps);
            }
        });
        spinner.setEditable(true);
        spinner.setPrefWidth(156);
        spinner.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        TextField text = spinner.getEditor();
        text.setPromptText("not logged");
        text.textProperty().bindBidirectional(field.input());
        text.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN) {
                field.step(event.getCode() == KeyCode.UP ? 1 : -1);
                text.end();
                event.consume();
            }
        });
        return spinner;
    }

    private static SegmentedButton yesNo(MeasureField field) {
        ToggleButton no = new ToggleButton("No");
        ToggleButton yes = new ToggleButton("Yes");
        no.setUserData("0");
        yes.setUserData("1");
        SegmentedButton buttons = new SegmentedButton(no, yes);
        Runnable showInput = () -> {
            no.setSelected("0".equals(field.input().get()));
            yes.setSelected("1".equals(field.input().get()));
        };
        field.input().addListener((observable, before, now) -> showInput.run());
        showInput.run();
        buttons.getToggleGroup().selectedToggleProperty().addListener((observable, before, now) ->
                field.input().set(now == null ? "" : (String) now.getUserData()));
        return buttons;
    }

    private static ComboBox<Integer> bristol(MeasureField field) {
        ComboBox<Integer> types = new ComboBox<>();
        types.getItems().setAll(1, 2, 3, 4, 5, 6, 7);
        types.setPromptText("not logged");
        types.setPrefWidth(260);
        types.setCellFactory(list -> new BristolCell());
        types.setButtonCell(new BristolCell());
        Runnable showInput = () -> types.setValue(field.value().map(Double::intValue).orElse(null));
        field.input().addListener((observable, before, now) -> {
            if (field.problem().get().isEmpty()) {
                showInput.run();
            }
        });
        showInput.run();
        types.valueProperty().addListener((observable, before, now) ->
                field.setValue(now == null ? null : now.doubleValue()));
        return types;
    }

    private static final class BristolCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer type, boolean empty) {
            super.updateItem(type, empty);
            setText(empty || type == null ? "not logged" : "Type " + type + " · " + BRISTOL_LABELS.get(type - 1));
        }
    }

    /** Opens the section that explains the measure whose field has the keyboard focus. */
    private void explainFocusedField() {
        for (Node node = groupsBox.getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node.getId() != null && node.getId().startsWith("field-")) {
                knowledge.whyMeasure(node.getId().substring("field-".length()))
                        .ifPresent(why -> navigator.open(new Destination.KnowledgeSection(why.sectionId())));
                return;
            }
        }
    }

    /** Asks what to do with unsaved edits before {@code proceed}: save them, drop them, or stay. */
    public void leave(Runnable proceed) {
        if (!model.isDirty()) {
            proceed.run();
            return;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to " + model.dateTitle()
                + " are not saved yet.", save, discard, ButtonType.CANCEL);
        ask.initOwner(groupsBox.getScene().getWindow());
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save your changes first?");
        ask.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == save) {
            model.save(proceed);
        } else {
            proceed.run();
        }
    }

    /** Shows a day, or puts the keyboard focus on a measure's field. */
    public void open(Destination destination) {
        switch (destination) {
            case Destination.Day day -> openDay(day.date());
            case Destination.MeasureOnForm measure -> focusMeasure(measure.measureKey());
            case Destination.DayFormTour ignored -> tour.start();
            case Destination.KnowledgeSection ignored -> {}
        }
    }

    private void focusMeasure(String key) {
        Node field = groupsBox.lookup("#field-" + key);
        if (field == null) {
            pendingFocus = key;
        } else {
            Platform.runLater(field::requestFocus); // after the page switch has settled the focus
        }
    }

    /** Shows {@code date}, asking first if the form has unsaved changes. */
    private void openDay(LocalDate date) {
        leave(() -> model.open(date));
    }

    @FXML
    private void previousDay() {
        openDay(model.date().get().minusDays(1));
    }

    @FXML
    private void nextDay() {
        openDay(model.date().get().plusDays(1));
    }

    @FXML
    private void today() {
        openDay(model.today());
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void copyFromYesterday() {
        model.copyFromYesterday();
    }

    @FXML
    private void delete() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Every value and the notes of this day will be removed. You can undo this right afterwards.",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(groupsBox.getScene().getWindow());
        confirm.setTitle("Delete day");
        confirm.setHeaderText("Delete " + model.dateTitle() + "?");
        confirm.getDialogPane().setId("delete-dialog");
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText("Delete");
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.delete();
        }
    }

    @FXML
    private void keepMyEdits() {
        model.keepMyEdits();
    }

    @FXML
    private void loadSavedDay() {
        model.loadSavedDay();
    }

    @FXML
    private void undoDelete() {
        model.undoDelete();
    }
}

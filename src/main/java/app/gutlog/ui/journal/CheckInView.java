package app.gutlog.ui.journal;

import app.gutlog.domain.Measure;
import app.gutlog.domain.Scale;
import app.gutlog.text.Texts;
import app.gutlog.ui.checkin.CheckInPlan;
import app.gutlog.ui.checkin.TrackedSetPicker;
import app.gutlog.ui.reminder.ReminderChooser;
import app.gutlog.ui.reminder.ReminderViewModel;
import app.gutlog.ui.shared.FlowWidth;
import app.gutlog.ui.shared.SceneGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The daily check-in: only the measures the person tracks, in their order, one per line, each set with a key or a
 * click, and the note last, where Enter saves. It edits the same fields as the full form, so switching between the
 * two keeps every edit. Until the person has chosen what to track, it shows that choice instead.
 */
final class CheckInView implements CheckInKeys {

    private final VBox box;
    private final JournalViewModel model;
    private final CheckInPlan plan;
    private final Runnable save;
    private final Optional<ReminderViewModel> reminder;
    private final Texts texts = Texts.of(CheckInView.class);
    private final Label message = wrapped(new Label(), "check-in-message");
    private final List<Node> lines = new ArrayList<>();
    private final List<MeasureField> lineFields = new ArrayList<>();
    private TextArea note;
    private Node start;
    private boolean choosing;
    private boolean focusWanted;

    /** {@code reminder}, where given, is offered on the first check-in, before anything is tracked. */
    CheckInView(VBox box, JournalViewModel model, CheckInPlan plan, Runnable save,
            Optional<ReminderViewModel> reminder) {
        this.box = box;
        this.reminder = reminder;
        this.model = model;
        this.plan = plan;
        this.save = save;
        model.fields().addListener((ListChangeListener<MeasureField>) change -> build());
        plan.keys().addListener((ListChangeListener<String>) change -> build());
        plan.loaded().subscribe(this::build);
        box.sceneProperty().subscribe(scene -> {
            if (scene != null && focusWanted) {
                focusFirst();
            }
        });
        model.date().subscribe(day -> {
            message.setText("");
            if (day != null) {
                plan.readDayBefore(day);
            }
        });
    }

    /** Puts the focus on the first line, or on the choice of what to track while there is none. */
    void focusFirst() {
        focusWanted = true;
        Platform.runLater(this::giveWantedFocus); // after a page switch has settled the focus
    }

    /**
     * Gives the focus asked for to where the check-in starts, once that is built and in the window. The box is the
     * content of a scroll pane, which takes it into the window only when the pane is first laid out; until then a
     * request for the focus would be lost, so it waits for the box's scene.
     */
    private void giveWantedFocus() {
        if (focusWanted && start != null && start.getScene() != null) {
            focusWanted = false;
            start.requestFocus();
        }
    }

    private void build() {
        if (!plan.loaded().get()) {
            return;
        }
        Runnable refocus = focusToKeep();
        lines.clear();
        lineFields.clear();
        if (plan.keys().isEmpty()) {
            TrackedSetPicker picker = new TrackedSetPicker(plan, texts.get("journal.checkIn.start"), this::firstChosen,
                    null);
            reminder.ifPresent(offer -> {
                offer.load();
                picker.with(new ReminderChooser(offer));
            });
            show(picker);
            return;
        }
        if (choosing) {
            show(new TrackedSetPicker(plan, texts.get("journal.checkIn.save"), this::chosen, this::chosen));
            return;
        }
        Map<String, MeasureField> byKey = model.fields().stream()
                .collect(Collectors.toMap(field -> field.measure().key(), Function.identity()));
        List<Node> children = new ArrayList<>();
        // the keys of CheckInKeys, QuickScale and QuickNumber
        children.add(wrapped(new Label(texts.get("journal.checkIn.hint")), "check-in-hint"));
        plan.keys().stream().map(byKey::get).filter(Objects::nonNull).forEach(field -> children.add(line(field)));
        children.add(noteLine());
        Hyperlink change = new Hyperlink(texts.get("journal.checkIn.change"));
        change.setId("change-tracked");
        change.setOnAction(event -> {
            choosing = true;
            build();
            focusFirst();
        });
        Label elsewhere = wrapped(new Label(texts.get("journal.checkIn.elsewhere")), "text-muted");
        children.add(message);
        children.add(new FlowPane(8, 4, change));
        children.add(elsewhere);
        box.getChildren().setAll(children);
        start = lines.isEmpty() ? null : lines.getFirst(); // no lines yet: the day's measures have not arrived
        if (focusWanted) {
            focusFirst();
        } else {
            refocus.run();
        }
    }

    private void show(TrackedSetPicker picker) {
        box.getChildren().setAll(picker.root());
        start = picker.firstChoice();
        if (focusWanted) {
            focusFirst();
        }
    }

    /**
     * How to give the focus back, after the lines are built again (the day's measures arrive after the tracked list,
     * say), to the line or the note that had it, so that it does not fall to the first control of the page.
     */
    private Runnable focusToKeep() {
        Node owner = box.getScene() == null ? null : box.getScene().getFocusOwner();
        if (owner == null || !SceneGraph.isWithin(owner, box)) {
            return () -> {};
        }
        if (note != null && SceneGraph.isWithin(owner, note)) {
            return () -> note.requestFocus();
        }
        for (int index = 0; index < lines.size(); index++) {
            if (SceneGraph.isWithin(owner, lines.get(index))) {
                MeasureField had = lineFields.get(index);
                return () -> {
                    int now = lineFields.stream().map(field -> field.measure().key()).toList()
                            .indexOf(had.measure().key());
                    (now >= 0 ? lines.get(now) : note).requestFocus();
                };
            }
        }
        return () -> {};
    }

    /** After the first choice, sets the reminder up if it was asked for, then starts. */
    private void firstChosen() {
        reminder.filter(offer -> offer.on().get()).ifPresentOrElse(offer -> offer.apply(this::chosen), this::chosen);
    }

    private void chosen() {
        choosing = false;
        build();
        focusFirst();
    }

    private Node line(MeasureField field) {
        Measure measure = field.measure();
        Label name = wrapped(new Label(measure.name()), "check-in-name");
        Label anchors = wrapped(new Label(ScaleAnchors.of(measure).orElse(measure.scale().describe())), "text-muted");
        Label problem = wrapped(new Label(), "field-problem");
        problem.textProperty().bind(field.problem());
        problem.visibleProperty().bind(field.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox label = new VBox(2, name, anchors, problem);
        label.setPrefWidth(260);
        label.setMinWidth(180);
        Region control;
        if (isShortScale(measure.scale())) {
            control = new QuickScale(field, this);
            lines.add(control);
        } else {
            QuickNumber number = new QuickNumber(field, this);
            lines.add(number.input());
            control = number;
        }
        lineFields.add(field);
        name.setLabelFor(control);
        FlowPane line = new FlowPane(16, 6, label, control);
        FlowWidth.noWiderThanParent(control); // the values wrap instead
        line.getStyleClass().add("check-in-line");
        line.setId("check-in-" + measure.key());
        return line;
    }

    private Node noteLine() {
        note = new TextArea();
        note.setId("check-in-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText(texts.get("journal.checkIn.note.prompt"));
        note.setAccessibleText(texts.get("journal.checkIn.note"));
        note.textProperty().bindBidirectional(model.notes());
        note.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShiftDown()) {
                note.insertText(note.getCaretPosition(), "\n");
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                save.run();
            } else if (event.getCode() == KeyCode.UP && note.getCaretPosition() == 0 && !lineFields.isEmpty()) {
                event.consume();
                lines.getLast().requestFocus();
            }
        });
        Label problem = wrapped(new Label(), "field-problem");
        problem.textProperty().bind(model.notesProblem());
        problem.visibleProperty().bind(model.notesProblem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(4, wrapped(new Label(texts.get("journal.checkIn.note")), "check-in-name"), note, problem);
    }

    @Override
    public void moveOn(MeasureField field) {
        int index = lineFields.indexOf(field);
        if (index >= 0 && index + 1 < lines.size()) {
            lines.get(index + 1).requestFocus();
        } else if (note != null) {
            note.requestFocus();
        }
    }

    @Override
    public void moveBack(MeasureField field) {
        int index = lineFields.indexOf(field);
        if (index > 0) {
            lines.get(index - 1).requestFocus();
        }
    }

    @Override
    public void repeatDayBefore(MeasureField field) {
        plan.valueTheDayBefore(field.measure().key()).ifPresentOrElse(value -> {
            message.setText("");
            field.setValue(value);
            moveOn(field);
        }, () -> message.setText(texts.format("journal.checkIn.notLoggedDayBefore", field.measure().name())));
    }

    /** Scales short enough to show every value as a button: 0–10, 1–5, 1–7 and yes/no. */
    static boolean isShortScale(Scale scale) {
        return scale.isNumeric() && (scale.max() - scale.min()) / scale.step() <= 10;
    }

    private static Label wrapped(Label label, String styleClass) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}

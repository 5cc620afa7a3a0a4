package app.gutlog.ui.journal;

import app.gutlog.domain.DayRules;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.ui.checkin.CheckInPlan;
import app.gutlog.ui.reminder.ReminderViewModel;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.KeyBindings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Binds the day form's page to its view model, and wires in the parts built in code: the fields, the tour, the
 * keyboard shortcuts and the questions asked before edits are lost. Until the day is loaded and its form built, the
 * page says it is opening the day, and the day's actions wait.
 */
public final class JournalController {

    private final JournalViewModel model;
    private final KnowledgeBase knowledge;
    private final Navigator navigator;
    private final DayFormTour tour;
    private final CheckInPlan plan;
    private final Optional<ReminderViewModel> reminder;
    private DayFormView form;
    private JournalMode mode;
    private BooleanBinding ready;
    private boolean tourAsked;

    @FXML private BorderPane page;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button todayButton;
    @FXML private DatePicker datePicker;
    @FXML private FlowPane titleFlow;
    @FXML private Label dateTitle;
    @FXML private Label stateBadge;
    @FXML private Button copyButton;
    @FXML private Button deleteButton;
    @FXML private Button saveButton;
    @FXML private HBox statusRow;
    @FXML private Label statusText;
    @FXML private Label trialNotice;
    @FXML private Label redFlagNotice;
    @FXML private Hyperlink undoLink;
    @FXML private VBox changedPane;
    @FXML private VBox groupsBox;
    @FXML private ScrollPane formScroll;
    @FXML private VBox openingPane;
    @FXML private VBox tourPane;
    @FXML private ToggleButton checkInToggle;
    @FXML private ToggleButton fullFormToggle;
    @FXML private ScrollPane checkInScroll;
    @FXML private VBox checkInBox;

    /** {@code reminder}, where given, is offered when the person first chooses what to track. */
    public JournalController(JournalViewModel model, CheckInPlan plan, Optional<ReminderViewModel> reminder,
            KnowledgeBase knowledge, Navigator navigator, DayFormTour tour) {
        this.model = model;
        this.plan = plan;
        this.reminder = reminder;
        this.knowledge = knowledge;
        this.navigator = navigator;
        this.tour = tour;
    }

    @FXML
    private void initialize() {
        form = new DayFormView(groupsBox, model, knowledge, navigator);
        ready = model.date().isNotNull().and(form.built());
        bindNotices();
        bindActions();
        nameKeysInTooltips();
        bindDate();
        bindBadge();
        FocusScroller scroller = new FocusScroller(formScroll, groupsBox);
        new FocusScroller(checkInScroll, checkInBox);
        mode = new JournalMode(checkInToggle, fullFormToggle, checkInScroll, formScroll,
                new CheckInView(checkInBox, model, plan, saveButton::fire, reminder), plan, () -> {
                    if (ready.get()) {
                        showTour();
                    }
                });
        TourOverlay.bind(tour, tourPane, page, scroller, form::focusFirstField);
        openingPane.visibleProperty().bind(ready.not());
        ready.subscribe(isReady -> {
            if (isReady) {
                showTour();
            }
        });
        shortcuts().install(groupsBox);
    }

    /** Starts the tour if it was asked for, or offers it, once the form is ready for it to point at. */
    private void showTour() {
        if (tourAsked) {
            tourAsked = false;
            tour.start();
        } else if (!mode.isCheckIn()) {
            tour.offer();
        }
    }

    private void bindActions() {
        BooleanBinding waiting = ready.not().or(model.busy());
        copyButton.disableProperty().bind(waiting);
        deleteButton.disableProperty().bind(waiting.or(model.saved().not()));
        saveButton.disableProperty().bind(waiting);
    }

    private void bindNotices() {
        statusText.textProperty().bind(model.status());
        statusRow.managedProperty().bind(model.status().isNotEmpty().or(model.undoAvailable()));
        statusRow.visibleProperty().bind(statusRow.managedProperty());
        RedFlagWatch.show(model.fields(), knowledge.safety(), redFlagNotice);
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
    }

    private void bindDate() {
        dateTitle.maxWidthProperty().bind(titleFlow.widthProperty());
        model.date().addListener((observable, before, now) -> {
            datePicker.setValue(now);
            dateTitle.setText(model.dateTitle());
            nextButton.setDisable(now.isAfter(model.today()));
        });
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
    }

    private void bindBadge() {
        stateBadge.textProperty().bind(model.dayState().map(DayState::label).orElse(""));
        stateBadge.visibleProperty().bind(ready);
        List<String> stateClasses = Stream.of(DayState.values()).map(DayState::styleClass).toList();
        model.dayState().subscribe(state -> {
            stateBadge.getStyleClass().removeAll(stateClasses);
            if (state != null) {
                stateBadge.getStyleClass().add(state.styleClass());
            }
        });
    }

    private void nameKeysInTooltips() {
        KeyBindings.nameInTooltip(checkInToggle, KeyBindings.CHECK_IN);
        KeyBindings.nameInTooltip(previousButton, KeyBindings.PREVIOUS_DAY);
        KeyBindings.nameInTooltip(nextButton, KeyBindings.NEXT_DAY);
        KeyBindings.nameInTooltip(todayButton, KeyBindings.TODAY);
        KeyBindings.nameInTooltip(copyButton, KeyBindings.COPY_FROM_YESTERDAY);
        KeyBindings.nameInTooltip(saveButton, KeyBindings.SAVE);
        KeyBindings.nameInTooltip(undoLink, KeyBindings.UNDO);
    }

    /** The shortcuts of the day's buttons press them, so they wait while the buttons do. */
    private JournalShortcuts shortcuts() {
        return new JournalShortcuts()
                .on(KeyBindings.SAVE, saveButton::fire)
                .on(KeyBindings.PREVIOUS_DAY, this::previousDay)
                .on(KeyBindings.NEXT_DAY, this::nextDay)
                .on(KeyBindings.TODAY, this::today)
                .on(KeyBindings.COPY_FROM_YESTERDAY, copyButton::fire)
                .on(KeyBindings.WHY_WE_ASK, form::explainFocusedField)
                .when(KeyBindings.UNDO, model::canUndo, model::undo)
                .onEscape(tour.running(), tour::end);
    }

    /** Asks what to do with unsaved edits before {@code proceed}: save them, drop them, or stay. */
    public void leave(Runnable proceed) {
        if (!model.isDirty()) {
            proceed.run();
            return;
        }
        switch (JournalDialogs.askAboutUnsavedEdits(groupsBox.getScene().getWindow(), model.dateTitle())) {
            case SAVE -> model.save(proceed);
            case DISCARD -> proceed.run();
            case STAY -> {}
        }
    }

    /** Shows a day, or puts the keyboard focus on a measure's field. */
    public void open(Destination destination) {
        switch (destination) {
            case Destination.Day day -> openDay(day.date());
            case Destination.CheckIn ignored -> leave(() -> {
                model.open(model.today());
                mode.showCheckIn();
            });
            case Destination.MeasureOnForm measure -> {
                mode.showFullForm();
                form.focus(measure.measureKey());
            }
            case Destination.DayFormTour ignored -> {
                mode.showFullForm();
                tourAsked = true;
                if (ready.get()) {
                    showTour();
                }
            }
            case Destination.KnowledgeSection ignored -> {}
        }
    }

    /** Shows {@code date}, asking first if the form has unsaved changes. */
    private void openDay(LocalDate date) {
        leave(() -> model.open(date));
    }

    @FXML
    private void previousDay() {
        moveBy(-1);
    }

    @FXML
    private void nextDay() {
        moveBy(1);
    }

    private void moveBy(int days) {
        if (ready.get()) {
            openDay(model.date().get().plusDays(days));
        }
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
        if (JournalDialogs.confirmDelete(groupsBox.getScene().getWindow(), model.dateTitle())) {
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

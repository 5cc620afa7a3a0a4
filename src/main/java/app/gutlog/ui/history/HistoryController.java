package app.gutlog.ui.history;

import app.gutlog.domain.DayOverview;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.KeyBindings;
import app.gutlog.ui.shared.SceneGraph;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the history page: the month calendar and the list of logged days. Opening a day shows it in the journal. */
public final class HistoryController {

    private final HistoryViewModel model;
    private final Consumer<LocalDate> openDay;
    private final Texts texts = Texts.of(HistoryController.class);
    private final DateTimeFormatter spokenDate = texts.dates("history.day.spoken.date");

    private final List<Button> squares = new ArrayList<>();
    @FXML private Label monthTitle;
    @FXML private Label monthSummary;
    @FXML private GridPane calendarGrid;
    @FXML private ListView<DayOverview> dayList;
    @FXML private TextField searchField;
    @FXML private Label listTitle;
    @FXML private Label searchSummary;

    public HistoryController(HistoryViewModel model, Consumer<LocalDate> openDay) {
        this.model = model;
        this.openDay = openDay;
    }

    @FXML
    private void initialize() {
        monthTitle.textProperty().bind(model.title());
        monthSummary.textProperty().bind(model.summary());
        for (DayOfWeek weekday : DayOfWeek.values()) {
            Label name = new Label(weekday.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            name.getStyleClass().add("weekday");
            name.setMinWidth(Region.USE_PREF_SIZE);
            calendarGrid.add(name, weekday.getValue() - 1, 0);
        }
        model.calendar().addListener((ListChangeListener<CalendarDay>) change -> drawCalendar());
        dayList.setItems(model.loggedDays());
        dayList.setPlaceholder(new Label(texts.get("history.list.empty")));
        dayList.setCellFactory(list -> new DayCell(list, model.searching()::get, model::searchWords));
        bindSearch();
        dayList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        dayList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
    }

    /** The search field filters the list to the days whose notes match; Ctrl+F goes to it, Escape clears it. */
    private void bindSearch() {
        searchField.textProperty().bindBidirectional(model.searchText());
        searchField.setPromptText(texts.format("history.search.prompt", KeyBindings.text(KeyBindings.FIND_NOTES)));
        searchSummary.textProperty().bind(model.searchSummary());
        searchSummary.visibleProperty().bind(model.searching());
        searchSummary.managedProperty().bind(model.searching());
        listTitle.textProperty().bind(Bindings.when(model.searching()).then(texts.get("history.list.found"))
                .otherwise(texts.get("history.list.logged")));
        model.searching().addListener((observable, was, searching) -> {
            dayList.setItems(searching ? model.found() : model.loggedDays());
            dayList.setPlaceholder(new Label(texts.get(searching ? "history.list.noneFound" : "history.list.empty")));
        });
        // A new search shows its own words highlighted, also in the cells of days that were already listed.
        model.found().addListener((ListChangeListener<DayOverview>) change -> dayList.refresh());
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                event.consume();
            }
        });
        EventHandler<KeyEvent> find = event -> {
            if (KeyBindings.FIND_NOTES.match(event) && SceneGraph.isShown(searchField)) {
                searchField.requestFocus();
                searchField.selectAll();
                event.consume();
            }
        };
        searchField.sceneProperty().addListener((observable, oldScene, newScene) -> {
            if (oldScene != null) {
                oldScene.removeEventFilter(KeyEvent.KEY_PRESSED, find);
            }
            if (newScene != null) {
                newScene.addEventFilter(KeyEvent.KEY_PRESSED, find);
            }
        });
    }

    private void openSelected() {
        DayOverview selected = dayList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openDay.accept(selected.date());
        }
    }

    /**
     * Shows the month in the calendar's squares. The squares are made once and then only given new dates, texts and
     * styles: making 42 new buttons for every month (and after every save) would style them all again each time.
     */
    private void drawCalendar() {
        LocalDate today = model.today();
        for (int i = 0; i < model.calendar().size(); i++) {
            if (i == squares.size()) {
                squares.add(newSquare(i));
            }
            showDay(squares.get(i), model.calendar().get(i), today);
        }
        for (int i = 0; i < squares.size(); i++) {
            squares.get(i).setVisible(i < model.calendar().size());
        }
    }

    private Button newSquare(int index) {
        Label number = new Label();
        number.getStyleClass().add("day-number");
        Label burden = new Label();
        burden.getStyleClass().add("day-burden");
        VBox content = new VBox(2, number, burden);
        content.setAlignment(Pos.TOP_LEFT);
        Button square = new Button(null, content);
        square.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setHgrow(square, Priority.ALWAYS);
        GridPane.setVgrow(square, Priority.ALWAYS);
        calendarGrid.add(square, index % 7, 1 + index / 7);
        return square;
    }

    private void showDay(Button square, CalendarDay day, LocalDate today) {
        square.setId("day-" + day.date());
        square.getStyleClass().setAll("button", "calendar-day", day.band().styleClass());
        if (!day.inMonth()) {
            square.getStyleClass().add("other-month");
        }
        if (day.date().equals(today)) {
            square.getStyleClass().add("today");
        }
        VBox content = (VBox) square.getGraphic();
        ((Label) content.getChildren().get(0)).setText(Integer.toString(day.date().getDayOfMonth()));
        ((Label) content.getChildren().get(1)).setText(day.burdenText());
        String date = spokenDate.format(day.date());
        square.setAccessibleText(day.logged().isEmpty() ? texts.format("history.day.spoken.notLogged", date)
                : day.logged().get().burden().isEmpty() ? texts.format("history.day.spoken.noSymptoms", date)
                : texts.format("history.day.spoken.burden", date, day.burdenText()));
        square.setDisable(day.date().isAfter(today.plusDays(1)));
        square.setOnAction(event -> openDay.accept(day.date()));
    }

    @FXML
    private void previousMonth() {
        model.previousMonth();
    }

    @FXML
    private void nextMonth() {
        model.nextMonth();
    }

    @FXML
    private void thisMonth() {
        model.thisMonth();
    }
}

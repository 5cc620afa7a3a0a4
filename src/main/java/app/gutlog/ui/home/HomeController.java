package app.gutlog.ui.home;

import app.gutlog.domain.Guidance;
import app.gutlog.domain.GuidanceNote;
import app.gutlog.domain.PersistentBurden;
import app.gutlog.text.Texts;
import app.gutlog.ui.learn.GuidanceCards;
import app.gutlog.ui.learn.LearnViewModel;
import app.gutlog.ui.shared.BurdenBand;
import app.gutlog.ui.shared.DataActions;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.SceneGraph;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Binds the home page to its view model. */
public final class HomeController {

    static final String PROFESSIONAL_HELP_SECTION = "explained.help";

    private final HomeViewModel model;
    private final Navigator navigator;
    private final Optional<Runnable> tryDemo;
    private final DataActions data;
    private final Texts texts = Texts.of(HomeController.class);

    @FXML private VBox welcomePane;
    @FXML private VBox overviewPane;
    @FXML private VBox noticePane;
    @FXML private VBox redFlagPane;
    @FXML private Label redFlagHeading;
    @FXML private Label redFlagMark;
    @FXML private Label redFlagIntro;
    @FXML private VBox redFlagSigns;
    @FXML private VBox honestyBox;
    @FXML private Label noticeText;
    @FXML private Label noticeThresholds;
    @FXML private Label overviewText;
    @FXML private Label trackedText;
    @FXML private Label storageText;
    @FXML private Label loadError;
    @FXML private Button tryDemoButton;
    @FXML private Label tryDemoText;
    @FXML private VBox yesterdayPane;
    @FXML private Label greeting;
    @FXML private Button startButton;
    @FXML private Button todayButton;
    @FXML private FlowPane weekStrip;
    @FXML private Label yesterdayText;

    public HomeController(HomeViewModel model, Navigator navigator, Optional<Runnable> tryDemo, DataActions data) {
        this.model = model;
        this.navigator = navigator;
        this.tryDemo = tryDemo;
        this.data = data;
    }

    @FXML
    private void initialize() {
        showWhen(welcomePane, model.journalEmpty().get());
        model.journalEmpty().addListener((observable, before, now) -> showWhen(welcomePane, now));
        model.hasEntries().addListener((observable, before, now) -> showWhen(overviewPane, now));
        showWhen(overviewPane, false);
        showWhen(tryDemoButton, tryDemo.isPresent());
        showWhen(tryDemoText, tryDemo.isPresent());
        overviewText.textProperty().bind(model.overview());
        trackedText.textProperty().bind(model.tracked());
        storageText.setText(model.storageText());
        loadError.textProperty().bind(model.loadError());
        showWhen(loadError, false);
        model.loadError().addListener((observable, before, now) -> showWhen(loadError, !now.isEmpty()));
        LearnViewModel.honesty().forEach(line -> {
            Label statement = new Label(texts.format("home.honesty.line", line));
            statement.setWrapText(true);
            honestyBox.getChildren().add(statement);
        });
        noticeThresholds.setText(model.noticeThresholds());
        showRedFlags();
        showWhen(yesterdayPane, false);
        model.yesterdayMissing().addListener((observable, before, now) -> {
            yesterdayText.setText(model.yesterdayPrompt());
            showWhen(yesterdayPane, now);
        });
        showNotice(model.notice().get());
        model.notice().addListener((observable, before, now) -> showNotice(now));
        greeting.textProperty().bind(Bindings.when(model.hasEntries()).then(texts.get("home.greeting.back"))
                .otherwise(texts.get("home.greeting.new")));
        todayButton.textProperty().bind(Bindings.when(model.todayLogged()).then(texts.get("home.today.open"))
                .otherwise(texts.get("home.today.log")));
        startButton.defaultButtonProperty().bind(welcomePane.visibleProperty());
        todayButton.defaultButtonProperty().bind(overviewPane.visibleProperty());
        welcomePane.visibleProperty().addListener((observable, before, now) -> focusWhenShown(now, startButton));
        overviewPane.visibleProperty().addListener((observable, before, now) -> focusWhenShown(now, todayButton));
        model.week().addListener((ListChangeListener<HomeViewModel.WeekDay>) change -> showWeek());
    }

    /** The page's main button takes the keyboard focus when its card appears, so that Enter presses it. */
    private static void focusWhenShown(boolean shown, Button primary) {
        if (shown) {
            SceneGraph.focusSoon(primary);
        }
    }

    /** A square per day of the last week, coloured as in History, that opens the day. */
    private void showWeek() {
        weekStrip.getChildren().setAll(model.week().stream().map(this::daySquare).toList());
    }

    private Button daySquare(HomeViewModel.WeekDay day) {
        Label weekday = new Label(day.weekday());
        weekday.getStyleClass().add("day-number");
        Label state = new Label(day.state());
        state.getStyleClass().add("day-burden");
        VBox content = new VBox(2, weekday, state);
        Button square = new Button(null, content);
        square.setId("week-" + day.date());
        square.getStyleClass().setAll("button", "calendar-day", "week-day",
                BurdenBand.of(day.logged(), false).styleClass());
        square.setAccessibleText(texts.format("home.week.day.accessible", day.date(), day.state()));
        square.setOnAction(event -> navigator.open(new Destination.Day(day.date())));
        return square;
    }

    /**
     * The help line: the signs that need prompt medical advice, always shown, marked as GutLog's general guidance and
     * each with its sources; the button opens the full list, with links to the sources, in Learn.
     */
    private void showRedFlags() {
        Optional<Guidance> guidance = model.redFlagGuidance();
        showWhen(redFlagPane, guidance.isPresent());
        guidance.ifPresent(help -> {
            redFlagHeading.setText(help.heading());
            redFlagMark.setText(GuidanceNote.markSentence());
            redFlagIntro.setText(help.text());
            redFlagSigns.getChildren().setAll(GuidanceCards.signs("home-red-flags", "home-red-flag-", model.redFlags()));
            redFlagPane.setAccessibleText(texts.format("home.redFlags.accessible", help.heading(), GuidanceNote.markSentence()));
        });
    }

    private void showNotice(PersistentBurden notice) {
        showWhen(noticePane, notice != null);
        noticeText.setText(notice == null ? "" : notice.explanation());
    }

    private static void showWhen(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void logToday() {
        navigator.open(new Destination.CheckIn());
    }

    @FXML
    private void logYesterday() {
        navigator.open(new Destination.Day(model.yesterday()));
    }

    @FXML
    private void notNowForYesterday() {
        model.notNowForYesterday();
    }

    @FXML
    private void importCsv() {
        data.importCsv();
    }

    @FXML
    private void openDemo() {
        tryDemo.ifPresent(Runnable::run);
    }

    @FXML
    private void readAboutProfessionalHelp() {
        navigator.open(new Destination.KnowledgeSection(PROFESSIONAL_HELP_SECTION));
    }

    @FXML
    private void dismissNotice() {
        model.dismissNotice();
    }
}

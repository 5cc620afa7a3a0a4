package app.gutlog.ui.home;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Binds the home page to its view model. */
public final class HomeController {

    private final HomeViewModel model;
    private final Runnable logToday;

    @FXML private VBox welcomePane;
    @FXML private VBox overviewPane;
    @FXML private Label overviewText;
    @FXML private Label trackedText;
    @FXML private Label storageText;
    @FXML private Label loadError;

    public HomeController(HomeViewModel model, Runnable logToday) {
        this.model = model;
        this.logToday = logToday;
    }

    @FXML
    private void logToday() {
        logToday.run();
    }

    @FXML
    private void initialize() {
        welcomePane.visibleProperty().bind(model.journalEmpty());
        welcomePane.managedProperty().bind(welcomePane.visibleProperty());
        overviewPane.visibleProperty().bind(model.hasEntries());
        overviewPane.managedProperty().bind(overviewPane.visibleProperty());
        overviewText.textProperty().bind(model.overview());
        trackedText.textProperty().bind(model.tracked());
        storageText.setText(model.storageText());
        loadError.textProperty().bind(model.loadError());
        loadError.visibleProperty().bind(model.loadError().isNotEmpty());
        loadError.managedProperty().bind(loadError.visibleProperty());
    }
}

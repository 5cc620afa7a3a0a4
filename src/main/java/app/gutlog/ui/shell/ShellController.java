package app.gutlog.ui.shell;

import app.gutlog.ui.exchange.ExchangeFiles;
import app.gutlog.ui.exchange.ExchangeFiles.RecentFolder;
import app.gutlog.ui.reminder.InWindowReminder;
import app.gutlog.ui.reminder.ReminderDialog;
import app.gutlog.ui.reminder.ReminderViewModel;
import app.gutlog.ui.shared.Appearance;
import app.gutlog.ui.shared.DataActions;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.FeatureContext;
import app.gutlog.ui.shared.FxDialogService;
import app.gutlog.ui.shared.FxTaskRunner;
import app.gutlog.ui.shared.Theme;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Binds the main window: wires the parts that do the work (navigation, appearance menus, status bar, the data safety
 * and exchange flows, the shortcut sheet and the About box) to the view's nodes and menu items.
 */
public final class ShellController {

    /** Messages of the exchange flows name long file paths. */
    private static final double EXCHANGE_DIALOG_WIDTH = 560;

    private final ShellViewModel model;
    private final FxTaskRunner tasks;
    private final List<Feature> features;
    private final Consumer<String> browser;
    private final ExchangeFiles exchangeFiles;
    private final Optional<Runnable> tryDemo;
    private final AppearanceMenus appearanceMenus;
    private final FxDialogService dialogs = new FxDialogService(this::window);
    private Navigation pages;
    private DataSafetyFlows dataSafety;
    private ExchangeFlows exchange;

    @FXML private MenuBar menuBar;
    @FXML private Menu goMenu;
    @FXML private Menu fileMenu;
    @FXML private MenuItem tourItem;
    @FXML private MenuItem checkInItem;
    @FXML private RadioMenuItem systemThemeItem;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private Menu textSizeMenu;
    @FXML private VBox navigation;
    @FXML private StackPane pageArea;
    @FXML private VBox openingPane;
    @FXML private VBox failurePane;
    @FXML private Label failureMessage;
    @FXML private Button restoreGoodBackupButton;
    @FXML private Label journalPath;
    @FXML private Label backupWarning;
    @FXML private Label demoBanner;
    @FXML private Label readOnlyBanner;
    @FXML private ProgressBar taskProgress;
    @FXML private Label taskMessage;

    /**
     * {@code tryDemo} opens the demo journal; it is empty in the demo journal's own window, which says instead that
     * its data is made up. {@code browser} opens an address: a DOI, or a file the app wrote.
     */
    public ShellController(ShellViewModel model, Appearance appearance, FxTaskRunner tasks, List<Feature> features,
            Consumer<String> browser, RecentFolder recentFolder, Optional<Runnable> tryDemo) {
        this.model = model;
        this.tasks = tasks;
        this.features = List.copyOf(features);
        this.browser = browser;
        this.exchangeFiles = new ExchangeFiles(recentFolder, browser);
        this.tryDemo = tryDemo;
        this.appearanceMenus = new AppearanceMenus(appearance);
    }

    @FXML
    private void initialize() {
        StatePanes states = new StatePanes(model);
        states.showOpening(openingPane);
        states.showFailure(failurePane, failureMessage, restoreGoodBackupButton);
        states.disableUntilReady(navigation, goMenu, tourItem, checkInItem, fileMenu);
        StatusBar status = new StatusBar(model, tasks);
        status.showJournal(journalPath, demoBanner, tryDemo.isEmpty());
        status.showWarnings(backupWarning, readOnlyBanner);
        status.showWork(taskProgress, taskMessage);
        appearanceMenus.bindThemes(Map.of(Theme.SYSTEM, systemThemeItem, Theme.LIGHT, lightThemeItem,
                Theme.DARK, darkThemeItem));
        appearanceMenus.buildTextSizes(textSizeMenu);
        dataSafety = new DataSafetyFlows(model, tasks, dialogs, this::leaveCurrentPage);
        exchange = new ExchangeFlows(model, tasks, dialogs.withWidth(EXCHANGE_DIALOG_WIDTH), exchangeFiles,
                this::window);
        DataActions data = new ShellDataActions(dataSafety, exchange);
        pages = new Navigation(model, features, (services, navigator) -> new FeatureContext(services, tasks,
                navigator, browser, tryDemo, data), navigation, goMenu, pageArea);
        if (tryDemo.isPresent()) {
            InWindowReminder.install((VBox) menuBar.getParent(), model.journalFile(), model.services(), tasks,
                    this::checkIn);
        }
    }

    /** Asks the current page whether it may be left, then runs {@code proceed} (at once, or after saving). */
    public void leaveCurrentPage(Runnable proceed) {
        pages.leaveCurrentPage(proceed);
    }

    private Window window() {
        return pageArea.getScene().getWindow();
    }

    @FXML
    private void exportCsv() {
        exchange.exportCsv();
    }

    @FXML
    private void importCsv() {
        exchange.importCsv();
    }

    @FXML
    private void practitionerReport() {
        exchange.practitionerReport();
    }

    @FXML
    private void dragOver(DragEvent event) {
        exchange.dragOver(event);
    }

    @FXML
    private void dropped(DragEvent event) {
        exchange.dropped(event);
    }

    @FXML
    private void backUpNow() {
        dataSafety.backUpNow();
    }

    @FXML
    private void restoreFromBackup() {
        dataSafety.restoreFromBackup();
    }

    @FXML
    private void restoreGoodBackup() {
        dataSafety.restoreGoodBackup();
    }

    @FXML
    private void deleteAllData() {
        dataSafety.deleteAllData();
    }

    @FXML
    private void dailyReminder() {
        ReminderDialog.show(window(), ReminderViewModel.forJournal(model.journalFile(), tasks));
    }

    @FXML
    private void retry() {
        model.open();
    }

    @FXML
    private void quit() {
        Window window = window();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @FXML
    private void largerText() {
        appearanceMenus.largerText();
    }

    @FXML
    private void smallerText() {
        appearanceMenus.smallerText();
    }

    @FXML
    private void normalText() {
        appearanceMenus.normalText();
    }

    @FXML
    private void showShortcuts() {
        ShortcutSheet.show(menuBar, window());
    }

    @FXML
    private void checkIn() {
        pages.open(new Destination.CheckIn());
    }

    /** Opens {@code destination}, rather than Home, once the journal is open. */
    public void startAt(Destination destination) {
        pages.startAt(destination);
    }

    @FXML
    private void takeTour() {
        pages.open(new Destination.DayFormTour());
    }

    @FXML
    private void showAbout() {
        AboutBox.show(model, window());
    }
}

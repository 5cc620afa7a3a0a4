package app.gutlog.ui.shell;

import app.gutlog.app.AppServices;
import app.gutlog.app.BackupService;
import app.gutlog.domain.Backup;
import app.gutlog.ui.shared.DataActions;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.FeatureContext;
import app.gutlog.ui.shared.FxTaskRunner;
import app.gutlog.ui.shared.Appearance;
import app.gutlog.ui.shared.TextSize;
import app.gutlog.ui.shared.Theme;
import app.gutlog.ui.exchange.ExportController;
import app.gutlog.ui.exchange.ExportViewModel;
import app.gutlog.ui.exchange.ImportController;
import app.gutlog.ui.exchange.ImportViewModel;
import app.gutlog.ui.exchange.ReportController;
import app.gutlog.ui.exchange.ReportViewModel;
import app.gutlog.ui.shell.ShellViewModel.State;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the main window: menus, navigation, the page area and the status bar. */
public final class ShellController {

    private final ShellViewModel model;
    private final Appearance appearance;
    private final FxTaskRunner tasks;
    private final List<Feature> features;
    private final Consumer<String> browser;
    private final Optional<Runnable> tryDemo;
    static final String DELETE_CONFIRMATION = "DELETE";
    private final Map<Feature, Feature.Page> pages = new HashMap<>();
    private final Map<Feature, JournalState> refreshedAt = new HashMap<>();
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private Feature current;

    @FXML private MenuBar menuBar;
    @FXML private Menu goMenu;
    @FXML private Menu fileMenu;
    @FXML private MenuItem tourItem;
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
     * its data is made up.
     */
    public ShellController(ShellViewModel model, Appearance appearance, FxTaskRunner tasks, List<Feature> features,
            Consumer<String> browser, Optional<Runnable> tryDemo) {
        this.model = model;
        this.appearance = appearance;
        this.tasks = tasks;
        this.features = List.copyOf(features);
        this.browser = browser;
        this.tryDemo = tryDemo;
    }

    @FXML
    private void initialize() {
        journalPath.setText(model.journalFile().toString());
        demoBanner.setVisible(tryDemo.isEmpty());
        demoBanner.setManaged(tryDemo.isEmpty());
        openingPane.visibleProperty().bind(model.state().isEqualTo(State.OPENING));
        failurePane.visibleProperty().bind(model.state().isEqualTo(State.FAILED));
        failureMessage.textProperty().bind(model.failure());
        navigation.disableProperty().bind(model.state().isNotEqualTo(State.READY));
        goMenu.disableProperty().bind(navigation.disableProperty());
        tourItem.disableProperty().bind(navigation.disableProperty());
        fileMenu.getItems().stream().filter(item -> item.getId() != null && !item.getId().equals("menu-restore"))
                .forEach(item -> item.disableProperty().bind(navigation.disableProperty()));
        fileMenu.getItems().stream().filter(item -> "menu-restore".equals(item.getId())).findFirst()
                .ifPresent(item -> item.disableProperty().bind(model.state().isEqualTo(State.OPENING)));
        backupWarning.visibleProperty().bind(backupWarning.textProperty().isNotEmpty());
        readOnlyBanner.visibleProperty().bind(readOnlyBanner.textProperty().isNotEmpty());
        readOnlyBanner.managedProperty().bind(readOnlyBanner.visibleProperty());
        backupWarning.managedProperty().bind(backupWarning.visibleProperty());
        bindThemeItems();
        buildTextSizeItems();
        bindTaskStatus();
        features.forEach(this::addToNavigation);
        model.state().addListener((observable, before, now) -> {
            if (now == State.OPENING) {
                // a restore or a deletion reopens the journal: pages built on the old one must go
                pages.clear();
                refreshedAt.clear();
                current = null;
                pageArea.getChildren().clear();
            }
            backupWarning.setText("");
            readOnlyBanner.setText("");
            if (now == State.READY) {
                model.services().get().backups().dailyProblem().ifPresent(backupWarning::setText);
                if (model.services().get().readOnly()) {
                    readOnlyBanner.setText("This journal is read-only: its file's owner took away write permission,"
                            + " so GutLog shows it but saves nothing. To log days again, make it writable (chmod u+w).");
                }
                followJournalChanges(model.services().get());
                if (!features.isEmpty()) {
                    show(features.getFirst());
                }
            }
        });
        restoreGoodBackupButton.visibleProperty().bind(model.goodBackup().isNotNull());
        restoreGoodBackupButton.managedProperty().bind(restoreGoodBackupButton.visibleProperty());
        restoreGoodBackupButton.textProperty().bind(Bindings.createStringBinding(() -> model.goodBackup().get() == null
                ? "" : "Restore the newest good backup (" + model.goodBackup().get().getFileName() + ")",
                model.goodBackup()));
    }

    private void addToNavigation(Feature feature) {
        ToggleButton button = new ToggleButton(feature.title(), new FontIcon(feature.icon()));
        button.setId("nav-" + feature.title().toLowerCase(Locale.ROOT));
        button.getStyleClass().add("nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setToggleGroup(navigationGroup);
        button.setUserData(feature);
        button.setOnAction(event -> navigateTo(feature));
        navigation.getChildren().add(button);

        MenuItem item = new MenuItem(feature.title());
        item.setAccelerator(feature.shortcut());
        item.setOnAction(event -> navigateTo(feature));
        goMenu.getItems().add(item);
    }

    /** Leaves the current page (if it lets us) and shows {@code feature}. */
    private void navigateTo(Feature feature) {
        selectInNavigation(current);
        if (feature != current) {
            leaveCurrentPage(() -> show(feature));
        }
    }

    /** Asks the current page whether it may be left, then runs {@code proceed} (at once, or after saving). */
    public void leaveCurrentPage(Runnable proceed) {
        if (current == null) {
            proceed.run();
        } else {
            pages.get(current).leaveGuard().leave(proceed);
        }
    }

    /**
     * Shows {@code feature}'s page, building it the first time. A page once built stays in the window, hidden while
     * another is shown: taking it out and putting it back would style every one of its nodes again.
     */
    private Feature.Page show(Feature feature) {
        Feature.Page page = pages.computeIfAbsent(feature, f -> {
            Feature.Page built = f.pageFactory().apply(new FeatureContext(model.services().get(), tasks, this::open,
                    browser, tryDemo, dataActions));
            pageArea.getChildren().add(built.root());
            return built;
        });
        current = feature;
        pages.values().forEach(other -> showWhen(other.root(), other == page));
        selectInNavigation(feature);
        refreshIfChanged(feature, page);
        return page;
    }

    private void open(Destination destination) {
        features.stream()
                .filter(feature -> feature.destinations().contains(destination.getClass()))
                .findFirst()
                .ifPresent(feature -> {
                    if (feature == current) {
                        pages.get(feature).opener().accept(destination);
                    } else {
                        leaveCurrentPage(() -> show(feature).opener().accept(destination));
                    }
                });
    }

    /** What a page's data was last read from: the journal at a revision, on a day. */
    private record JournalState(long revision, LocalDate today) {}

    /** Reloads the page's data unless nothing was saved (and the day has not turned) since it last did. */
    private void refreshIfChanged(Feature feature, Feature.Page page) {
        AppServices services = model.services().get();
        JournalState now = new JournalState(services.journalRevision(), services.days().today());
        if (!now.equals(refreshedAt.put(feature, now))) {
            page.refresh().run();
        }
    }

    /**
     * After every change saved to the journal, from any page, dialog or background task, the page on show reloads
     * what it shows (the others do when they are shown again). Changes saved in a burst are taken up once.
     */
    private void followJournalChanges(AppServices services) {
        AtomicBoolean queued = new AtomicBoolean();
        services.onJournalChanged(() -> {
            if (queued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    queued.set(false);
                    if (model.services().get() == services && current != null) {
                        refreshIfChanged(current, pages.get(current));
                    }
                });
            }
        });
    }

    private static void showWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void selectInNavigation(Feature feature) {
        navigationGroup.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == feature));
    }

    private void bindThemeItems() {
        Map<Theme, RadioMenuItem> items = Map.of(Theme.SYSTEM, systemThemeItem, Theme.LIGHT, lightThemeItem,
                Theme.DARK, darkThemeItem);
        items.forEach((theme, item) -> item.setOnAction(event -> appearance.theme().set(theme)));
        Consumer<Theme> select = theme -> items.forEach((choice, item) -> item.setSelected(choice == theme));
        select.accept(appearance.theme().get());
        appearance.theme().addListener((observable, before, now) -> select.accept(now));
    }

    /** A radio item for each text size, and the larger / smaller / normal shortcuts above them. */
    private void buildTextSizeItems() {
        ToggleGroup sizes = new ToggleGroup();
        Map<TextSize, RadioMenuItem> items = new EnumMap<>(TextSize.class);
        for (TextSize size : TextSize.values()) {
            RadioMenuItem item = new RadioMenuItem(size.label());
            item.setId("text-size-" + size.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(sizes);
            item.setOnAction(event -> appearance.textSize().set(size));
            items.put(size, item);
            textSizeMenu.getItems().add(item);
        }
        Consumer<TextSize> select = size -> items.get(size).setSelected(true);
        select.accept(appearance.textSize().get());
        appearance.textSize().addListener((observable, before, now) -> select.accept(now));
    }

    @FXML
    private void largerText() {
        appearance.textSize().set(appearance.textSize().get().larger());
    }

    @FXML
    private void smallerText() {
        appearance.textSize().set(appearance.textSize().get().smaller());
    }

    @FXML
    private void normalText() {
        appearance.textSize().set(TextSize.NORMAL);
    }

    private void bindTaskStatus() {
        ListChangeListener<Task<?>> follower = change -> {
            List<? extends Task<?>> running = change.getList();
            taskProgress.progressProperty().unbind();
            taskMessage.textProperty().unbind();
            if (running.isEmpty()) {
                taskProgress.setProgress(0);
                taskMessage.setText("");
            } else {
                Task<?> newest = running.getLast();
                taskProgress.progressProperty().bind(newest.progressProperty());
                taskMessage.textProperty().bind(newest.messageProperty());
            }
        };
        tasks.running().addListener(follower);
        taskProgress.visibleProperty().bind(Bindings.isNotEmpty(tasks.running()));
    }

    private final DataActions dataActions = new DataActions() {
        @Override
        public void importCsv() {
            importFile(null);
        }

        @Override
        public void backUpNow() {
            AppServices services = model.services().get();
            tasks.run("Backing up…", progress -> services.backups().backUpNow(),
                    file -> tell("backup-done", Alert.AlertType.INFORMATION, "Backed up", "The backup is " + file + "."),
                    error -> tell("backup-failed", Alert.AlertType.ERROR, "The backup failed", error.getMessage()));
        }

        @Override
        public void restoreFromBackup() {
            Path journal = model.journalFile();
            tasks.run("Looking for backups…", progress -> BackupService.backupsOf(journal),
                    backups -> chooseBackup(journal, backups),
                    error -> tell("restore-failed", Alert.AlertType.ERROR, "The backups could not be listed",
                            error.getMessage()));
        }

        @Override
        public void deleteAllData() {
            TextInputDialog ask = new TextInputDialog();
            ask.initOwner(window());
            ask.setTitle("Delete all my data");
            ask.setHeaderText("Delete your journal and every backup of it?");
            ask.setContentText("This cannot be undone. Type DELETE to confirm:");
            ask.getDialogPane().setId("delete-all-dialog");
            Button delete = (Button) ask.getDialogPane().lookupButton(ButtonType.OK);
            delete.setText("Delete everything");
            delete.disableProperty().bind(ask.getEditor().textProperty().isNotEqualTo(DELETE_CONFIRMATION));
            ask.showAndWait().filter(DELETE_CONFIRMATION::equals).ifPresent(confirmed -> leaveCurrentPage(
                    () -> model.deleteEverything(
                            message -> tell("delete-all-done", Alert.AlertType.INFORMATION, "Deleted", message))));
        }
    };

    /** Asks which backup to restore, and to confirm; works also when the journal could not be opened. */
    private void chooseBackup(Path journal, List<Backup> backups) {
        if (backups.isEmpty()) {
            tell("no-backups", Alert.AlertType.INFORMATION, "No backups yet",
                    "GutLog backs your journal up on the first start of each day once it holds a day, and you can"
                            + " back it up now from the File menu. Backups are kept in "
                            + journal.resolveSibling("backups") + ".");
            return;
        }
        ChoiceDialog<Backup> choose = new ChoiceDialog<>(backups.getFirst(), backups);
        choose.initOwner(window());
        choose.setTitle("Restore from a backup");
        choose.setHeaderText("Replace your journal with a backup");
        choose.setContentText("Backup:");
        choose.getDialogPane().setId("restore-dialog");
        ComboBox<?> list = (ComboBox<?>) choose.getDialogPane().lookup(".combo-box");
        if (list != null) {
            list.setId("restore-choice");
        }
        choose.showAndWait().ifPresent(backup -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Your journal will be replaced by the "
                    + backup.kind().label().toLowerCase(Locale.ROOT) + " backup from " + describe(backup)
                    + ". The journal as it is now is backed up first, so this can be undone.");
            confirm.initOwner(window());
            confirm.setHeaderText("Restore this backup?");
            confirm.getDialogPane().setId("restore-confirm");
            ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText("Restore");
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                restore(BackupService.fileOf(journal, backup));
            }
        });
    }

    private static String describe(Backup backup) {
        return backup.made().format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH));
    }

    private void tell(String id, Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.initOwner(window());
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.show();
    }

    @FXML
    private void backUpNow() {
        dataActions.backUpNow();
    }

    @FXML
    private void restoreFromBackup() {
        dataActions.restoreFromBackup();
    }

    @FXML
    private void deleteAllData() {
        dataActions.deleteAllData();
    }

    @FXML
    private void restoreGoodBackup() {
        Path backup = model.goodBackup().get();
        if (backup != null) {
            restore(backup);
        }
    }

    /** Restores {@code backup} once the page on show has been left: unsaved edits are saved or dropped first. */
    private void restore(Path backup) {
        leaveCurrentPage(() -> model.restore(backup,
                message -> tell("restore-done", Alert.AlertType.INFORMATION, "Restored", message)));
    }

    @FXML
    private void exportCsv() {
        ExportController.show(new ExportViewModel(model.services().get(), tasks), window());
    }

    @FXML
    private void importCsv() {
        dataActions.importCsv();
    }

    @FXML
    private void practitionerReport() {
        ReportController.show(new ReportViewModel(model.services().get(), tasks), window());
    }

    /** A CSV file dragged onto the window is offered for import. */
    @FXML
    private void dragOver(DragEvent event) {
        if (model.state().get() == State.READY && droppedCsv(event.getDragboard()) != null) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    @FXML
    private void dropped(DragEvent event) {
        File csv = droppedCsv(event.getDragboard());
        event.setDropCompleted(csv != null);
        event.consume();
        if (csv != null) {
            importFile(csv.toPath());
        }
    }

    private static File droppedCsv(Dragboard dragboard) {
        return dragboard.hasFiles() && dragboard.getFiles().size() == 1
                && dragboard.getFiles().getFirst().getName().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? dragboard.getFiles().getFirst() : null;
    }

    private void importFile(Path file) {
        ImportViewModel importModel = new ImportViewModel(model.services().get(), tasks);
        if (file != null) {
            importModel.file().set(file.toString());
        }
        ImportController.show(importModel, window());
    }

    private Window window() {
        return pageArea.getScene().getWindow();
    }

    @FXML
    private void retry() {
        model.open();
    }

    @FXML
    private void quit() {
        Window window = pageArea.getScene().getWindow();
        window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Keys that work inside the day form, beside the menus' own shortcuts. */
    private static final List<String[]> DAY_FORM_KEYS = List.of(
            new String[] {"Ctrl+S", "Save the day"},
            new String[] {"Alt+Left / Alt+Right", "Previous / next day"},
            new String[] {"Ctrl+T", "Today"},
            new String[] {"Ctrl+Y", "Copy from yesterday"},
            new String[] {"Tab / Shift+Tab", "Next / previous field"},
            new String[] {"Up / Down", "One step up or down the field's scale"},
            new String[] {"Ctrl+I", "Why GutLog asks about the field (opens Learn)"},
            new String[] {"Esc", "End the tour of the day form"});

    /** Every shortcut: the menus' (read from the menus themselves) and the day form's. */
    @FXML
    private void showShortcuts() {
        GridPane sheet = new GridPane();
        sheet.setHgap(24);
        sheet.setVgap(4);
        int row = 0;
        for (Menu menu : menuBar.getMenus()) {
            for (ShortcutEntry entry : shortcuts(menu, "")) {
                sheet.addRow(row++, new Label(entry.keys()), new Label(entry.action()));
            }
        }
        Label dayForm = new Label("In the day form");
        dayForm.getStyleClass().add("title-4");
        sheet.add(dayForm, 0, row++, 2, 1);
        for (String[] key : DAY_FORM_KEYS) {
            sheet.addRow(row++, new Label(key[0]), new Label(key[1]));
        }
        sheet.getColumnConstraints().add(new ColumnConstraints(170));
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(window());
        alert.getDialogPane().setPrefWidth(640);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(sheet);
        alert.getDialogPane().setId("shortcuts-dialog");
        alert.show();
    }

    /** A menu item's shortcut and what it does, named with its submenu ("Theme: Dark"). */
    private record ShortcutEntry(String keys, String action) {}

    private static List<ShortcutEntry> shortcuts(Menu menu, String prefix) {
        List<ShortcutEntry> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String name = item.getText() == null ? "" : item.getText().replace("_", "").replace("…", "");
            if (item instanceof Menu submenu) {
                all.addAll(shortcuts(submenu, name + ": "));
            } else if (item.getAccelerator() != null) {
                all.add(new ShortcutEntry(item.getAccelerator().getDisplayText(), prefix + name));
            }
        }
        return all;
    }

    @FXML
    private void takeTour() {
        open(new Destination.DayFormTour());
    }

    @FXML
    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(pageArea.getScene().getWindow());
        about.setTitle("About GutLog");
        about.setHeaderText(model.aboutTitle());
        about.setContentText(model.aboutText());
        about.setGraphic(new ImageView(new Image(
                ShellController.class.getResource("/assets/icons/gutlog-64.png").toExternalForm())));
        about.getDialogPane().setId("about-dialog");
        about.getDialogPane().setPrefWidth(520);
        about.showAndWait();
    }

}

package app.gutlog.ui.bootstrap;

import app.gutlog.app.AppInfo;
import app.gutlog.app.AppServices;
import app.gutlog.app.StartPage;
import app.gutlog.text.Texts;
import app.gutlog.ui.history.HistoryFeature;
import app.gutlog.ui.home.HomeFeature;
import app.gutlog.ui.insights.InsightsFeature;
import app.gutlog.ui.journal.JournalFeature;
import app.gutlog.ui.learn.LearnFeature;
import app.gutlog.ui.settings.MeasuresFeature;
import app.gutlog.ui.shared.Appearance;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.Feature;
import app.gutlog.ui.shared.FxTaskRunner;
import app.gutlog.ui.shared.Views;
import app.gutlog.ui.shell.ShellController;
import app.gutlog.ui.shell.ShellViewModel;
import app.gutlog.ui.trials.TrialsFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The desktop app: one main window over the journal file it was started with. */
public final class GutLogApp extends Application {

    private static final String JOURNAL_PARAMETER = "db";

    private final Path journalFile;
    private final UiSettings settings;
    private final Consumer<String> browser;
    private final ObservableValue<ColorScheme> systemScheme;
    private Appearance appearance;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final List<ShellViewModel> shells = new ArrayList<>();
    private Stage demoStage;
    private List<Image> windowIcons;
    private final List<Stage> waitingForIcons = new ArrayList<>();

    /** Used by {@link Application#launch}: the journal comes from the {@code --db=FILE} parameter. */
    public GutLogApp() {
        this(null, UiSettings.forCurrentUser(), null, null);
    }

    /**
     * An app on {@code journalFile} with the given settings. {@code browser} opens a web address (a DOI), and
     * {@code systemScheme} is the system's light or dark colour scheme; null means the system's own.
     */
    public GutLogApp(Path journalFile, UiSettings settings, Consumer<String> browser,
            ObservableValue<ColorScheme> systemScheme) {
        this.journalFile = journalFile;
        this.settings = settings;
        this.browser = browser;
        this.systemScheme = systemScheme;
    }

    /** The window titles, in the language GutLog shows. */
    private static Texts texts() {
        return Texts.of(GutLogApp.class);
    }

    /** Opens the app on {@code journalFile} and returns when its window has closed. */
    public static void launch(Path journalFile) {
        JournalOpening.start(journalFile);
        Application.launch(GutLogApp.class, "--" + JOURNAL_PARAMETER + "=" + journalFile);
    }

    @Override
    public void start(Stage stage) {
        Path file = journalFile != null
                ? journalFile
                : Path.of(Objects.requireNonNull(getParameters().getNamed().get(JOURNAL_PARAMETER), "--db"));
        appearance = new Appearance(settings,
                systemScheme != null ? systemScheme : Platform.getPreferences().colorSchemeProperty());
        appearance.apply();
        showJournal(stage, file, JournalOpening.of(file), Optional.of(() -> openDemo(file)));
    }

    /**
     * Shows the demo journal in a window of its own, beside the journal file; it is filled with made-up days when it
     * is first opened. A second request brings the open window to the front.
     */
    private void openDemo(Path journal) {
        if (demoStage != null) {
            demoStage.toFront();
            return;
        }
        Path demoFile = journal.resolveSibling(AppServices.DEMO_FILE_NAME);
        demoStage = new Stage();
        demoStage.setWidth(1100);
        demoStage.setHeight(760);
        showJournal(demoStage, demoFile, () -> AppServices.openDemo(demoFile), Optional.empty());
        demoStage.setTitle(texts().get("bootstrap.window.demo"));
        demoStage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> demoStage = null);
    }

    private void showJournal(Stage stage, Path file, Callable<AppServices> openJournal, Optional<Runnable> tryDemo) {
        ShellViewModel shell = new ShellViewModel(tasks, openJournal, file, AppInfo.load());
        shells.add(shell);
        List<Feature> features = List.of(HomeFeature.create(settings), JournalFeature.create(settings), HistoryFeature.create(),
                InsightsFeature.create(), TrialsFeature.create(), MeasuresFeature.create(), LearnFeature.create());
        ShellController shellController = new ShellController(shell, appearance, tasks, features,
                browser != null ? browser : getHostServices()::showDocument, settings, tryDemo);
        stage.setScene(new Scene(Views.load(shellController)));
        if (tryDemo.isPresent() && StartPage.requested() == StartPage.CHECK_IN) {
            shellController.startAt(new Destination.CheckIn());
        }
        stage.setTitle(texts().get("bootstrap.window.title"));
        setWindowIconsWhenDecoded(stage);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        boolean ownJournal = tryDemo.isPresent();
        stage.setOnCloseRequest(event -> {
            event.consume();
            shellController.leaveCurrentPage(() -> {
                if (ownJournal) {
                    settings.rememberWindow(stage);
                }
                stage.close();
            });
        });
        stage.setOnHidden(event -> {
            shells.remove(shell);
            shell.close();
        });
        if (ownJournal) {
            settings.restoreWindow(stage);
        }
        stage.show();
        if (ownJournal) {
            StartupReport.whenReady(stage.getScene(), shell.state());
        }
        shell.open();
    }

    /**
     * Gives {@code stage} the window icons once they are decoded. They are decoded once, for every window, on a
     * worker thread, so that showing the first window does not wait for them.
     */
    private void setWindowIconsWhenDecoded(Stage stage) {
        if (windowIcons != null) {
            stage.getIcons().setAll(windowIcons);
            return;
        }
        waitingForIcons.add(stage);
        if (waitingForIcons.size() == 1) {
            tasks.runQuietly(progress -> Stream.of(16, 32, 48, 64, 128, 256)
                    .map(size -> new Image(GutLogApp.class.getResource("/assets/icons/gutlog-" + size + ".png").toExternalForm()))
                    .toList(), icons -> {
                        windowIcons = icons;
                        waitingForIcons.forEach(waiting -> waiting.getIcons().setAll(icons));
                        waitingForIcons.clear();
                    }, failure -> {
                        throw new IllegalStateException("cannot load the window icons", failure);
                    });
        }
    }

    @Override
    public void stop() {
        List.copyOf(shells).forEach(ShellViewModel::close);
        tasks.shutdown();
        if (appearance != null) {
            appearance.close();
        }
    }
}

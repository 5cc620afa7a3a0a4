package app.gutlog.ui;

import app.gutlog.app.AppInfo;
import app.gutlog.app.AppServices;
import app.gutlog.ui.history.HistoryFeature;
import app.gutlog.ui.home.HomeFeature;
import app.gutlog.ui.journal.JournalFeature;
import app.gutlog.ui.learn.LearnFeature;
import app.gutlog.ui.settings.MeasuresFeature;
import app.gutlog.ui.shell.ShellController;
import app.gutlog.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop app: one main window over the journal file it was started with. */
public final class GutLogApp extends Application {

    private static final String JOURNAL_PARAMETER = "db";

    private final Path journalFile;
    private final UiSettings settings;
    private final Consumer<String> browser;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private ShellViewModel shell;

    /** Used by {@link Application#launch}: the journal comes from the {@code --db=FILE} parameter. */
    public GutLogApp() {
        this(null, UiSettings.forCurrentUser(), null);
    }

    /**
     * An app on {@code journalFile} with the given settings. {@code browser} opens a web address (a DOI); null
     * means the system browser.
     */
    public GutLogApp(Path journalFile, UiSettings settings, Consumer<String> browser) {
        this.journalFile = journalFile;
        this.settings = settings;
        this.browser = browser;
    }

    /** Opens the app on {@code journalFile} and returns when its window has closed. */
    public static void launch(Path journalFile) {
        Application.launch(GutLogApp.class, "--" + JOURNAL_PARAMETER + "=" + journalFile);
    }

    @Override
    public void start(Stage stage) {
        Path file = journalFile != null
                ? journalFile
                : Path.of(Objects.requireNonNull(getParameters().getNamed().get(JOURNAL_PARAMETER), "--db"));
        settings.theme().apply();
        shell = new ShellViewModel(tasks, () -> AppServices.open(file), file, AppInfo.load(), settings.theme());
        shell.theme().addListener((observable, before, now) -> {
            now.apply();
            settings.setTheme(now);
        });

        List<Feature> features = List.of(HomeFeature.create(settings), JournalFeature.create(), HistoryFeature.create(),
                MeasuresFeature.create(), LearnFeature.create());
        ShellController shellController = new ShellController(shell, tasks, features,
                browser != null ? browser : getHostServices()::showDocument);
        stage.setScene(new Scene(Views.load(shellController)));
        stage.setTitle("GutLog");
        stage.getIcons().setAll(Stream.of(16, 32, 48, 64, 128, 256)
                .map(size -> new Image(GutLogApp.class.getResource("/assets/icons/gutlog-" + size + ".png").toExternalForm()))
                .toList());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        settings.restoreWindow(stage);
        stage.setOnCloseRequest(event -> {
            event.consume();
            shellController.leaveCurrentPage(() -> {
                settings.rememberWindow(stage);
                stage.close();
            });
        });
        stage.show();
        shell.open();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        tasks.shutdown();
    }
}

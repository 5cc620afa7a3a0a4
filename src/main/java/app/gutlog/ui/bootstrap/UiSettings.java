package app.gutlog.ui.bootstrap;

import app.gutlog.ui.exchange.ExchangeFiles;
import app.gutlog.ui.home.NoticeDismissals;
import app.gutlog.ui.journal.DayFormTour;
import app.gutlog.ui.shared.AppearanceSettings;
import app.gutlog.ui.shared.TextSize;
import app.gutlog.ui.shared.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the desktop app remembers between runs: the theme, the text size, the window's place and size, dismissed
 * notices, whether the tour of the day form has been taken, and the folder files were last exported to or
 * imported from.
 */
public final class UiSettings implements AppearanceSettings, NoticeDismissals, DayFormTour.Progress,
        ExchangeFiles.RecentFolder {

    static final double DEFAULT_WIDTH = 1100;
    static final double DEFAULT_HEIGHT = 760;
    private static final double MIN_VISIBLE = 80;

    private final Preferences preferences;

    public UiSettings(Preferences preferences) {
        this.preferences = preferences;
    }

    public static UiSettings forCurrentUser() {
        return new UiSettings(Preferences.userRoot().node("app/gutlog"));
    }

    /** The chosen theme; a new user follows the system's colour scheme. */
    public Theme theme() {
        return choice("theme", Theme.class, Theme.SYSTEM);
    }

    public void setTheme(Theme theme) {
        preferences.put("theme", theme.name());
        flush();
    }

    public TextSize textSize() {
        return choice("textSize", TextSize.class, TextSize.NORMAL);
    }

    public void setTextSize(TextSize size) {
        preferences.put("textSize", size.name());
        flush();
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, E otherwise) {
        try {
            return Enum.valueOf(type, preferences.get(key, otherwise.name()));
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
    }

    @Override
    public Optional<LocalDate> lastDismissed(Notice notice) {
        String day = preferences.get(notice.key() + ".dismissedOn", null);
        try {
            return day == null ? Optional.empty() : Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void dismissed(Notice notice, LocalDate day) {
        preferences.put(notice.key() + ".dismissedOn", day.toString());
        flush();
    }

    @Override
    public boolean tourSeen() {
        return preferences.getBoolean("dayFormTour.seen", false);
    }

    @Override
    public void tourSeen(boolean seen) {
        preferences.putBoolean("dayFormTour.seen", seen);
        flush();
    }

    @Override
    public Optional<Path> lastFolder() {
        String folder = preferences.get("exchange.folder", null);
        try {
            return folder == null ? Optional.empty() : Optional.of(Path.of(folder));
        } catch (InvalidPathException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void rememberFolder(Path folder) {
        preferences.put("exchange.folder", folder.toString());
        flush();
    }

    /** Puts the window where it was last time, as long as enough of that place is still on a screen. */
    public void restoreWindow(Stage stage) {
        double width = preferences.getDouble("window.width", DEFAULT_WIDTH);
        double height = preferences.getDouble("window.height", DEFAULT_HEIGHT);
        stage.setWidth(width);
        stage.setHeight(height);
        double x = preferences.getDouble("window.x", Double.NaN);
        double y = preferences.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && isOnAScreen(x, y, width)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(preferences.getBoolean("window.maximized", false));
    }

    public void rememberWindow(Stage stage) {
        preferences.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.putDouble("window.x", stage.getX());
            preferences.putDouble("window.y", stage.getY());
            preferences.putDouble("window.width", stage.getWidth());
            preferences.putDouble("window.height", stage.getHeight());
        }
        flush();
    }

    private static boolean isOnAScreen(double x, double y, double width) {
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(width, MIN_VISIBLE), MIN_VISIBLE);
        return Screen.getScreens().stream()
                .anyMatch(screen -> screen.getVisualBounds().intersects(titleBar));
    }

    private void flush() {
        try {
            preferences.flush();
            restrictFolder();
        } catch (BackingStoreException | IOException e) {
            // The window's size and the theme are a convenience: they are written again on the next change, and
            // GutLog writes nothing to any log.
        }
    }

    /**
     * On Linux and other Unix systems, Java keeps the settings in a folder per node under {@code ~/.java/.userPrefs}
     * and creates it with the process's umask, which may leave it open to everyone (0777). Only its owner may read or
     * change GutLog's: its folders become 0700 and its file 0600.
     */
    private void restrictFolder() throws IOException {
        Path root = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")), ".java",
                ".userPrefs");
        Path node = root.resolve(preferences.absolutePath().substring(1));
        if (!Files.isDirectory(node) || !root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        for (Path folder = node; !folder.equals(root); folder = folder.getParent()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        try (Stream<Path> files = Files.list(node)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }
}

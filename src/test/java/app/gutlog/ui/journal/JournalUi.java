package app.gutlog.ui.journal;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.ui.AppUiTest;
import app.gutlog.ui.bootstrap.UiSettings;
import app.gutlog.ui.shared.TextSize;
import app.gutlog.ui.shared.Theme;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;

/** Opens the real day form, headless, in a chosen theme, text size and window size. */
abstract class JournalUi extends AppUiTest {

    protected Path journal;

    @BeforeEach
    void journalFile() {
        journal = temp.resolve("journal.db");
    }

    protected void store(DayEntry entry) {
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(entry);
        }
    }

    /** The tour of the day form counts as taken, so it does not start by itself. */
    protected void skipTour() {
        new UiSettings(preferences).tourSeen(true);
    }

    /** Sets how the app looks the next time it starts; the tour is taken as seen unless {@code tour}. */
    protected void appearance(Theme theme, TextSize text, int width, int height, boolean tour) throws Exception {
        UiSettings settings = new UiSettings(preferences);
        settings.setTheme(theme);
        settings.setTextSize(text);
        settings.tourSeen(!tour);
        preferences.putDouble("window.width", width);
        preferences.putDouble("window.height", height);
        preferences.putDouble("window.x", 0);
        preferences.putDouble("window.y", 0);
        preferences.flush();
    }

    /** Starts the app and goes to the day form, once it has its day and every field. */
    protected void openJournal() throws Exception {
        start(journal);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilHidden("#day-opening");
    }

    protected Spinner<?> spinner(String key) {
        return lookup("#field-" + key).queryAs(Spinner.class);
    }

    /** What the field of {@code key} shows, or null while the form does not have it. */
    protected String input(String key) {
        return onFxThread(() -> lookup("#field-" + key).tryQuery()
                .map(node -> ((Spinner<?>) node).getEditor().getText()).orElse(null));
    }

    protected String status() {
        return onFxThread(() -> lookup("#journal-status").queryAs(Label.class).getText());
    }

    protected String badge() {
        return onFxThread(() -> lookup("#state-badge").queryAs(Label.class).getText());
    }

    /** Until the day's status line starts with {@code prefix} ("Saved", "Deleted"…), or says what it read instead. */
    protected void waitUntilStatus(String prefix) throws Exception {
        waitUntilSeen("#journal-status to start with \"" + prefix + "\"", this::status,
                text -> text != null && text.startsWith(prefix));
    }

    /** Until the field of {@code key} shows {@code value}, or says what it showed instead. */
    protected void waitUntilInput(String key, String value) throws Exception {
        waitUntilSeen("#field-" + key + " to show \"" + value + "\"", () -> input(key), value::equals);
    }

    /** Until the state badge reads {@code text}, or says what it read instead. */
    protected void waitUntilBadge(String text) throws Exception {
        waitUntilSeen("#state-badge to read \"" + text + "\"", this::badge, text::equals);
    }

    protected void focus(String query) {
        interact(() -> lookup(query).query().requestFocus());
    }
}

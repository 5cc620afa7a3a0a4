package app.gutlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.ui.bootstrap.UiSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The first run and every day after: the welcome's three ways in, the tour of the day form, and "log yesterday?". */
class FirstRunTest extends AppUiTest {

    private final LocalDate today = LocalDate.now();

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private boolean shown(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theWelcomeOffersAJournalTheDemoAndAnImportAndSaysWhereTheDataLives() throws Exception {
        Path journal = temp.resolve("journal.db");
        start(journal);
        waitUntilVisible("#welcome-pane");

        assertThat(lookup("#log-today-button").queryButton().getText()).isEqualTo("Start with today");
        javafx.scene.control.Button start = lookup("#log-today-button").queryButton();
        waitUntilSeen("the focus on #log-today-button", () -> start.getScene().getFocusOwner(), owner -> owner == start);
        assertThat(lookup("#log-today-button").queryButton().isDefaultButton()).isTrue();
        assertThat(text("#home-greeting")).isEqualTo("Welcome to GutLog");
        assertThat(shown("#try-demo-button")).isTrue();
        assertThat(text("#storage-text")).contains(journal.toString(), "no network connections");
        assertThat(shown("#yesterday-prompt")).as("an empty journal is not asked about yesterday").isFalse();

        clickOn("#welcome-import-button");
        waitUntilVisible("#import-dialog");
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#import-dialog").tryQuery()).isEmpty();
    }

    @Test
    void startingAsksWhatToTrackAndTheFullFormShowsItsTourOnceAndAgainFromTheHelpMenu() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#welcome-pane");
        clickOn("#log-today-button");
        waitUntilVisible("#tracked-set-picker");
        assertThat(shown("#tour")).as("no tour over the choice of what to track").isFalse();
        clickOn("#mode-full-form");
        waitUntilVisible("#tour");

        assertThat(text("#tour-position")).isEqualTo("Step 1 of 4");
        assertThat(lookup("#date-picker").query().getStyleClass()).contains("tour-target");
        clickOn("#tour-next");
        assertThat(text("#tour-position")).isEqualTo("Step 2 of 4");
        assertThat(text("#tour-text")).contains("not logged");
        assertThat(lookup("#field-bloating").query().getStyleClass()).contains("tour-target");
        assertThat(lookup("#date-picker").query().getStyleClass()).doesNotContain("tour-target");
        clickOn("#tour-next").clickOn("#tour-next");
        assertThat(lookup("#tour-next").queryButton().getText()).isEqualTo("Done");
        assertThat(lookup("#save-button").query().getStyleClass()).contains("tour-target");
        clickOn("#tour-back");
        assertThat(text("#tour-position")).isEqualTo("Step 3 of 4");

        push(KeyCode.ESCAPE);
        waitUntilNotVisible("#tour");
        assertThat(new UiSettings(preferences).tourSeen()).isTrue();
        assertThat(lookup(".tour-target").tryQuery()).isEmpty();

        push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilVisible("#journal-page");
        assertThat(shown("#tour")).as("a tour taken once does not start by itself again").isFalse();

        clickMenu("Help", "Tour of the day form");
        waitUntilVisible("#tour");
        assertThat(text("#tour-position")).isEqualTo("Step 1 of 4");
        clickOn("#tour-skip");
        waitUntilNotVisible("#tour");
    }

    @Test
    void aMissingYesterdayIsOfferedAndOpensOnTheForm() throws Exception {
        Path journal = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(new DayEntry(today.minusDays(3), Map.of("bloating", 3.0), ""));
        }
        new UiSettings(preferences).tourSeen(true);
        start(journal);
        waitUntilVisible("#yesterday-prompt");
        assertThat(text("#yesterday-text")).contains(String.valueOf(today.minusDays(1).getDayOfMonth()));

        clickOn("#log-yesterday-button");
        waitUntilFormDate(today.minusDays(1));

        push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        waitUntilVisible("#yesterday-prompt");
        clickOn("#yesterday-not-now");
        waitUntilNotVisible("#yesterday-prompt");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        waitUntilVisible("#overview-pane");
        assertThat(shown("#yesterday-prompt")).as("not now holds for the rest of the day").isFalse();
    }

    @Test
    void aLoggedYesterdayBringsNoPrompt() throws Exception {
        Path journal = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(new DayEntry(today.minusDays(1), Map.of("bloating", 3.0), ""));
        }
        start(journal);
        waitUntilVisible("#overview-pane");
        assertThat(shown("#yesterday-prompt")).isFalse();
    }
}

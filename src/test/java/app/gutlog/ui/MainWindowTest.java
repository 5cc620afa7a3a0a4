package app.gutlog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.gutlog.ui.bootstrap.UiSettings;
import app.gutlog.ui.shared.TextSize;
import app.gutlog.ui.shared.Theme;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window, headless, over a journal in a temporary folder. */
class MainWindowTest extends AppUiTest {

    @Test
    void opensOnANewJournalWithTheWelcome() throws Exception {
        Path journal = temp.resolve("data/journal.db");
        start(journal);

        waitUntilVisible("#welcome-pane");

        Stage stage = (Stage) window("GutLog");
        assertThat(stage.getTitle()).isEqualTo("GutLog");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        assertThat(stage.getIcons()).hasSize(6).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
        assertThat(lookup("Your journal is empty").tryQuery()).isPresent();
        assertThat(lookup("#tracked-text").queryAs(Label.class).getText()).contains("Symptoms (15)");
        assertThat(lookup("#journal-path").queryAs(Label.class).getText()).isEqualTo(journal.toString());
        assertThat(lookup("#nav-home").tryQuery()).isPresent();
        assertThat(Files.exists(journal)).isTrue();
    }

    @Test
    void theStatusBarShowsWorkOnlyWhileItRuns() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#welcome-pane");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !lookup("#task-progress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#task-message").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void aboutShowsTheVersionAndTheLicence() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#welcome-pane");

        clickOn("Help").clickOn("About GutLog");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane about = lookup("#about-dialog").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).startsWith("GutLog ").matches("GutLog \\d+\\.\\d+\\.\\d+.*");
        assertThat(about.getContentText()).contains("Licence: MIT License");
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#about-dialog").tryQuery()).isEmpty();
    }

    @Test
    void theDarkThemeIsAppliedAndRemembered() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#welcome-pane");

        clickMenu("View", "Theme", "Dark");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(new UiSettings(preferences).theme()).isEqualTo(Theme.DARK);

        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(new UiSettings(preferences).theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aNewUserFollowsTheSystemsColourSchemeAsItChanges() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#welcome-pane");
        assertThat(new UiSettings(preferences).theme()).isEqualTo(Theme.SYSTEM);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());

        interact(() -> systemScheme.set(ColorScheme.DARK));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());

        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.L);
        interact(() -> systemScheme.set(ColorScheme.LIGHT));
        interact(() -> systemScheme.set(ColorScheme.DARK));
        assertThat(Application.getUserAgentStylesheet())
                .as("a chosen theme stays whatever the system does")
                .isEqualTo(new PrimerLight().getUserAgentStylesheet());

        clickMenu("View", "Theme", "Follow the system");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(new UiSettings(preferences).theme()).isEqualTo(Theme.SYSTEM);
    }

    @Test
    void theTextSizeScalesEveryWindowAndIsRemembered() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#welcome-pane");
        Label title = lookup("Welcome to GutLog").queryAs(Label.class);
        double normalTitle = title.getFont().getSize();
        double normalWidth = lookup("#log-today-button").query().getBoundsInLocal().getWidth();

        push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new UiSettings(preferences).textSize()).isEqualTo(TextSize.LARGEST);
        assertThat(title.getFont().getSize()).isCloseTo(normalTitle * 1.3, within(0.5));
        assertThat(lookup("#log-today-button").query().getBoundsInLocal().getWidth()).isGreaterThan(normalWidth * 1.2);

        clickOn("Help").clickOn("About GutLog");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = lookup("#about-dialog").queryAs(DialogPane.class);
        assertThat(((Label) about.lookup(".content")).getFont().getSize())
                .as("dialogs follow the text size too").isCloseTo(14 * 1.3, within(0.5));
        clickOn("OK");

        push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getFont().getSize()).isCloseTo(normalTitle, within(0.01));
        assertThat(new UiSettings(preferences).textSize()).isEqualTo(TextSize.NORMAL);
    }

    @Test
    void theWindowComesBackWhereItWasLeft() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#welcome-pane");
        Stage stage = (Stage) window("GutLog");
        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
        });

        push(KeyCode.SHORTCUT, KeyCode.Q);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());

        Stage reopened = FxToolkit.setupStage(fresh -> new UiSettings(preferences).restoreWindow(fresh));
        assertThat(reopened.getWidth()).isEqualTo(900);
        assertThat(reopened.getHeight()).isEqualTo(640);
        assertThat(reopened.getX()).isEqualTo(40);
        assertThat(reopened.getY()).isEqualTo(30);
    }

    @Test
    void aJournalThatCannotBeOpenedShowsWhyAndChangesNothing() throws Exception {
        Path journal = Files.writeString(temp.resolve("journal.db"), "my notes, not a database\n".repeat(100));
        byte[] before = Files.readAllBytes(journal);
        start(journal);

        waitUntilVisible("#failure-message");

        assertThat(lookup("#failure-message").queryAs(Label.class).getText()).contains("is not a GutLog journal");
        assertThat(lookup("#nav-home").query().isDisabled()).isTrue();
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }


    @Test
    void theShortcutSheetListsEveryMenuShortcutAndTheDayFormKeys() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#home-page");

        push(KeyCode.SHORTCUT, KeyCode.SLASH);
        waitUntilVisible("#shortcuts-dialog");

        String sheet = lookup("#shortcuts-dialog .label").queryAll().stream()
                .map(node -> ((Label) node).getText()).reduce("", (all, text) -> all + "\n" + text);
        assertThat(sheet).contains("Export CSV", "Import CSV", "Practitioner report", "Back up now", "Insights",
                "Trials", "Learn", "Keyboard shortcuts", "About GutLog", "Save the day", "Copy from yesterday");
        assertThat(sheet).contains("Ctrl+E", "Ctrl+5", "F1");
    }
}

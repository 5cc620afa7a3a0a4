package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DayEntry;
import app.gutlog.store.StoredDays;
import app.gutlog.ui.bootstrap.UiSettings;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Drives the real day form, headless, as a person would. */
class JournalViewTest extends JournalUi {

    private final LocalDate today = LocalDate.now();
    /** Opens the form with the tour taken, which would otherwise have the keyboard focus first. */
    private void openFormFocused() throws Exception {
        new UiSettings(preferences).tourSeen(true);
        start(journal);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilFocused("#field-bloating");
    }

    private TextField field(String key) {
        return lookup("#field-" + key).queryAs(Spinner.class).getEditor();
    }

    private void tab(int times) {
        for (int i = 0; i < times; i++) {
            type(KeyCode.TAB);
        }
    }

    private void typeAndTab(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                write(value);
            }
            type(KeyCode.TAB);
        }
    }

    private Optional<DayEntry> stored(LocalDate date) {
        return StoredDays.load(journal, date);
    }

    private void answer(String dialog, String button) {
        clickOn(lookup(dialog + " .button").match((javafx.scene.control.Button b) -> b.getText().equals(button))
                .queryButton());
    }

    @Test
    void aTypicalDayCanBeLoggedWithTheKeyboardAlone() throws Exception {
        openFormFocused();

        typeAndTab("5", "3", "2", "0", "4");          // bloating, gas, abdominal pain, diarrhea, constipation
        tab(18);                                         // the other symptoms, and the warning signs (No, Yes each)
        tab(1);                                          // past the Diet group's "why we ask" link
        typeAndTab("2", "1", "0", "1", "0", "1", "", "4"); // diet: sugar … vegetables (no bone broth)
        tab(1);                                          // each group starts with its link
        typeAndTab("6.5", "2");                          // sleep hours and quality
        tab(1);
        typeAndTab("7", "");                             // stress; no relaxation practice
        tab(1);
        write("2");                                      // alcohol
        type(KeyCode.TAB);
        write("1");                                      // NSAIDs
        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilStatus("Saved");

        assertThat(stored(today)).contains(new DayEntry(today, Map.ofEntries(
                Map.entry("bloating", 5.0), Map.entry("gas", 3.0), Map.entry("abdominal_pain", 2.0),
                Map.entry("diarrhea", 0.0), Map.entry("constipation", 4.0),
                Map.entry("sugar", 2.0), Map.entry("processed_food", 1.0), Map.entry("sweeteners", 0.0),
                Map.entry("gluten", 1.0), Map.entry("dairy", 0.0), Map.entry("fermented_food", 1.0),
                Map.entry("vegetables", 4.0), Map.entry("sleep_hours", 6.5), Map.entry("sleep_quality", 2.0),
                Map.entry("stress", 7.0), Map.entry("alcohol", 2.0), Map.entry("nsaid", 1.0)), null));
    }

    @Test
    void aSavedDayLooksTheSameAfterARestart() throws Exception {
        openFormFocused();
        write("6");
        focus("#field-notes");
        write("Slept at a friend's; \"spicy\" dinner");
        clickOn("#save-button");
        waitUntilStatus("Saved");
        stop();

        openFormFocused();

        assertThat(field("bloating").getText()).isEqualTo("6");
        assertThat(field("gas").getText()).isEmpty();
        assertThat(field("gas").getPromptText()).isEqualTo("not logged");
        assertThat(lookup("#field-notes").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("Slept at a friend's; \"spicy\" dinner");
        assertThat(lookup("#state-badge").queryAs(Label.class).getText()).isEqualTo("Saved");
    }

    @Test
    void aBadValueIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        openFormFocused();
        write("11");

        waitUntilVisible("#problem-bloating");
        assertThat(lookup("#problem-bloating").queryAs(Label.class).getText())
                .isEqualTo("Bloating: 11 is above 10 (allowed: 0–10)");
        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilStatus("Not saved");
        assertThat(stored(today)).isEmpty();

        focus("#field-sleep_hours");
        write("25");
        waitUntilVisible("#problem-sleep_hours");
        assertThat(lookup("#problem-sleep_hours").queryAs(Label.class).getText()).contains("allowed: 0–24 hours");
    }

    @Test
    void deletingAsksFirstAndCanBeUndone() throws Exception {
        DayEntry day = new DayEntry(today, Map.of("bloating", 4.0, "alcohol", 1.0), "keep me");
        store(day);
        openFormFocused();
        assertThat(field("bloating").getText()).isEqualTo("4");

        clickOn("#delete-button");
        waitUntilVisible("#delete-dialog");
        answer("#delete-dialog", "Delete");
        waitUntilStatus("Deleted");

        assertThat(stored(today)).isEmpty();
        assertThat(field("bloating").getText()).isEmpty();

        clickOn("#undo-link");
        waitUntilStatus("Restored");
        assertThat(stored(today)).contains(day);
        assertThat(field("bloating").getText()).isEqualTo("4");
    }

    @Test
    void copyFromYesterdayFillsTheFormButSavesNothing() throws Exception {
        store(new DayEntry(today.minusDays(1), Map.of("bloating", 3.0, "nsaid", 2.0), null));
        openFormFocused();

        push(KeyCode.SHORTCUT, KeyCode.Y);
        waitUntilStatus("Copied");

        assertThat(field("bloating").getText()).isEqualTo("3");
        assertThat(field("nsaid").getText()).isEqualTo("2");
        assertThat(lookup("#state-badge").queryAs(Label.class).getText()).isEqualTo("Unsaved changes");
        assertThat(stored(today)).isEmpty();
    }

    @Test
    void leavingADayWithUnsavedChangesAsksFirst() throws Exception {
        openFormFocused();
        write("7");

        push(KeyCode.ALT, KeyCode.LEFT);
        waitUntilVisible("#unsaved-dialog");
        answer("#unsaved-dialog", "Cancel");
        waitUntilGone("#unsaved-dialog");
        assertThat(field("bloating").getText()).isEqualTo("7");

        push(KeyCode.ALT, KeyCode.LEFT);
        waitUntilVisible("#unsaved-dialog");
        answer("#unsaved-dialog", "Don't save");
        waitUntilFormDate(today.minusDays(1));
        assertThat(field("bloating").getText()).isEmpty();
        assertThat(stored(today)).isEmpty();

        write("2");
        push(KeyCode.ALT, KeyCode.RIGHT);
        waitUntilVisible("#unsaved-dialog");
        answer("#unsaved-dialog", "Save");
        waitUntilFormDate(today);
        assertThat(stored(today.minusDays(1)).orElseThrow().values()).containsEntry("bloating", 2.0);
    }

    @Test
    void theArrowKeysStepWithinTheScale() throws Exception {
        openFormFocused();
        focus("#field-sleep_hours");

        type(KeyCode.UP);
        assertThat(field("sleep_hours").getText()).isEqualTo("0");
        write("7");
        type(KeyCode.UP, 2);
        assertThat(field("sleep_hours").getText()).isEqualTo("7.5");
        type(KeyCode.DOWN);
        assertThat(field("sleep_hours").getText()).isEqualTo("7.25");
    }

    @Test
    void closingTheWindowWithUnsavedChangesOffersToSaveThem() throws Exception {
        openFormFocused();
        write("9");
        javafx.stage.Stage stage = (javafx.stage.Stage) window("GutLog");

        push(KeyCode.SHORTCUT, KeyCode.Q);
        waitUntilVisible("#unsaved-dialog");
        answer("#unsaved-dialog", "Save");

        waitUntilSeen("the window closed", () -> stage.isShowing()
                ? "the window still open, #unsaved-dialog " + visibility("#unsaved-dialog") : "closed", "closed"::equals);
        assertThat(stored(today).orElseThrow().values()).containsEntry("bloating", 9.0);
    }
}

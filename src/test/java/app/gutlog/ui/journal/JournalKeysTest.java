package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DayEntry;
import app.gutlog.store.StoredDays;
import app.gutlog.ui.shared.KeyBindings;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The day form from the keyboard: the Bristol types, the Delete dialog's default, and Ctrl+Z. */
class JournalKeysTest extends JournalUi {

    private final LocalDate today = LocalDate.now();

    @Test
    void spaceOpensTheBristolTypesAndTypingANumberChoosesThatType() throws Exception {
        skipTour();
        openJournal();
        ComboBox<?> types = lookup("#field-stool_form").queryAs(ComboBox.class);
        focus("#field-stool_form");

        type(KeyCode.SPACE);
        waitUntilList(types, "open");
        type(KeyCode.SPACE);
        waitUntilList(types, "closed");

        type(KeyCode.DIGIT5);
        assertThat(types.getValue()).isEqualTo(5);
        type(KeyCode.DIGIT9);
        assertThat(types.getValue()).as("there is no type 9").isEqualTo(5);
        type(KeyCode.SPACE);
        waitUntilList(types, "open");
        type(KeyCode.DIGIT2);
        waitUntilList(types, "closed");
        assertThat(types.getValue()).isEqualTo(2);
        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilStatus("Saved");
        assertThat(StoredDays.load(journal, today).orElseThrow().values()).containsEntry("stool_form", 2.0);
    }

    /** Until the list of the Bristol types is "open" or "closed", or says which it is instead. */
    private void waitUntilList(ComboBox<?> types, String state) throws Exception {
        waitUntilSeen("the Bristol types' list " + state, () -> types.isShowing() ? "open" : "closed", state::equals);
    }

    @Test
    void theButtonsTooltipsNameTheirKeysFromTheRegistry() throws Exception {
        skipTour();
        openJournal();

        assertThat(lookup("#save-button").queryButton().getTooltip().getText())
                .isEqualTo("Save this day (" + KeyBindings.text(KeyBindings.SAVE) + ")");
        assertThat(lookup("#copy-button").queryButton().getTooltip().getText())
                .endsWith("(" + KeyBindings.text(KeyBindings.COPY_FROM_YESTERDAY) + ")");
    }

    @Test
    void deletingDefaultsToCancelAndCtrlZPutsTheDayBack() throws Exception {
        DayEntry day = new DayEntry(today, Map.of("bloating", 4.0), "keep me");
        store(day);
        skipTour();
        openJournal();

        clickOn("#delete-button");
        waitUntilVisible("#delete-dialog");
        DialogPane dialog = lookup("#delete-dialog").queryAs(DialogPane.class);
        assertThat(((Button) dialog.lookupButton(ButtonType.CANCEL)).isDefaultButton()).isTrue();
        assertThat(((Button) dialog.lookupButton(ButtonType.OK)).isDefaultButton()).isFalse();
        type(KeyCode.ENTER);
        waitUntilGone("#delete-dialog");
        assertThat(StoredDays.load(journal, today)).as("Enter cancels").contains(day);

        clickOn("#delete-button");
        waitUntilVisible("#delete-dialog");
        clickOn(((Button) lookup("#delete-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK)));
        waitUntilStatus("Deleted");
        assertThat(StoredDays.load(journal, today)).isEmpty();

        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntilStatus("Restored");
        assertThat(StoredDays.load(journal, today)).contains(day);
        assertThat(input("bloating")).isEqualTo("4");
    }

    @Test
    void ctrlZBringsTheFieldsOfASavedDayBackToTheValuesSaved() throws Exception {
        store(new DayEntry(today, Map.of("bloating", 4.0), null));
        skipTour();
        openJournal();
        focus("#field-gas");
        write("6");
        interact(() -> spinner("bloating").getEditor().setText("9"));
        waitUntilBadge("Unsaved changes");

        push(KeyCode.SHORTCUT, KeyCode.Z);

        waitUntilBadge("Saved");
        assertThat(input("bloating")).isEqualTo("4");
        assertThat(input("gas")).isEmpty();
        assertThat(status()).startsWith("Your edits are undone");
    }
}

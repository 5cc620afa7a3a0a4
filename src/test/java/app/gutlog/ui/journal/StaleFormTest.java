package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.store.StoredDays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The day form open while an import or a restore changes its day: a form with no edits shows the new day at once, a
 * form with edits asks, and Save never puts the old day back.
 */
class StaleFormTest extends JournalUi {

    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void journalWithToday() {
        try (AppServices services = AppServices.open(journal)) {
            services.days().save(new DayEntry(today, Map.of("bloating", 2.0), "as typed"));
        }
    }

    private void openToday() throws Exception {
        start(journal);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilInput("bloating", "2");
    }

    private Button button(String dialogId, String text) {
        DialogPane pane = lookup("#" + dialogId).queryAs(DialogPane.class);
        return pane.getButtonTypes().stream().filter(type -> type.getText().equals(text))
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
    }

    /** Imports a file that overwrites today with bloating 7 and the note "imported", through File > Import CSV. */
    private void importOverToday() throws Exception {
        Path csv = Files.writeString(temp.resolve("changes.csv"), "date,bloating,notes\n" + today + ",7,imported\n");
        push(KeyCode.SHORTCUT, KeyCode.O);
        waitUntilVisible("#import-dialog");
        TextField file = lookup("#import-file").queryAs(TextField.class);
        interact(() -> file.setText(csv.toString()));
        clickOn("#import-overwrite");
        waitUntilSeen("the Import button enabled", () -> button("import-dialog", "Import").isDisabled()
                ? "disabled, the preview reading: " + lookup("#import-preview").queryAs(TextArea.class).getText()
                : "enabled", "enabled"::equals);
        clickOn(button("import-dialog", "Import"));
        waitUntilVisible("#import-done");
        clickOn(lookup("#import-done").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
    }

    private void fireMenuItem(String id) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow();
        interact(item::fire);
    }

    private DayEntry stored() {
        return StoredDays.load(journal, today).orElseThrow();
    }

    @Test
    void anImportShowsInAFormWithNoEditsAndSavingKeepsIt() throws Exception {
        openToday();

        importOverToday();

        waitUntilInput("bloating", "7");
        assertThat(badge()).isEqualTo("Saved");
        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilTextStartsWith("#journal-status", "Saved");
        stop();
        assertThat(stored()).isEqualTo(new DayEntry(today, Map.of("bloating", 7.0), "imported"));
    }

    @Test
    void anImportOverAFormWithEditsAsksAndSaveNeverRevertsIt() throws Exception {
        openToday();
        interact(() -> lookup("#field-gas").queryAs(Spinner.class).getEditor().setText("4"));
        waitUntilBadge("Unsaved changes");

        importOverToday();

        waitUntilVisible("#changed-in-journal");
        assertThat(input("gas")).isEqualTo("4");
        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilTextStartsWith("#journal-status", "Not saved");
        assertThat(stored()).isEqualTo(new DayEntry(today, Map.of("bloating", 7.0), "imported"));

        clickOn("#load-saved-day");
        waitUntilSeen("#field-bloating to show \"7\" and #field-gas \"\"",
                () -> "bloating \"" + input("bloating") + "\", gas \"" + input("gas") + "\"",
                "bloating \"7\", gas \"\""::equals);
        assertThat(lookup("#changed-in-journal").query().isVisible()).isFalse();
        assertThat(badge()).isEqualTo("Saved");
    }

    @Test
    void keepingTheEditsSavesThemOverTheImportedDay() throws Exception {
        openToday();
        interact(() -> lookup("#field-gas").queryAs(Spinner.class).getEditor().setText("4"));
        waitUntilBadge("Unsaved changes");
        importOverToday();
        waitUntilVisible("#changed-in-journal");

        clickOn("#keep-my-edits");
        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilTextStartsWith("#journal-status", "Saved");

        stop();
        assertThat(stored()).isEqualTo(new DayEntry(today, Map.of("bloating", 2.0, "gas", 4.0), "as typed"));
    }

    @Test
    void aRestoreShowsTheRestoredDayAndSavingKeepsIt() throws Exception {
        openToday();
        push(KeyCode.SHORTCUT, KeyCode.B);
        waitUntilVisible("#backup-done");
        clickOn(lookup("#backup-done").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        interact(() -> lookup("#field-bloating").queryAs(Spinner.class).getEditor().setText("9"));
        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilTextStartsWith("#journal-status", "Saved");
        assertThat(stored().values()).isEqualTo(Map.of("bloating", 9.0));

        fireMenuItem("menu-restore");
        waitUntilVisible("#restore-dialog");
        clickOn(lookup("#restore-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        waitUntilVisible("#restore-confirm");
        clickOn(lookup("#restore-confirm").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        waitUntilVisible("#restore-done");
        clickOn(lookup("#restore-done").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilInput("bloating", "2");

        push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntilTextStartsWith("#journal-status", "Saved");
        stop();
        assertThat(stored()).isEqualTo(new DayEntry(today, Map.of("bloating", 2.0), "as typed"));
    }

    @Test
    void aRestoreAsksAboutUnsavedEditsFirst() throws Exception {
        openToday();
        push(KeyCode.SHORTCUT, KeyCode.B);
        waitUntilVisible("#backup-done");
        clickOn(lookup("#backup-done").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        interact(() -> lookup("#field-gas").queryAs(Spinner.class).getEditor().setText("4"));
        waitUntilBadge("Unsaved changes");

        fireMenuItem("menu-restore");
        waitUntilVisible("#restore-dialog");
        clickOn(lookup("#restore-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        waitUntilVisible("#restore-confirm");
        clickOn(lookup("#restore-confirm").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        waitUntilVisible("#unsaved-dialog");
        clickOn(button("unsaved-dialog", "Cancel"));
        assertThat(input("gas")).isEqualTo("4");
        assertThat(stored().values()).isEqualTo(Map.of("bloating", 2.0));
    }
}

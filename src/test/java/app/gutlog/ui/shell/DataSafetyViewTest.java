package app.gutlog.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.DayEntry;
import app.gutlog.store.StoredDays;
import app.gutlog.ui.AppUiTest;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Drives backing up, restoring, deleting everything and the damaged-journal rescue in the real window. */
class DataSafetyViewTest extends AppUiTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private Path journal() {
        Path file = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(file)) {
            services.days().save(new DayEntry(DAY, Map.of("gas", 2.0), "before"));
        }
        return file;
    }

    private Button button(String dialogId, ButtonType type) {
        return (Button) lookup("#" + dialogId).queryAs(DialogPane.class).lookupButton(type);
    }

    private long backups() throws Exception {
        try (Stream<Path> files = Files.list(temp.resolve("backups"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("journal.manual-")).count();
        }
    }

    @Test
    void backingUpThenRestoringBringsTheJournalBack() throws Exception {
        Path journal = journal();
        start(journal);
        waitUntilVisible("#home-page");

        push(KeyCode.SHORTCUT, KeyCode.B);
        waitUntilVisible("#backup-done");
        assertThat(backups()).isEqualTo(1);
        clickOn(button("backup-done", ButtonType.OK));

        push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        waitUntilVisible("#settings-restore");
        clickOn("#settings-restore");
        waitUntilVisible("#restore-dialog");
        clickOn(button("restore-dialog", ButtonType.OK));
        waitUntilVisible("#restore-confirm");
        clickOn(button("restore-confirm", ButtonType.OK));
        waitUntilVisible("#restore-done");

        assertThat(lookup("#restore-done").queryAs(DialogPane.class).getContentText())
                .contains("The journal as it was is kept in");
        waitUntilVisible("#home-page");
        assertThat(StoredDays.load(journal, DAY).orElseThrow().notes()).isEqualTo("before");
    }

    @Test
    void deletingEverythingNeedsTheWordDeleteAndStartsAnEmptyJournal() throws Exception {
        Path journal = journal();
        start(journal);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        waitUntilVisible("#settings-delete-all");

        clickOn("#settings-delete-all");
        waitUntilVisible("#delete-all-dialog");
        Button delete = button("delete-all-dialog", ButtonType.OK);
        TextField confirmation = lookup("#delete-all-dialog .text-field").queryAs(TextField.class);
        clickOn(confirmation).write("delete");
        waitUntilTextIs("#delete-all-dialog .text-field", "delete");
        assertThat(delete.isDisabled()).isTrue();
        eraseText(6).write("DELETE");
        waitUntilTextIs("#delete-all-dialog .text-field", "DELETE");
        assertThat(delete.isDisabled()).isFalse();
        clickOn(delete);
        waitUntilVisible("#delete-all-done");

        assertThat(temp.resolve("backups")).doesNotExist();
        waitUntilVisible("#welcome-pane");
        assertThat(StoredDays.count(journal)).isZero();
    }

    @Test
    void aDamagedJournalOffersTheNewestGoodBackupAndIsKeptAside() throws Exception {
        Path journal = damagedJournalWithABackup(temp.resolve("journal.db"), 400);
        start(journal);
        waitUntilVisible("#restore-good-backup");
        waitUntilFocused("#restore-good-backup");
        assertThat(lookup("#failure-message").queryLabeled().getText()).contains("is damaged");

        clickOn("#restore-good-backup");
        waitUntilVisible("#restore-done");

        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(file -> file.getFileName().toString())).anyMatch(name -> name.startsWith("journal.db.damaged-"));
        }
        waitUntilVisible("#home-page");
        assertThat(StoredDays.count(journal)).isPositive();
    }

    @Test
    void aFailedDailyBackupIsShownInTheStatusBar() throws Exception {
        Path journal = journal();
        Files.writeString(temp.resolve("backups"), "a file where the backups folder should be");

        start(journal);
        waitUntilVisible("#backup-warning");

        assertThat(lookup("#backup-warning").queryLabeled().getText()).startsWith("Today's automatic backup failed");
    }

    @Test
    void aDamagedHeaderIsTreatedAsDamageAndABackupCanBeChosenFromTheFailureScreen() throws Exception {
        Path journal = journal();
        try (AppServices services = AppServices.open(journal)) {
            services.backups().backUpNow();
        }
        try (RandomAccessFile raw = new RandomAccessFile(journal.toFile(), "rw")) {
            raw.write("this header is not SQLite's".getBytes());
        }
        start(journal);
        waitUntilVisible("#restore-good-backup");
        for (String button : new String[] {"#restore-good-backup", "#failure-restore", "#failure-retry"}) {
            assertThat(lookup(button).queryButton().isTextTruncated()).as(button).isFalse();
        }

        clickOn("#failure-restore");
        waitUntilVisible("#restore-dialog");
        clickOn(button("restore-dialog", ButtonType.OK));
        waitUntilVisible("#restore-confirm");
        clickOn(button("restore-confirm", ButtonType.OK));
        waitUntilVisible("#restore-done");

        waitUntilVisible("#home-page");
        assertThat(StoredDays.load(journal, DAY).orElseThrow().notes()).isEqualTo("before");
    }
}

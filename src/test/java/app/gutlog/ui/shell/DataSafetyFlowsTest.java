package app.gutlog.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppInfo;
import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.domain.DayEntry;
import app.gutlog.ui.exchange.ScriptedDialogs;
import app.gutlog.ui.shell.ShellViewModel.State;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives backing up, restoring and deleting everything without a toolkit, with the person's answers scripted. */
class DataSafetyFlowsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String BY_HAND = "Backed up by hand";

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellViewModel model;
    private int pagesLeft;

    @AfterEach
    void closeJournal() {
        if (model != null) {
            model.close();
        }
    }

    /** A journal whose day read "before" when it was backed up by hand, and "after" since. */
    private Path journalBackedUpByHand() {
        Path file = temp.resolve("journal.db");
        try (AppServices services = AppServices.open(file)) {
            services.days().save(new DayEntry(DAY, Map.of("gas", 2.0), "before"));
            services.backups().backUpNow();
            services.days().save(new DayEntry(DAY, Map.of("gas", 3.0), "after"));
        }
        return file;
    }

    private DataSafetyFlows flowsOn(Path journal) {
        model = new ShellViewModel(new ImmediateTaskRunner(), () -> AppServices.open(journal), journal,
                new AppInfo("GutLog", "1.2.3", "MIT License"));
        model.open();
        return new DataSafetyFlows(model, new ImmediateTaskRunner(), dialogs, proceed -> {
            pagesLeft++;
            proceed.run();
        });
    }

    private String notes() {
        return model.services().get().days().load(DAY).orElseThrow().notes();
    }

    @Test
    void aRestoreIsNotStartedWhenTheConfirmationIsDeclined() {
        DataSafetyFlows flows = flowsOn(journalBackedUpByHand());
        AppServices open = model.services().get();
        dialogs.pick("restore-dialog", BY_HAND).answer("restore-confirm", false);

        flows.restoreFromBackup();

        assertThat(dialogs.shown()).containsExactly("restore-dialog", "restore-confirm");
        assertThat(pagesLeft).isZero();
        assertThat(model.services().get()).isSameAs(open);
        assertThat(notes()).isEqualTo("after");
    }

    @Test
    void cancellingTheChoiceOfBackupAsksNothingMore() {
        DataSafetyFlows flows = flowsOn(journalBackedUpByHand());

        flows.restoreFromBackup();

        assertThat(dialogs.shown()).containsExactly("restore-dialog");
        assertThat(notes()).isEqualTo("after");
    }

    @Test
    void aConfirmedRestoreLeavesThePageFirstAndBringsTheBackupBack() {
        DataSafetyFlows flows = flowsOn(journalBackedUpByHand());
        dialogs.pick("restore-dialog", BY_HAND).answer("restore-confirm", true);

        flows.restoreFromBackup();

        assertThat(pagesLeft).isOne();
        assertThat(model.state().get()).isEqualTo(State.READY);
        assertThat(notes()).isEqualTo("before");
        assertThat(dialogs.told("restore-done").orElseThrow().text())
                .startsWith("Restored journal.manual-").contains("The journal as it was is kept in");
    }

    @Test
    void withoutBackupsThereIsNothingToChoose() {
        DataSafetyFlows flows = flowsOn(temp.resolve("journal.db"));

        flows.restoreFromBackup();

        assertThat(dialogs.shown()).containsExactly("no-backups");
    }

    @Test
    void deletingEverythingNeedsTheTypedWord() {
        Path journal = journalBackedUpByHand();
        DataSafetyFlows flows = flowsOn(journal);

        dialogs.type("delete-all-dialog", "delete");
        flows.deleteAllData();

        assertThat(dialogs.acceptable("delete-all-dialog")).rejects("delete", "").accepts("DELETE");
        assertThat(pagesLeft).isZero();
        assertThat(notes()).isEqualTo("after");
        assertThat(temp.resolve("backups")).exists();

        dialogs.type("delete-all-dialog", "DELETE");
        flows.deleteAllData();

        assertThat(pagesLeft).isOne();
        assertThat(dialogs.told("delete-all-done")).isPresent();
        assertThat(model.services().get().days().summary().isEmpty()).isTrue();
        assertThat(temp.resolve("backups")).doesNotExist();
    }

    @Test
    void backingUpSaysWhereTheBackupIs() {
        DataSafetyFlows flows = flowsOn(temp.resolve("journal.db"));

        flows.backUpNow();

        assertThat(dialogs.told("backup-done").orElseThrow().text()).contains("journal.manual-");
    }
}

package app.gutlog.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppInfo;
import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.ui.shell.ShellViewModel.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path temp;

    private final AppInfo info = new AppInfo("GutLog", "1.2.3", "MIT License");

    private ShellViewModel model(Path file) {
        return new ShellViewModel(new ImmediateTaskRunner(), () -> AppServices.open(file), file, info);
    }

    @Test
    void startsOpeningAndBecomesReadyWithTheJournal() {
        Path file = temp.resolve("journal.db");
        ShellViewModel model = model(file);
        assertThat(model.state().get()).isEqualTo(State.OPENING);

        model.open();

        assertThat(model.state().get()).isEqualTo(State.READY);
        assertThat(model.services().get().databaseFile()).isEqualTo(file);
        model.close();
        assertThat(model.services().get()).isNull();
    }

    @Test
    void aJournalThatCannotBeOpenedFailsWithTheReason() throws IOException {
        Path file = Files.writeString(temp.resolve("journal.db"), "not a database ".repeat(100));
        ShellViewModel model = model(file);

        model.open();

        assertThat(model.state().get()).isEqualTo(State.FAILED);
        assertThat(model.failure().get()).contains("is not a GutLog journal");
        assertThat(model.services().get()).isNull();
    }

    @Test
    void aJournalThatArrivesAfterCloseIsClosedAtOnce() {
        Path file = temp.resolve("journal.db");
        ShellViewModel model = model(file);
        model.close();

        model.open();

        assertThat(model.services().get()).isNull();
        assertThat(model.state().get()).isEqualTo(State.OPENING);
    }

    @Test
    void theAboutBoxShowsVersionLicenceAndWhereTheJournalIs() {
        ShellViewModel model = model(temp.resolve("journal.db"));
        assertThat(model.aboutTitle()).isEqualTo("GutLog 1.2.3");
        assertThat(model.aboutText()).contains("Licence: MIT License", temp.resolve("journal.db").toString(),
                "no network connections");
    }
}

package app.gutlog.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's dry run and what it says once done, without a toolkit. */
class ImportViewModelTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final KeptFolder folder = new KeptFolder();
    private final List<String> events = new ArrayList<>();
    private AppServices services;
    private ImportViewModel model;

    @BeforeEach
    void openJournal() {
        services = AppServices.open(temp.resolve("journal.db"));
        model = new ImportViewModel(services.imports(), new ImmediateTaskRunner(), dialogs, folder.files());
    }

    @AfterEach
    void closeJournal() {
        services.close();
    }

    @Test
    void theDialogClosesBeforeTheImportIsReported() throws Exception {
        model.file().set(Files.writeString(temp.resolve("good.csv"), "date,bloating\n2026-03-02,6\n").toString());
        assertThat(model.canImport().get()).isTrue();

        model.importNow(() -> events.add("closed:" + dialogs.shown()));

        assertThat(events).containsExactly("closed:[]");
        assertThat(dialogs.told("import-done").orElseThrow().text())
                .endsWith("1 new day, 0 changed, 0 unchanged, 0 skipped.");
        assertThat(model.startFolder()).as("the next file is offered where this one came from").isEqualTo(temp);
    }

    @Test
    void aFailedImportIsSaidInThePreviewAndTheDialogStays() throws Exception {
        Path good = Files.writeString(temp.resolve("good.csv"), "date,bloating\n2026-03-02,6\n");
        model.file().set(good.toString());
        Files.writeString(good, "date,bloating\n2026-03-02,12\n");

        model.importNow(() -> events.add("closed"));

        assertThat(events).isEmpty();
        assertThat(dialogs.shown()).isEmpty();
        assertThat(model.preview().get()).contains("12 is above 10");
    }
}

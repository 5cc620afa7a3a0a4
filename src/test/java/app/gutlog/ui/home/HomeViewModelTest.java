package app.gutlog.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeViewModelTest {

    @TempDir
    Path temp;

    @Test
    void aNewJournalShowsTheWelcomeAndWhatGutLogAsksAbout() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            HomeViewModel model = new HomeViewModel(services.days(), services.catalog(), new ImmediateTaskRunner(),
                    services.databaseFile());
            assertThat(model.journalEmpty().get()).isFalse();

            model.refresh();

            assertThat(model.journalEmpty().get()).isTrue();
            assertThat(model.hasEntries().get()).isFalse();
            assertThat(model.tracked().get()).startsWith("Symptoms (15), Diet (8), Sleep (2), Stress (2)");
            assertThat(model.storageText()).contains(services.databaseFile().toString());
            assertThat(model.loadError().get()).isEmpty();
        }
    }
}

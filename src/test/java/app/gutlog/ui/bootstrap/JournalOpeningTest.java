package app.gutlog.ui.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.app.AppServices;
import app.gutlog.domain.JournalException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal opened while JavaFX starts: handed once to its window, opened anew after that. */
class JournalOpeningTest {

    @TempDir
    Path temp;

    @Test
    void theWindowGetsTheJournalOpenedEarlyThenOpensItAnew() throws Exception {
        Path journal = temp.resolve("journal.db");
        JournalOpening.start(journal);
        Callable<AppServices> opening = JournalOpening.of(journal);

        AppServices first = opening.call();
        assertThat(first.databaseFile()).isEqualTo(journal.toAbsolutePath());
        first.close();
        try (AppServices again = opening.call()) {
            assertThat(again).isNotSameAs(first);
            assertThat(again.databaseFile()).isEqualTo(journal.toAbsolutePath());
        }
    }

    @Test
    void anotherFileIsOpenedOnlyWhenAsked() throws Exception {
        Path journal = temp.resolve("journal.db");
        Path demo = temp.resolve("demo-journal.db");
        JournalOpening.start(journal);

        try (AppServices other = JournalOpening.of(demo).call()) {
            assertThat(other.databaseFile()).isEqualTo(demo.toAbsolutePath());
        }
        try (AppServices early = JournalOpening.of(journal).call()) {
            assertThat(early.databaseFile()).isEqualTo(journal.toAbsolutePath());
        }
    }

    @Test
    void aJournalThatCannotBeOpenedFailsWithItsOwnMessage() throws Exception {
        Path notes = Files.writeString(temp.resolve("journal.db"), "my notes, not a database\n".repeat(100));
        JournalOpening.start(notes);

        assertThatThrownBy(() -> JournalOpening.of(notes).call())
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("is not a GutLog journal");
    }
}

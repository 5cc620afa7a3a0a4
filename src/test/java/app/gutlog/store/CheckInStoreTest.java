package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.JournalException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check-in's chosen measures live in the journal file, in the order chosen, and a bad key changes nothing. */
class CheckInStoreTest {

    @TempDir
    Path temp;

    @Test
    void aNewJournalHasNoCheckInUntilOneIsChosenAndKeepsTheChosenOrderAcrossOpenings() {
        Path journal = temp.resolve("journal.db");
        try (Database database = Journals.open(journal)) {
            MeasureRepository measures = new MeasureRepository(database);
            assertThat(measures.checkInKeys()).isEmpty();
            measures.setCheckIn(List.of("stress", "bloating", "alcohol"));
        }
        try (Database database = Journals.open(journal)) {
            assertThat(new MeasureRepository(database).checkInKeys()).containsExactly("stress", "bloating", "alcohol");
        }
    }

    @Test
    void choosingAgainReplacesTheWholeList() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            MeasureRepository measures = new MeasureRepository(database);
            measures.setCheckIn(List.of("stress", "bloating", "alcohol"));
            measures.setCheckIn(List.of("gas", "stress"));
            assertThat(measures.checkInKeys()).containsExactly("gas", "stress");
        }
    }

    @Test
    void anUnknownKeyIsRefusedByNameAndTheEarlierChoiceStays() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            MeasureRepository measures = new MeasureRepository(database);
            measures.setCheckIn(List.of("bloating"));
            assertThatThrownBy(() -> measures.setCheckIn(List.of("gas", "no_such_measure")))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("no_such_measure");
            assertThat(measures.checkInKeys()).containsExactly("bloating");
        }
    }

    @Test
    void anArchivedMeasureLeavesTheCheckInButComesBackWhenRestored() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            MeasureRepository measures = new MeasureRepository(database);
            measures.setCheckIn(List.of("bloating", "gas", "stress"));
            measures.setArchived("gas", true);
            assertThat(measures.checkInKeys()).containsExactly("bloating", "stress");
            measures.setArchived("gas", false);
            assertThat(measures.checkInKeys()).containsExactly("bloating", "gas", "stress");
        }
    }
}

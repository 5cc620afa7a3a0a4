package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.JournalException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DayRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path temp;

    private Database database;
    private DayRepository days;

    @BeforeEach
    void open() {
        database = Journals.open(temp.resolve("journal.db"));
        days = new DayRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSavedDayComesBackExactlyAfterReopening() {
        DayEntry entry = new DayEntry(DAY, Map.of("bloating", 4.0, "sleep_hours", 6.75, "alcohol", 0.0),
                "Pizza, \"extra\" cheese;\nslept badly 😴 =SUM(A1)");
        days.save(entry);
        database.close();

        database = Journals.open(temp.resolve("journal.db"));
        days = new DayRepository(database);
        assertThat(days.find(DAY)).contains(entry);
    }

    @Test
    void aNoteSearchFindsTheDaysWithEveryWordInAnyCaseNewestFirst() {
        days.save(new DayEntry(DAY, Map.of("bloating", 4.0), "Pizza with Extra cheese"));
        days.save(new DayEntry(DAY.plusDays(1), Map.of(), "cheese on toast"));
        days.save(new DayEntry(DAY.plusDays(2), Map.of("gas", 2.0), "ÜBEL nach Käse"));
        days.save(new DayEntry(DAY.plusDays(3), Map.of("gas", 1.0), null));

        assertThat(days.findByNoteWords(java.util.List.of("CHEESE"), 10)).extracting(DayEntry::date)
                .containsExactly(DAY.plusDays(1), DAY);
        assertThat(days.findByNoteWords(java.util.List.of("cheese", "pizza"), 10))
                .containsExactly(new DayEntry(DAY, Map.of("bloating", 4.0), "Pizza with Extra cheese"));
        assertThat(days.findByNoteWords(java.util.List.of("übel", "käse"), 10)).extracting(DayEntry::date)
                .containsExactly(DAY.plusDays(2));
        assertThat(days.findByNoteWords(java.util.List.of("cheese"), 1)).extracting(DayEntry::date)
                .containsExactly(DAY.plusDays(1));
        assertThat(days.findByNoteWords(java.util.List.of("%"), 10)).isEmpty();
        assertThat(days.findByNoteWords(java.util.List.of(), 10)).isEmpty();
    }

    @Test
    void theRevisionCountsCommittedSavesOnly() {
        long opened = database.revision();
        days.find(DAY);
        days.summary();
        assertThat(database.revision()).as("reads change nothing").isEqualTo(opened);

        days.save(new DayEntry(DAY, Map.of("bloating", 4.0), ""));
        days.delete(DAY);
        assertThat(database.revision()).isEqualTo(opened + 2);

        assertThatThrownBy(() -> days.save(new DayEntry(DAY, Map.of("no_such_measure", 1.0), "")))
                .isInstanceOf(JournalException.class);
        assertThat(database.revision()).as("a save that was rolled back").isEqualTo(opened + 2);
    }

    @Test
    void anUnloggedMeasureIsAbsentNotZero() {
        days.save(new DayEntry(DAY, Map.of("alcohol", 0.0), null));

        DayEntry loaded = days.find(DAY).orElseThrow();
        assertThat(loaded.isLogged("alcohol")).isTrue();
        assertThat(loaded.values()).containsEntry("alcohol", 0.0).doesNotContainKey("bloating");
        assertThat(countRows("SELECT count(*) FROM day_value")).isEqualTo(1);
    }

    @Test
    void savingAgainReplacesTheWholeDay() {
        days.save(new DayEntry(DAY, Map.of("bloating", 4.0, "gas", 2.0), "first"));
        days.save(new DayEntry(DAY, Map.of("gas", 3.0), null));

        assertThat(days.find(DAY)).contains(new DayEntry(DAY, Map.of("gas", 3.0), null));
    }

    @Test
    void aDayWithAnUnknownMeasureIsNotSavedAtAllAndTheOldOneStays() {
        DayEntry before = new DayEntry(DAY, Map.of("bloating", 4.0), "kept");
        days.save(before);

        assertThatThrownBy(() -> days.save(new DayEntry(DAY, Map.of("bloating", 9.0, "no_such_measure", 1.0), "new")))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("no_such_measure");
        assertThat(days.find(DAY)).contains(before);
    }

    @Test
    void deletingADayRemovesItsValues() {
        days.save(new DayEntry(DAY, Map.of("bloating", 4.0), null));

        assertThat(days.delete(DAY)).isTrue();
        assertThat(days.delete(DAY)).isFalse();
        assertThat(days.find(DAY)).isEmpty();
        assertThat(countRows("SELECT count(*) FROM day_value")).isZero();
    }

    @Test
    void findsTheDaysOfARangeInOrder() {
        days.save(new DayEntry(DAY.plusDays(2), Map.of("gas", 1.0), null));
        days.save(new DayEntry(DAY, Map.of(), "only a note"));
        days.save(new DayEntry(DAY.plusDays(40), Map.of("gas", 1.0), null));

        assertThat(days.findBetween(DAY, DAY.plusDays(30)))
                .extracting(DayEntry::date)
                .containsExactly(DAY, DAY.plusDays(2));
        assertThat(days.summary().daysLogged()).isEqualTo(3);
        assertThat(days.summary().firstDay()).isEqualTo(DAY);
        assertThat(days.summary().lastDay()).isEqualTo(DAY.plusDays(40));
    }

    private int countRows(String sql) {
        return database.read(c -> {
            try (var statement = c.createStatement();
                    var rows = statement.executeQuery(sql)) {
                return rows.getInt(1);
            }
        });
    }
}

package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trials saved, changed and deleted in a real journal file, and read back after it is opened again. */
class TrialRepositoryTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    /** Late in the evening of 10 May at UTC+10, which is still 10 May there but already 10 May 14:00 UTC. */
    private static final OffsetDateTime SET_UP = OffsetDateTime.of(2026, 5, 10, 23, 30, 0, 0, ZoneOffset.ofHours(10));

    @TempDir
    Path temp;

    private Path journal;

    @BeforeEach
    void name() {
        journal = temp.resolve("journal.db");
    }

    private static Trial glutenFree() {
        return new Trial(0, "Gluten-free", Trial.Protocol.GLUTEN_FREE, START.minusDays(14), START,
                START.plusDays(27), null, Outcome.BURDEN, List.of("gluten", "dairy"), List.of("probiotic"));
    }

    private static int count(Database database, String table) {
        return database.read(c -> {
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Test
    void aNewTrialKeepsTheDayItWasSetUpOnThePersonsOwnCalendar() {
        Trial saved;
        try (Database database = Journals.open(journal)) {
            saved = new TrialRepository(database).add(glutenFree(), SET_UP);
        }
        try (Database database = Journals.open(journal)) {
            Trial read = new TrialRepository(database).findAll().getFirst();
            assertThat(read).isEqualTo(saved);
            assertThat(read.setUpOn()).isEqualTo(LocalDate.of(2026, 5, 10));
            assertThat(read.setUpAfterTheEnd()).isTrue();
        }
    }

    @Test
    void anEditReplacesTheFieldsAndMeasuresButKeepsTheSetUpDay() {
        long id;
        try (Database database = Journals.open(journal)) {
            id = new TrialRepository(database).add(glutenFree(), SET_UP).id();
        }
        Trial changed = new Trial(id, "Dairy-free", Trial.Protocol.CUSTOM, START.minusDays(7), START.plusDays(1),
                START.plusDays(20), START.plusDays(30), new Outcome.Symptom("bloating"), List.of("dairy"), List.of());
        try (Database database = Journals.open(journal)) {
            assertThat(new TrialRepository(database).update(changed)).isTrue();
        }
        try (Database database = Journals.open(journal)) {
            assertThat(new TrialRepository(database).findAll())
                    .containsExactly(changed.withSetUpOn(LocalDate.of(2026, 5, 10)));
            assertThat(count(database, "trial_measure")).isEqualTo(1);
        }
    }

    @Test
    void deletingATrialRemovesItAndItsMeasuresAndNoLoggedDay() {
        DayEntry day = new DayEntry(START.plusDays(2), Map.of("gluten", 0.0, "bloating", 3.0), "fine");
        try (Database database = Journals.open(journal)) {
            TrialRepository trials = new TrialRepository(database);
            long id = trials.add(glutenFree(), SET_UP).id();
            Trial other = trials.add(glutenFree(), SET_UP);
            new DayRepository(database).save(day);

            assertThat(trials.delete(id)).isTrue();
            assertThat(trials.findAll()).containsExactly(other);
            assertThat(count(database, "trial_measure")).isEqualTo(3);
            assertThat(new DayRepository(database).find(day.date())).contains(day);
        }
    }

    @Test
    void aTrialThatIsNotThereIsNeitherChangedNorDeleted() {
        try (Database database = Journals.open(journal)) {
            TrialRepository trials = new TrialRepository(database);
            Trial saved = trials.add(glutenFree(), SET_UP);

            assertThat(trials.update(glutenFree().withId(saved.id() + 1))).isFalse();
            assertThat(trials.delete(saved.id() + 1)).isFalse();
            assertThat(trials.findAll()).containsExactly(saved);
            assertThat(count(database, "trial_measure")).isEqualTo(3);
        }
    }

    @Test
    void aTrialSavedBeforeTheOffsetWasKeptReadsItsDayInUtc() {
        try (Database database = Journals.open(journal)) {
            database.write(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.executeUpdate("""
                            INSERT INTO trial (name, protocol, baseline_from, start_day, end_day, outcome, created_at)
                            VALUES ('Old', 'sleep', '2026-01-01', '2026-02-01', '2026-02-28', 'burden',
                                    '2026-01-31T23:59:58.123456Z')""");
                }
                return null;
            });
            assertThat(new TrialRepository(database).findAll().getFirst().setUpOn()).isEqualTo(LocalDate.of(2026, 1, 31));
        }
    }
}

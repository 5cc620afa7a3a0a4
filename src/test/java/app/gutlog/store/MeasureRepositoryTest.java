package app.gutlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.DayEntry;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureRepositoryTest {

    @TempDir
    Path temp;

    private static final Measure COFFEE = new Measure("coffee", "Coffee", MeasureKind.RISK_FACTOR, MeasureGroup.DIET,
            Scale.COUNT, "cups", ExposureRule.ANY_AMOUNT, "Cups of coffee", false, false);

    @Test
    void aCustomMeasureIsAddedAtTheEndOfItsGroup() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            MeasureRepository measures = new MeasureRepository(database);
            measures.add(COFFEE);

            var keys = measures.findAll().stream().map(Measure::key).toList();
            assertThat(keys.indexOf("coffee")).isEqualTo(keys.indexOf("vegetables") + 1);
            assertThat(measures.findAll()).contains(COFFEE);
        }
    }

    @Test
    void aTakenKeyIsRefused() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            MeasureRepository measures = new MeasureRepository(database);
            measures.add(COFFEE);
            assertThatThrownBy(() -> measures.add(COFFEE))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("already a measure with the key 'coffee'");
        }
    }

    @Test
    void renamingAndArchivingKeepTheKeyAndTheData() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            MeasureRepository measures = new MeasureRepository(database);
            DayRepository days = new DayRepository(database);
            measures.add(COFFEE);
            LocalDate day = LocalDate.of(2026, 1, 2);
            days.save(new DayEntry(day, Map.of("coffee", 3.0), null));

            measures.rename("coffee", "Coffee or espresso", null);
            measures.setArchived("coffee", true);

            Measure renamed = measures.findAll().stream().filter(m -> m.key().equals("coffee")).findFirst().orElseThrow();
            assertThat(renamed.name()).isEqualTo("Coffee or espresso");
            assertThat(renamed.archived()).isTrue();
            assertThat(renamed.description()).isNull();
            assertThat(days.find(day).orElseThrow().values()).containsEntry("coffee", 3.0);
            assertThatThrownBy(() -> measures.setArchived("tea", true)).hasMessageContaining("no measure with the key 'tea'");
        }
    }
}

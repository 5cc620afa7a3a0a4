package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.CheckInPreset;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.store.Database;
import app.gutlog.store.Journals;
import app.gutlog.store.MeasureRepository;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The presets a first check-in offers, applied to the real built-in catalogue. */
class CheckInPresetTest {

    @TempDir
    Path temp;

    private List<Measure> catalogue;

    @BeforeEach
    void readTheBuiltInCatalogue() {
        try (Database database = Journals.open(temp.resolve("journal.db"))) {
            catalogue = new MeasureRepository(database).findAll();
        }
    }

    @Test
    void gutAndDietTakesTheGutSymptomsTheDietTriggersAndStoolFormButNoSupportAndNoRedFlag() {
        assertThat(CheckInPreset.keys(Set.of(CheckInPreset.GUT_AND_DIET), catalogue)).containsExactly(
                "bloating", "gas", "abdominal_pain", "diarrhea", "constipation", "heartburn", "food_reaction",
                "sugar", "processed_food", "sweeteners", "gluten", "dairy", "stool_form");
    }

    @Test
    void presetsCombineInTheDayFormsOrderWithoutRepeats() {
        List<String> keys = CheckInPreset.keys(EnumSet.of(CheckInPreset.MEDICATIONS, CheckInPreset.SLEEP_AND_STRESS),
                catalogue);
        assertThat(keys).containsExactly("sleep_hours", "sleep_quality", "stress", "relaxation",
                "alcohol", "nsaid", "antibiotic", "steroid", "gut_infection");
    }

    @Test
    void everythingTakesEveryActiveMeasureButTheNoteWhichAlwaysClosesTheCheckIn() {
        List<String> keys = CheckInPreset.keys(Set.of(CheckInPreset.EVERYTHING), catalogue);
        assertThat(keys).hasSize(catalogue.size() - 1).doesNotContain("notes").contains("blood_in_stool", "zinc");
    }

    @Test
    void aCustomSymptomCountsAsAGutSymptomAndAnArchivedMeasureIsNeverTaken() {
        Measure custom = new Measure("nausea", "Nausea", MeasureKind.SYMPTOM, MeasureGroup.SYMPTOMS, Scale.SEVERITY,
                null, null, null, false, false);
        Measure archivedGas = catalogue.stream().filter(m -> m.key().equals("gas")).findFirst().orElseThrow();
        archivedGas = new Measure(archivedGas.key(), archivedGas.name(), archivedGas.kind(), archivedGas.group(),
                archivedGas.scale(), archivedGas.unit(), archivedGas.exposure(), archivedGas.description(), true, true);
        List<Measure> changed = catalogue.stream().filter(m -> !m.key().equals("gas")).toList();
        List<String> keys = CheckInPreset.keys(Set.of(CheckInPreset.GUT_AND_DIET),
                Stream.concat(Stream.of(custom, archivedGas), changed.stream()).toList());
        assertThat(keys).contains("nausea").doesNotContain("gas");
    }
}

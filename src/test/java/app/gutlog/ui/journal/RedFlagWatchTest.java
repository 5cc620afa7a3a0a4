package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Safety;
import app.gutlog.domain.Scale;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day form's warning-sign notice follows what is typed, with no toolkit. */
class RedFlagWatchTest {

    @TempDir
    Path temp;

    @Test
    void everyWarningSignLoggedAsYesShowsItsNoticeAndNoneShowsNothing() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            List<Measure> measures = services.catalog().activeMeasures();
            Safety safety = services.knowledge().safety();
            List<MeasureField> fields = measures.stream().filter(measure -> measure.scale() != Scale.TEXT)
                    .map(MeasureField::new).toList();
            List<Measure> redFlags = measures.stream().filter(Measure::redFlag).toList();
            assertThat(redFlags).extracting(Measure::key)
                    .containsExactlyInAnyOrder("blood_in_stool", "weight_loss", "fever", "night_waking");
            assertThat(RedFlagWatch.text(fields, safety)).isEmpty();

            for (Measure redFlag : redFlags) {
                MeasureField field = fields.stream().filter(f -> f.measure().equals(redFlag)).findFirst().orElseThrow();
                field.input().set("0");
                assertThat(RedFlagWatch.text(fields, safety)).as(redFlag.key() + " logged as no").isEmpty();
                field.input().set("1");
                assertThat(RedFlagWatch.text(fields, safety)).as(redFlag.key())
                        .startsWith(redFlag.name() + ":").contains("medical advice promptly")
                        .contains("General guidance from GutLog, not from the two articles");
                field.input().set("");
            }
        }
    }
}

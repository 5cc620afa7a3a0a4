package app.gutlog.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuresViewModelTest {

    @TempDir
    Path temp;

    @Test
    void makesStableKeysFromNames() {
        assertThat(MeasuresViewModel.keyFor("Coffee (cups)")).isEqualTo("coffee_cups");
        assertThat(MeasuresViewModel.keyFor("  Crème brûlée ")).isEqualTo("creme_brulee");
        assertThat(MeasuresViewModel.keyFor("5-HTP")).isEqualTo("m_5_htp");
        assertThat(MeasuresViewModel.keyFor("!!!")).isEmpty();
    }

    @Test
    void addsRenamesAndArchivesACustomMeasure() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            MeasuresViewModel model = new MeasuresViewModel(services.catalog(), new ImmediateTaskRunner());
            model.refresh();
            assertThat(model.measures()).hasSize(44);

            model.newName().set("Coffee");
            model.newKind().set(MeasureKind.RISK_FACTOR);
            model.newScale().set(Scale.COUNT);
            model.newUnit().set("cups");
            model.add();

            assertThat(model.status().get()).startsWith("Added Coffee (key coffee)");
            assertThat(model.newName().get()).isEmpty();
            Measure coffee = model.measures().stream().filter(m -> m.key().equals("coffee")).findFirst().orElseThrow();
            assertThat(coffee).isEqualTo(new Measure("coffee", "Coffee", MeasureKind.RISK_FACTOR, MeasureGroup.DIET,
                    Scale.COUNT, "cups", ExposureRule.ANY_AMOUNT, null, false, false));

            model.newName().set("coffee");
            model.add();
            assertThat(model.status().get()).startsWith("Not added").contains("already a measure");

            model.rename(coffee, "Coffee or espresso", null);
            model.setArchived(coffee, true);
            assertThat(services.catalog().activeMeasures()).noneMatch(m -> m.key().equals("coffee"));
            assertThat(services.catalog().allMeasures()).anyMatch(m -> m.name().equals("Coffee or espresso") && m.archived());
        }
    }

    @Test
    void aNameIsRequired() {
        try (AppServices services = AppServices.open(temp.resolve("journal.db"))) {
            MeasuresViewModel model = new MeasuresViewModel(services.catalog(), new ImmediateTaskRunner());
            model.newName().set("   ");
            model.add();
            assertThat(model.status().get()).isEqualTo("Give the new measure a name.");
            assertThat(services.catalog().allMeasures()).hasSize(44);
        }
    }
}

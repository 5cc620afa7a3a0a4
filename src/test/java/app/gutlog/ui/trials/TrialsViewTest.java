package app.gutlog.ui.trials;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.ui.AppUiTest;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Creates a trial in the real window and reads its result. */
class TrialsViewTest extends AppUiTest {

    private Path demoJournal() {
        Path file = temp.resolve("demo.db");
        try (AppServices services = AppServices.open(file)) {
            services.insights().createDemo(120, 2);
        }
        return file;
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void anEmptyListSaysWhatATrialIsAndANewTrialShowsItsResult() throws Exception {
        start(demoJournal());
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        waitUntilVisible("#trials-status");
        assertThat(text("#trials-status")).contains("No trials yet", "New trial");

        clickOn("#new-trial-button");
        waitUntilVisible("#new-trial-dialog");
        Button start = (Button) lookup("#new-trial-dialog").queryAs(DialogPane.class)
                .lookupButton(lookup("#new-trial-dialog").queryAs(DialogPane.class).getButtonTypes().stream()
                        .filter(type -> type.getButtonData() == ButtonType.OK.getButtonData()).findFirst().orElseThrow());
        assertThat(text("#trial-coeliac-text")).contains("coeliac", "General guidance from GutLog");
        clickOn("#trial-name").push(KeyCode.SHORTCUT, KeyCode.A).write("x".repeat(101));
        clickOn(start);
        waitUntil(() -> text("#trial-problem").contains("note on coeliac testing"));
        clickOn("#trial-coeliac-confirmed");
        clickOn(start);
        waitUntil(() -> text("#trial-problem").contains("needs a name of 1 to 100 characters"));

        clickOn("#trial-name").push(KeyCode.SHORTCUT, KeyCode.A).write("Gluten-free weeks");
        interact(() -> {
            var picker = lookup("#trial-start").queryAs(javafx.scene.control.DatePicker.class);
            picker.setValue(picker.getValue().minusDays(40));
            lookup("#trial-end").queryAs(javafx.scene.control.DatePicker.class).setValue(picker.getValue().plusDays(39));
        });
        clickOn("#trial-baseline-days").write("30");
        clickOn(start);

        waitUntil(() -> lookup("#trial-title").tryQuery().map(node -> ((Label) node).getText().equals("Gluten-free weeks"))
                .orElse(false));
        assertThat(text("#trial-target")).isEqualTo("Gluten-free: avoids Gluten. Outcome: symptom burden.");
        assertThat(text("#trial-progress")).matches("Day 40 of 40\\.|Finished on .*");
        assertThat(text("#trial-result")).startsWith("Baseline mean ").contains("(30 days)").contains("95% CI", "Mann–Whitney p",
                "Association, not proof of cause.");
        assertThat(text("#trial-adherence")).startsWith("Adherence: ");
        waitUntil(() -> lookup("#phase-chart").queryAs(PhaseChart.class).phasesShown() == 2);
        assertThat(lookup("#phase-chart").queryAs(PhaseChart.class).phaseNames()).containsExactly("Baseline", "Trial");

        clickOn("#trial-section");
        waitUntil(() -> lookup("#nav-learn").queryAs(ToggleButton.class).isSelected());
        assertThat(text("#section-heading")).isEqualTo("How to Improve Symptoms of Leaky Gut: Diet Changes");
    }
}

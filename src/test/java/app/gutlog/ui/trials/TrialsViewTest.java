package app.gutlog.ui.trials;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.app.AppServices;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.ui.AppUiTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
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
        waitUntilTextContains("#trial-problem", "note on coeliac testing");
        clickOn("#trial-coeliac-confirmed");
        clickOn(start);
        waitUntilTextContains("#trial-problem", "needs a name of 1 to 100 characters");

        clickOn("#trial-name").push(KeyCode.SHORTCUT, KeyCode.A).write("Gluten-free weeks");
        interact(() -> {
            var picker = lookup("#trial-start").queryAs(javafx.scene.control.DatePicker.class);
            picker.setValue(picker.getValue().minusDays(40));
            lookup("#trial-end").queryAs(javafx.scene.control.DatePicker.class).setValue(picker.getValue().plusDays(39));
        });
        clickOn("#trial-baseline-days").write("30");
        clickOn(start);

        waitUntilTextIs("#trial-title", "Gluten-free weeks");
        assertThat(text("#trial-target")).isEqualTo("Gluten-free: avoids Gluten. Outcome: symptom burden.");
        assertThat(text("#trial-progress")).matches("Day 40 of 40\\.|Finished on .*");
        assertThat(text("#trial-result")).startsWith("Baseline mean ").contains("(30 days)").contains("95% CI", "Mann–Whitney p",
                "Association, not proof of cause.");
        assertThat(text("#trial-adherence")).startsWith("Adherence: ");
        waitUntilSeen("#phase-chart to show 2 phases", () -> lookup("#phase-chart").queryAs(PhaseChart.class).phasesShown(),
                phases -> phases == 2);
        assertThat(lookup("#phase-chart").queryAs(PhaseChart.class).phaseNames()).containsExactly("Baseline", "Trial");

        clickOn("#trial-section");
        waitUntilSeen("#nav-learn selected", () -> lookup(".nav-button").queryAllAs(ToggleButton.class).stream()
                .filter(ToggleButton::isSelected).map(Node::getId).toList(), selected -> selected.contains("nav-learn"));
        assertThat(text("#section-heading")).isEqualTo("How to Improve Symptoms of Leaky Gut: Diet Changes");
    }

    private Button button(String dialogId, ButtonBar.ButtonData data) {
        DialogPane pane = lookup("#" + dialogId).queryAs(DialogPane.class);
        return (Button) pane.lookupButton(pane.getButtonTypes().stream().filter(type -> type.getButtonData() == data)
                .findFirst().orElseThrow());
    }

    /** The check box of the measure named {@code name} in the list {@code listId}, scrolled into view. */
    private Node checkBoxOf(String listId, String name) {
        ListView<Measure> list = lookup(listId).queryListView();
        interact(() -> list.scrollTo(list.getItems().stream().filter(measure -> measure.name().equals(name))
                .findFirst().orElseThrow()));
        return lookup(listId + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> name.equals(cell.getText())).findFirst().orElseThrow().getGraphic();
    }

    @Test
    void aTrialIsEditedEndedEarlyAndDeletedAfterAskingFirst() throws Exception {
        Path journal = demoJournal();
        LocalDate today = LocalDate.now();
        try (AppServices services = AppServices.open(journal)) {
            services.trials().add(new Trial(0, "No wine", Trial.Protocol.ALCOHOL_FREE, today.minusDays(30),
                    today.minusDays(9), today.plusDays(18), null, Outcome.BURDEN, List.of("alcohol"), List.of()));
        }
        start(journal);
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        waitUntilTextIs("#trial-title", "No wine");
        assertThat(text("#trial-progress")).isEqualTo("Day 10 of 28.");
        assertThat(lookup("#trial-set-up").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text("#trial-set-up")).isEqualTo("Set up on " + today + ", 9 days after the trial began: its first"
                + " days were recorded afterwards, not planned ahead.");

        clickOn("#edit-trial-button");
        waitUntilVisible("#edit-trial-dialog");
        assertThat(lookup("#trial-name").queryAs(TextField.class).getText()).isEqualTo("No wine");
        clickOn("#trial-name").push(KeyCode.SHORTCUT, KeyCode.A).write("No wine or sugar");
        assertThat(text("#trial-avoid-chosen")).isEqualTo("Ticked: Alcohol.");
        clickOn(checkBoxOf("#trial-avoid", "Added sugar"));
        assertThat(text("#trial-avoid-chosen")).isEqualTo("Ticked: Added sugar, Alcohol.");
        assertThat(lookup("#trial-coeliac").queryAs(VBox.class).isVisible()).isFalse();
        clickOn(checkBoxOf("#trial-avoid", "Gluten"));
        assertThat(lookup("#trial-coeliac").queryAs(VBox.class).isVisible()).as("newly avoiding gluten").isTrue();
        clickOn(checkBoxOf("#trial-avoid", "Gluten"));
        assertThat(lookup("#trial-coeliac").queryAs(VBox.class).isVisible()).isFalse();
        clickOn(button("edit-trial-dialog", ButtonBar.ButtonData.OK_DONE));
        waitUntilTextIs("#trial-title", "No wine or sugar");
        assertThat(text("#trial-target")).isEqualTo("Alcohol-free: avoids Added sugar, Alcohol. Outcome: symptom burden.");
        assertThat(lookup("#trial-list").queryListView().getItems()).hasSize(1);

        clickOn("#end-trial-button");
        waitUntilVisible("#end-trial-dialog");
        clickOn(button("end-trial-dialog", ButtonBar.ButtonData.OK_DONE));
        waitUntilTextIs("#trial-progress", "Day 10 of 10.");
        assertThat(lookup("#end-trial-button").queryButton().isDisabled()).isTrue();

        clickOn("#delete-trial-button");
        waitUntilVisible("#delete-trial-dialog");
        clickOn(button("delete-trial-dialog", ButtonBar.ButtonData.CANCEL_CLOSE));
        waitUntilGone("#delete-trial-dialog");
        assertThat(text("#trial-title")).isEqualTo("No wine or sugar");
        clickOn("#delete-trial-button");
        waitUntilVisible("#delete-trial-dialog");
        clickOn(button("delete-trial-dialog", ButtonBar.ButtonData.OK_DONE));
        waitUntilVisible("#trials-status");
        assertThat(text("#trials-status")).startsWith("No trials yet");
        assertThat(lookup("#trial-list").queryListView().getItems()).isEmpty();
    }
}

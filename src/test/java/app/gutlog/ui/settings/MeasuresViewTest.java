package app.gutlog.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.ui.AppUiTest;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Drives the real measures page: a custom measure added there appears on the day form, and archiving removes it. */
class MeasuresViewTest extends AppUiTest {

    @Test
    void aCustomMeasureJoinsTheDayFormAndCanBeArchived() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#home-page");

        push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        waitUntilVisible("#new-name");
        clickOn("#new-name").write("Oat milk").type(KeyCode.ENTER);
        waitUntilTextStartsWith("#measures-status", "Added Oat milk");

        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilSeen("#field-oat_milk on the day form", () -> lookup((Node node) -> node.getId() != null
                && node.getId().startsWith("field-")).queryAll().stream().map(Node::getId).toList(),
                ids -> ids.contains("field-oat_milk"));

        push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        waitUntilVisible("#measures-table");
        @SuppressWarnings("unchecked")
        TableView<app.gutlog.domain.Measure> table = lookup("#measures-table").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(m -> m.key().equals("oat_milk")).findFirst().orElseThrow()));
        clickOn("#archive-button");
        waitUntilTextStartsWith("#measures-status", "Archived Oat milk");

        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilGone("#field-oat_milk");
        assertThat(lookup("#field-bloating").tryQuery()).isPresent();
    }

    @Test
    void aBuiltInMeasureLinksToItsSection() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        waitUntilVisible("#why-bloating");

        clickOn("#why-bloating");

        waitUntilTextIs("#section-heading", "Symptoms of Leaky Gut: Gut Symptoms");
    }
}

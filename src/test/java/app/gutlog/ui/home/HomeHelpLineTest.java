package app.gutlog.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.ui.AppUiTest;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** The home page's help line: the signs that need prompt medical advice, marked as GutLog's and cited. */
class HomeHelpLineTest extends AppUiTest {

    private String text(String query) {
        javafx.scene.Node node = lookup(query).query();
        return node instanceof javafx.scene.text.Text text ? text.getText() : ((Label) node).getText();
    }

    @Test
    void theHelpLineListsTheSignsWithTheirSourcesAndLeadsToTheFullList() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#home-page");
        waitUntilVisible("#red-flag-help");

        assertThat(text("#red-flag-help-heading")).isEqualTo("Signs that need prompt medical advice");
        assertThat(text("#red-flag-help-mark")).isEqualTo("General guidance from GutLog, not from the two articles.");
        assertThat(text("#red-flag-help-text")).startsWith("Contact a doctor promptly");
        VBox signs = lookup("#home-red-flags-signs").queryAs(VBox.class);
        assertThat(signs.getChildren()).hasSize(9);
        assertThat(text("#home-red-flag-blood")).contains("Blood in your stool, or black stools");
        assertThat(text("#home-red-flag-sources-blood")).isEqualTo("(Sources: NHS; GP practice, NHS Scotland;"
                + " NICE CG61.)");
        assertThat(text("#home-red-flag-swallowing")).contains("Difficulty swallowing");
        assertThat(text("#home-red-flag-sources-swallowing")).isEqualTo("(Source: NHS Hull CCG.)");
        assertThat(lookup("#red-flag-help").query().localToScene(0, 0).getY())
                .as("the help line sits under the welcome card, so that the page's main buttons stay in view")
                .isGreaterThan(lookup("#welcome-pane").query().localToScene(0, 0).getY())
                .isLessThan(lookup("#home-honesty").query().localToScene(0, 0).getY());

        interact(() -> lookup("#red-flag-help-read").queryButton().fire());
        waitUntilTextIs("#section-heading", "When to Seek Professional Help");
        waitUntilVisible("#guidance-red-flags");
    }
}

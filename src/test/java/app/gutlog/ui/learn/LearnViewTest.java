package app.gutlog.ui.learn;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.ui.AppUiTest;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Drives the real Learn view, and the links to it from the day form. */
class LearnViewTest extends AppUiTest {

    private void openApp() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#home-page");
    }

    @Test
    void searchFindsASectionAndItsDoiOpensOnlyWhenClicked() throws Exception {
        openApp();
        push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        waitUntilVisible("#learn-search");
        assertThat(lookup("#honesty").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(1 + LearnViewModel.honesty().size());

        clickOn("#learn-search").write("zonulin");
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = lookup("#learn-tree").queryAs(TreeView.class);
        waitUntilSeen("#learn-tree to show 2 items", tree::getExpandedItemCount, items -> items == 2);
        interact(() -> tree.getSelectionModel().select(1));
        waitUntilTextIs("#section-heading", "What is Leaky Gut?");

        assertThat(lookup("#section-article").queryAs(Label.class).getText()).isEqualTo("Symptoms of Leaky Gut");
        assertThat(lookup("#section-summary").queryAs(Label.class).getText()).contains("zonulin");
        assertThat(browsed).isEmpty();
        clickOn("#doi-10-1016-j-jnutbio-2009-05-006");
        waitUntilSeen("an address sent to the browser", () -> List.copyOf(browsed), addresses -> !addresses.isEmpty());
        assertThat(browsed).containsExactly("https://doi.org/10.1016/j.jnutbio.2009.05.006");

        clickOn("#learn-search").eraseText(7).write("no such thing anywhere");
        waitUntilVisible("#learn-no-matches");
    }

    @Test
    void aMeasuresLinkOnTheDayFormOpensItsSectionAndLeadsBack() throws Exception {
        openApp();
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilVisible("#why-bloating");

        clickOn("#why-bloating");
        waitUntilTextIs("#section-heading", "Symptoms of Leaky Gut: Gut Symptoms");
        assertThat(lookup("#nav-learn").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();

        clickOn("#related-diarrhea");

        waitUntilFocused("#field-diarrhea");
        assertThat(lookup("#nav-journal").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();

        push(KeyCode.SHORTCUT, KeyCode.I);
        waitUntilTextIs("#section-heading", "Symptoms of Leaky Gut: Gut Symptoms");
    }

    @Test
    void aGroupsLinkSaysWhyAndOpensItsSection() throws Exception {
        openApp();
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilVisible("#why-group-symptoms");
        moveTo("#why-group-symptoms");
        assertThat(lookup("#why-group-symptoms").queryButton().getTooltip().getText())
                .startsWith("Both articles describe gut and body-wide symptoms");

        clickOn("#why-group-symptoms");
        waitUntilTextIs("#section-heading", "Symptoms of Leaky Gut: Gut Symptoms");
    }
}

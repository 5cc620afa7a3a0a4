package app.gutlog.ui.learn;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.Section;
import app.gutlog.ui.AppUiTest;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** Drives the real Learn view: GutLog's own guidance shows on the sections it belongs to, marked and cited. */
class LearnSafetyViewTest extends AppUiTest {

    private static final String MARK = "General guidance from GutLog, not from the two articles.";

    private String text(String query) {
        javafx.scene.Node node = lookup(query).query();
        return node instanceof javafx.scene.text.Text text ? text.getText() : ((Label) node).getText();
    }

    private void openLearn() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        waitUntilVisible("#learn-tree");
    }

    /** Selects the section in the tree, as a click on it would. */
    private void openSection(String id, String expectedHeading) throws Exception {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = lookup("#learn-tree").queryAs(TreeView.class);
        interact(() -> find(tree.getRoot(), id).ifPresent(item -> tree.getSelectionModel().select(item)));
        waitUntilTextIs("#section-heading", expectedHeading);
    }

    private static java.util.Optional<TreeItem<Object>> find(TreeItem<Object> item, String id) {
        if (item.getValue() instanceof Section section && section.id().equals(id)) {
            return java.util.Optional.of(item);
        }
        for (TreeItem<Object> child : item.getChildren()) {
            var found = find(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void theRedFlagBannerShowsOnWhenToSeekProfessionalHelpWithEverySignCited() throws Exception {
        openLearn();
        openSection("explained.help", "When to Seek Professional Help");

        waitUntilVisible("#guidance-red-flags");
        assertThat(text("#guidance-mark-red-flags")).isEqualTo(MARK);
        assertThat(lookup("#red-flags-signs").queryAs(VBox.class).getChildren()).hasSize(9);
        assertThat(text("#red-flag-blood")).contains("Blood in your stool, or black stools");
        assertThat(text("#red-flag-sources-blood")).isEqualTo("(Sources: NHS; GP practice, NHS Scotland; NICE CG61.)");
        for (String sign : new String[] {"weight", "vomiting", "swallowing", "fever", "pain", "night", "age",
                "family"}) {
            assertThat(text("#red-flag-" + sign)).isNotBlank();
            assertThat(text("#red-flag-sources-" + sign)).startsWith("(Source");
        }
        assertThat(text("#red-flag-family")).contains("bowel cancer", "coeliac disease", "inflammatory bowel disease");

        assertThat(browsed).isEmpty();
        assertThat(lookup("#guidance-sources-red-flags").queryAs(VBox.class).getChildren()).hasSize(1 + 10);
        interact(() -> lookup("#source-nhs-bowel-cancer").queryAs(javafx.scene.control.Hyperlink.class).fire());
        waitUntilSeen("an address sent to the browser", () -> List.copyOf(browsed), addresses -> !addresses.isEmpty());
        assertThat(browsed).containsExactly("https://www.nhs.uk/be-clear-on-cancer/symptoms/bowel-cancer");

        openSection("explained.causes.diet", "What Causes Leaky Gut? Poor Diet");
        assertThat(lookup("#guidance-red-flags").tryQuery()).isEmpty();
        assertThat(lookup("#section-guidance").query().isVisible()).isFalse();
        assertThat(lookup("#section-more-guidance").query().isVisible()).isFalse();
    }

    @Test
    void theMedicationSectionsCarryThePrescribedMedicineLine() throws Exception {
        openLearn();
        for (String[] section : new String[][] {
                {"explained.causes.medications", "What Causes Leaky Gut? Medications"},
                {"explained.support.medications", "How to Support Gut Barrier Health Naturally: Limit Gut-Irritating"
                        + " Medications"},
                {"symptoms.risk.nsaids-alcohol", "Leaky Gut Causes and Risk Factors: Frequent Use of NSAIDs or"
                        + " Alcohol"}}) {
            openSection(section[0], section[1]);
            waitUntilVisible("#guidance-prescribed-medicines");
            assertThat(text("#guidance-mark-prescribed-medicines")).isEqualTo(MARK);
            assertThat(text("#guidance-text-prescribed-medicines"))
                    .startsWith("Do not stop or change a medicine you have been prescribed")
                    .contains("Low-dose aspirin");
            assertThat(lookup("#guidance-sources-prescribed-medicines").queryAs(VBox.class).getChildren())
                    .hasSize(4);
        }
        openSection("symptoms.improve.supplements", "How to Improve Symptoms of Leaky Gut: Supplements to Heal Leaky"
                + " Gut");
        waitUntilVisible("#guidance-supplements");
        assertThat(text("#guidance-text-supplements")).contains("pharmacist or doctor", "weakened immune system");
        assertThat(lookup("#guidance-prescribed-medicines").tryQuery()).isEmpty();

        openSection("symptoms.mood", "Symptoms of Leaky Gut: Mood");
        waitUntilVisible("#guidance-low-mood");
        assertThat(text("#guidance-text-low-mood")).contains("thoughts of harming yourself");
    }

    @Test
    void theWhyWeAskOfEachMedicineCarriesTheLineAndOpensItsSection() throws Exception {
        start(temp.resolve("journal.db"));
        waitUntilVisible("#home-page");
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntilVisible("#why-nsaid");
        for (String key : new String[] {"nsaid", "steroid", "antibiotic"}) {
            assertThat(lookup("#why-" + key).queryAs(Button.class).getAccessibleHelp()).as(key)
                    .contains("General guidance from GutLog, not from the two articles: do not stop or change a"
                            + " prescribed medicine without your prescriber; low-dose aspirin, for example, may be"
                            + " prescribed for the heart.");
        }
        assertThat(lookup("#why-blood_in_stool").queryAs(Button.class).getAccessibleHelp())
                .contains("Please seek medical advice promptly.");

        interact(() -> lookup("#why-steroid").queryAs(Button.class).fire());
        waitUntilTextIs("#section-heading", "What Causes Leaky Gut? Medications");
        waitUntilVisible("#guidance-prescribed-medicines");
    }
}

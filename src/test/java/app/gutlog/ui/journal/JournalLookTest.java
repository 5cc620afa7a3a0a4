package app.gutlog.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.ui.shared.TextSize;
import app.gutlog.ui.shared.Theme;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How the day form's fields look, in light and dark: an unlogged field's dashed border stands out from its card, the
 * field with the focus has a ring that no other field has and that moves nothing, and each field says what the ends
 * of its scale mean and whether it is a risk factor or a support.
 */
class JournalLookTest extends JournalUi {

    /** The contrast WCAG asks of the parts of a control that show its state. */
    private static final double NON_TEXT_CONTRAST = 3;

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void theFocusedFieldHasARingAndAnUnloggedFieldAClearlyVisibleDashedBorder(Theme theme) throws Exception {
        appearance(theme, TextSize.NORMAL, 1280, 800, false);
        openJournal();
        Color card = cardColour();

        BorderStroke dashed = stroke("#field-gas", 0);
        assertThat(dashed.getTopStyle().getDashArray()).as("not logged: dashed").isNotEmpty();
        assertThat(contrast((Color) dashed.getTopStroke(), card)).isGreaterThanOrEqualTo(NON_TEXT_CONTRAST);
        assertThat(border("#field-gas").getStrokes()).as("no ring without the focus").hasSize(1);

        assertRing("#field-bloating", "an unlogged field", card);
        write("5");
        waitUntilBadge("Unsaved changes");
        assertRing("#field-bloating", "a logged field", card);
        interact(() -> spinner("gas").getEditor().setText("3"));
        assertThat(border("#field-gas").getStrokes()).as("another logged field, without the focus").hasSize(1);

        focus("#field-gut_infection .toggle-button");
        assertRing("#field-gut_infection", "the Yes/No buttons", card);
        focus("#field-stool_form");
        assertRing("#field-stool_form", "the Bristol types", card);
    }

    @Test
    void eachFieldSaysWhatTheEndsOfItsScaleMeanAndWhatKindOfMeasureItIs() throws Exception {
        appearance(Theme.LIGHT, TextSize.NORMAL, 1280, 800, false);
        openJournal();

        assertThat(text("#anchors-bloating")).isEqualTo("0 = none, 10 = worst");
        assertThat(text("#anchors-sleep_quality")).isEqualTo("1 = very poorly, 5 = very well");
        assertThat(text("#anchors-sugar")).isEqualTo("servings in the day; 0 = none");
        assertThat(text("#anchors-nsaid")).isEqualTo("doses in the day; 0 = none");
        assertThat(lookup("#anchors-sleep_hours").tryQuery()).isEmpty();
        assertThat(text("#kind-sugar")).isEqualTo("risk factor");
        assertThat(text("#kind-fermented_food")).isEqualTo("support");
        assertThat(lookup("#kind-bloating").tryQuery()).as("a symptom needs no tag").isEmpty();
        Region risk = lookup("#kind-sugar").queryAs(Region.class);
        Region support = lookup("#kind-fermented_food").queryAs(Region.class);
        assertThat(risk.getBackground().getFills().getFirst().getFill())
                .isNotEqualTo(support.getBackground().getFills().getFirst().getFill());
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    /** The field's control has a 2-pixel ring outside it, in a colour that stands out, and its layout is unchanged. */
    private void assertRing(String query, String what, Color card) throws Exception {
        Region control = lookup(query).queryAs(Region.class);
        waitUntilSeen(query + " ringed: 2 border strokes", () -> border(query).getStrokes().size(),
                strokes -> strokes == 2);
        BorderStroke ring = border(query).getStrokes().getFirst();
        assertThat(ring.getWidths().getTop()).as(what).isEqualTo(2);
        assertThat(ring.getInsets().getTop()).as(what + ": drawn outside").isLessThan(0);
        assertThat(contrast((Color) ring.getTopStroke(), card)).as(what).isGreaterThanOrEqualTo(NON_TEXT_CONTRAST);
        Insets withFocus = control.getInsets();
        double width = control.getWidth();
        interact(() -> lookup("#journal-status").query().getScene().getRoot().requestFocus());
        waitUntilSeen(query + " without its ring: 1 border stroke", () -> border(query).getStrokes().size(),
                strokes -> strokes == 1);
        assertThat(control.getInsets()).as(what + ": nothing moves").isEqualTo(withFocus);
        assertThat(control.getWidth()).isEqualTo(width);
        Node again = query.contains("gut_infection") ? lookup(query + " .toggle-button").queryAs(ToggleButton.class)
                : control;
        interact(again::requestFocus);
    }

    private javafx.scene.layout.Border border(String query) {
        return lookup(query).queryAs(Region.class).getBorder();
    }

    private BorderStroke stroke(String query, int index) {
        return border(query).getStrokes().get(index);
    }

    private Color cardColour() {
        Region card = lookup("#group-symptoms").queryAs(Region.class);
        return (Color) card.getBackground().getFills().getLast().getFill();
    }

    private static double contrast(Color a, Color b) {
        double lighter = Math.max(luminance(a), luminance(b));
        double darker = Math.min(luminance(a), luminance(b));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
